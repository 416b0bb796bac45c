"""The vault's everyday promises: keys, revisions, tombstones, one writer, finalised meetings."""

from __future__ import annotations

import copy
from datetime import datetime
from pathlib import Path

import pytest

from odnotes import meetings
from odnotes.crypto import TEST_POLICY, fast_test_params
from odnotes.errors import (
    FinalisedMeetingError,
    InvalidRecord,
    ReadOnlyVault,
    TooManyAttempts,
    VaultExists,
    VaultInUse,
    VaultLocked,
    WrongPassphrase,
    WrongRecoveryKey,
)
from odnotes.model import Meeting, Network, Person, PersonKind, Practitioner, Voice
from odnotes.vault import Vault, open_unlocked
from tests.conftest import PASSPHRASE


def reopen(vault: Vault, passphrase: str = PASSPHRASE) -> Vault:
    path = vault.path
    vault.close()
    return open_unlocked(path, passphrase, policy=TEST_POLICY)


def test_records_survive_closing_and_reopening(demo_vault: tuple[Vault, Network]) -> None:
    vault, network = demo_vault
    before = {m.id: m for m in vault.all(Meeting)}
    vault = reopen(vault)
    try:
        assert {m.id: m for m in vault.all(Meeting)} == before
        assert vault.get(Network, network.id) == network
        assert vault.integrity_ok and not vault.damaged
    finally:
        vault.close()


def test_wrong_passphrase_changes_nothing_and_backs_off(vault: Vault) -> None:
    path = vault.path
    vault.close()
    before = path.read_bytes()
    clock = [100.0]
    from odnotes.vault import Backoff
    from odnotes.vault import vault as vault_module

    vault_module._BACKOFF[str(path.resolve())] = Backoff(clock=lambda: clock[0])
    locked = Vault.open(path, policy=TEST_POLICY)
    try:
        waits = []
        for _ in range(5):
            clock[0] += 60  # wait out any pause before trying again
            with pytest.raises(WrongPassphrase) as caught:
                locked.unlock("not the passphrase")
            waits.append(caught.value.retry_after)
        assert waits == [0, 0, 1, 2, 4]
        with pytest.raises(TooManyAttempts, match="wait"):
            locked.unlock(PASSPHRASE)  # still within the 4 s pause
        clock[0] += 5
        locked.unlock(PASSPHRASE)
        assert locked.is_unlocked
    finally:
        locked.close()
    assert path.read_bytes() == before


def test_passphrase_is_normalised_to_nfc(tmp_path: Path) -> None:
    composed, decomposed = "Päivi-salasana", "Pa\u0308ivi-salasana"
    vault, _ = Vault.create(
        tmp_path / "n.odvault", composed, kdf=fast_test_params(), policy=TEST_POLICY
    )
    vault.close()
    open_unlocked(tmp_path / "n.odvault", decomposed, policy=TEST_POLICY).close()


def test_recovery_key_unlocks_and_typos_are_caught(new_vault: tuple[Vault, str]) -> None:
    vault, recovery_key = new_vault
    vault.lock()
    with pytest.raises(WrongRecoveryKey, match="typo"):
        vault.unlock_with_recovery_key(
            recovery_key[:-1] + ("0" if recovery_key[-1] != "0" else "1")
        )
    vault.unlock_with_recovery_key(recovery_key.lower().replace("-", " "))
    assert vault.is_unlocked


def test_recovery_key_of_another_vault_is_refused(vault: Vault, tmp_path: Path) -> None:
    other, other_key = Vault.create(
        tmp_path / "o.odvault", PASSPHRASE, kdf=fast_test_params(), policy=TEST_POLICY
    )
    other.close()
    vault.lock()
    with pytest.raises(WrongRecoveryKey, match="does not belong"):
        vault.unlock_with_recovery_key(other_key)


def test_passphrase_change_rewraps_only_the_key(new_vault: tuple[Vault, str]) -> None:
    vault, recovery_key = new_vault
    vault.save(Practitioner("Tuula Rantanen"))
    vault.change_passphrase("a new passphrase 2026")
    vault = reopen(vault, "a new passphrase 2026")
    try:
        assert len(vault.all(Practitioner)) == 1
        vault.lock()
        with pytest.raises(WrongPassphrase):
            vault.unlock(PASSPHRASE)
        vault.unlock_with_recovery_key(recovery_key)
    finally:
        vault.close()


