"""``--smoke-test``: prove an installed or bundled OD Notes works, then exit.

Run offscreen by ``make dist-smoke`` against the PyInstaller bundle. It uses
the real pieces a clinician would: calibrated key derivation, the fictional
demo network, a summary PDF with the bundled fonts, the main window, the
user guide and the translations. Nothing is left behind: the vault lives in
a temporary folder that is deleted (it is encrypted and entirely fictional).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from odnotes import __version__
from odnotes.errors import OdNotesError
from odnotes.model import Meeting
from odnotes.resources import resource_path
from odnotes.summary import meeting_summary
from odnotes.vault import FORMAT_VERSION
from ui.help import guide_path
from ui.i18n import LANGUAGES, translations_dir
from ui.main_window import MainWindow
from ui.session import Session
from ui.settings import Settings
from ui.vault_options import VaultOptions


def run_smoke_test(app: QApplication) -> int:
    """0 when every step worked; 1 (with the failing step named on stderr) otherwise."""
    started = time.monotonic()
    folder = Path(tempfile.mkdtemp(prefix="odnotes-smoke-"))
    step = "starting"
    try:
        step = "finding bundled files"
        resource_path("fonts/DejaVuSans.ttf")
        resource_path("icons/odnotes-256.png")
        if not guide_path().is_file():
            raise FileNotFoundError("docs/user-guide.md")
        missing = [
            lang for lang in LANGUAGES if not (translations_dir() / f"odnotes_{lang}.qm").is_file()
        ]
        if missing:
            raise FileNotFoundError(f"compiled translations for {', '.join(missing)}")
        step = "creating the demo vault"
        options = VaultOptions(data_dir=folder)
        vault = options.open_demo()
        step = "printing a summary"
        meeting = next(iter(vault.all(Meeting)))
        pdf = meeting_summary(vault, meeting.id).pdf()
        if not pdf.startswith(b"%PDF"):
            raise ValueError("the summary is not a PDF")
        step = "opening the main window"
        settings = Settings(folder / "settings.ini")
        session = Session(vault, settings.idle_minutes())
        window = MainWindow(session, settings, options=options)
        window.show()
        app.processEvents()
        step = "closing"
        window.close()
        app.processEvents()
        print(
            f"OD Notes {__version__} (vault format {FORMAT_VERSION}): smoke test passed in "
            f"{time.monotonic() - started:.1f} s"
        )
        return 0
    except Exception as error:  # name the step, never a traceback that could quote a record
        detail = str(error) if isinstance(error, (OdNotesError, FileNotFoundError)) else ""
        print(
            f"OD Notes smoke test failed while {step}: {type(error).__name__} {detail}",
            file=sys.stderr,
        )
        return 1
    finally:
        shutil.rmtree(folder, ignore_errors=True)
