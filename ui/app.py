"""Start the desktop app: the QApplication, its icon, font and colours, then the launcher."""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from odnotes import __version__, hygiene
from odnotes.resources import resource_path
from ui.appearance import apply_font, apply_theme
from ui.collector import collect_on_gui_thread
from ui.i18n import install_translators, ui_locale
from ui.launcher import Launcher
from ui.operations import finish_all
from ui.settings import Settings
from ui.vault_options import VaultOptions

ICON_SIZES = (16, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """The OD Notes icon at every size shipped, scalable where SVG is supported."""
    icon = QIcon()
    for size in ICON_SIZES:
        try:
            icon.addFile(str(resource_path(f"icons/odnotes-{size}.png")))
        except FileNotFoundError:
            continue
    return icon


def speak_chosen_language(app: QCoreApplication, settings: Settings) -> None:
    """The language chosen in Preferences, else the system's: words, dates and numbers."""
    locale = ui_locale(settings.language())
    if settings.language():
        QLocale.setDefault(locale)  # dates and numbers in the chosen language too
    install_translators(app, locale)


NONE_RESERVE: list[None] = [None] * 2_000_000 if sys.version_info < (3, 12) else []
"""References to ``None`` held for the whole run (16 MB).

PySide6 6.12.0 drops a reference to ``None`` on every ``processEvents()`` called
from Python and on queued calls into Python from other threads. Python 3.11
counts ``None``'s references (about 20,000 at start) and aborts with
"none_dealloc" when they run out: the bench's 30,000-meeting session did. 6.11's
``lupdate`` reads this project's sources differently, so the release cannot
simply be excluded; two million more references keep a busy session clear for
days. The list itself is never freed (one reference to it is leaked on purpose):
freeing it at exit would hand back references the binding had already taken,
and abort there. Python 3.12 makes ``None`` immortal, and this is empty there.
"""
ctypes.pythonapi.Py_IncRef(ctypes.py_object(NONE_RESERVE))

SWITCH_INTERVAL = 0.001
"""Seconds a Python thread may run before one waiting for the interpreter gets a turn."""


def share_the_interpreter() -> None:
    """Let the GUI thread have the interpreter soon after it asks for it.

    Every event the GUI thread handles in Python (an event filter, a model's
    ``data``) needs the interpreter lock; while a background pass decrypts or
    indexes, each such step waited up to Python's default 5 ms for it, and a
    network's page took seconds to build. 1 ms costs the background work little.
    """
    sys.setswitchinterval(SWITCH_INTERVAL)


def make_application(argv: Sequence[str] = ()) -> QApplication:
    """The QApplication with the app's identity, icon, font size and colour scheme."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    app.setApplicationName(QCoreApplication.translate("ui.app", "OD Notes"))
    app.setOrganizationName(QCoreApplication.translate("ui.app", "OD Notes"))
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.odnotes.ODNotes")
    app.setWindowIcon(app_icon())
    settings = Settings()
    speak_chosen_language(app, settings)
    collect_on_gui_thread(app)  # never on a worker thread, where it could free Qt objects
    share_the_interpreter()
    apply_font(settings.font_points())
    apply_theme(settings.theme())
    return app


def main(
    argv: Sequence[str] | None = None, vault_path: Path | None = None, smoke_test: bool = False
) -> int:
    """Run the app until the last window closes; returns the exit code."""
    hygiene.harden_process()
    app = make_application(sys.argv if argv is None else argv)
    if smoke_test:
        from ui.smoke import run_smoke_test

        return run_smoke_test(app)
    launcher = Launcher(Settings(), VaultOptions())
    launcher.start(vault_path)
    try:
        return app.exec()
    finally:
        finish_all()
