"""Taking in a colleague's files: verify, check against what is held, merge, remember.

Every file is verified completely by :func:`odnotes.exchange.open_sealed`
before anything is stored; its new revisions, the ledger (newest file
accepted, the colleague's acknowledgements) and the share are then written
in one transaction, so a refused file writes nothing and an accepted one is
taken whole.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from odnotes.crypto import canonical
from odnotes.errors import OdNotesError
from odnotes.exchange import (
    FileName,
    PractitionerCard,
    PractitionerIdentity,
    Received,
    Refusal,
    RefusedFile,
    SharedRevision,
    incoming,
    open_sealed,
    read_header,
)
from odnotes.exchange.sealed import MAX_FILE
from odnotes.i18n import N_
from odnotes.model import Meeting, Network, Practitioner, Record
from odnotes.model.exchange_state import NetworkShare, ReportedFile, derived_id
from odnotes.sharing.ledger import Ledgers, seen, take_acknowledgements
from odnotes.sharing.report import Refused
from odnotes.sharing.stored import find
from odnotes.vault import Vault

_VAULT_ONLY_CHANGES = {"exchange_ledger", "network_share"}


@dataclass
class Intake:
    """What reading the folder brought in."""

    received: int = 0
    changed: set[str] = field(default_factory=set)
    refused: list[Refused] = field(default_factory=list)


def _read(path: Path) -> bytes:
    """A file's bytes, refusing one far too large before reading it."""
    try:
        if path.stat().st_size > MAX_FILE:
            raise RefusedFile(
                Refusal.TOO_LARGE, N_("This file is far larger than any exchange file.")
            )
        return path.read_bytes()
    except OSError:
        raise RefusedFile(
            Refusal.TRUNCATED,
            N_(
                "This exchange file could not be read (it may still be arriving); it will be "
                "read again at the next sync."
            ),
        ) from None


def team_of(vault: Vault, network_id: str) -> set[str]:
    """Practitioners of this vault the network's live records name (the team travels with it)."""
    named: set[str] = set()
    for network in vault.all(Network, network_id=network_id):
        named.update(network.practitioner_ids)
    for meeting in vault.all(Meeting, network_id=network_id):
        named.update(meeting.facilitators)
        named.update(s.practitioner_id for s in meeting.signatures)
        named.update(a.by_id for a in meeting.amendments)
    return named & {p.id for p in vault.all(Practitioner)}


def _conflicting(got: Received, held: list[SharedRevision]) -> bool:
    """A revision whose name is held with other content (never overwritten: the file is refused)."""
    known = {(r.record_id, r.writer, r.revision): r for r in held}
    for revision in got.payload.revisions:
        mine = known.get((revision.record_id, revision.writer, revision.revision))
        if mine is not None and canonical(mine.to_plain()) != canonical(revision.to_plain()):
            return True
    return False


def take_in(
    vault: Vault,
    me: PractitionerIdentity,
    paired: dict[str, PractitionerCard],
    folder: Path,
    ledgers: Ledgers,
) -> Intake:
    """Read every new file addressed to ``me``; keep what verifies, report what does not."""
    intake = Intake()
    handled = ledgers.handled()
    for path in incoming(folder, me.card_id):
        if path.name in handled:
            continue
        try:
            _take_one(vault, me, paired, path, ledgers, intake)
        except RefusedFile as refusal:
            intake.refused.append(Refused.of(path.name, refusal))
        except OdNotesError as error:  # a revision the vault itself refuses (invalid record)
            intake.refused.append(Refused.of(path.name, _not_taken(error)))
    return intake


def _not_taken(error: OdNotesError) -> RefusedFile:
    return RefusedFile(
        Refusal.DAMAGED,
        N_("This exchange file could not be taken in (%(error)s); nothing was taken from it."),
        error=error,
    )


