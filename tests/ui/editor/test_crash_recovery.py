"""A process killed with SIGKILL while typing loses at most the last few seconds."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from odnotes.continuity import in_order
from odnotes.crypto import TEST_POLICY, fast_test_params
from odnotes.demo import write_demo
from odnotes.model import Meeting
from odnotes.vault import Vault
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_text_typed_before_a_kill_is_in_the_vault(tmp_path: Path) -> None:
    path = tmp_path / "crash.odvault"
    vault, _ = Vault.create(path, PASSPHRASE, kdf=fast_test_params(), policy=TEST_POLICY)
    network = write_demo(vault)
    draft = in_order(vault.all(Meeting, network_id=network.id))[2]
    vault.close()
    text = " Typed just before the power went."
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with subprocess.Popen(
        [sys.executable, "-m", "tests.ui.editor.typing_child", str(path), draft.id, text],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ) as child:
        try:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "TYPED"
            typed_at = time.monotonic()
            time.sleep(3.0)  # the debounce is two seconds: "a few seconds" at most
            child.send_signal(signal.SIGKILL)
            assert child.wait(timeout=10) == -signal.SIGKILL
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
    assert time.monotonic() - typed_at < 4.0
    reopened = Vault.open(path, policy=TEST_POLICY)
    try:
        reopened.unlock(PASSPHRASE)
        assert reopened.get(Meeting, draft.id).purpose.text.endswith(text)
        assert reopened.verify().ok
    finally:
        reopened.close()
