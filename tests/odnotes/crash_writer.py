"""A process that saves forever, printing each save once it is committed (killed by a test)."""

from __future__ import annotations

import sys
from datetime import datetime

from odnotes.crypto import TEST_POLICY
from odnotes.model import Meeting, Voice, new_id
from odnotes.vault import open_unlocked


def main(path: str, passphrase: str, network_id: str) -> None:
    vault = open_unlocked(path, passphrase, policy=TEST_POLICY)
    meeting = Meeting(network_id, datetime(2026, 5, 1, 10, 0))
    while True:
        meeting.voices.append(Voice(new_id(), f"words typed at save {len(meeting.voices)}"))
        change = vault.save(meeting)
        print(f"{change.record_id} {change.revision}", flush=True)
        if change.revision % 7 == 0:  # a fresh meeting now and then: many records, many revisions
            meeting = Meeting(network_id, datetime(2026, 5, 1, 10, 0))


if __name__ == "__main__":
    main(*sys.argv[1:4])
