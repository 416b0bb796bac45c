"""A damaged or tampered vault is detected with a clear message, never silently wrong.

Each test closes the vault, edits the file with raw SQL or bytes as an
attacker or a failing disk would, and reopens it. A network's rows are
checked when the network is first read (the app reads every network in the
background right after unlocking), so most tests read everything first.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from odnotes.crypto import DEFAULT_POLICY, TEST_POLICY
from odnotes.errors import DamagedVault, NotAVault, UnsupportedVersion, WrongPassphrase
from odnotes.model import Meeting, Network, Person
from odnotes.vault import Vault, open_unlocked
from tests.conftest import PASSPHRASE


@contextmanager
def raw(path: Path) -> Iterator[sqlite3.Connection]:
    """The vault file as an attacker with sqlite3 sees it (append-only triggers dropped)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DROP TRIGGER IF EXISTS records_append_only_update")
    conn.execute("DROP TRIGGER IF EXISTS records_append_only_delete")
    try:
        yield conn
    finally:
        conn.close()


@pytest.fixture
def closed_demo(demo_vault: tuple[Vault, Network]) -> tuple[Path, Network]:
    vault, network = demo_vault
    vault.close()
    return vault.path, network


def reopen(path: Path) -> Vault:
    return open_unlocked(path, PASSPHRASE, policy=TEST_POLICY)


def reopen_and_read(path: Path) -> Vault:
    """Reopen and read every network, as the app's background reading does."""
    vault = reopen(path)
    for network_id in vault.network_ids():
        vault.load_network(network_id)
    return vault


def first_person_row(conn: sqlite3.Connection) -> tuple[str, int]:
    return conn.execute(
        "SELECT record_id, revision FROM records WHERE kind = 'person' ORDER BY record_id LIMIT 1"
    ).fetchone()


def test_append_only_is_enforced_by_the_file_itself(vault: Vault) -> None:
    vault.save(Network("Maija", __import__("datetime").datetime(2026, 1, 1)))
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        vault._file.conn.execute("DELETE FROM records")


def flip(blob: bytes, at: int) -> bytes:
    return blob[:at] + bytes([blob[at] ^ 0x01]) + blob[at + 1 :]


