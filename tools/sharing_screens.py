"""Screenshots of working with a co-facilitator (called by ``tools.screenshots``).

A second fictional vault plays the colleague's laptop: Sam Okafor's, with an
exchange folder between the two, both driven through the core; the screens
are the demo vault's. The demo's team has named Sam as facilitator for months,
so pairing links that record to his card, and he is listed once after syncing.

``python -m tools.sharing_screens [--out FOLDER]`` takes only these screens.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from odnotes import sharing
from odnotes.crypto import TEST_POLICY, fast_test_params
from odnotes.demo import write_demo
from odnotes.exchange import safety_number
from odnotes.model import Meeting, Network, Practitioner, PractitionerRole
from odnotes.vault import Vault
from ui.main_window import MainWindow
from ui.sharing.colleagues_dialog import ColleaguesDialog
from ui.sharing.conflict_dialog import ConflictDialog
from ui.sharing.models import SHARE
from ui.sharing.pairing_dialog import PairingDialog
from ui.sharing.share_dialog import ShareDialog

SAM_ID = "5a5a5a5a-5a5a-4a5a-8a5a-5a5a5a5a5a5a"


def shoot_sharing(window: MainWindow, vault: Vault, network: Network, work: Path) -> None:
    """Colleagues, pairing, Share with…, a synced network page, a conflict and its view."""
    from tools.screenshots import shoot, wait_for

    me = next(p for p in vault.all(Practitioner) if p.name == "Tuula Rantanen")
    window.settings.set_sharing_practitioner(vault.path, me.id)
    folder = work / "Syncthing" / "OD Notes exchange"
    folder.mkdir(parents=True)
    sam, _ = Vault.create(
        work / "Sam's vault.odvault", "fictional colleague", kdf=fast_test_params(),
        policy=TEST_POLICY,
    )  # fmt: skip
    sam.author = SAM_ID
    sam.save(Practitioner("Sam Okafor", PractitionerRole.PSYCHOLOGIST, id=SAM_ID))
    sharing.set_exchange_folder(sam, folder)
    sam_card = sharing.my_card(sam, SAM_ID)
    sharing.pair(sam, SAM_ID, sharing.my_card(vault, me.id))

    number = safety_number(sharing.my_card(vault, me.id), sam_card)
    stand_in = sharing.suggested_stand_in(vault, sam_card)
    assert stand_in is not None  # the demo's Sam Okafor
    pairing = PairingDialog(
        sam_card,
        number,
        window,
        stand_ins=sharing.stand_ins(vault, sam_card),
        suggested=stand_in.id,
    )
    shoot(pairing, "22-pairing")
    sharing.pair(vault, me.id, sam_card, stand_in=pairing.stand_in())
    colleagues = ColleaguesDialog(vault, window.settings, window)
    colleagues.outcome.setText(
        colleagues.tr("Paired with {name}. Share a network with them from its page.").format(
            name=sam_card.name
        )
    )
    shoot(colleagues, "23-colleagues")
    colleagues.close()

    share = ShareDialog(vault, network.id, window)
    share.folder.setText(str(folder))
    share.model.setData(
        share.model.index(0, SHARE), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    shoot(share, "24-share-with")
    share.submit()
    assert window.workspace is not None
    window.workspace.show_network(network.id)
    syncer = window.syncer
    assert syncer is not None
    syncer.sync(asked=False)
    wait_for(lambda: not syncer.running)
    sharing.sync(sam, SAM_ID)

    draft = next(m for m in vault.all(Meeting, network_id=network.id) if not m.is_final)
    ours = vault.get(Meeting, draft.id)
    ours.purpose.text = "Maija wanted to talk about sleep, and about going back to college."
    vault.save(ours)
    theirs = sam.get(Meeting, draft.id)
    theirs.purpose.text = "Maija wanted to talk about sleep; her mother about the night shifts."
    sam.save(theirs)
    sharing.sync(sam, SAM_ID)
    syncer.sync(asked=False)
    wait_for(lambda: not syncer.running and bool(vault.conflicts(draft.id)))
    window.workspace.show_network_tab("meetings")
    shoot(window, "25-network-shared")
    window.open_meeting(draft.id)
    shoot(window, "26-conflict-banner")
    view = ConflictDialog(vault, [draft.id], window)
    shoot(view, "27-conflict-view")
    view.close()
    window.workspace.show_network_tab("people")
    shoot(window, "28-network-people-shared")
    window.workspace.show_network_tab("meetings")
    sam.lock()


def main() -> None:
    """The demo vault in a main window, and only the sharing screens."""
    import argparse
    import tempfile

    from tools import screenshots
    from ui.app import make_application
    from ui.session import Session
    from ui.settings import Settings
    from ui.vault_options import VaultOptions

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--out", type=Path, default=screenshots.OUT)
    screenshots.OUT = parser.parse_args().out
    screenshots.OUT.mkdir(parents=True, exist_ok=True)
    make_application([])
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        vault, _ = Vault.create(
            work / "Riverside team.odvault", screenshots.PASSPHRASE, kdf=fast_test_params(),
            policy=TEST_POLICY,
        )  # fmt: skip
        network = write_demo(vault)
        options = VaultOptions(new_kdf=fast_test_params, policy=TEST_POLICY, data_dir=work)
        settings = Settings(work / "settings.ini")
        window = MainWindow(Session(vault, settings.idle_minutes()), settings, options=options)
        window.resize(*screenshots.SIZE)
        window.show()
        shoot_sharing(window, vault, network, work)
        window.close()


if __name__ == "__main__":
    main()
