"""Exchange files in a shared folder: names that never collide, written whole or not at all.

A name holds the sender's and recipient's card ids (first 16 hex digits), the
sender's sequence number and the random file id, so any number of senders can
write into one folder that Syncthing, a network share or a USB stick carries.
Files are written under a hidden temporary name in the same folder, synced,
then renamed; readers only look at names of the final form, so a half-written
file of ours is never read (and one half-copied by another tool is refused as
cut short, and read again later).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from odnotes.exchange.payload import Header
from odnotes.exchange.sealed import SealedFile
from odnotes.files import storage_error, write_atomic

SUFFIX = ".odx"
_NAME = re.compile(r"odx-([0-9a-f]{16})-([0-9a-f]{16})-([0-9]{16})-([0-9a-f]{32})\.odx")


@dataclass(frozen=True)
class FileName:
    """What an exchange file's name says (unverified: the signed header is what counts)."""

    sender: str
    recipient: str
    sequence: int
    file_id: str

    @classmethod
    def parse(cls, name: str) -> FileName | None:
        """The parts of a final exchange file name; ``None`` for any other name."""
        match = _NAME.fullmatch(name)
        if match is None:
            return None
        sender, recipient, sequence, file_id = match.groups()
        return cls(sender, recipient, int(sequence), file_id)


def file_name(header: Header) -> str:
    """The file name for a sealed file."""
    file_hex = header.file_id.replace("-", "")
    return f"odx-{header.sender[:16]}-{header.recipient[:16]}-{header.sequence:016d}-{file_hex}.odx"


def write_exchange_file(folder: str | Path, sealed: SealedFile) -> Path:
    """Write ``sealed`` into the exchange folder atomically (temp name, fsync, rename)."""
    return write_atomic(
        Path(folder) / file_name(sealed.header), sealed.blob, doing="writing the exchange file"
    )


def incoming(folder: str | Path, card_id: str) -> list[Path]:
    """Final-named files addressed to ``card_id``, oldest first per sender."""
    try:
        names = os.listdir(folder)
    except OSError as error:
        raise storage_error(error, "reading the exchange folder") from None
    found = []
    for name in names:
        parts = FileName.parse(name)
        if parts is not None and parts.recipient == card_id[:16]:
            found.append((parts.sender, parts.sequence, name))
    return [Path(folder) / name for *_, name in sorted(found)]
