"""The sealed exchange file: revisions of one network, from one practitioner to one colleague.

Layout (``docs/exchange-format.md``)::

    "ODXCHG" | format version (2, big-endian) | header length (4) | header JSON
    | ciphertext length (8) | age ciphertext of the payload JSON | Ed25519 signature (64)

The payload is age-encrypted to the recipient's X25519 key, which keeps it
secret but says nothing about who wrote it (anyone can encrypt to a public
key). So the sender signs everything before the signature *and* the
recipient's public keys, and the payload repeats the header's names: a file
cannot be re-signed by someone else, re-addressed, or stitched together.
Every check runs before anything is returned, so a refused file changes
nothing.
"""

from __future__ import annotations

import json
import struct
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

import pyrage

from odnotes.crypto import canonical
from odnotes.errors import Words
from odnotes.exchange.card import PractitionerCard
from odnotes.exchange.errors import Refusal, RefusedFile
from odnotes.exchange.identity import PractitionerIdentity
from odnotes.exchange.payload import Acknowledged, Header, Payload, damaged
from odnotes.exchange.revision import SharedRevision
from odnotes.i18n import N_
from odnotes.model import utc_now

MAGIC = b"ODXCHG"
VERSION = 1
MAX_HEADER = 4096
MAX_FILE = 256 * 1024 * 1024
SIGNATURE_BYTES = 64
SIGNED_PREFIX = b"odnotes-exchange/1 signature\n"
_PREFIX = struct.Struct(">6sHI")
_LENGTH = struct.Struct(">Q")


@dataclass(frozen=True)
class Seen:
    """The newest file a vault accepted from one sender for one network."""

    sequence: int = 0
    file_id: str | None = None


@dataclass(frozen=True)
class SealedFile:
    """A file ready to write: its header and its bytes."""

    header: Header
    blob: bytes


@dataclass(frozen=True)
class Received:
    """A verified file's content; ``duplicate`` when it is the newest file already accepted."""

    header: Header
    payload: Payload
    duplicate: bool = False


def next_sequence(previous: int, now: datetime | None = None) -> int:
    """The next file's number: above the last, and at least the time in milliseconds.

    Time keeps the series moving forward even from a vault restored from an
    older backup, whose stored counter went back.
    """
    moment = (now or datetime.now(UTC)).timestamp()
    return max(previous + 1, int(moment * 1000))


def seal(
    sender: PractitionerIdentity,
    recipient: PractitionerCard,
    network_id: str,
    sequence: int,
    revisions: Iterable[SharedRevision],
    acknowledged: Acknowledged,
    *,
    shared_with: Iterable[str] = (),
    file_id: str | None = None,
    at: datetime | None = None,
) -> SealedFile:
    """Seal revisions of ``network_id`` for ``recipient``, signed by ``sender``.

    ``shared_with`` are the card ids the sender shares the network with.
    """
    header = Header(
        file_id or str(uuid.uuid4()),
        sender.card_id,
        recipient.card_id,
        network_id,
        sequence,
        at or utc_now(),
    )
    payload = Payload(tuple(revisions), acknowledged, tuple(sorted(set(shared_with))))
    for revision in payload.revisions:
        if revision.network_id not in (None, network_id):
            raise ValueError("a sealed file carries the records of one network only")
    plaintext = json.dumps(payload.to_plain(header), ensure_ascii=False, separators=(",", ":"))
    ciphertext = pyrage.encrypt(plaintext.encode(), [recipient.recipient()])
    header_bytes = canonical(header.to_plain())
    signed = (
        _PREFIX.pack(MAGIC, VERSION, len(header_bytes))
        + header_bytes
        + _LENGTH.pack(len(ciphertext))
        + ciphertext
    )
    signature = sender.sign(signed_message(recipient, signed))
    return SealedFile(header, signed + signature)


def signed_message(recipient: PractitionerCard | PractitionerIdentity, signed: bytes) -> bytes:
    """What the sender's signature covers: a prefix, the recipient's public keys, the file."""
    keys = [recipient.card_id, recipient.age_recipient, recipient.signing_key.hex()]
    return SIGNED_PREFIX + canonical(keys) + b"\n" + signed


@dataclass(frozen=True)
class _Frame:
    header: Header
    signed: bytes
    ciphertext: bytes
    signature: bytes


