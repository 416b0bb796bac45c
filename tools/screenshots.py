"""Save screenshots of the app's main screens into ``docs/screenshots/`` (``make screenshots``).

A fictional demo vault is made in a temporary folder (fast key derivation:
it holds only invented people and is deleted afterwards); each screen is shown
offscreen at 1366x768 and grabbed.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from odnotes.crypto import TEST_POLICY, fast_test_params
from odnotes.demo import write_demo
from odnotes.model import Meeting
from odnotes.recordnote import record_note
from odnotes.vault import Vault
from tools.sharing_screens import shoot_sharing
from ui.app import make_application
from ui.dialogs.change_passphrase import ChangePassphraseDialog
from ui.dialogs.create_vault import CreateVaultDialog
from ui.dialogs.damaged import DamagedVaultDialog
from ui.dialogs.preferences import PreferencesDialog
from ui.dialogs.recovery_key import RecoveryKeyDialog
from ui.dialogs.shortcuts import ShortcutsDialog
from ui.dialogs.unlock import UnlockDialog
from ui.dialogs.vault_copies import BackupDialog, RestoreDialog
from ui.dialogs.welcome import WelcomeDialog
from ui.main_window import MainWindow
from ui.menus import shortcut_lines
from ui.recordnote import RecordNoteDialog
from ui.session import Session
from ui.settings import Settings
from ui.summary import SummaryPreviewDialog
from ui.vault_options import VaultOptions
from ui.windows import OverviewDialog

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
PASSPHRASE = "fictional demo network"
SIZE = (1366, 768)


def settle(ms: int = 120) -> None:
    """Let layouts, timers and background jobs finish."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    QCoreApplication.processEvents()


def shoot(widget: QWidget, name: str) -> Path:
    """Show ``widget``, let it settle, save it as ``name.png``."""
    widget.show()
    settle()
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(f"saved {path.relative_to(OUT.parent.parent)}")
    return path


def wait_for(condition: Callable[[], bool], timeout_ms: int = 10_000) -> None:
    """Process events until ``condition()`` holds."""
    waited = 0
    while not condition() and waited < timeout_ms:
        settle(50)
        waited += 50


def main() -> None:
    """Make the demo vault and photograph every screen."""
    make_application([])
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        options = VaultOptions(new_kdf=fast_test_params, policy=TEST_POLICY, data_dir=work)
        settings = Settings(work / "settings.ini")
        vault, recovery_key = Vault.create(
            work / "Riverside team.odvault",
            PASSPHRASE,
            kdf=fast_test_params(),
            policy=TEST_POLICY,
        )
        network = write_demo(vault)
        vault.lock()

        shoot(WelcomeDialog([str(vault.path)]), "01-welcome")
        create = CreateVaultDialog(options)
        create.path.setText(str(work / "My vault.odvault"))
        create.passphrase.first.setText("willow kettle orbit lantern")
        create.passphrase.second.setText("willow kettle orbit lantern")
        shoot(create, "02-create-vault")
        shoot(RecoveryKeyDialog(vault.name, recovery_key), "03-recovery-key")
        unlock = UnlockDialog(vault)
        unlock.form.passphrase.setText("not the passphrase")
        unlock.form.submit()
        wait_for(lambda: not unlock.form.error.isHidden())
        shoot(unlock, "04-unlock-wrong-passphrase")
        unlock.close()

        vault.unlock(PASSPHRASE)
        session = Session(vault, settings.idle_minutes())
        window = MainWindow(session, settings, options=options)
        window.resize(*SIZE)
        window.show()
        assert window.workspace is not None
        window.workspace.show_network(network.id)
        shoot(window, "05-network-meetings")
        for number, tab in enumerate(("people", "uncertainties", "decisions"), start=6):
            window.workspace.show_network_tab(tab)
            shoot(window, f"0{number}-network-{tab}")
        window.open_search()
        assert window.search_dialog is not None
        window.search_dialog.query.setText("sleep")
        window.search_dialog.run_search()
        shoot(window.search_dialog, "09-search")
        window.search_dialog.hide()
        window.workspace.show_network_tab("glance")
        shoot(window, "14-network-at-a-glance")
        latest = max(vault.all(Meeting, network_id=network.id), key=lambda m: m.starts_at)
        window.open_meeting(latest.id)
        shoot(window, "10-meeting-editor")
        second = sorted(vault.all(Meeting, network_id=network.id), key=lambda m: m.starts_at)[1]
        preview = SummaryPreviewDialog(vault, meeting_id=second.id, parent=window)
        wait_for(lambda: not preview.is_rendering(), 30_000)
        preview.resize(*SIZE)
        shoot(preview, "15-summary-preview")
        preview.close()
        record = RecordNoteDialog(
            record_note(vault, second.id),
            limit=settings.record_note_limit(),
            guard=window.clipboard,
            parent=window,
        )
        shoot(record, "21-clinical-record")
        record.close()
        overview = OverviewDialog(window)
        shoot(overview, "16-across-all-networks")
        overview.close()
        shoot(PreferencesDialog(settings, window), "11-preferences")
        backup = BackupDialog(vault, window)
        backup.path.setText(str(work / "Riverside team backup.odvault"))
        backup.submit()
        wait_for(backup.outcome.isVisible)
        shoot(backup, "17-backup")
        backup.close()
        restore = RestoreDialog(TEST_POLICY, window)
        restore.backup.setText(str(work / "Riverside team backup.odvault"))
        restore.passphrase.setText(PASSPHRASE)
        restore.submit()
        wait_for(restore.outcome.isVisible)
        shoot(restore, "18-restore")
        restore.close()
        shoot(ChangePassphraseDialog(vault, TEST_POLICY, window), "19-change-passphrase")
        shoot(ShortcutsDialog(shortcut_lines(window.menu_actions), window), "20-keyboard-shortcuts")
        shoot_sharing(window, vault, network, work)
        vault.damaged = []
        vault.integrity_ok = False
        shoot(DamagedVaultDialog(vault, window), "12-damaged-vault")
        vault.integrity_ok = True
        session.lock()
        shoot(window, "13-locked")
        window.close()
    app = QApplication.instance()
    if app is not None:
        app.processEvents()


if __name__ == "__main__":
    main()
