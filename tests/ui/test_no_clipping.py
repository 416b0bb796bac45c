"""Nothing in any dialog clips (issue 12, item 5), in any language the app ships (issue 15).

Every dialog of the app is opened, in the states a person sees (a problem
shown, a file saved, the second step), at the normal text size and at the
largest one Preferences offers, in English and in every language a
translation is shipped for (Polish and Finnish words run longer), on a
1366x768 screen (``qapp_args`` in ``conftest.py``). Every visible label and
button must have the room its size hint asks for, height for width where it
wraps.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from odnotes.model import Meeting, Network
from odnotes.recordnote import record_note
from odnotes.vault import Revision, Vault
from tests.conftest import PASSPHRASE
from tests.ui.clipping import SCREEN_HEIGHT, SCREEN_WIDTH, clipped_labels
from tests.ui.helpers import settled
from ui.about import AboutDialog
from ui.appearance import apply_font
from ui.clipboard import ClipboardGuard
from ui.dialogs.create_vault import CreateVaultDialog
from ui.dialogs.damaged import DamagedVaultDialog
from ui.dialogs.preferences import PreferencesDialog
from ui.dialogs.recovery_key import RecoveryKeyDialog
from ui.dialogs.recovery_unlock import RecoveryUnlockDialog
from ui.dialogs.shortcuts import ShortcutsDialog
from ui.dialogs.unlock import UnlockDialog
from ui.dialogs.welcome import WelcomeDialog
from ui.editor import MeetingEditor
from ui.editor.directory import Directory
from ui.editor.finalise_dialog import FinaliseDialog
from ui.editor.history_dialog import HistoryDialog
from ui.editor.outside_dialog import OutsideDialog
from ui.editor.person_dialog import PersonDialog
from ui.editor.reason_dialog import ReasonDialog
from ui.help import UserGuideDialog
from ui.launcher import Launcher
from ui.main_window import MainWindow
from ui.network.record_number_dialog import RecordNumberDialog
from ui.recordnote import RecordNoteDialog
from ui.search.dialog import SearchDialog
from ui.session import Session
from ui.settings import DEFAULT_FONT_POINTS, Settings
from ui.summary import SummaryPreviewDialog
from ui.supervision import SealedExportViewer, SupervisionExportDialog
from ui.vault_options import DEMO_PASSPHRASE, VaultOptions

D = TypeVar("D", bound=QWidget)


def largest_font(settings: Settings) -> int:
    """The largest text size the Preferences dialog lets a person choose."""
    dialog = PreferencesDialog(settings)
    largest = dialog.font_size.maximum()
    dialog.deleteLater()
    return largest


@dataclass
class World:
    """What the dialogs are opened over: the demo vault, private settings and options."""

    qtbot: QtBot
    vault: Vault
    recovery_key: str
    network: Network
    settings: Settings
    options: VaultOptions
    tmp_path: Path

    def meeting(self) -> Meeting:
        return max(self.vault.all(Meeting, network_id=self.network.id), key=lambda m: m.starts_at)

    def meeting_with_kept_items(self) -> Meeting:
        """The demo's second meeting: one voice kept to the team (a table and a note more)."""
        return sorted(
            self.vault.all(Meeting, network_id=self.network.id), key=lambda m: m.starts_at
        )[1]


def _shown(w: World, dialog: D) -> D:
    w.qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _recovery_key_saved(w: World) -> QWidget:
    dialog = RecoveryKeyDialog("Team vault with a long name", w.recovery_key)
    target = w.tmp_path / "A folder with a long name for the recovery key" / "key.txt"
    target.parent.mkdir(exist_ok=True)
    w.qtbot.addWidget(dialog)
    dialog.show()
    original = QFileDialog.getSaveFileName
    QFileDialog.getSaveFileName = lambda *a, **k: (str(target), "")  # type: ignore[method-assign]
    try:
        w.qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    finally:
        QFileDialog.getSaveFileName = original  # type: ignore[method-assign]
    assert target.exists() and str(target) in dialog.status.text()  # saved, in any language
    return dialog


