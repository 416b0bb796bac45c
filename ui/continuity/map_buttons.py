"""Save-as buttons that sit beside a network map (PNG and PDF)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from ui.continuity.network_map import NetworkMapView
from ui.dialogs.file_dialogs import save_file_name
from ui.operations import Operation


def save_map(parent: QWidget, view: NetworkMapView, kind: str) -> None:
    """Ask where, then save the network map as PNG or PDF (on the GUI thread: it paints)."""
    suffix = kind.lower()
    path = save_file_name(
        parent,
        QCoreApplication.translate(
            "ui.continuity.map_buttons", "Save the network map as {kind}"
        ).format(kind=kind),
        f"network-map.{suffix}",
        f"{kind} (*.{suffix})",
    )
    if path is None:
        return
    export = view.export_png if suffix == "png" else view.export_pdf
    Operation(parent, lambda: export(path)).run()


def map_buttons(parent: QWidget, view: NetworkMapView) -> QHBoxLayout:
    """A row of save-as buttons for ``view``."""
    row = QHBoxLayout()
    row.addStretch(1)
    for kind in ("PNG", "PDF"):
        button = QPushButton(
            QCoreApplication.translate("ui.continuity.map_buttons", "Save map as {kind}…").format(
                kind=kind
            )
        )
        button.setAccessibleName(
            QCoreApplication.translate(
                "ui.continuity.map_buttons", "Save the network map as {kind}"
            ).format(kind=kind)
        )
        button.clicked.connect(lambda _=False, k=kind: save_map(parent, view, k))
        row.addWidget(button)
    return row
