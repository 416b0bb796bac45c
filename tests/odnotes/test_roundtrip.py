"""Every record kind survives the vault and the JSON format unchanged (property tests)."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, assume, given, settings

from odnotes.codec import from_plain, to_plain
from odnotes.model import Record
from odnotes.vault import Vault
from tests.odnotes.strategies import records

SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@given(record=records)
@SETTINGS
def test_codec_round_trip_through_json_text(record: Record) -> None:
    text = json.dumps(to_plain(record), ensure_ascii=False)
    assert from_plain(type(record), json.loads(text)) == record


@given(record=records)
@SETTINGS
def test_vault_round_trip(vault: Vault, record: Record) -> None:
    # The vault outlives examples; an id reused by another kind is rightly refused.
    assume(vault.revision_count(record.id) == 0)
    vault.save(record)
    assert vault.get(type(record), record.id) == record
    vault.lock()
    vault.unlock("correct horse battery staple")
    assert vault.get(type(record), record.id) == record
