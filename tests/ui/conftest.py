"""Qt fixtures for the app shell's tests: fast KDF, private settings, the editor double."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from odnotes.crypto import TEST_POLICY, fast_test_params
from odnotes.model import Network
from odnotes.vault import Vault
from tests.ui.fake_clock import FakeClock
from tests.ui.fake_editor import FakeMeetingEditor
from ui import clock
from ui.collector import collect_on_gui_thread
from ui.i18n import LANGUAGES, install_translators
from ui.main_window import MainWindow
from ui.operations import finish_all
from ui.session import Session
from ui.settings import Settings
from ui.vault_options import VaultOptions

OFFSCREEN_NOISE = r"This plugin does not support (propagateSizeHints|raise|grabbing)"
ROOT = Path(__file__).resolve().parents[2]
SCREEN = {"width": 1366, "height": 768}  # the smallest laptop screen the app is made for


@pytest.fixture(scope="session")
def qapp_args(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Headless tests see a 1366x768 screen at 96 dpi, not the offscreen plugin's 800x800."""
    if os.environ.get("QT_QPA_PLATFORM", "offscreen").split(":")[0] != "offscreen":
        return ["odnotes-tests"]  # a real display: use its screens
    config = tmp_path_factory.mktemp("screen") / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, **SCREEN, "logicalDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    return ["odnotes-tests", "-platform", f"offscreen:configfile={config}"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen platform warns about window-manager calls it cannot do; not our bug."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def fake_editor(monkeypatch: pytest.MonkeyPatch) -> type[FakeMeetingEditor]:
    """Every shell test embeds the editor double instead of ``ui.editor``."""
    FakeMeetingEditor.instances.clear()
    monkeypatch.setattr("ui.workspace.meeting_editor_class", lambda: FakeMeetingEditor)
    return FakeMeetingEditor


@pytest.fixture(scope="session", autouse=True)
def garbage_on_the_gui_thread(qapp: QApplication) -> Iterator[None]:
    """As in the app: the cyclic collector never runs on a worker thread (see ui.collector);
    and, as at the app's exit, no background work outlives the session."""
    collect_on_gui_thread(qapp)
    yield
    finish_all()


@pytest.fixture(autouse=True)
def deleted_after_each_test(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A test's widgets are deleted by Qt at its teardown, never by Python's collector.

    pytest-qt holds a test's widgets by weak reference and deletes them with
    ``deleteLater`` (which waits for an event loop it never runs). Between the test's
    end and that, the collector could find them unreachable, empty their Python side and
    only then destroy them: their event filters then failed in a later test, and about one
    run in four failed or ended in a segfault (see ``ui.disposal``). So each is held here
    until Qt has deleted it at teardown.
    """
    held: list[QWidget] = []
    add_widget = QtBot.addWidget

    def holding(self: QtBot, widget: QWidget, **kwargs: Any) -> None:
        held.append(widget)
        add_widget(self, widget, **kwargs)

    monkeypatch.setattr(QtBot, "addWidget", holding)
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    held.clear()


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> QTranslator:
    """The English plural forms, as the app installs them ("1 meeting", not "1 meeting(s)").

    Compiled here from the ``.ts`` so a plain ``pytest`` run sees the current file.
    """
    compiled = tmp_path_factory.mktemp("plurals") / "odnotes_en.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run(
        [str(lrelease), "-silent", str(ROOT / "translations" / "odnotes_en.ts"), "-qm",
         str(compiled)],
        check=True,
    )  # fmt: skip
    translator = QTranslator(qapp)
    assert translator.load(str(compiled))
    qapp.installTranslator(translator)
    return translator


@pytest.fixture(scope="module")
def compiled_translations(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The ``.qm`` files compiled from the current ``.ts`` files (a plain pytest run has none)."""
    folder = tmp_path_factory.mktemp("translations")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in sorted((ROOT / "translations").glob("odnotes_*.ts")):
        qm = folder / ts.with_suffix(".qm").name
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return folder


@pytest.fixture(params=["en", *LANGUAGES])  # a test may narrow them (indirect=True)
def language(
    request: pytest.FixtureRequest,
    qapp: QApplication,
    compiled_translations: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[str]:
    """The UI speaks this language (its translators and its dates), as on such a system."""
    monkeypatch.setattr("ui.i18n.translations_dir", lambda: compiled_translations)
    before = QLocale()
    locale = QLocale(request.param)
    QLocale.setDefault(locale)
    install_translators(qapp, locale)
    yield request.param
    install_translators(qapp, QLocale("en_GB"))
    QLocale.setDefault(before)


@pytest.fixture(autouse=True)
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The platform's documents folder, private to the test (not made until something does)."""
    folder = tmp_path / "Documents"
    monkeypatch.setattr("platformdirs.user_documents_dir", lambda: str(folder))
    return folder


@pytest.fixture
def fake_clock() -> Iterator[FakeClock]:
    """Idle-lock and autosave countdowns that run out only when the test advances time.

    Ask for it before the fixtures that make sessions and editors.
    """
    made = FakeClock()
    previous = clock.use(made)
    yield made
    clock.use(previous)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings in a private INI file (never the user's)."""
    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def options(tmp_path: Path) -> VaultOptions:
    """Fast key derivation and a private data folder."""
    return VaultOptions(new_kdf=fast_test_params, policy=TEST_POLICY, data_dir=tmp_path / "data")


@pytest.fixture
def window(
    qtbot: QtBot, demo_vault: tuple[Vault, Network], settings: Settings, options: VaultOptions
) -> Iterator[MainWindow]:
    """A main window over the unlocked demo vault, showing the demo network."""
    vault, network = demo_vault
    session = Session(vault, settings.idle_minutes())
    main = MainWindow(session, settings, options=options)
    session.setParent(main)
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow, timeout=2_000)  # shortcuts go to the active window
    assert main.workspace is not None
    main.workspace.show_network(network.id)
    yield main
