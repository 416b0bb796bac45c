"""Writing files the way the vault does: atomically, private, never half-written."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from odnotes.storage import fsync_dir, storage_error


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
