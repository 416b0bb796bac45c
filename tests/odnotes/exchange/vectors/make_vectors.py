"""Write the exchange format's test vectors (fictional people; keys for tests only).

Run once with ``python -m tests.odnotes.exchange.vectors.make_vectors``; it
refuses to overwrite, because a committed vector must keep verifying with
every later version of OD Notes (and with any independent implementation).
``--payload-v2`` adds, once, the file with a version 2 payload (``shared_with``)
beside the first ones, with the same identities (the first file is version 1:
it was written before version 2 existed).
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path

from odnotes.exchange import (
    PractitionerIdentity,
    SealedFile,
    SharedRevision,
    file_name,
    read_card,
    safety_number,
    seal,
)
from odnotes.model import Meeting, Network, Practitioner, PractitionerRole, Purpose, Voice

HERE = Path(__file__).parent
WHEN = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
ANNA_ID = "11111111-1111-4111-8111-111111111111"
BEN_ID = "22222222-2222-4222-8222-222222222222"
NETWORK = "dddddddd-dddd-4ddd-8ddd-dddddddddddd"
FILE_ID = "f0f0f0f0-0000-4000-8000-000000000001"
SEQUENCE = 1772452800000
FILE_ID_V2 = "f0f0f0f0-0000-4000-8000-000000000002"
CARL_CARD = "c0ffee00" * 4  # a third colleague's card id (nobody's: only its shape matters)
PAYLOAD_V2 = HERE / "anna-to-ben.payload-v2.json"


def revisions() -> list[SharedRevision]:
    """A practitioner, a network and one meeting in two revisions (fictional)."""
    team = Practitioner("Anna Virtanen", PractitionerRole.NURSE, id=ANNA_ID)
    network = Network("Maija's network", datetime(2026, 3, 1, 9, 0), id=NETWORK)
    meeting = Meeting(
        network_id=NETWORK,
        starts_at=datetime(2026, 3, 2, 10, 0),
        present=["aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa"],
        facilitators=[ANNA_ID, BEN_ID],
        purpose=Purpose(
            "Sleep, and whether to go back to school.", id="a0000000-0000-4000-8000-000000000001"
        ),
        voices=[
            Voice(
                "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa",
                "Haluan nukkua taas.",
                verbatim=True,
                id="a0000000-0000-4000-8000-000000000002",
            )
        ],
        id="a0000000-0000-4000-8000-000000000003",
    )
    common = {"writer": "copy-anna", "author": ANNA_ID, "saved_at": WHEN}
    first = SharedRevision.of_record(meeting, revision=1, **common)  # type: ignore[arg-type]
    meeting.place_detail = "kitchen"
    second = SharedRevision.of_record(
        meeting,
        revision=2,
        parents=(first.ref,),
        **common,  # type: ignore[arg-type]
    )
    return [
        SharedRevision.of_record(team, revision=1, **common),  # type: ignore[arg-type]
        SharedRevision.of_record(network, revision=1, **common),  # type: ignore[arg-type]
        first,
        second,
    ]


def main() -> int:
    if any(HERE.glob("*.odcard")):
        print("The vectors exist already; never regenerate them.", file=sys.stderr)
        return 1
    anna = PractitionerIdentity.generate(ANNA_ID, at=WHEN)
    ben = PractitionerIdentity.generate(BEN_ID, at=WHEN)
    anna_card = anna.card("Anna Virtanen", PractitionerRole.NURSE, WHEN)
    ben_card = ben.card("Ben Łukasik", PractitionerRole.PSYCHOLOGIST, WHEN)
    for name, identity, card in (("anna", anna, anna_card), ("ben", ben, ben_card)):
        text = json.dumps(identity.to_plain(), indent=2, sort_keys=True) + "\n"
        (HERE / f"{name}.identity.json").write_text(text, encoding="utf-8")
        (HERE / f"{name}.odcard").write_bytes(card.to_bytes())
    (HERE / "safety-number.txt").write_text(str(safety_number(anna_card, ben_card)) + "\n")
    acknowledged = {"a0000000-0000-4000-8000-000000000003": {"copy-ben": 4}}
    sealed = seal(
        anna, ben_card, NETWORK, SEQUENCE, revisions(), acknowledged, file_id=FILE_ID, at=WHEN
    )
    _write(sealed, ben, HERE / "anna-to-ben.payload.json")
    print(f"Wrote the vectors into {HERE}.")
    return 0


def _write(sealed: SealedFile, recipient: PractitionerIdentity, payload_path: Path) -> None:
    (HERE / file_name(sealed.header)).write_bytes(sealed.blob)
    ciphertext = sealed.blob[12 + int.from_bytes(sealed.blob[8:12], "big") + 8 : -64]
    opened = recipient.decrypt(ciphertext)
    payload = json.dumps(json.loads(opened), indent=2, sort_keys=True, ensure_ascii=False)
    payload_path.write_text(payload + "\n", encoding="utf-8")


def payload_v2() -> int:
    """The same people's next file, whose payload (version 2) says whom Anna shares it with."""
    if PAYLOAD_V2.exists():
        print("The version 2 vector exists already; never regenerate it.", file=sys.stderr)
        return 1
    anna, ben = (
        PractitionerIdentity.from_bytes((HERE / f"{name}.identity.json").read_bytes())
        for name in ("anna", "ben")
    )
    ben_card = read_card(HERE / "ben.odcard")
    acknowledged = {"a0000000-0000-4000-8000-000000000003": {"copy-ben": 4}}
    sealed = seal(
        anna,
        ben_card,
        NETWORK,
        SEQUENCE + 1,
        revisions()[2:],
        acknowledged,
        shared_with=[ben_card.card_id, CARL_CARD],
        file_id=FILE_ID_V2,
        at=WHEN,
    )
    _write(sealed, ben, PAYLOAD_V2)
    print(f"Wrote the version 2 vector into {HERE}.")
    return 0


if __name__ == "__main__":
    raise SystemExit(payload_v2() if sys.argv[1:] == ["--payload-v2"] else main())
