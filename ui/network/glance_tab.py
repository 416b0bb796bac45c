"""Continuity at a glance for one network: indicators, the network map, practice over time."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QSplitter, QVBoxLayout, QWidget

from odnotes.vault import Vault
from ui.continuity import IndicatorsPanel, NetworkMapView
from ui.continuity.map_buttons import map_buttons
from ui.practice import PracticeChart


class GlanceTab(QWidget):
    """Indicators and the practice chart on the left; the network map on the right (all live)."""

    def __init__(self, vault: Vault, network_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.indicators = IndicatorsPanel(vault, network_id)
        self.map = NetworkMapView(vault, network_id)
        self.chart = PracticeChart(vault, network_id)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.indicators)
        left_layout.addWidget(QLabel(self.tr("<b>Our dialogic practice in this network</b>")))
        left_layout.addWidget(self.chart)
        left_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(left)
        scroll.setAccessibleName(self.tr("Continuity indicators and practice"))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(
            QLabel(self.tr("<b>The network</b> (line: how close; circle: meetings attended)"))
        )
        right_layout.addWidget(self.map, 1)
        right_layout.addLayout(map_buttons(self, self.map))
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(scroll)
        split.addWidget(right)
        split.setSizes([520, 600])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
