"""The main window's menus and shortcuts, the keyboard shortcuts list (Ctrl+/) and Help."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu

from ui import vault_actions, windows
from ui.about import show_about
from ui.appearance import apply_font, apply_theme
from ui.dialogs.preferences import PreferencesDialog
from ui.dialogs.shortcuts import ShortcutsDialog
from ui.help import UserGuideDialog

if TYPE_CHECKING:
    from ui.host import WindowHost


def _workspace_call(window: WindowHost, name: str, *args: object) -> Callable[[], None]:
    def call() -> None:
        if window.workspace is not None:
            target = window.workspace
            for part in name.split("."):
                target = getattr(target, part)
            target(*args)  # type: ignore[operator]

    return call


def _page_call(window: WindowHost, name: str) -> Callable[[], None]:
    def call() -> None:
        page = window.workspace.page if window.workspace else None
        if page is not None:
            getattr(page, name)()

    return call


def build_menus(window: WindowHost) -> dict[str, QAction]:
    """Create every action with its shortcut and accessible text; returns them by name."""
    actions: dict[str, QAction] = {}

    def add(
        menu_name: str,
        name: str,
        text: str,
        slot: Callable[[], object],
        *shortcuts: QKeySequence | QKeySequence.StandardKey | str,
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
            ("file", QCoreApplication.translate("ui.menus", "&File")),
            ("network", QCoreApplication.translate("ui.menus", "&Network")),
            ("meeting", QCoreApplication.translate("ui.menus", "&Meeting")),
            ("view", QCoreApplication.translate("ui.menus", "&View")),
            ("help", QCoreApplication.translate("ui.menus", "&Help")),
        )
    }

    add(
        "file",
        "search",
        QCoreApplication.translate("ui.menus", "&Search everything…"),
        window.search_requested.emit,
        "Ctrl+K",
        "Ctrl+F",
    )
    add(
        "file",
        "lock",
        QCoreApplication.translate("ui.menus", "&Lock now"),
        window.session.lock,
        "Ctrl+L",
    )
    add(
        "file",
        "open_supervision",
        QCoreApplication.translate("ui.menus", "Open a supervision &export file…"),
        lambda: windows.open_supervision_file(window),
    )
    menus["file"].addSeparator()
    add(
        "file",
        "colleagues",
        QCoreApplication.translate("ui.menus", "C&olleagues…"),
        window.colleagues_requested.emit,
    )
    add(
        "file",
        "sync_now",
        QCoreApplication.translate("ui.menus", "S&ync now with colleagues"),
        window.sync_requested.emit,
        "F5",
    )
    menus["file"].addSeparator()
    add(
        "file",
        "backup",
        QCoreApplication.translate("ui.menus", "&Back up the vault…"),
        lambda: vault_actions.back_up(window),
    )
    add(
        "file",
        "restore",
        QCoreApplication.translate("ui.menus", "Restore a bac&kup…"),
        lambda: vault_actions.restore(window),
    )
    add(
        "file",
        "change_passphrase",
        QCoreApplication.translate("ui.menus", "C&hange passphrase…"),
        lambda: vault_actions.change_passphrase(window),
    )
    add(
        "file",
        "recovery_unlock",
        QCoreApplication.translate("ui.menus", "&Unlock with the recovery key…"),
        lambda: vault_actions.unlock_with_recovery_key(window),
    )
    menus["file"].addSeparator()
    add(
        "file",
        "preferences",
        QCoreApplication.translate("ui.menus", "&Preferences…"),
        lambda: _preferences(window),
        "Ctrl+,",
    )
    add(
        "file",
        "switch_vault",
        QCoreApplication.translate("ui.menus", "Open &another vault…"),
        window.switch_vault.emit,
    )
    recent = menus["file"].addMenu(QCoreApplication.translate("ui.menus", "Open &recent"))
    recent.aboutToShow.connect(lambda: fill_recent_menu(window, recent))
    fill_recent_menu(window, recent)
    menus["file"].addSeparator()
    add("file", "quit", QCoreApplication.translate("ui.menus", "&Quit"), window.close, "Ctrl+Q")

    add(
        "network",
        "new_network",
        QCoreApplication.translate("ui.menus", "New &network…"),
        _workspace_call(window, "panel.create_network"),
        "Ctrl+Shift+T",
    )
    add(
        "network",
        "rename_network",
        QCoreApplication.translate("ui.menus", "&Rename network…"),
        _workspace_call(window, "panel.rename_network"),
        "F2",
    )
    add(
        "network",
        "close_network",
        QCoreApplication.translate("ui.menus", "&Close or reopen network"),
        _workspace_call(window, "panel.toggle_closed"),
    )
    add(
        "network",
        "share_network",
        QCoreApplication.translate("ui.menus", "S&hare with…"),
        _page_call(window, "share_with"),
    )
    menus["network"].addSeparator()
    add(
        "network",
        "new_meeting",
        QCoreApplication.translate("ui.menus", "New &meeting"),
        _page_call(window, "start_meeting"),
        "Ctrl+N",
    )
    add(
        "network",
        "new_from_last",
        QCoreApplication.translate("ui.menus", "New meeting from the &last one"),
        _page_call(window, "start_meeting_from_last"),
        "Ctrl+Shift+N",
    )
    add(
        "network",
        "close_meeting",
        QCoreApplication.translate("ui.menus", "Close meeting &tab (it is saved)"),
        _workspace_call(window, "close_current_meeting"),
        "Ctrl+W",
    )
    menus["network"].addSeparator()
    for name, text, key in (
        ("people", QCoreApplication.translate("ui.menus", "&People"), "Ctrl+Alt+1"),
        ("meetings", QCoreApplication.translate("ui.menus", "M&eetings"), "Ctrl+Alt+2"),
        (
            "uncertainties",
            QCoreApplication.translate("ui.menus", "Open &uncertainties"),
            "Ctrl+Alt+3",
        ),
        (
            "decisions",
            QCoreApplication.translate("ui.menus", "&Decisions and follow-ups"),
            "Ctrl+Alt+4",
        ),
        ("glance", QCoreApplication.translate("ui.menus", "At a &glance"), "Ctrl+Alt+5"),
    ):
        add("network", f"tab_{name}", text, _workspace_call(window, "show_network_tab", name), key)
    menus["network"].addSeparator()
    add(
        "network",
        "network_summary",
        QCoreApplication.translate("ui.menus", "Summary of the whole network…"),
        lambda: windows.preview_network_summary(window),
        "Ctrl+Shift+P",
    )
    add(
        "network",
        "supervision",
        QCoreApplication.translate("ui.menus", "Take to &supervision (de-identified)…"),
        lambda: windows.export_for_supervision(window),
        "Ctrl+Shift+E",
    )
    add(
        "meeting",
        "meeting_summary",
        QCoreApplication.translate("ui.menus", "&Summary for the network (preview, print)…"),
        lambda: windows.preview_meeting_summary(window),
        "Ctrl+P",
    )
    add(
        "meeting",
        "record_note",
        QCoreApplication.translate("ui.menus", "Copy for the &clinical record…"),
        lambda: windows.copy_for_clinical_record(window),
        "Ctrl+Shift+C",
    )
    add(
        "meeting",
        "practice",
        QCoreApplication.translate("ui.menus", "&Reflect on our practice…"),
        lambda: windows.reflect_on_practice(window),
        "Ctrl+Alt+R",
    )
    add(
        "network",
        "networks_list",
        QCoreApplication.translate("ui.menus", "Go to the networks l&ist"),
        _workspace_call(window, "panel.view.setFocus"),
        "F6",
    )

    add(
        "view",
        "larger",
        QCoreApplication.translate("ui.menus", "&Larger text"),
        lambda: _font_step(window, +1),
        QKeySequence.StandardKey.ZoomIn,
        "Ctrl+=",
    )
    add(
        "view",
        "smaller",
        QCoreApplication.translate("ui.menus", "&Smaller text"),
        lambda: _font_step(window, -1),
        QKeySequence.StandardKey.ZoomOut,
    )
    add(
        "view",
        "reset_font",
        QCoreApplication.translate("ui.menus", "&Normal text size"),
        lambda: _font_step(window, 0),
        "Ctrl+0",
    )
    menus["view"].addSeparator()
    add(
        "view",
        "overview",
        QCoreApplication.translate("ui.menus", "&Across all networks…"),
        lambda: windows.show_overview(window),
        "Ctrl+Shift+O",
    )

    add(
        "help",
        "user_guide",
        QCoreApplication.translate("ui.menus", "&User guide"),
        lambda: _user_guide(window),
        "F1",
    )
    add(
        "help",
        "shortcuts",
        QCoreApplication.translate("ui.menus", "&Keyboard shortcuts"),
        lambda: _shortcuts(window, actions),
        "Ctrl+/",
    )
    menus["help"].addSeparator()
    add(
        "help",
        "about",
        QCoreApplication.translate("ui.menus", "&About OD Notes"),
        lambda: show_about(window, window.settings.file_name),
    )
    return actions


def _font_step(window: WindowHost, step: int) -> None:
    from ui.settings import DEFAULT_FONT_POINTS

    points = window.settings.font_points() + step if step else DEFAULT_FONT_POINTS
    window.settings.set_font_points(points)
    apply_font(window.settings.font_points())
    window.show_notice(
        QCoreApplication.translate("ui.menus", "Text size {font_points} pt").format(
            font_points=window.settings.font_points()
        )
    )


def _preferences(window: WindowHost) -> None:
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


def _shortcuts(window: WindowHost, actions: dict[str, QAction]) -> None:
    ShortcutsDialog(shortcut_lines(actions), window).open()


def _user_guide(window: WindowHost) -> None:
    """Show the guide (one window at a time; F1 again brings it forward)."""
    guide = window.findChild(UserGuideDialog)
    if guide is None:
        guide = UserGuideDialog(window)
    guide.show()
    guide.raise_()
    guide.activateWindow()


def fill_recent_menu(window: WindowHost, menu: QMenu) -> None:
    """List the recent vaults (other than this one); choosing one opens it instead."""
    menu.clear()
    current = str(window.session.vault.path.resolve())
    paths = [p for p in window.settings.recent_vaults() if p != current]
    for number, path in enumerate(paths, 1):
        action = menu.addAction(f"&{number}  {Path(path).name}")
        action.setToolTip(path)
        action.setStatusTip(path)
        action.triggered.connect(lambda _=False, p=path: window.open_vault.emit(Path(p)))
    if not paths:
        empty = menu.addAction(QCoreApplication.translate("ui.menus", "No other recent vaults"))
        empty.setEnabled(False)
