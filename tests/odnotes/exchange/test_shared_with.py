"""The payload says whom the sender shares the network with (version 2); version 1 still reads."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from odnotes.exchange import RefusedFile, open_sealed, seal
from odnotes.exchange.payload import Payload
from tests.odnotes.exchange.test_sealed import CARDS, NETWORK, PEOPLE, paired, revisions, sealed

CARD_IDS = st.lists(st.text("0123456789abcdef", min_size=32, max_size=32), unique=True)


HEADER = sealed().header


def _plain(**change: Any) -> dict[str, Any]:
    plain = Payload(tuple(revisions()), {}, (CARDS["ben"].card_id,)).to_plain(HEADER)
    plain.update(change)
    return plain


def test_a_sealed_file_says_whom_the_network_is_shared_with() -> None:
    with_carl = [CARDS["mallory"].card_id, CARDS["ben"].card_id, CARDS["ben"].card_id]
    file = seal(PEOPLE["anna"], CARDS["ben"], NETWORK, 1, revisions(), {}, shared_with=with_carl)
    got = open_sealed(file.blob, PEOPLE["ben"], paired("anna"))
    assert got.payload.shared_with == tuple(sorted({*with_carl}))
    assert got.payload.to_plain(got.header)["version"] == 2


@given(cards=CARD_IDS)
def test_shared_with_round_trips(cards: list[str]) -> None:
    header = sealed().header
    payload = Payload(tuple(revisions()), {NETWORK: {"copy-ben": 1}}, tuple(cards))
    again = Payload.from_plain(json.loads(json.dumps(payload.to_plain(header))), header)
    assert again == payload


def test_a_version_1_payload_has_no_shared_with_and_still_reads() -> None:
    header = sealed().header
    old = Payload(tuple(revisions()), {})
    plain = old.to_plain(header)
    assert plain["version"] == 1 and "shared_with" not in plain
    assert Payload.from_plain(plain, header).shared_with is None
    plain["shared_with"] = []  # a field version 1 does not have
    with pytest.raises(RefusedFile, match="does not know"):
        Payload.from_plain(plain, header)


@pytest.mark.parametrize(
    ("change", "says"),
    [
        ({"shared_with": "ben"}, "shared_with: must be a list"),
        ({"shared_with": ["not a card"]}, "shared_with.card: must be 16 bytes"),
        ({"shared_with": ["a" * 32, "a" * 32]}, "each card once"),
        ({"version": 3}, "unknown format"),
        ({"version": True}, "unknown format"),
        ({"version": [2]}, "unknown format"),
    ],
)
def test_a_malformed_shared_with_or_version_is_damage(change: dict[str, Any], says: str) -> None:
    with pytest.raises(RefusedFile, match=says):
        Payload.from_plain(_plain(**change), HEADER)
    plain = _plain()
    del plain["shared_with"]
    with pytest.raises(RefusedFile, match="shared_with: is missing"):
        Payload.from_plain(plain, HEADER)
