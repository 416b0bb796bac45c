"""A record's open conflicts, in words: which field, whose version, written when.

The vault keeps each open conflict in plain form (``vault.conflicts``); this
turns them back into :class:`~odnotes.exchange.Conflict` objects and names
their parts for a person: the field by its declared label ("Voices › Words",
translated by the core's catalog into the UI's language), the item by the
person it is about, each side by the practitioner who wrote
it. Nothing here decides anything; settling goes through ``odnotes.sharing``.
"""

from __future__ import annotations

import dataclasses
import typing
from dataclasses import dataclass
from enum import Enum
from typing import Any, NoReturn

from PySide6.QtCore import QCoreApplication

from odnotes import sharing
from odnotes.codec import to_plain
from odnotes.errors import OdNotesError
from odnotes.exchange import Conflict, Origin
from odnotes.exchange.merge import value_at
from odnotes.model import RECORD_TYPES, Person, Practitioner, Record
from odnotes.model.treatment import KEY, Kind, Treatment
from odnotes.vault import Vault
from ui.dates import recent
from ui.i18n import QT_TRANSLATE_NOOP, core_translator
from ui.words import choice_text

_NAMES_OF_ITEMS = ("person_id", "by_id", "practitioner_id")


def _unreadable(message: str) -> NoReturn:
    raise ValueError(message)


def open_conflicts(vault: Vault, record_id: str) -> list[Conflict]:
    """The record's open conflicts (a damaged entry is left out, not guessed at)."""
    found = []
    for number, plain in enumerate(vault.conflicts(record_id)):
        try:
            found.append(Conflict.from_plain(plain, _unreadable, f"conflict {number}"))
        except (ValueError, TypeError):
            continue
    return found


@dataclass(frozen=True)
class Version:
    """One side of a conflict as shown: who, when, and the text.

    ``words`` says the field holds typed words (not a stored choice), which
    can be combined with the other side's by typing.
    """

    value: Any
    writer: str
    saved_at: str
    text: str
    words: bool = True

    @property
    def is_text(self) -> bool:
        """Words that can be combined with the other side's by typing."""
        return self.words and isinstance(self.value, str)


@dataclass(frozen=True)
class Field:
    """What a conflict's path ends in: the field's declaration and the type of its value."""

    treatment: Treatment | None = None
    value_type: Any = None

    @property
    def holds_words(self) -> bool:
        """Typed text or a name, as opposed to a choice, a date or an id."""
        return self.treatment is not None and self.treatment.kind in (Kind.WRITING, Kind.NAME)


def field_of(kind: str, path: tuple[str, ...]) -> Field:
    """The declared field ``path`` ends in (an empty :class:`Field` if it is not one)."""
    cls: Any = RECORD_TYPES.get(kind)
    found = Field()
    for part in path:
        if part.startswith("["):
            continue
        declared = _declared(cls, part)
        if declared is None:
            return Field()
        found = declared
        cls = declared.value_type
    return found


def field_label(kind: str, path: tuple[str, ...], vault: Vault, data: dict[str, Any]) -> str:
    """The field's declared labels along ``path`` in the UI's language, items named by whom."""
    translate = QCoreApplication.translate
    if path == ("deleted",):
        return translate("ui.sharing.conflicts", "Whether the record is deleted")
    if not path:
        return translate("ui.sharing.conflicts", "The whole record")
    words: list[str] = []
    cls: Any = RECORD_TYPES.get(kind)
    for i, part in enumerate(path):
        if part.startswith("["):
            who = _item_name(vault, value_at(kind, data, path[: i + 1]))
            if who and words:
                words[-1] += f" ({who})"
            continue
        if part in _MERGE_FORM:  # a meeting's present and absent, merged as one list
            words.append(translate("ui.sharing.conflicts", _MERGE_FORM[part]))
            cls = None
            continue
        declared = _declared(cls, part)
        if declared is None or declared.treatment is None:
            words.append(part.replace("_", " "))
            cls = None
            continue
        cls = declared.value_type
        words.append(core_translator().gettext(declared.treatment.label))
    return " › ".join(w for w in words if w)