def _take_one(
    vault: Vault,
    me: PractitionerIdentity,
    paired: dict[str, PractitionerCard],
    path: Path,
    ledgers: Ledgers,
    intake: Intake,
) -> None:
    blob = _read(path)
    ledger_of = ledgers.of
    try:
        got = open_sealed(blob, me, paired, lambda s, n: seen(ledger_of(s, n)))
    except RefusedFile as refusal:
        if refusal.reason is Refusal.REPLAYED:
            header = read_header(blob)  # verified by open_sealed before the replay check
            ledger = ledger_of(header.sender, header.network_id)
            ledger.handled.append(path.name)
            ledgers.touched(ledger)
        if refusal.reason is Refusal.UNPAIRED_SENDER and _reported_before(blob, path, ledgers):
            return
        raise
    header = got.header
    ledger = ledger_of(header.sender, header.network_id)
    if got.duplicate:
        ledger.handled.append(path.name)
        ledgers.touched(ledger)
        return
    held = vault.record_revisions({r.record_id for r in got.payload.revisions})
    if _conflicting(got, held):
        raise RefusedFile(
            Refusal.DAMAGED,
            N_(
                "This exchange file carries a different version of a change this vault already "
                "holds under the same name; nothing was taken from it (history is never "
                "overwritten). Ask your colleague to check their vault."
            ),
        )
    names = {(r.record_id, r.writer, r.revision) for r in held}
    new = [r for r in got.payload.revisions if (r.record_id, r.writer, r.revision) not in names]
    before = (ledger.seen_sequence, ledger.seen_file_id, list(ledger.acknowledged))
    said_before = ledger.shared_with
    ledger.seen_sequence, ledger.seen_file_id = header.sequence, header.file_id
    take_acknowledgements(ledger, got.payload.acknowledged)
    if got.payload.shared_with is not None:  # a version 1 file does not say
        ledger.shared_with = list(got.payload.shared_with)
    ledger.handled.append(path.name)
    reported = ledger.reported
    ledger.reported = [r for r in reported if r.name != path.name]
    share = find(vault, NetworkShare, derived_id("share", header.network_id)) or NetworkShare(
        header.network_id
    )
    local: list[Record] = [ledger]
    arriving = header.network_id not in vault.network_ids()
    if arriving and header.sender not in share.card_ids:  # a network new here: share it back
        share.card_ids.append(header.sender)
        local.append(share)
    try:
        changes = vault.receive(new, with_records=local, validated=True)  # by open_sealed
    except BaseException:  # nothing was written: the ledger forgets the file too
        ledger.seen_sequence, ledger.seen_file_id, ledger.acknowledged = before
        ledger.handled.remove(path.name)
        ledger.reported, ledger.shared_with = reported, said_before
        raise
    ledgers.saved(ledger)
    intake.received += len(new)
    intake.changed |= {c.record_id for c in changes if c.kind not in _VAULT_ONLY_CHANGES}


def _reported_before(blob: bytes, path: Path, ledgers: Ledgers) -> bool:
    """Whether a sync already reported this file from someone not paired, as it is now.

    If not, it is noted (in the ledger of the sender and network its header
    names), so the next sync reads it again but says nothing unless it changed.
    """
    header = read_header(blob)  # whole: the sender is looked up after the frame is checked
    ledger = ledgers.of(header.sender, header.network_id)
    noted = ReportedFile(path.name, hashlib.sha256(blob).hexdigest()[:32])
    if noted in ledger.reported:
        return True
    ledger.reported = [r for r in ledger.reported if r.name != path.name] + [noted]
    ledgers.touched(ledger)
    return False


def prune(ledgers: Ledgers, folder: Path) -> None:
    """Forget names no longer in the folder (the lists stay as short as the folder)."""
    try:
        present = set(os.listdir(folder))
    except OSError:
        return
    for ledger in ledgers.opened():
        kept = [n for n in ledger.handled if n in present and FileName.parse(n) is not None]
        reported = [r for r in ledger.reported if r.name in present]
        if kept != ledger.handled or reported != ledger.reported:
            ledger.handled, ledger.reported = kept, reported
            ledgers.touched(ledger)
