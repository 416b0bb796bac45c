"""Every model in ui/models passes qtmodeltester; inline edits save or change nothing."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.modeltest import ModelTester

from odnotes import continuity, networks
from odnotes.model import Meeting, Network, NetworkStatus, Person, PersonKind, Practitioner
from odnotes.vault import Vault
from ui.dates import day_date
from ui.models.decisions import DecisionsModel, FollowUpsModel
from ui.models.meetings import MeetingsModel
from ui.models.names import Names
from ui.models.networks import NetworkFilter, NetworksModel
from ui.models.people import MEMBER_KIND, MEMBER_NAME, PeopleModel, PractitionersModel
from ui.models.roles import OBJECT_ROLE
from ui.models.uncertainties import ThreadHistoryModel, UncertaintiesModel
from ui.search.dialog import SearchResultsModel
from ui.search.index import search

Demo = tuple[Vault, Network]


def test_networks_model_and_filter(qtmodeltester: ModelTester, demo_vault: Demo) -> None:
    vault, network = demo_vault
    networks.create_network(vault, "Aarne")
    closed = networks.create_network(vault, "Birgit")
    networks.set_network_status(vault, closed.id, NetworkStatus.CLOSED)
    model = NetworksModel()
    model.set_rows(vault.all(Network))
    qtmodeltester.check(model)
    proxy = NetworkFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    names = lambda: [proxy.index(r, 0).data() for r in range(proxy.rowCount())]  # noqa: E731
    assert names() == ["Aarne", "Maija"]
    proxy.set_show(NetworkFilter.SHOW_CLOSED)
    assert names() == ["Birgit"]
    proxy.set_show(NetworkFilter.SHOW_ALL)
    proxy.set_search("ai")
    assert names() == ["Maija"]
    assert proxy.index(0, 0).data(OBJECT_ROLE).id == network.id


def test_the_networks_model_keeps_its_order_as_networks_come_and_are_renamed(
    qtmodeltester: ModelTester, demo_vault: Demo
) -> None:
    """The model keeps the list by name itself (no sorting proxy): a new network goes in its
    place, a renamed one moves, and the current row follows it."""
    vault, _network = demo_vault
    for name in ("Ülla", "aino", "Birgit", "Cecilia"):
        networks.create_network(vault, name)
    model = NetworksModel()
    model.set_rows(vault.all(Network))
    qtmodeltester.check(model)
    proxy = NetworkFilter()
    proxy.setSourceModel(model)
    names = lambda: [proxy.index(r, 0).data() for r in range(proxy.rowCount())]  # noqa: E731
    expected = sorted([n.name for n in vault.all(Network)], key=str.casefold)
    assert names() == expected
    selection = QItemSelectionModel(proxy)
    cecilia = next(n for n in vault.all(Network) if n.name == "Cecilia")
    selection.setCurrentIndex(
        proxy.mapFromSource(model.index(model.row_of(cecilia.id), 0)),
        QItemSelectionModel.SelectionFlag.ClearAndSelect,
    )
    networks.rename_network(vault, cecilia.id, "Aada")
    model.upsert(vault.get(Network, cecilia.id))
    assert names() == sorted([*[n for n in expected if n != "Cecilia"], "Aada"], key=str.casefold)
    assert selection.currentIndex().data() == "Aada"  # the current row moved with it
    model.upsert(networks.create_network(vault, "Bea"))
    assert names() == sorted([*names()], key=str.casefold) and "Bea" in names()
    qtmodeltester.check(model)


def test_people_models_edit_inline(qtmodeltester: ModelTester, demo_vault: Demo) -> None:
    vault, network = demo_vault
    model = PeopleModel(vault.save)
    model.set_rows(vault.all(Person, network_id=network.id))
    qtmodeltester.check(model)
    row = next(i for i, p in enumerate(model.objects()) if p.name == "Zoë")
    person_id = model.object_at(row).id
    assert model.setData(model.index(row, MEMBER_NAME), "Zoë K.")
    assert model.setData(model.index(row, MEMBER_KIND), PersonKind.FAMILY)
    stored = vault.get(Person, person_id)
    assert (stored.name, stored.kind) == ("Zoë K.", PersonKind.FAMILY)
    assert model.index(row, MEMBER_NAME).data() == "Zoë K."
    large_print = model.index(row, 8)  # after name, kind, relationship, closeness, ...
    assert model.flags(large_print) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.setData(large_print, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert vault.get(Person, person_id).large_print is True

    practitioners = PractitionersModel(vault.save)
    practitioners.set_rows(vault.all(Practitioner))
    qtmodeltester.check(practitioners)


def test_refused_edit_changes_nothing(qtbot, demo_vault: Demo) -> None:  # type: ignore[no-untyped-def]
    vault, network = demo_vault
    model = PeopleModel(vault.save)
    model.set_rows(vault.all(Person, network_id=network.id))
    person = model.object_at(0)
    revisions = vault.revision_count(person.id)
    with qtbot.waitSignal(model.edit_failed) as failed:
        assert not model.setData(model.index(0, MEMBER_NAME), "   ")
    assert "name" in failed.args[0]
    assert vault.revision_count(person.id) == revisions
    assert model.index(0, MEMBER_NAME).data() == person.name


def test_meeting_and_continuity_models(qtmodeltester: ModelTester, demo_vault: Demo) -> None:
    vault, network = demo_vault
    meetings = networks.network_meetings(vault, network.id)
    names = Names(vault, network.id)
    model = MeetingsModel(names)
    model.set_rows(meetings)
    qtmodeltester.check(model)
    assert model.drafts() == 1
    assert [model.index(r, 4).data() for r in range(3)] == [
        "Finalised",
        "Finalised, amended once",
        "Draft",
    ]
    threads = UncertaintiesModel(names)
    threads.set_rows(continuity.uncertainty_threads(meetings))
    qtmodeltester.check(threads)
    history = ThreadHistoryModel()
    history.set_rows(threads.object_at(0).history)
    qtmodeltester.check(history)
    assert history.rowCount() == 3
    decisions = DecisionsModel(names)
    decisions.set_rows(continuity.decisions_log(meetings))
    qtmodeltester.check(decisions)
    assert "OUTSIDE the meeting" in decisions.index(2, 2).data()
    follow_ups = FollowUpsModel(names, today=date(2026, 9, 15))
    follow_ups.set_rows(continuity.follow_ups(meetings))
    qtmodeltester.check(follow_ups)
    # in the locale's words ("12 Sep 2026" or, en_GB, "12 Sept 2026"): ui.dates decides
    assert follow_ups.index(1, 0).data() == f"{day_date(date(2026, 9, 12))} (overdue)"
    assert follow_ups.index(2, 0).data() == day_date(date(2026, 9, 18))


def test_search_results_model(qtmodeltester: ModelTester, demo_vault: Demo) -> None:
    vault, _ = demo_vault
    model = SearchResultsModel()
    model.set_rows(search(vault, "sleep"))
    qtmodeltester.check(model)
    assert model.rowCount() >= 3


@pytest.mark.parametrize("query", ["zoe", "LUKASZ", "øyvind", "oyvind", "päivi mum"])
def test_search_folds_case_and_accents(demo_vault: Demo, query: str) -> None:
    vault, _ = demo_vault
    assert search(vault, query), query


def test_model_drops_objects_on_clear(demo_vault: Demo) -> None:
    vault, network = demo_vault
    model = MeetingsModel(Names(vault, network.id))
    model.set_rows(vault.all(Meeting))
    model.clear()
    assert model.rowCount() == 0 and model.objects() == []


def test_names_read_only_the_network_shown(demo_vault: Demo) -> None:
    """Opening one network must not read every network (it made a page take seconds)."""
    from odnotes.crypto import TEST_POLICY
    from odnotes.vault import open_unlocked
    from tests.conftest import PASSPHRASE

    vault, network = demo_vault
    other = Network("Another fictional network", network.first_contact)
    vault.save(other)
    vault.close()
    again = open_unlocked(vault.path, PASSPHRASE, policy=TEST_POLICY)
    try:
        names = Names(again, network.id)
        assert again.is_loaded(network.id) and not again.is_loaded(other.id)
        person = again.all(Person, network_id=network.id)[0]
        assert names.of(person.id) == person.name
    finally:
        again.close()