def test_every_save_is_a_new_revision_and_history_keeps_them(vault: Vault) -> None:
    person = Person(Network("M", datetime(2026, 1, 1)).id, "Zoë", PersonKind.FRIEND)
    vault.save(person)
    edited = vault.get(Person, person.id)
    edited.relationship = "friend from the choir"
    change = vault.save(edited)
    assert change.revision == 2
    history = vault.history(person.id)
    assert [r.revision for r in history] == [1, 2]
    assert history[0].record == person and history[1].record == edited
    assert history[0].writer == vault.copy_id


def test_delete_is_a_restorable_tombstone(vault: Vault) -> None:
    practitioner = Practitioner("Sam Okafor")
    vault.save(practitioner)
    vault.delete(Practitioner, practitioner.id)
    assert vault.all(Practitioner) == []
    assert vault.deleted(Practitioner) == [practitioner.id]
    vault = reopen(vault)
    try:
        assert vault.all(Practitioner) == []
        vault.undelete(Practitioner, practitioner.id)
        assert vault.get(Practitioner, practitioner.id) == practitioner
        assert [r.deleted for r in vault.history(practitioner.id)] == [False, True, False]
    finally:
        vault.close()


def test_all_returns_shared_objects_but_get_returns_a_copy(vault: Vault) -> None:
    practitioner = Practitioner("Ümit Demir")
    vault.save(practitioner)
    copy_ = vault.get(Practitioner, practitioner.id)
    copy_.name = "changed but not saved"
    assert vault.all(Practitioner)[0].name == "Ümit Demir"
    practitioner.name = "mutating the saved object does not reach the vault"
    assert vault.get(Practitioner, practitioner.id).name == "Ümit Demir"


def test_finalised_meeting_changes_only_by_amendment(demo_vault: tuple[Vault, Network]) -> None:
    vault, network = demo_vault
    first = sorted(vault.all(Meeting, network_id=network.id), key=lambda m: m.starts_at)[0]
    edited = vault.get(Meeting, first.id)
    edited.purpose.text = "rewritten in place"
    with pytest.raises(FinalisedMeetingError, match="amendment"):
        vault.save(edited)
    with pytest.raises(FinalisedMeetingError, match="cannot be deleted"):
        vault.delete(Meeting, first.id)
    amended = meetings.amend(first, edited, first.facilitators[0], "Maija asked for her words")
    vault.save(amended)
    history = vault.history(first.id)
    assert history[0].record.purpose.text != "rewritten in place"  # the original stays readable
    assert vault.get(Meeting, first.id).amendments[-1].reason == "Maija asked for her words"


def test_finalise_is_signed_by_facilitators_only(vault: Vault) -> None:
    network = Network("M", datetime(2026, 1, 1))
    a, b = Practitioner("Tuula"), Practitioner("Sam")
    meeting = Meeting(network.id, datetime(2026, 1, 2, 10, 0), facilitators=[a.id])
    with pytest.raises(InvalidRecord, match="only the meeting's facilitators"):
        meetings.finalise(meeting, [b.id])
    final = meetings.finalise(meeting, [a.id])
    assert final.is_final and meetings.single_practitioner(final)
    with pytest.raises(FinalisedMeetingError):
        meetings.finalise(final, [a.id])


def test_second_writer_is_refused_clearly_but_readers_are_welcome(vault: Vault) -> None:
    with pytest.raises(VaultInUse, match="already open in another OD Notes window"):
        Vault.open(vault.path, policy=TEST_POLICY)
    reader = open_unlocked(vault.path, PASSPHRASE, readonly=True, policy=TEST_POLICY)
    try:
        with pytest.raises(ReadOnlyVault):
            reader.save(Practitioner("Not allowed"))
    finally:
        reader.close()
    vault.close()
    Vault.open(vault.path, policy=TEST_POLICY).close()  # the lock goes with the writer


def test_locked_vault_refuses_reads_and_drops_decrypted_records(
    demo_vault: tuple[Vault, Network],
) -> None:
    vault, _ = demo_vault
    vault.lock()
    with pytest.raises(VaultLocked):
        vault.all(Meeting)
    assert len(vault._records) == 0 and vault._data_key is None and not vault.is_unlocked


def test_create_never_overwrites(vault: Vault) -> None:
    with pytest.raises(VaultExists):
        Vault.create(vault.path, PASSPHRASE, kdf=fast_test_params(), policy=TEST_POLICY)


