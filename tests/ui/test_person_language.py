"""A member's language is chosen from a list in the people tab; older free text is kept."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from odnotes.model import Person
from ui.main_window import MainWindow
from ui.models.roles import OBJECT_ROLE

# Name, Who they are, Relationship, How close, Also called, Pronouns, Language
LANGUAGE = 6


def _people_view(window: MainWindow):  # type: ignore[no-untyped-def]
    page = window.workspace.page  # type: ignore[union-attr]
    page.show_tab("people")
    view = page.people.members_view
    assert view.model().headerData(LANGUAGE, Qt.Orientation.Horizontal) == "Language"
    return view


def _row_of(view, name: str) -> int:  # type: ignore[no-untyped-def]
    model = view.model()
    return next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)


def test_language_is_chosen_from_a_list_with_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    view = _people_view(window)
    row = _row_of(view, "Maija")
    view.setCurrentIndex(view.model().index(row, LANGUAGE))
    view.edit(view.currentIndex())
    combo = view.viewport().findChild(QComboBox)
    assert combo is not None
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels[:5] == [
        "Not said",
        "English",
        "Suomi (Finnish)",
        "Deutsch (German)",
        "Polski (Polish)",
    ]
    assert "العربية (Arabic)" in labels and "עברית (Hebrew)" in labels
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # Not said -> English -> Suomi
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: view.model().index(row, LANGUAGE).data() == "Suomi (Finnish)", timeout=2_000
    )
    person = view.model().index(row, 0).data(OBJECT_ROLE)
    assert window.session.vault.get(Person, person.id).language == "fi"


def test_an_older_free_text_value_is_shown_and_kept(qtbot: QtBot, window: MainWindow) -> None:
    vault = window.session.vault
    view = _people_view(window)
    row = _row_of(view, "Zoë")
    zoe = view.model().index(row, 0).data(OBJECT_ROLE)
    zoe = vault.get(Person, zoe.id)
    zoe.language = "Finnish and Swedish"
    vault.save(zoe)
    qtbot.waitUntil(
        lambda: view.model().index(_row_of(view, "Zoë"), LANGUAGE).data() == "Finnish and Swedish",
        timeout=2_000,
    )
    row = _row_of(view, "Zoë")
    view.setCurrentIndex(view.model().index(row, LANGUAGE))
    view.edit(view.currentIndex())
    combo = view.viewport().findChild(QComboBox)
    assert combo is not None
    assert combo.currentText() == "Finnish and Swedish"  # not silently replaced
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert vault.get(Person, zoe.id).language == "Finnish and Swedish"


def test_a_known_older_value_shows_as_its_language(qtbot: QtBot, window: MainWindow) -> None:
    vault = window.session.vault
    view = _people_view(window)
    zoe = vault.get(Person, view.model().index(_row_of(view, "Zoë"), 0).data(OBJECT_ROLE).id)
    zoe.language = "polski"
    vault.save(zoe)
    qtbot.waitUntil(
        lambda: view.model().index(_row_of(view, "Zoë"), LANGUAGE).data() == "Polski (Polish)",
        timeout=2_000,
    )
