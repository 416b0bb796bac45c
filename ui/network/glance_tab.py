"""Continuity at a glance for one network: indicators, the network map, practice over time."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QSplitter, QVBoxLayout, QWidget

from odnotes.vault import Vault
from ui.continuity import IndicatorsPanel, NetworkMapView
from ui.practice import PracticeChart
from ui.windows import map_buttons


class GlanceTab(QWidget):
    """Indicators on the left; the map and the practice chart on the right (all live)."""

    def __init__(self, vault: Vault, network_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.indicators = IndicatorsPanel(vault, network_id)
        self.map = NetworkMapView(vault, network_id)
        self.chart = PracticeChart(vault, network_id)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.indicators)
        scroll.setAccessibleName("Continuity indicators")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(
            QLabel("<b>The network</b> (line: how close; circle: meetings attended)")
        )
        right_layout.addWidget(self.map, 3)
        right_layout.addLayout(map_buttons(self, self.map))
        right_layout.addWidget(QLabel("<b>Our dialogic practice in this network</b>"))
        chart_scroll = QScrollArea()
        chart_scroll.setWidgetResizable(True)
        chart_scroll.setWidget(self.chart)
        chart_scroll.setAccessibleName("Dialogic practice chart")
        right_layout.addWidget(chart_scroll, 2)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(scroll)
        split.addWidget(right)
        split.setSizes([520, 600])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
