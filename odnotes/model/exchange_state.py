"""What a vault keeps about working with colleagues: keys, paired cards, shares, the folder.

These are records of the vault itself, not of any network: they are sealed
with the vault-wide key like practitioner records, saved through the normal
save path (append-only, covered by the integrity tag), and never searched,
printed, exported or exchanged (:data:`odnotes.model.VAULT_ONLY_TYPES` is
apart from :data:`odnotes.model.RECORD_TYPES`, which is what files may carry).
None of them has a ``network_id`` field, so none is ever sealed with, or sent
as part of, a network. Their ids are derived from what they are about, so
there is one of each and it is found without a scan.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime

from odnotes.errors import InvalidRecord
from odnotes.model.base import Record, Validated, check_aware, check_id, check_text

_NAMESPACE = uuid.UUID("5b0f6c1e-2d7a-4c4e-9a55-0d1e0c0ffee5")
_CARD_ID = 32  # hex digits


def derived_id(*parts: str) -> str:
    """The id of the one record about ``parts`` (the same in every vault, never random)."""
    return str(uuid.uuid5(_NAMESPACE, "\n".join(parts)))


def _check_card_id(value: object, name: str) -> None:
    if not isinstance(value, str) or len(value) != _CARD_ID or value.strip("0123456789abcdef"):
        raise InvalidRecord(name, "is not a card id")


@dataclass
class PractitionerKeys(Record):
    """A practitioner's secret identity (age X25519 and Ed25519), only ever stored sealed."""

    KIND = "practitioner_keys"

    practitioner_id: str
    age_identity: str = field(repr=False)
    signing_seed: str = field(repr=False)  # hex of the Ed25519 private seed
    created_at: datetime
    id: str = ""

    def __post_init__(self) -> None:
        self.id = self.id or derived_id("keys", self.practitioner_id)
        super().__post_init__()

    def validate(self) -> None:
        super().validate()
        check_id(self.practitioner_id, "practitioner_id")
        check_text(self.age_identity, "age_identity", required=True)
        check_text(self.signing_seed, "signing_seed", required=True)
        check_aware(self.created_at, "created_at")


@dataclass
class PairedCard(Record):
    """A colleague's card, accepted after both read the same safety number."""

    KIND = "paired_card"

    card: str  # the card file as it was imported (signed; checked again whenever read)
    card_id: str
    paired_by: str  # the practitioner of this vault who compared the numbers
    paired_at: datetime
    id: str = ""

    def __post_init__(self) -> None:
        self.id = self.id or derived_id("paired", self.card_id)
        super().__post_init__()

    def validate(self) -> None:
        super().validate()
        check_text(self.card, "card", required=True)
        _check_card_id(self.card_id, "card_id")
        check_id(self.paired_by, "paired_by")
        check_aware(self.paired_at, "paired_at")


@dataclass
class NetworkShare(Record):
    """Which paired colleagues a network is shared with (none: it never leaves the vault)."""

    KIND = "network_share"

    shared_network: str
    card_ids: list[str] = field(default_factory=list)
    id: str = ""

    def __post_init__(self) -> None:
        self.id = self.id or derived_id("share", self.shared_network)
        super().__post_init__()

    def validate(self) -> None:
        super().validate()
        check_id(self.shared_network, "shared_network")
        if not isinstance(self.card_ids, list) or len(set(self.card_ids)) != len(self.card_ids):
            raise InvalidRecord("card_ids", "must list each colleague once")
        for i, card_id in enumerate(self.card_ids):
            _check_card_id(card_id, f"card_ids[{i}]")


@dataclass
class ExchangeSettings(Record):
    """The exchange folder this vault writes to and reads from."""

    KIND = "exchange_settings"

    folder: str = ""
    id: str = field(default_factory=lambda: derived_id("settings"))

    def validate(self) -> None:
        super().validate()
        check_text(self.folder, "folder")