_MERGE_FORM = {
    "attendance": QT_TRANSLATE_NOOP("ui.sharing.conflicts", "Who was there"),
    "status": "",  # an attendance's present or absent: its values say which
}
_ATTENDANCE = {
    "present": QT_TRANSLATE_NOOP("ui.sharing.conflicts", "present"),
    "absent": QT_TRANSLATE_NOOP("ui.sharing.conflicts", "invited, not there"),
}


def _declared(cls: Any, name: str) -> Field | None:
    """A field's declaration and the class of its value (or of its list's items)."""
    if cls is None or not dataclasses.is_dataclass(cls):
        return None
    for f in dataclasses.fields(cls):
        if f.name == name and KEY in f.metadata:
            hint = typing.get_type_hints(cls).get(name)
            args = typing.get_args(hint)
            inner = args[0] if args else hint
            return Field(f.metadata[KEY], inner)
    return None


def _item_name(vault: Vault, item: Any) -> str:
    if not isinstance(item, dict):
        return ""
    for key in _NAMES_OF_ITEMS:
        person = item.get(key)
        if isinstance(person, str) and person:
            return person_name(vault, person)
    return ""


def person_name(vault: Vault, record_id: str) -> str:
    """A person's or practitioner's name, or a plain word when this vault does not know them."""
    try:
        return vault.get(Practitioner, record_id).name
    except OdNotesError:
        pass
    try:
        return vault.get(Person, record_id).name
    except OdNotesError:
        pass
    for card in sharing.paired(vault):
        if card.practitioner_id == record_id:
            return card.name
    return QCoreApplication.translate("ui.sharing.conflicts", "a colleague")


def version(vault: Vault, value: Any, origin: Origin | None, field: Field | None = None) -> Version:
    """One side, named and dated; a stored choice in the UI's words."""
    writer = (
        person_name(vault, origin.author)
        if origin and origin.author
        else QCoreApplication.translate("ui.sharing.conflicts", "unknown")
    )
    when = recent(origin.saved_at.astimezone()) if origin else ""
    field = field or Field()
    return Version(
        value, writer, when, shown_text(vault, value, field.value_type), field.holds_words
    )


def shown_text(vault: Vault, value: Any, value_type: Any = None) -> str:
    """A value as a person reads it: words as they are, a choice in words, an item by its words."""
    if value is None:
        return QCoreApplication.translate("ui.sharing.conflicts", "(nothing: removed on this side)")
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("ui.sharing.conflicts", "yes")
            if value
            else QCoreApplication.translate("ui.sharing.conflicts", "no")
        )
    if isinstance(value, str) and isinstance(value_type, type) and issubclass(value_type, Enum):
        try:
            return choice_text(value_type(value))
        except ValueError:
            return value
    if isinstance(value, str):
        if value_type is None and value in _ATTENDANCE:
            return QCoreApplication.translate("ui.sharing.conflicts", _ATTENDANCE[value])
        return value
    if isinstance(value, dict):
        lines = []
        for key, part in value.items():
            if key in _NAMES_OF_ITEMS and isinstance(part, str):
                lines.append(person_name(vault, part))
            elif isinstance(part, str) and part and key != "id" and not key.endswith("_id"):
                lines.append(part)
        return "\n".join(lines) or QCoreApplication.translate(
            "ui.sharing.conflicts", "(an item without words)"
        )
    if isinstance(value, list):
        return "\n".join(shown_text(vault, part, value_type) for part in value)
    return str(value)


def record_of(vault: Vault, record_id: str) -> Record | None:
    """The live record with ``record_id``, whatever its kind (``None`` if not here)."""
    for cls in RECORD_TYPES.values():
        try:
            return vault.get(cls, record_id)
        except OdNotesError:
            continue
    return None


def record_data(record: Record) -> dict[str, Any]:
    """A record in plain form (where a conflict's items are looked up)."""
    data = to_plain(record)
    assert isinstance(data, dict)
    return data


def network_records_in_conflict(vault: Vault, network_id: str) -> list[str]:
    """The network and its people with open conflicts (meetings say so where they open)."""
    ids = [network_id, *(p.id for p in vault.all(Person, network_id=network_id))]
    return [record_id for record_id in ids if vault.conflicts(record_id)]
