"""The one-writer lock, taken on the vault file itself so no second path can get round it.

A lock file named after the path as given let a second writer in through a
symlink or a hard link, or after the lock file was deleted. So the lock is an
OS lock on the database file's own inode: ``flock`` on POSIX (independent of the
``fcntl`` locks SQLite uses), and on Windows a byte-range lock far beyond the
bytes SQLite locks. The OS drops it when the process ends, even by a crash.

POSIX drops *all* of a process's ``fcntl`` locks on a file when *any*
descriptor of that file is closed, which would silently take SQLite's own locks
away from a connection that is still open. So this module counts the vault
connections each file has in this process and closes its lock descriptor only
once none is left.
"""

from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from odnotes.errors import VaultInUse
from odnotes.i18n import N_

# Windows: lock one byte at 1 TiB, far from SQLite's lock bytes at 1 GiB.
_WINDOWS_LOCK_OFFSET = 1 << 40

Identity = tuple[int, int]


@dataclass
class _File:
    """What this process has open on one vault file."""

    fd: int | None = None
    held: bool = False
    connections: int = 0


_files: dict[Identity, _File] = {}
_guard = threading.Lock()


def identity(path: Path) -> Identity:
    """The file's device and inode: the same for every path that reaches it."""
    info = os.stat(path)
    return (info.st_dev, info.st_ino)


def _settle(key: Identity) -> None:
    """Close the lock descriptor once nothing in this process needs it (see the docstring)."""
    entry = _files.get(key)
    if entry is None or entry.held or entry.connections:
        return
    if entry.fd is not None:
        os.close(entry.fd)
    del _files[key]


def connection_opened(path: Path) -> Identity:
    """Count an SQLite connection to the file at ``path``; returns the file's identity."""
    with _guard:
        key = identity(path)
        _files.setdefault(key, _File()).connections += 1
        return key


def connection_closed(key: Identity) -> None:
    """The connection counted by :func:`connection_opened` is closed."""
    with _guard:
        entry = _files.get(key)
        if entry is not None:
            entry.connections = max(0, entry.connections - 1)
            _settle(key)


def _os_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _os_unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


class WriterLock:
    """One writing window or program per vault file, whatever path it was reached by."""

    def __init__(self, vault_path: Path) -> None:
        self.path = vault_path
        self._key: Identity | None = None

    def acquire(self) -> None:
        """Take the lock or raise :class:`VaultInUse` (``OSError`` if the file cannot be read)."""
        with _guard:
            key = identity(self.path)
            entry = _files.setdefault(key, _File())
            if entry.fd is None:
                fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
                entry.fd = fd
                if identity_of_fd(fd) != key:  # renamed between stat and open: try later
                    _settle(key)
                    raise VaultInUse(IN_USE)
            if entry.held or not _os_lock(entry.fd):
                _settle(key)
                raise VaultInUse(IN_USE)
            entry.held = True
            self._key = key

    def release(self) -> None:
        """Let another writer in."""
        with _guard:
            key, self._key = self._key, None
            entry = _files.get(key) if key else None
            if key is None or entry is None or not entry.held:
                return
            if entry.fd is not None:
                _os_unlock(entry.fd)
            entry.held = False
            _settle(key)

    @property
    def held(self) -> bool:
        """This object holds the lock."""
        return self._key is not None


def identity_of_fd(fd: int) -> Identity:
    """The device and inode of an open descriptor."""
    info = os.fstat(fd)
    return (info.st_dev, info.st_ino)


IN_USE = N_(
    "This vault is already open in another OD Notes window or program. "
    "Close it there first, or open this one read-only."
)
