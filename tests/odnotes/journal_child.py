"""A writer a test controls line by line: ``save`` saves a new meeting, ``check`` looks at the WAL.

It prints ``saved N`` once save N is committed, ``refused`` when a save is refused,
and ``checked <message>`` after a check; a test kills it with SIGKILL at the end.
"""

from __future__ import annotations

import sys
from datetime import datetime

from odnotes.crypto import TEST_POLICY
from odnotes.errors import StorageError
from odnotes.model import Meeting
from odnotes.vault import open_unlocked


def main(path: str, passphrase: str, network_id: str) -> None:
    vault = open_unlocked(path, passphrase, policy=TEST_POLICY)
    print("ready", flush=True)
    saved = 0
    for line in sys.stdin:
        command = line.strip()
        if command == "save":
            try:
                vault.save(Meeting(network_id, datetime(2026, 5, 1, 10, 0)))
            except StorageError:
                print("refused", flush=True)
                continue
            saved += 1
            print(f"saved {saved}", flush=True)
        elif command == "check":
            print(f"checked {vault.check_journal() or 'fine'}", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:4])
