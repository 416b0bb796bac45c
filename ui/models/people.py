"""Network members and practitioners, editable in place."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from odnotes.model import Person, PersonKind, Practitioner, PractitionerRole
from ui.models.table import Column, ObjectTableModel

MEMBER_NAME, MEMBER_KIND, MEMBER_RELATIONSHIP = 0, 1, 2


def _set(attr: str, strip: bool = True) -> Callable[[object, object], None]:
    def apply(obj: object, value: object) -> None:
        setattr(obj, attr, value.strip() if strip and isinstance(value, str) else value)

    return apply


def _names_text(value: object) -> list[str]:
    return [part.strip() for part in str(value).split(",") if part.strip()]


class PeopleModel(ObjectTableModel[Person]):
    """The members of one network; each cell edit saves the person."""

    def __init__(self, save: Callable[[Person], None], parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    self.tr("Name"),
                    lambda p: p.name,
                    edit_value=lambda p: p.name,
                    apply=_set("name"),
                ),
                Column(
                    self.tr("Who they are"),
                    lambda p: p.kind.label,
                    edit_value=lambda p: p.kind.value,
                    apply=lambda p, v: setattr(p, "kind", PersonKind(v)),
                    choices=[(k.label, k.value) for k in PersonKind],
                ),
                Column(
                    self.tr("Relationship"),
                    lambda p: p.relationship,
                    edit_value=lambda p: p.relationship,
                    apply=_set("relationship"),
                    tooltip=self.tr("In the words of the person at the centre"),
                ),
                Column(
                    self.tr("Also called"),
                    lambda p: ", ".join(p.other_names),
                    edit_value=lambda p: ", ".join(p.other_names),
                    apply=lambda p, v: setattr(p, "other_names", _names_text(v)),
                    tooltip=self.tr("Other names, separated by commas"),
                ),
                Column(
                    self.tr("Pronouns"),
                    lambda p: p.pronouns,
                    edit_value=lambda p: p.pronouns,
                    apply=_set("pronouns"),
                ),
                Column(
                    self.tr("Language"),
                    lambda p: p.language,
                    edit_value=lambda p: p.language,
                    apply=_set("language"),
                ),
                Column(
                    self.tr("Gets summaries"),
                    lambda p: "yes" if p.receives_summaries else "no",
                    checked=lambda p: p.receives_summaries,
                    apply=_set("receives_summaries"),
                ),
                Column(
                    self.tr("Large print"),
                    lambda p: "yes" if p.large_print else "no",
                    checked=lambda p: p.large_print,
                    apply=_set("large_print"),
                ),
            ],
            key=lambda p: p.id,
            save=save,
            parent=parent,
        )


class PractitionersModel(ObjectTableModel[Practitioner]):
    """The practitioners working with one network; names and roles editable."""

    def __init__(self, save: Callable[[Practitioner], None], parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    self.tr("Name"),
                    lambda p: p.name,
                    edit_value=lambda p: p.name,
                    apply=_set("name"),
                ),
                Column(
                    self.tr("Role"),
                    lambda p: p.role.label,
                    edit_value=lambda p: p.role.value,
                    apply=lambda p, v: setattr(p, "role", PractitionerRole(v)),
                    choices=[(r.label, r.value) for r in PractitionerRole],
                ),
                Column(
                    self.tr("Also called"),
                    lambda p: ", ".join(p.other_names),
                    edit_value=lambda p: ", ".join(p.other_names),
                    apply=lambda p, v: setattr(p, "other_names", _names_text(v)),
                ),
            ],
            key=lambda p: p.id,
            save=save,
            parent=parent,
        )