def test_short_passphrase_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidRecord, match="at least 8"):
        Vault.create(tmp_path / "s.odvault", "short", kdf=fast_test_params(), policy=TEST_POLICY)
    assert not (tmp_path / "s.odvault").exists()


def test_a_batch_is_saved_whole_or_not_at_all(vault: Vault) -> None:
    good = Practitioner("Tuula")
    bad = copy.deepcopy(good)
    bad.id = "not-an-id"
    with pytest.raises(InvalidRecord):
        vault.save_many([good, bad])
    assert vault.all(Practitioner) == [] and vault.revision_count(good.id) == 0


def test_on_change_reports_exactly_what_changed(vault: Vault) -> None:
    seen = []
    vault.on_change(seen.append)
    meeting = Meeting(Network("M", datetime(2026, 1, 1)).id, datetime(2026, 1, 2))
    vault.save(meeting)
    meeting.voices.append(Voice(meeting.network_id, "words"))
    vault.save(meeting)
    assert [(c.kind, c.record_id, c.revision) for batch in seen for c in batch] == [
        ("meeting", meeting.id, 1),
        ("meeting", meeting.id, 2),
    ]


def test_vault_file_is_private(vault: Vault) -> None:
    assert vault.path.stat().st_mode & 0o077 == 0


def test_an_open_amendment_continues_across_autosaves_then_closes(
    demo_vault: tuple[Vault, Network],
) -> None:
    vault, network = demo_vault
    first = sorted(vault.all(Meeting, network_id=network.id), key=lambda m: m.starts_at)[0]
    by = first.facilitators[0]
    for text in ("Maija's words, first go", "Maija's words, as she said them"):
        stored = vault.get(Meeting, first.id)
        edited = vault.get(Meeting, first.id)
        edited.purpose.text = text
        vault.save(meetings.amend(stored, edited, by, "Maija asked for her words"))
    stored = vault.get(Meeting, first.id)
    assert len(stored.amendments) == 1 and stored.amendments[0].in_progress
    vault.save(meetings.finish_amendment(stored))
    closed = vault.get(Meeting, first.id)
    assert meetings.open_amendment(closed) is None
    closed.purpose.text = "sneaked in after the amendment was closed"
    with pytest.raises(FinalisedMeetingError):
        vault.save(closed)
    forged = vault.get(Meeting, first.id)
    forged.amendments[0].in_progress = True  # reopening an old amendment by hand
    forged.purpose.text = "sneaked in"
    with pytest.raises(FinalisedMeetingError):
        vault.save(forged)
    assert [r.record.purpose.text for r in vault.history(first.id)][-1] == (
        "Maija's words, as she said them"
    )


def test_a_network_is_read_when_first_opened_and_dropped_on_lock(
    demo_vault: tuple[Vault, Network],
) -> None:
    vault, network = demo_vault
    other = Network("Another network", datetime(2026, 10, 1, 9, 0))
    elsewhere = Meeting(other.id, datetime(2026, 10, 2, 10, 0))
    vault.save_many([other, elsewhere])
    expected = {m.id: m for m in vault.all(Meeting, network_id=network.id)}
    vault = reopen(vault)
    try:
        assert {n.id for n in vault.all(Network)} == {network.id, other.id}
        assert not vault.is_loaded(network.id) and not vault.is_loaded(other.id)
        assert {m.id: m for m in vault.all(Meeting, network_id=network.id)} == expected
        assert vault.is_loaded(network.id) and not vault.is_loaded(other.id)
        assert vault.get(Meeting, elsewhere.id) == elsewhere
        assert vault.is_loaded(other.id) and len(vault.all(Meeting)) == 4
        vault.lock()
        assert len(vault._records) == 0 and not vault.is_loaded(network.id)
    finally:
        vault.close()


def test_a_meeting_saved_before_it_was_ever_read_keeps_the_finalised_rule(
    demo_vault: tuple[Vault, Network],
) -> None:
    vault, network = demo_vault
    first_id = min(vault.all(Meeting, network_id=network.id), key=lambda m: m.starts_at).id
    vault = reopen(vault)
    try:
        rewritten = Meeting(network.id, datetime(2026, 9, 8, 10, 0), id=first_id)
        with pytest.raises(FinalisedMeetingError):
            vault.save(rewritten)  # the stored, still undecoded original is finalised
    finally:
        vault.close()
