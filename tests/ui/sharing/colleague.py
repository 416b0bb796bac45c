"""A colleague's laptop for the sharing tests: a second real vault, driven through the core
(a :class:`~tests.odnotes.sharing.desks.Desk`, as the core's own sharing tests use)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from odnotes import sharing
from odnotes.crypto import TEST_POLICY, fast_test_params
from odnotes.model import Practitioner, PractitionerRole
from odnotes.vault import Vault
from tests.conftest import PASSPHRASE
from tests.odnotes.sharing.desks import Desk as Colleague

SAM_ID = "5a5a5a5a-5a5a-4a5a-8a5a-5a5a5a5a5a5a"


def colleague(
    tmp_path: Path, name: str = "Sam Fictional", practitioner_id: str = SAM_ID
) -> Colleague:
    """A fictional co-facilitator with a vault of their own and the exchange folder."""
    vault, _ = Vault.create(
        tmp_path / f"{practitioner_id}.odvault", PASSPHRASE, kdf=fast_test_params(),
        policy=TEST_POLICY,
    )  # fmt: skip
    vault.author = practitioner_id
    vault.save(Practitioner(name, PractitionerRole.PSYCHOLOGIST, id=practitioner_id))
    folder = tmp_path / "exchange"
    folder.mkdir(exist_ok=True)
    sharing.set_exchange_folder(vault, folder)
    return Colleague(vault, practitioner_id, folder)


def when_dialog(kind: type[QDialog], act: Callable[[QDialog], None]) -> None:
    """Act on the next modal dialog of ``kind`` once it is shown (its exec() blocks the test)."""

    def poll() -> None:
        found = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()),
            None,
        )
        if found is None:
            QTimer.singleShot(20, poll)
        else:
            act(found)

    QTimer.singleShot(0, poll)


def visible(kind: type[QWidget]) -> list[QWidget]:
    """The visible top-level widgets of ``kind``."""
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def share_with_sam(vault: Vault, me: str, sam: Colleague, network_id: str) -> None:
    """Pair both ways, share the network with Sam and let Sam take it in (core only)."""
    sharing.pair(vault, me, sam.card)
    sharing.pair(sam.vault, sam.practitioner_id, sharing.my_card(vault, me))
    sharing.set_exchange_folder(vault, sam.folder)
    sharing.share(vault, network_id, sam.card.card_id)
    sharing.sync(vault, me)
    sam.sync()