@dataclass
class Acknowledgement(Validated):
    """A colleague holds revisions of ``record_id`` by ``writer`` up to ``revision``."""

    record_id: str
    writer: str
    revision: int

    def validate(self) -> None:
        check_id(self.record_id, "record_id")
        check_text(self.writer, "writer", required=True)
        if not isinstance(self.revision, int) or isinstance(self.revision, bool):
            raise InvalidRecord("revision", "must be a whole number")


@dataclass
class ReportedFile(Validated):
    """A file from someone not paired, as it was when a sync reported it (not reported again)."""

    name: str
    digest: str  # 32 hex digits of SHA-256 over the file's bytes

    def validate(self) -> None:
        check_text(self.name, "name", required=True)
        if (
            not isinstance(self.digest, str)
            or len(self.digest) != 32
            or self.digest.strip("0123456789abcdef")
        ):
            raise InvalidRecord("digest", "is not a file digest")


@dataclass
class ExchangeLedger(Record):
    """Where one network's exchange with one colleague stands, for one of this vault's cards.

    ``seen_*`` is the newest file accepted from the colleague (replays are
    refused against it); ``acknowledged`` is what the colleague said they hold
    (so only the rest is sent); ``sent_*`` is the last file written to them
    (so an unchanged state is not written again); ``handled`` are names of
    their files already taken or found replayed (not read again); ``reported``
    are files naming a sender not paired that a sync already reported (read
    again at each sync, so they are taken once the sender is paired, but
    reported again only if they change); ``shared_with`` are the card ids the
    colleague's newest file said they share the network with (this vault
    sends it to those of them it has paired too).
    """

    KIND = "exchange_ledger"

    my_card: str
    colleague_card: str
    shared_network: str
    seen_sequence: int = 0
    seen_file_id: str = ""
    acknowledged: list[Acknowledgement] = field(default_factory=list)
    sent_sequence: int = 0
    sent_digest: str = ""
    sent_name: str = ""
    handled: list[str] = field(default_factory=list)
    reported: list[ReportedFile] = field(default_factory=list)
    shared_with: list[str] = field(default_factory=list)
    id: str = ""

    def __post_init__(self) -> None:
        self.id = self.id or derived_id(
            "ledger", self.my_card, self.colleague_card, self.shared_network
        )
        super().__post_init__()

    def validate(self) -> None:
        super().validate()
        _check_card_id(self.my_card, "my_card")
        _check_card_id(self.colleague_card, "colleague_card")
        check_id(self.shared_network, "shared_network")
        for i, entry in enumerate(self.acknowledged):
            if not isinstance(entry, Acknowledgement):
                raise InvalidRecord(f"acknowledged[{i}]", "must be an acknowledgement")
            entry.validate()
        for name, value in (("sent_digest", self.sent_digest), ("sent_name", self.sent_name)):
            check_text(value, name)
        if not isinstance(self.handled, list):
            raise InvalidRecord("handled", "must be a list of file names")
        for i, name in enumerate(self.handled):
            check_text(name, f"handled[{i}]", required=True)
        if not isinstance(self.reported, list):
            raise InvalidRecord("reported", "must be a list of files")
        for i, noted in enumerate(self.reported):
            if not isinstance(noted, ReportedFile):
                raise InvalidRecord(f"reported[{i}]", "must be a reported file")
            noted.validate()
        if not isinstance(self.shared_with, list):
            raise InvalidRecord("shared_with", "must be a list of card ids")
        for i, card_id in enumerate(self.shared_with):
            _check_card_id(card_id, f"shared_with[{i}]")
        for name, number in (
            ("seen_sequence", self.seen_sequence),
            ("sent_sequence", self.sent_sequence),
        ):
            if not isinstance(number, int) or isinstance(number, bool) or number < 0:
                raise InvalidRecord(name, "must be a whole number")
        if self.seen_file_id:
            check_id(self.seen_file_id, "seen_file_id")


VAULT_ONLY: tuple[type[Record], ...] = (
    PractitionerKeys,
    PairedCard,
    NetworkShare,
    ExchangeSettings,
    ExchangeLedger,
)
