"""Files the way the vault treats them: written atomically and private, read with a cap."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence
from pathlib import Path

from odnotes.errors import FileTooLarge, OutputExists
from odnotes.storage import fsync_dir, storage_error

ALREADY_THERE = "A file with that name is already there, so nothing was written."


def write_atomic(
    path: str | Path, data: bytes, *, doing: str = "saving the file", replace: bool = True
) -> Path:
    """Write ``data`` to ``path`` via a private temp file in the same folder, then rename.

    The temp file is created 0600 beside the target (never in the system temp
    folder), so no plaintext copy is left anywhere if the write fails. With
    ``replace=False`` an existing file is never replaced (:class:`OutputExists`).
    """
    return write_all_atomic([(Path(path), data)], doing=doing, replace=replace)[0]


def write_all_atomic(
    files: Sequence[tuple[Path, bytes]], *, doing: str, replace: bool = True
) -> list[Path]:
    """Several files, all or none: each is written in full beside its target first.

    Only when every one is on the disk are they moved into place, so a disk
    that fills up or a name the disk refuses leaves none of them behind.
    """
    staged: list[tuple[Path, Path]] = []
    placed: list[Path] = []
    try:
        for target, data in files:
            building = target.with_name(f".{target.name}.partial-{os.getpid()}")
            staged.append((building, target))
            _write_new(building, data)
        if not replace and any(target.exists() for _, target in staged):
            raise OutputExists(ALREADY_THERE)
        for building, target in staged:
            if replace:
                os.replace(building, target)
            else:
                _link_new(building, target)
            placed.append(target)
        for folder in {target.parent for _, target in staged}:
            fsync_dir(folder)
    except BaseException as error:
        if not replace:  # what was placed is new, so taking it away restores the folder
            for target in placed:
                with contextlib.suppress(OSError):
                    target.unlink()
        if isinstance(error, OSError):
            raise storage_error(error, doing) from None
        raise
    finally:
        for building, _ in staged:
            with contextlib.suppress(OSError):  # gone, or the disk refuses even this
                building.unlink()
    return [target for _, target in staged]


def _write_new(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)
    finally:
        os.close(fd)


def _link_new(building: Path, target: Path) -> None:
    """Put ``building`` at ``target`` only if nothing is there (a hard link cannot replace)."""
    try:
        os.link(building, target)
    except FileExistsError:
        raise OutputExists(ALREADY_THERE) from None
    except OSError:
        # Filesystems without hard links (FAT USB sticks): check, then rename.
        if target.exists():
            raise OutputExists(ALREADY_THERE) from None
        os.replace(building, target)


def read_capped(path: str | Path, limit: int) -> bytes:
    """The whole file, refused with :class:`FileTooLarge` past ``limit`` bytes.

    The cap is on the bytes actually read, not on the size the file reports:
    devices, pipes and ``/proc`` files report 0 and may never end (``/dev/zero``).
    Raises ``OSError`` when the file cannot be opened or read.
    """
    with open(path, "rb") as handle:
        if os.fstat(handle.fileno()).st_size > limit:
            raise FileTooLarge("The file is larger than any file of this kind.")
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise FileTooLarge("The file is larger than any file of this kind.")
    return data
