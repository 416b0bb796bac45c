"""Every file dialog starts in the documents folder or the last folder used.

Qt's own default is the working directory, which under ``make run`` is the
source checkout: a summary saved there would sit beside the code. Only the
folder is remembered (in the settings), never a file name, which may carry a
network's name.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs
from PySide6.QtWidgets import QFileDialog, QWidget

from ui.settings import Settings

_SOURCE_ROOT = Path(__file__).resolve().parents[2]
_remembered: list[Settings] = []


def remember_folders_in(settings: Settings) -> None:
    """Keep the last folder used in ``settings`` (the app's, or a test's private file)."""
    _remembered[:] = [settings]


def documents_dir(*, create: bool = False) -> Path:
    """The platform's documents folder; made when ``create`` (a fresh account has none)."""
    folder = Path(platformdirs.user_documents_dir())
    if create:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return Path.home()
    return folder


def in_source_checkout(path: Path) -> bool:
    """``path`` is inside the folder OD Notes is running from (a checkout, not a user's)."""
    if not (_SOURCE_ROOT / "pyproject.toml").is_file():
        return False
    resolved = path.resolve()
    return resolved == _SOURCE_ROOT or _SOURCE_ROOT in resolved.parents


def start_dir() -> Path:
    """Where the next file dialog opens: the last folder used, else the documents folder.

    Nothing is made just to browse: without a documents folder, the home folder.
    """
    if _remembered:
        last = _remembered[0].last_folder()
        if last and Path(last).is_dir() and not in_source_checkout(Path(last)):
            return Path(last)
    documents = documents_dir()
    return documents if documents.is_dir() else Path.home()


def remember(chosen: Path) -> None:
    """Note the folder of a chosen file (or a chosen folder) for the next dialog."""
    folder = chosen if chosen.is_dir() else chosen.parent
    if _remembered and folder.is_dir() and not in_source_checkout(folder):
        _remembered[0].set_last_folder(str(folder.resolve()))


def save_file_name(parent: QWidget | None, title: str, file_name: str, filters: str) -> Path | None:
    """Ask where to save ``file_name``; the chosen path, or None if cancelled."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(start_dir() / file_name), filters)
    if not chosen:
        return None
    remember(Path(chosen))
    return Path(chosen)


def open_file_name(parent: QWidget | None, title: str, filters: str) -> Path | None:
    """Ask for a file to open; the chosen path, or None if cancelled."""
    chosen, _ = QFileDialog.getOpenFileName(parent, title, str(start_dir()), filters)
    if not chosen:
        return None
    remember(Path(chosen))
    return Path(chosen)


def existing_folder(parent: QWidget | None, title: str, current: str = "") -> Path | None:
    """Ask for a folder, starting at ``current`` when it exists; None if cancelled."""
    here = Path(current).expanduser() if current.strip() else None
    start = here if here is not None and here.is_dir() else start_dir()
    chosen = QFileDialog.getExistingDirectory(parent, title, str(start))
    if not chosen:
        return None
    remember(Path(chosen))
    return Path(chosen)
