"""Continuity at a glance: the indicators panel, the network map, the vault-wide overview."""

from ui.continuity.network_map import NetworkMapView
from ui.continuity.overview import VaultOverviewWidget
from ui.continuity.panel import IndicatorsPanel

__all__ = ["IndicatorsPanel", "NetworkMapView", "VaultOverviewWidget"]