@pytest.mark.parametrize("column", ["ciphertext", "nonce"])
def test_a_flipped_byte_names_the_damaged_record_and_the_rest_stays_usable(
    closed_demo: tuple[Path, Network], column: str
) -> None:
    path, _ = closed_demo
    with raw(path) as conn:
        rid, rev = first_person_row(conn)
        (blob,) = conn.execute(
            f"SELECT {column} FROM records WHERE record_id=? AND revision=?", (rid, rev)
        ).fetchone()
        conn.execute(
            f"UPDATE records SET {column}=? WHERE record_id=? AND revision=?",
            (flip(blob, len(blob) // 2), rid, rev),
        )
    vault = reopen_and_read(path)
    try:
        assert [(d.record_id, d.kind) for d in vault.damaged] == [(rid, "person")]
        assert "failed authentication" in str(vault.damaged[0])
        assert len(vault.all(Meeting)) == 3  # everything else usable
        report = vault.verify()
        assert not report.ok and [d.record_id for d in report.damaged] == [rid]
    finally:
        vault.close()


def test_ciphertext_swapped_between_two_records_is_detected(
    closed_demo: tuple[Path, Network],
) -> None:
    path, _ = closed_demo
    with raw(path) as conn:
        a, b = conn.execute(
            "SELECT record_id, nonce, ciphertext, digest FROM records WHERE kind='person' LIMIT 2"
        ).fetchall()
        for target, source in ((a, b), (b, a)):
            conn.execute(
                "UPDATE records SET nonce=?, ciphertext=?, digest=? WHERE record_id=?",
                (source[1], source[2], source[3], target[0]),
            )
    vault = reopen_and_read(path)
    try:
        assert {d.record_id for d in vault.damaged} == {a[0], b[0]}
        assert not vault.integrity_ok
    finally:
        vault.close()


def test_a_revision_rolled_back_is_detected(closed_demo: tuple[Path, Network]) -> None:
    path, _ = closed_demo
    with raw(path) as conn:
        rid, latest = conn.execute(
            "SELECT record_id, MAX(revision) FROM records GROUP BY record_id HAVING COUNT(*) > 1"
        ).fetchone()
        conn.execute("DELETE FROM records WHERE record_id=? AND revision=?", (rid, latest))
    vault = reopen_and_read(path)
    try:
        assert not vault.integrity_ok
        assert "added or removed outside OD Notes" in " ".join(vault.verify().lines())
    finally:
        vault.close()


def test_an_old_revision_replayed_as_the_newest_is_detected(
    closed_demo: tuple[Path, Network],
) -> None:
    path, _ = closed_demo
    with raw(path) as conn:
        rid = conn.execute(
            "SELECT record_id FROM records GROUP BY record_id HAVING COUNT(*) > 1"
        ).fetchone()[0]
        old = conn.execute("SELECT * FROM records WHERE record_id=? AND seq=1", (rid,)).fetchone()
        conn.execute(  # as revision 99 in place 99: the file refuses a second (writer, 1)
            "INSERT INTO records VALUES (?, 99, 99, ?, ?, ?, ?, ?, ?, ?)", (old[0], *old[3:])
        )
    vault = reopen_and_read(path)
    try:
        assert [(d.record_id, d.revision) for d in vault.damaged] == [(rid, 99)]
        assert not vault.integrity_ok
    finally:
        vault.close()


def test_a_deleted_row_is_detected(closed_demo: tuple[Path, Network]) -> None:
    path, _ = closed_demo
    with raw(path) as conn:
        rid, _ = first_person_row(conn)
        conn.execute("DELETE FROM records WHERE record_id=?", (rid,))
    vault = reopen_and_read(path)
    try:
        assert not vault.integrity_ok and not vault.verify().ok
    finally:
        vault.close()


def test_a_row_copied_from_another_vault_is_refused(
    closed_demo: tuple[Path, Network], tmp_path: Path
) -> None:
    path, _ = closed_demo
    from odnotes.crypto import fast_test_params
    from odnotes.demo import write_demo

    other, _ = Vault.create(
        tmp_path / "other.odvault", PASSPHRASE, kdf=fast_test_params(), policy=TEST_POLICY
    )
    write_demo(other)
    other.close()
    with sqlite3.connect(tmp_path / "other.odvault") as source:
        foreign = source.execute("SELECT * FROM records WHERE kind='person' LIMIT 1").fetchone()
    with raw(path) as conn:
        (network_id,) = conn.execute(
            "SELECT network_id FROM records WHERE kind='person' LIMIT 1"
        ).fetchone()
        moved = (*foreign[:5], network_id, *foreign[6:])  # into this vault's network
        conn.execute("INSERT INTO records VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", moved)
    vault = reopen_and_read(path)
    try:
        assert [d.record_id for d in vault.damaged] == [foreign[0]]
        assert len(vault.all(Person)) == 5  # the vault's own five people are intact
    finally:
        vault.close()


def test_integrity_failure_persists_across_later_saves(closed_demo: tuple[Path, Network]) -> None:
    path, _ = closed_demo
    with raw(path) as conn:
        rid, _ = first_person_row(conn)
        conn.execute("DELETE FROM records WHERE record_id=?", (rid,))
    vault = reopen(path)
    meeting = vault.all(Meeting)[0]
    assert not vault.integrity_ok
    vault.save(vault.get(Network, meeting.network_id))  # a save must not launder the evidence
    vault.close()
    vault = reopen_and_read(path)
    try:
        assert not vault.integrity_ok
    finally:
        vault.close()


def _set_meta(path: Path, key: str, value: str) -> None:
    with raw(path) as conn:
        conn.execute("UPDATE meta SET value=? WHERE key=?", (value, key))


def _kdf(path: Path) -> dict[str, object]:
    with raw(path) as conn:
        return json.loads(conn.execute("SELECT value FROM meta WHERE key='kdf'").fetchone()[0])


def test_a_flipped_byte_in_the_wrapped_key_does_not_unlock(
    closed_demo: tuple[Path, Network],
) -> None:
    path, _ = closed_demo
    with raw(path) as conn:
        slot = json.loads(
            conn.execute("SELECT value FROM meta WHERE key='slot_passphrase'").fetchone()[0]
        )
    wrapped = bytes.fromhex(slot["ciphertext"])
    slot["ciphertext"] = flip(wrapped, 3).hex()
    _set_meta(path, "slot_passphrase", json.dumps(slot))
    with pytest.raises(WrongPassphrase, match="recovery key"):
        reopen(path)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"memory_kib": 1024 * 1024 * 64}, "outside what OD Notes accepts"),
        ({"iterations": 10_000}, "outside what OD Notes accepts"),
        ({"lanes": 0}, "outside what OD Notes accepts"),
        ({"memory_kib": 8, "iterations": 1}, "weaker than OD Notes allows"),
        ({"salt": ""}, "outside what OD Notes accepts"),
        ({"algorithm": "md5"}, "unreadable"),
    ],
)
def test_absurd_kdf_parameters_are_refused_before_any_work(
    closed_demo: tuple[Path, Network], change: dict[str, object], message: str
) -> None:
    path, _ = closed_demo
    sane = {"memory_kib": 64 * 1024, "iterations": 3, "lanes": 4}
    kdf = _kdf(path) | sane | change
    _set_meta(path, "kdf", json.dumps(kdf))
    vault = Vault.open(path, policy=DEFAULT_POLICY)  # the real floor and cap
    try:
        with pytest.raises(DamagedVault, match=message):
            vault.unlock(PASSPHRASE)
    finally:
        vault.close()


