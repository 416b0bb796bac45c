"""Run one write under a fault, in its own process, and print what happened as JSON.

``python -m tests.odnotes.fault_child FAULT OPERATION VAULT OUTPUT``

FAULT is ``fsize`` (RLIMIT_FSIZE of 16 KiB, with
SIGXFSZ ignored so writes fail with EFBIG as on a full disk) or ``readonly``
(drop to ``nobody`` when root, so folder permissions apply). OPERATION is one
of :data:`OPERATIONS`. The parent checks the vault and folders afterwards.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from odnotes.crypto import TEST_POLICY, fast_test_params
from odnotes.errors import OdNotesError
from odnotes.files import write_atomic
from odnotes.interchange import export_json
from odnotes.model import Meeting, Network, Voice, new_id
from odnotes.summary import meeting_summary
from odnotes.supervision import ExportOptions, SupervisionMaterial, write_encrypted, write_files
from odnotes.vault import Vault, open_unlocked
from tests.conftest import PASSPHRASE

FILE_SIZE_LIMIT = 16 * 1024  # below every file these operations write
BIG_TEXT = "A long note that does not fit on the disk. " * 20_000  # ~860 KB


def _save(vault: Vault, output: Path) -> None:
    network = vault.all(Network)[0]
    meeting = Meeting(network.id, datetime(2027, 1, 5, 9, 0), voices=[Voice(new_id(), BIG_TEXT)])
    vault.save(meeting)


def _backup(vault: Vault, output: Path) -> None:
    vault.backup(output / "backup.odvault")


def _export_json(vault: Vault, output: Path) -> None:
    export_json(vault, output / "export.json")


def _summary_pdf(vault: Vault, output: Path) -> None:
    meeting = max(vault.all(Meeting), key=lambda m: m.starts_at)
    write_atomic(output / "summary.pdf", meeting_summary(vault, meeting.id).pdf(), doing="saving")


def _material(vault: Vault) -> SupervisionMaterial:
    everything = ExportOptions(include_team_only=True, include_practice=True, include_drafts=True)
    material = SupervisionMaterial(vault, [vault.all(Network)[0].id], options=everything)
    material.accept_all()
    return material


def _supervision_files(vault: Vault, output: Path) -> None:
    write_files(_material(vault), output)


def _supervision_sealed(vault: Vault, output: Path) -> None:
    write_encrypted(_material(vault), output, "a passphrase for the stick", fast_test_params())


OPERATIONS: dict[str, Callable[[Vault, Path], None]] = {
    "save": _save,
    "backup": _backup,
    "export_json": _export_json,
    "summary_pdf": _summary_pdf,
    "supervision_files": _supervision_files,
    "supervision_sealed": _supervision_sealed,
}


def _limit_file_size() -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    _, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_SIZE_LIMIT, hard))


def _drop_to_nobody() -> None:
    if os.geteuid() == 0:
        import pwd

        nobody = pwd.getpwnam("nobody")
        os.setgroups([])
        os.setgid(nobody.pw_gid)
        os.setuid(nobody.pw_uid)


def main(fault: str, operation: str, vault_path: Path, output: Path) -> dict[str, str]:
    if fault == "readonly":
        _drop_to_nobody()
    vault = open_unlocked(vault_path, PASSPHRASE, policy=TEST_POLICY)
    try:
        if fault == "fsize":
            _limit_file_size()
        try:
            OPERATIONS[operation](vault, output)
        except OdNotesError as error:
            return {"error": type(error).__name__, "message": str(error)}
        return {"error": "", "message": ""}
    finally:
        vault.close()


if __name__ == "__main__":
    fault_name, operation_name, vault_arg, output_arg = sys.argv[1:5]
    result = main(fault_name, operation_name, Path(vault_arg), Path(output_arg))
    print(json.dumps(result))