def _create_with_problem(w: World) -> QWidget:
    dialog = _shown(w, CreateVaultDialog(w.options))
    w.qtbot.keyClicks(dialog.passphrase.first, "short")
    w.qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible()
    return dialog


def _unlock_wrong(w: World) -> QWidget:
    w.vault.lock()
    dialog = _shown(w, UnlockDialog(w.vault))
    w.qtbot.keyClicks(dialog.form.passphrase, "not the passphrase")
    w.qtbot.keyClick(dialog.form.passphrase, Qt.Key.Key_Return)
    w.qtbot.waitUntil(lambda: dialog.form.error.isVisible(), timeout=5_000)
    return dialog


def _recovery_second_step(w: World) -> QWidget:
    w.vault.lock()
    dialog = _shown(w, RecoveryUnlockDialog(w.vault))
    w.qtbot.keyClicks(dialog.key, w.recovery_key)
    w.qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    w.qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=5_000)
    return dialog


def _recovery_wrong_key(w: World) -> QWidget:
    w.vault.lock()
    dialog = _shown(w, RecoveryUnlockDialog(w.vault))
    w.qtbot.keyClicks(dialog.key, "ABCDE-" * 7 + "ABCDE")
    w.qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    w.qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=5_000)
    return dialog


def _damaged(w: World) -> QWidget:
    from odnotes.errors import DamagedRecord

    w.vault.damaged = [DamagedRecord("abc", "meeting", 2, "it failed authentication")]
    w.vault.integrity_ok = False
    return DamagedVaultDialog(w.vault)


def _finalise(w: World) -> QWidget:
    meeting = w.meeting()
    dialog = FinaliseDialog(meeting, Directory(w.vault, w.network.id), ["decision 2"])
    for box in dialog.boxes.values():
        box.setChecked(True)
    return dialog


def _history(w: World) -> QWidget:
    meeting = w.meeting()
    revisions: list[Revision] = w.vault.history(meeting.id)
    return HistoryDialog(revisions, Directory(w.vault, w.network.id).names())


def _locked_window(vault: Vault, w: World) -> QWidget:
    window = MainWindow(Session(vault, 5), w.settings, options=w.options)
    window.resize(SCREEN_WIDTH, SCREEN_HEIGHT - 28)
    window.show()
    window.lock()
    return window


def _refused(w: World) -> QWidget:
    launcher = Launcher(w.settings, w.options)
    (w.tmp_path / "not a vault.odvault").write_bytes(b"nothing here")
    launcher.open_path(w.tmp_path / "not a vault.odvault")
    assert isinstance(launcher.dialog, QMessageBox)
    return launcher.dialog


def _shortcuts(w: World) -> QWidget:
    window = MainWindow(Session(w.vault, 5), w.settings, options=w.options)
    w.qtbot.addWidget(window)
    window.menu_actions["shortcuts"].trigger()
    box = window.findChild(ShortcutsDialog)
    assert box is not None
    return box


def _record_note(w: World, limit: int) -> QWidget:
    finalised = max(
        (m for m in w.vault.all(Meeting, network_id=w.network.id) if m.is_final),
        key=lambda m: m.starts_at,
    )
    return RecordNoteDialog(record_note(w.vault, finalised.id), limit=limit, guard=ClipboardGuard())


def _about(w: World) -> QWidget:
    return AboutDialog(w.settings.file_name)