def test_kdf_parameters_lowered_within_the_policy_do_not_unlock(
    closed_demo: tuple[Path, Network],
) -> None:
    path, _ = closed_demo
    kdf = _kdf(path) | {"iterations": 2}
    _set_meta(path, "kdf", json.dumps(kdf))
    with pytest.raises(WrongPassphrase):
        reopen(path)  # the wrap's associated data binds the parameters


def test_a_vault_from_a_newer_version_is_refused_clearly(closed_demo: tuple[Path, Network]) -> None:
    path, _ = closed_demo
    with raw(path) as conn:
        conn.execute("PRAGMA user_version = 99")
    with pytest.raises(UnsupportedVersion, match="newer version of OD Notes"):
        reopen(path)


@pytest.mark.parametrize("keep", [0, 100, 4096, 8192, 20000])
def test_a_truncated_file_is_refused_or_reported(
    closed_demo: tuple[Path, Network], keep: int
) -> None:
    path, _ = closed_demo
    data = path.read_bytes()
    path.write_bytes(data[:keep])
    with pytest.raises((NotAVault, DamagedVault)):
        vault = reopen(path)
        try:
            report = vault.verify()
        finally:
            vault.close()
        if not report.ok:
            raise DamagedVault(" ".join(report.lines()))


@pytest.mark.parametrize(
    "content", [b"", b"hello, not a vault", b"SQLite format 3\x00" + b"\x00" * 200, b"\x89PNG\r\n"]
)
def test_a_file_that_is_not_a_vault(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.odvault"
    path.write_bytes(content)
    with pytest.raises(NotAVault):
        reopen(path)


def test_an_ordinary_sqlite_database_is_not_a_vault(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (text TEXT)")
    with pytest.raises(NotAVault, match="not an OD Notes vault"):
        reopen(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(NotAVault, match="There is no vault"):
        reopen(tmp_path / "nowhere.odvault")
