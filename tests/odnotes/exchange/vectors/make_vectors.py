"""Write the exchange format's test vectors (fictional people; keys for tests only).

Run once with ``python -m tests.odnotes.exchange.vectors.make_vectors``; it
refuses to overwrite, because a committed vector must keep verifying with
every later version of OD Notes (and with any independent implementation).
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path

from odnotes.exchange import PractitionerIdentity, SharedRevision, file_name, safety_number, seal
from odnotes.model import Meeting, Network, Practitioner, PractitionerRole, Purpose, Voice

HERE = Path(__file__).parent
WHEN = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
ANNA_ID = "11111111-1111-4111-8111-111111111111"
BEN_ID = "22222222-2222-4222-8222-222222222222"
NETWORK = "dddddddd-dddd-4ddd-8ddd-dddddddddddd"
FILE_ID = "f0f0f0f0-0000-4000-8000-000000000001"
SEQUENCE = 1772452800000


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
    (HERE / file_name(sealed.header)).write_bytes(sealed.blob)
    opened = ben.decrypt(sealed.blob[12 + int.from_bytes(sealed.blob[8:12], "big") + 8 : -64])
    payload = json.dumps(json.loads(opened), indent=2, sort_keys=True, ensure_ascii=False)
    (HERE / "anna-to-ben.payload.json").write_text(payload + "\n", encoding="utf-8")
    print(f"Wrote the vectors into {HERE}.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
