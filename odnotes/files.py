"""Writing files the way the vault does: atomically, private, never half-written, durably.

Also the one place that turns a refused write into a human sentence.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from pathlib import Path

from odnotes.errors import StorageError, VaultExists


def storage_error(error: BaseException, doing: str) -> StorageError:
    """A human message for a failed write; never includes row contents."""
    text = str(error).lower()
    code = error.errno if isinstance(error, OSError) else None
    if code in (errno.ENOSPC, errno.EDQUOT) or "full" in text:
        return StorageError(f"The disk is full, so {doing} did not happen. Nothing was changed.")
    if code == errno.EFBIG:
        return StorageError(
            f"The file is too large for this disk (some USB sticks hold files of at most "
            f"4 GB), so {doing} did not happen. Nothing was changed."
        )
    if "readonly" in text or "read-only" in text or isinstance(error, PermissionError):
        return StorageError(
            f"The vault's folder cannot be written to, so {doing} did not happen. "
            "Nothing was changed."
        )
    return StorageError(f"The disk refused the write, so {doing} did not happen ({error}).")


def publish(built: Path, target: Path) -> None:
    """Move a finished file into place without ever replacing an existing one."""
    fsync_file(built)
    try:
        os.link(built, target)
    except FileExistsError:
        raise VaultExists(f"{target.name} already exists; OD Notes never writes over it.") from None
    except OSError:
        # Filesystems without hard links: check, then rename (a narrow race, stated here).
        if target.exists():
            raise VaultExists(
                f"{target.name} already exists; OD Notes never writes over it."
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


def write_atomic(path: str | Path, data: bytes, *, doing: str = "saving the file") -> Path:
    """Write ``data`` to ``path`` via a private temp file in the same folder, then rename.

    The temp file is created 0600 beside the target (never in the system temp
    folder), so no plaintext copy is left anywhere if the write fails.
    """
    target = Path(path)
    building = target.with_name(f".{target.name}.partial-{os.getpid()}")
    try:
        fd = os.open(building, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(building, target)
        fsync_dir(target.parent)
    except OSError as error:
        raise storage_error(error, doing) from None
    finally:
        with contextlib.suppress(OSError):  # gone, or the disk refuses even this
            building.unlink()
    return target