DIALOGS: dict[str, Callable[[World], QWidget]] = {
    "welcome": lambda w: WelcomeDialog([str(w.vault.path), str(w.tmp_path / "Other.odvault")]),
    "create vault": lambda w: CreateVaultDialog(w.options),
    "create vault, with a problem": _create_with_problem,
    "recovery key": lambda w: RecoveryKeyDialog("Team", w.recovery_key),
    "recovery key, after saving it": _recovery_key_saved,
    "unlock": lambda w: UnlockDialog(w.vault),
    "unlock, wrong passphrase": _unlock_wrong,
    "unlock the demo": lambda w: UnlockDialog(w.vault, known_passphrase=DEMO_PASSPHRASE),
    "recovery unlock": lambda w: RecoveryUnlockDialog(w.vault),
    "recovery unlock, wrong key": _recovery_wrong_key,
    "recovery unlock, new passphrase": _recovery_second_step,
    "preferences": lambda w: PreferencesDialog(w.settings),
    "damaged vault": _damaged,
    "about": _about,
    "cannot open": _refused,
    "keyboard shortcuts": _shortcuts,
    "lock screen": lambda w: _locked_window(w.vault, w),
    "lock screen of the demo": lambda w: _locked_window(w.options.open_demo(), w),
    "user guide": lambda w: UserGuideDialog(),
    "search": lambda w: SearchDialog(w.vault),
    "add a person": lambda w: PersonDialog(w.vault, w.network.id),
    "reason": lambda w: ReasonDialog("Team only", "Why is this kept to the team?"),
    "decided outside": lambda w: OutsideDialog(w.meeting().decisions[0]),
    "finalise": _finalise,
    "history": _history,
    "summary preview": lambda w: SummaryPreviewDialog(w.vault, meeting_id=w.meeting().id),
    "summary preview, with kept items": lambda w: SummaryPreviewDialog(
        w.vault, meeting_id=w.meeting_with_kept_items().id
    ),
    "supervision export": lambda w: SupervisionExportDialog(
        w.vault, w.network.id, kdf=w.options.new_kdf
    ),
    "supervision file": lambda w: SealedExportViewer(policy=w.options.policy),
    "for the clinical record": lambda w: _record_note(w, limit=4_000),
    "for the clinical record, short form": lambda w: _record_note(w, limit=2_000),
    "record number": lambda w: RecordNumberDialog("RX 204 7781"),
}


@pytest.fixture
def world(
    qtbot: QtBot,
    new_vault: tuple[Vault, str],
    settings: Settings,
    options: VaultOptions,
    tmp_path: Path,
) -> World:
    from odnotes.demo import write_demo

    vault, key = new_vault
    return World(qtbot, vault, key, write_demo(vault), settings, options, tmp_path)


@pytest.fixture(params=["normal", "largest"])
def font_points(request: pytest.FixtureRequest, settings: Settings) -> Iterator[int]:
    before = QApplication.font().pointSize()
    points = DEFAULT_FONT_POINTS if request.param == "normal" else largest_font(settings)
    apply_font(points)
    yield points
    apply_font(before)


def test_the_screen_is_a_small_laptop(qapp: QApplication) -> None:
    screen = qapp.primaryScreen().availableGeometry()
    assert (screen.width(), screen.height()) == (SCREEN_WIDTH, SCREEN_HEIGHT)


@pytest.mark.parametrize("name", list(DIALOGS))
def test_no_text_is_clipped(
    qtbot: QtBot, language: str, world: World, font_points: int, name: str
) -> None:
    if not world.vault.is_unlocked:
        world.vault.unlock(PASSPHRASE)
    dialog = DIALOGS[name](world)
    qtbot.addWidget(dialog)
    if not dialog.isVisible():
        dialog.show()
    qtbot.waitExposed(dialog)
    settled(qtbot)  # a preview renders in the background; its labels are final after
    QApplication.processEvents()
    assert clipped_labels(dialog) == [], f"{name} at {font_points} pt, in {language}"


def test_the_meeting_editor_names_every_section_in_full(
    qtbot: QtBot, language: str, world: World, font_points: int
) -> None:
    editor = MeetingEditor(world.vault, world.meeting().id)
    qtbot.addWidget(editor)
    editor.resize(SCREEN_WIDTH, SCREEN_HEIGHT)
    editor.show()
    qtbot.waitExposed(editor)
    nav = editor.nav
    for row in range(nav.count()):
        text = nav.item(row).text()
        # The items' padding (10 px a side) and the style's focus-frame margins.
        needs = nav.fontMetrics().horizontalAdvance(text) + 28
        has = nav.viewport().width()
        assert needs <= has, f"{text!r} is cut short at {font_points} pt in {language}"
    editor.session.save_now()