def _refuse(reason: Refusal, message: str) -> RefusedFile:
    return RefusedFile(reason, message)


def _truncated() -> RefusedFile:
    return _refuse(
        Refusal.TRUNCATED,
        N_(
            "This exchange file is cut short: it may still be arriving. It was left as it is "
            "and will be read again at the next sync."
        ),
    )


def _frame(blob: bytes) -> _Frame:
    """Split a file into its parts, refusing anything that is not exactly one whole file."""
    if len(blob) > MAX_FILE:
        raise _refuse(Refusal.TOO_LARGE, N_("This file is far larger than any exchange file."))
    if not blob.startswith(MAGIC):
        if MAGIC.startswith(blob):
            raise _truncated()
        raise _refuse(Refusal.NOT_EXCHANGE, N_("This is not an OD Notes exchange file."))
    if len(blob) < _PREFIX.size:
        raise _truncated()
    _, version, header_length = _PREFIX.unpack_from(blob)
    if version > VERSION:
        raise _refuse(
            Refusal.NEWER_FORMAT,
            N_(
                "This exchange file was written by a newer OD Notes; please update OD Notes "
                "to read it."
            ),
        )
    if version < 1 or header_length > MAX_HEADER:
        damaged(Words(N_("its start is unreadable")))
    at = _PREFIX.size + header_length
    if len(blob) < at + _LENGTH.size:
        raise _truncated()
    try:
        header = Header.from_plain(json.loads(blob[_PREFIX.size : at]))
    except (UnicodeDecodeError, ValueError):
        damaged(Words(N_("its header is unreadable")))
    (length,) = _LENGTH.unpack_from(blob, at)
    start = at + _LENGTH.size
    end = start + length
    if length > MAX_FILE:
        damaged(Words(N_("its length fields are unreadable")))
    if len(blob) < end + SIGNATURE_BYTES:
        raise _truncated()
    if len(blob) > end + SIGNATURE_BYTES:
        raise _refuse(
            Refusal.TRAILING_DATA,
            N_(
                "This exchange file has extra data after its end, so it was not written by "
                "OD Notes as it is; nothing was taken from it."
            ),
        )
    return _Frame(header, blob[:end], blob[start:end], blob[end:])


def read_header(blob: bytes) -> Header:
    """The header of a whole file, *not yet verified*: only for routing and display."""
    return _frame(blob).header


def open_sealed(
    blob: bytes,
    me: PractitionerIdentity,
    paired: Mapping[str, PractitionerCard],
    seen: Callable[[str, str], Seen] = lambda sender, network: Seen(),
) -> Received:
    """Verify and open a file sent to ``me`` by a paired colleague; refuse anything else.

    ``paired`` maps card ids to the cards accepted after comparing safety
    numbers; ``seen(sender, network)`` is the newest file already accepted
    from that sender for that network.
    """
    frame = _frame(blob)
    header = frame.header
    if header.recipient != me.card_id:
        raise _refuse(
            Refusal.WRONG_RECIPIENT,
            N_("This exchange file is for another practitioner; it was left for them."),
        )
    card = paired.get(header.sender)
    if card is None:
        raise _refuse(
            Refusal.UNPAIRED_SENDER,
            N_(
                "This exchange file comes from someone you have not paired with; nothing was "
                "taken from it. Pair with your colleague first (compare the safety number)."
            ),
        )
    if not card.verify(signed_message(me, frame.signed), frame.signature):
        raise _refuse(
            Refusal.FORGED,
            N_(
                "This exchange file's signature does not match the colleague it names: it was "
                "changed after it was written, or written by someone else. Nothing was taken "
                "from it."
            ),
        )
    last = seen(header.sender, header.network_id)
    duplicate = (header.sequence, header.file_id) == (last.sequence, last.file_id)
    if not duplicate and header.sequence <= last.sequence:
        raise _refuse(
            Refusal.REPLAYED,
            N_(
                "This exchange file is older than one already received from the same colleague "
                "for this network (it was sent again, or arrived late). Everything in it was "
                "also in the newer file, so nothing was taken from it."
            ),
        )
    try:
        plaintext = me.decrypt(frame.ciphertext)
        content = json.loads(plaintext)
    except (pyrage.DecryptError, UnicodeDecodeError, ValueError):
        damaged(Words(N_("its content could not be decrypted")))
    return Received(header, Payload.from_plain(content, header), duplicate)
