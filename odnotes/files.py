"""Files the way the vault treats them: written atomically, private and durably, read with a cap.

Also the one place that turns a refused write into a human sentence.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from odnotes.errors import FileTooLarge, OutputExists, StorageError, VaultExists, Words
from odnotes.i18n import N_

ALREADY_THERE = "A file with that name is already there, so nothing was written."


def storage_error(error: BaseException, doing: str) -> StorageError:
    """A human message for a failed write; never includes row contents."""
    text = str(error).lower()
    code = error.errno if isinstance(error, OSError) else None
    if code in (errno.ENOSPC, errno.EDQUOT) or "full" in text:
        return StorageError(
            N_("The disk is full, so %(doing)s did not happen. Nothing was changed."),
            doing=Words(doing),
        )
    if code == errno.EFBIG:
        return StorageError(
            N_(
                "The file is too large for this disk (some USB sticks hold files of at most "
                "4 GB), so %(doing)s did not happen. Nothing was changed."
            ),
            doing=Words(doing),
        )
    if "readonly" in text or "read-only" in text or isinstance(error, PermissionError):
        return StorageError(
            N_(
                "The vault's folder cannot be written to, so %(doing)s did not happen. "
                "Nothing was changed."
            ),
            doing=Words(doing),
        )
    # strerror, not str(error): the latter quotes the file's path, which may hold a name.
    reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
    return StorageError(
        N_("The disk refused the write, so %(doing)s did not happen (%(reason)s)."),
        doing=Words(doing),
        reason=reason,
    )


def publish(built: Path, target: Path) -> None:
    """Move a finished file into place without ever replacing an existing one."""
    fsync_file(built)
    try:
        os.link(built, target)
    except FileExistsError:
        raise VaultExists(
            N_("%(name)s already exists; OD Notes never writes over it."), name=target.name
        ) from None
    except OSError:
        # Filesystems without hard links: check, then rename (a narrow race, stated here).
        if target.exists():
            raise VaultExists(
                N_("%(name)s already exists; OD Notes never writes over it."), name=target.name
            ) from None
        os.replace(built, target)
    else:
        built.unlink()
    fsync_dir(target.parent)


def fsync_file(path: Path) -> None:
    """Flush a file's bytes to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Flush a folder's entries (a rename is durable only after this), where supported."""
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(
    path: str | Path, data: bytes, *, doing: str = N_("saving the file"), replace: bool = True
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
            raise FileTooLarge(N_("The file is larger than any file of this kind."))
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise FileTooLarge(N_("The file is larger than any file of this kind."))
    return data
