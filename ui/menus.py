"""The main window's menus and shortcuts, and the keyboard shortcuts list (F1)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from ui import windows
from ui.appearance import apply_font, apply_theme
from ui.dialogs.preferences import PreferencesDialog

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def _workspace_call(window: MainWindow, name: str, *args: object) -> Callable[[], None]:
    def call() -> None:
        if window.workspace is not None:
            target = window.workspace
            for part in name.split("."):
                target = getattr(target, part)
            target(*args)  # type: ignore[operator]

    return call


def _page_call(window: MainWindow, name: str) -> Callable[[], None]:
    def call() -> None:
        page = window.workspace.page if window.workspace else None
        if page is not None:
            getattr(page, name)()

    return call


def build_menus(window: MainWindow) -> dict[str, QAction]:
    """Create every action with its shortcut and accessible text; returns them by name."""
    actions: dict[str, QAction] = {}

    def add(
        menu_name: str,
        name: str,
        text: str,
        slot: Callable[[], None],
        *shortcuts: QKeySequence | str,
    ) -> QAction:
        action = QAction(text, window)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(slot)
        menus[menu_name].addAction(action)
        actions[name] = action
        return action

    bar = window.menuBar()
    menus = {
        name: bar.addMenu(title)
        for name, title in (
            ("file", "&File"),
            ("network", "&Network"),
            ("meeting", "&Meeting"),
            ("view", "&View"),
            ("help", "&Help"),
        )
    }

    add("file", "search", "&Search everything…", window.open_search, "Ctrl+K", "Ctrl+F")
    add("file", "lock", "&Lock now", window.lock, "Ctrl+L")
    add(
        "file",
        "open_supervision",
        "Open a supervision &export file…",
        lambda: windows.open_supervision_file(window),
    )
    menus["file"].addSeparator()
    add("file", "preferences", "&Preferences…", lambda: _preferences(window), "Ctrl+,")
    add("file", "switch_vault", "Open &another vault…", window.switch_vault.emit)
    menus["file"].addSeparator()
    add("file", "quit", "&Quit", window.close, "Ctrl+Q")

    add(
        "network",
        "new_network",
        "New &network…",
        _workspace_call(window, "panel.create_network"),
        "Ctrl+Shift+T",
    )
    add(
        "network",
        "rename_network",
        "&Rename network…",
        _workspace_call(window, "panel.rename_network"),
        "F2",
    )
    add(
        "network",
        "close_network",
        "&Close or reopen network",
        _workspace_call(window, "panel.toggle_closed"),
    )
    menus["network"].addSeparator()
    add("network", "new_meeting", "New &meeting", _page_call(window, "start_meeting"), "Ctrl+N")
    add(
        "network",
        "new_from_last",
        "New meeting from the &last one",
        _page_call(window, "start_meeting_from_last"),
        "Ctrl+Shift+N",
    )
    add(
        "network",
        "close_meeting",
        "Close meeting &tab (it is saved)",
        _workspace_call(window, "close_current_meeting"),
        "Ctrl+W",
    )
    menus["network"].addSeparator()
    for name, text, key in (
        ("people", "&People", "Ctrl+Alt+1"),
        ("meetings", "M&eetings", "Ctrl+Alt+2"),
        ("uncertainties", "Open &uncertainties", "Ctrl+Alt+3"),
        ("decisions", "&Decisions and follow-ups", "Ctrl+Alt+4"),
        ("glance", "At a &glance", "Ctrl+Alt+5"),
    ):
        add("network", f"tab_{name}", text, _workspace_call(window, "show_network_tab", name), key)
    menus["network"].addSeparator()
    add(
        "network",
        "network_summary",
        "Summary of the whole network…",
        lambda: windows.preview_network_summary(window),
        "Ctrl+Shift+P",
    )
    add(
        "network",
        "supervision",
        "Take to &supervision (de-identified)…",
        lambda: windows.export_for_supervision(window),
        "Ctrl+Shift+E",
    )
    add(
        "meeting",
        "meeting_summary",
        "&Summary for the network (preview, print)…",
        lambda: windows.preview_meeting_summary(window),
        "Ctrl+P",
    )
    add(
        "meeting",
        "practice",
        "&Reflect on our practice…",
        lambda: windows.reflect_on_practice(window),
        "Ctrl+Shift+R",
    )
    add(
        "network",
        "networks_list",
        "Go to the networks l&ist",
        _workspace_call(window, "panel.view.setFocus"),
        "F6",
    )

    add(
        "view",
        "larger",
        "&Larger text",
        lambda: _font_step(window, +1),
        QKeySequence.StandardKey.ZoomIn,
        "Ctrl+=",
    )
    add(
        "view",
        "smaller",
        "&Smaller text",
        lambda: _font_step(window, -1),
        QKeySequence.StandardKey.ZoomOut,
    )
    add("view", "reset_font", "&Normal text size", lambda: _font_step(window, 0), "Ctrl+0")
    menus["view"].addSeparator()
    add(
        "view",
        "overview",
        "&Across all networks…",
        lambda: windows.show_overview(window),
        "Ctrl+Shift+O",
    )

    add("help", "shortcuts", "&Keyboard shortcuts", lambda: _shortcuts(window, actions), "F1")
    add("help", "about", "&About OD Notes", lambda: _about(window))
    return actions


def _font_step(window: MainWindow, step: int) -> None:
    from ui.settings import DEFAULT_FONT_POINTS

    points = window.settings.font_points() + step if step else DEFAULT_FONT_POINTS
    window.settings.set_font_points(points)
    apply_font(window.settings.font_points())
    window.show_notice(f"Text size {window.settings.font_points()} pt")


def _preferences(window: MainWindow) -> None:
    dialog = PreferencesDialog(window.settings, window)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        apply_font(window.settings.font_points())
        apply_theme(window.settings.theme())
        window.session.set_idle_minutes(window.settings.idle_minutes())


def shortcut_lines(actions: dict[str, QAction]) -> list[tuple[str, str]]:
    """(shortcut, what it does) for every action that has one."""
    lines = []
    for action in actions.values():
        keys = ", ".join(
            s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
        )
        if keys:
            lines.append((keys, action.text().replace("&", "").rstrip("…")))
    return lines


def _shortcuts(window: MainWindow, actions: dict[str, QAction]) -> None:
    rows = "".join(
        f"<tr><td><b>{k}</b></td><td>&nbsp;&nbsp;{t}</td></tr>" for k, t in shortcut_lines(actions)
    )
    box = QMessageBox(window)
    box.setWindowTitle("Keyboard shortcuts — OD Notes")
    box.setText(
        f"<table>{rows}</table><p>In a meeting, the editor's own shortcuts are listed "
        "in its sections. Tab and Shift+Tab move between fields.</p>"
    )
    box.open()


def _about(window: MainWindow) -> None:
    QMessageBox.about(
        window,
        "About OD Notes",
        f"<b>OD Notes</b> {QApplication.applicationVersion()}<br>Encrypted, offline notes for "
        "Open Dialogue network meetings.<br><br>Settings file (no clinical content): "
        f"{window.settings.file_name}",
    )
