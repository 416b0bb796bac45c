"""Process hygiene: no core dumps of a process that holds decrypted notes."""

from __future__ import annotations

import contextlib
import sys


def harden_process() -> None:
    """Disable core dumps (KeePassXC does the same); best effort where unsupported."""
    if sys.platform == "win32":
        return
    import resource

    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
