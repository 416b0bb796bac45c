"""The JSON interchange format: every network, person, practitioner and meeting.

Versioned and documented in ``docs/json-format.md``. Import validates the whole
file first (shapes, values, references, id clashes) and writes nothing if
anything is wrong, naming the field.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from odnotes.codec import from_plain, to_plain
from odnotes.errors import FileTooLarge, InvalidImport, InvalidRecord
from odnotes.files import read_capped, write_atomic
from odnotes.i18n import N_
from odnotes.jsontext import UnreadableJson, parse_json
from odnotes.model import Meeting, Network, Person, Practitioner, Record, utc_now
from odnotes.model.practice import PracticeReflection
from odnotes.vault import Vault

FORMAT_NAME = "odnotes-interchange"
FORMAT_VERSION = 1
MAX_IMPORT_BYTES = 256 * 1024 * 1024
NETWORK_KEYS = {"network", "people", "meetings", "practice_reflections"}


@dataclass
class Bundle:
    """Everything in one interchange file, as records."""

    practitioners: list[Practitioner] = field(default_factory=list)
    networks: list[Network] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    practice: list[PracticeReflection] = field(default_factory=list)

    def records(self) -> list[Record]:
        """In an order that reads naturally when saved."""
        return [*self.practitioners, *self.networks, *self.people, *self.meetings, *self.practice]


def bundle_from_vault(vault: Vault) -> Bundle:
    """The live records of a vault."""
    return Bundle(
        practitioners=vault.all(Practitioner),
        networks=vault.all(Network),
        people=vault.all(Person),
        meetings=vault.all(Meeting),
        practice=vault.all(PracticeReflection),
    )


def to_document(bundle: Bundle) -> dict[str, Any]:
    """The interchange document (networks hold their people and meetings)."""
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": utc_now().isoformat(),
        "practitioners": [to_plain(p) for p in bundle.practitioners],
        "networks": [
            {
                "network": to_plain(network),
                "people": [to_plain(p) for p in bundle.people if p.network_id == network.id],
                "meetings": [
                    to_plain(m)
                    for m in sorted(bundle.meetings, key=lambda m: m.starts_at)
                    if m.network_id == network.id
                ],
                "practice_reflections": [
                    to_plain(r) for r in bundle.practice if r.network_id == network.id
                ],
            }
            for network in bundle.networks
        ],
    }


def export_json(vault: Vault, path: str | Path, *, replace: bool = False) -> Path:
    """Write the vault's live records as interchange JSON (plain text: handle with care).

    An existing file is replaced only with ``replace`` (:class:`OutputExists` otherwise).
    """
    text = json.dumps(to_document(bundle_from_vault(vault)), ensure_ascii=False, indent=2)
    return write_atomic(path, text.encode(), doing=N_("exporting"), replace=replace)


def _list(data: dict[str, Any], key: str, path: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise InvalidImport(f"{path}{key}: must be a list")
    return value


def parse_document(data: Any) -> Bundle:
    """Validate an interchange document completely; raise naming the first bad field."""
    if not isinstance(data, dict):
        raise InvalidImport(N_("The file is not an OD Notes interchange document."))
    if data.get("format") != FORMAT_NAME:
        raise InvalidImport(N_("format: this is not an OD Notes interchange file"))
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise InvalidImport(N_("version: must be a whole number"))
    if version > FORMAT_VERSION:
        raise InvalidImport(
            N_(
                "version: the file is format %(version)s, newer than this OD Notes reads "
                "(%(supported)s); please update OD Notes"
            ),
            version=version,
            supported=FORMAT_VERSION,
        )
    allowed = {"format", "version", "exported_at", "practitioners", "networks"}
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise InvalidImport(f"{unknown[0]}: is not a known field")
    bundle = Bundle()
    try:
        for i, item in enumerate(_list(data, "practitioners", "")):
            bundle.practitioners.append(from_plain(Practitioner, item, f"practitioners[{i}]"))
        for i, entry in enumerate(_list(data, "networks", "")):
            where = f"networks[{i}]"
            if not isinstance(entry, dict) or set(entry) - NETWORK_KEYS:
                raise InvalidImport(f"{where}: must hold network, people and meetings only")
            network = from_plain(Network, entry.get("network"), f"{where}.network")
            bundle.networks.append(network)
            for j, item in enumerate(_list(entry, "people", f"{where}.")):
                person = from_plain(Person, item, f"{where}.people[{j}]")
                if person.network_id != network.id:
                    raise InvalidImport(f"{where}.people[{j}].network_id: is not this network's id")
                bundle.people.append(person)
            for j, item in enumerate(_list(entry, "meetings", f"{where}.")):
                meeting = from_plain(Meeting, item, f"{where}.meetings[{j}]")
                if meeting.network_id != network.id:
                    raise InvalidImport(
                        f"{where}.meetings[{j}].network_id: is not this network's id"
                    )
                bundle.meetings.append(meeting)
            for j, item in enumerate(_list(entry, "practice_reflections", f"{where}.")):
                reflection = from_plain(
                    PracticeReflection, item, f"{where}.practice_reflections[{j}]"
                )
                if reflection.network_id != network.id:
                    raise InvalidImport(
                        f"{where}.practice_reflections[{j}].network_id: is not this network's id"
                    )
                bundle.practice.append(reflection)
    except InvalidRecord as error:
        raise InvalidImport(str(error)) from None
    _check_references(bundle)
    return bundle


def _check_references(bundle: Bundle) -> None:
    seen: set[str] = set()
    for record in bundle.records():
        if record.id in seen:
            raise InvalidImport(f"id {record.id}: is used by two records in the file")
        seen.add(record.id)
    practitioners = {p.id for p in bundle.practitioners}
    people_of: dict[str, set[str]] = {}
    for person in bundle.people:
        people_of.setdefault(person.network_id, set()).add(person.id)
    for i, network in enumerate(bundle.networks):
        missing = [pid for pid in network.practitioner_ids if pid not in practitioners]
        if missing:
            raise InvalidImport(
                f"networks[{i}].network.practitioner_ids: names an unknown practitioner"
            )
    meeting_ids = {m.id for m in bundle.meetings}
    for i, reflection in enumerate(bundle.practice):
        if reflection.meeting_id not in meeting_ids:
            raise InvalidImport(f"practice reflection {i}: its meeting is not in the file")
    for meeting in bundle.meetings:
        known = people_of.get(meeting.network_id, set()) | practitioners
        for name, value in _meeting_references(meeting):
            if value not in known:
                raise InvalidImport(
                    f"meeting {meeting.id} {name}: names someone not in the network"
                )


def _meeting_references(meeting: Meeting) -> list[tuple[str, str]]:
    refs = [("present", p) for p in meeting.present] + [("absent", p) for p in meeting.absent]
    refs += [("facilitators", p) for p in meeting.facilitators]
    refs += [("voices.person_id", v.person_id) for v in meeting.voices]
    for r in meeting.reflections:
        refs += [("reflections.practitioner_ids", p) for p in r.practitioner_ids]
        refs += [("reflections.responses.person_id", x.person_id) for x in r.responses]
    for d in meeting.decisions:
        refs += [("decisions.stances.person_id", s.person_id) for s in d.stances]
        refs += [("decisions.follow_ups.who_id", f.who_id) for f in d.follow_ups]
        if d.proposed_by:
            refs.append(("decisions.proposed_by", d.proposed_by))
    for u in meeting.uncertainties:
        refs += [("uncertainties.whose", w) for w in u.whose]
    if meeting.next_meeting:
        refs += [("next_meeting.invitee_ids", p) for p in meeting.next_meeting.invitee_ids]
    refs += [("corrections.person_id", c.person_id) for c in meeting.corrections]
    refs += [("signatures.practitioner_id", s.practitioner_id) for s in meeting.signatures]
    refs += [("amendments.by_id", a.by_id) for a in meeting.amendments]
    return refs


def read_document(path: str | Path) -> Bundle:
    """Read and validate an interchange file without touching any vault."""
    try:
        raw = read_capped(path, MAX_IMPORT_BYTES)
    except FileTooLarge:
        raise InvalidImport(
            N_("The file is too large to be an OD Notes interchange file.")
        ) from None
    except OSError as error:
        raise InvalidImport(
            N_("The file could not be read (%(reason)s)."), reason=error.strerror or error
        ) from None
    try:
        data = parse_json(raw)
    except UnreadableJson as error:
        raise InvalidImport(N_("The file cannot be imported: %(reason)s."), reason=error) from None
    return parse_document(data)


def import_json(vault: Vault, path: str | Path) -> int:
    """Import a validated file in one transaction; returns how many records were added."""
    bundle = read_document(path)
    for record in bundle.records():
        if vault.revision_count(record.id):
            raise InvalidImport(
                f"{record.KIND} {record.id}: is already in this vault; nothing was imported"
            )
    vault.save_many(bundle.records())
    return len(bundle.records())
