"""Network members and practitioners, editable in place."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from odnotes.model import Closeness, Person, PersonKind, Practitioner, PractitionerRole
from ui.i18n import QT_TRANSLATE_NOOP, person_language_choices, person_language_label
from ui.models.table import Column, ObjectTableModel
from ui.words import kind_text, role_text

MEMBER_NAME, MEMBER_KIND, MEMBER_RELATIONSHIP, MEMBER_CLOSENESS = 0, 1, 2, 3

CLOSENESS_LABELS = {
    Closeness.CLOSE: QT_TRANSLATE_NOOP("ui.models.people", "close"),
    Closeness.SOMEWHAT: QT_TRANSLATE_NOOP("ui.models.people", "somewhat close"),
    Closeness.DISTANT: QT_TRANSLATE_NOOP("ui.models.people", "distant"),
    Closeness.UNKNOWN: QT_TRANSLATE_NOOP("ui.models.people", "not said"),
}
"""How close a member is, in the words the people tab, the map and its legend use."""


def closeness_label(closeness: Closeness) -> str:
    """Plain, translated words for how close a member is."""
    return QCoreApplication.translate("ui.models.people", CLOSENESS_LABELS[closeness])


def _set(attr: str, strip: bool = True) -> Callable[[object, object], None]:
    def apply(obj: object, value: object) -> None:
        setattr(obj, attr, value.strip() if strip and isinstance(value, str) else value)

    return apply


def _names_text(value: object) -> list[str]:
    return [part.strip() for part in str(value).split(",") if part.strip()]


def _text(title: str, attr: str, tooltip: str = "") -> Column[Any]:
    """A free-text column edited in place."""
    return Column(
        title,
        lambda p: getattr(p, attr),
        edit_value=lambda p: getattr(p, attr),
        apply=_set(attr),
        tooltip=tooltip,
    )


def _other_names(title: str, tooltip: str = "") -> Column[Any]:
    """The other names a person is called, typed separated by commas."""
    return Column(
        title,
        lambda p: ", ".join(p.other_names),
        edit_value=lambda p: ", ".join(p.other_names),
        apply=lambda p, v: setattr(p, "other_names", _names_text(v)),
        tooltip=tooltip,
    )


def _flag(title: str, attr: str) -> Column[Any]:
    """A yes/no column with a checkbox."""
    return Column(
        title,
        lambda p: (
            QCoreApplication.translate("ui.models.people", "yes")
            if getattr(p, attr)
            else QCoreApplication.translate("ui.models.people", "no")
        ),
        checked=lambda p: bool(getattr(p, attr)),
        apply=_set(attr),
    )


class PeopleModel(ObjectTableModel[Person]):
    """The members of one network; each cell edit saves the person."""

    def __init__(self, save: Callable[[Person], object], parent: QObject | None = None) -> None:
        super().__init__(
            [
                _text(self.tr("Name"), "name"),
                Column(
                    self.tr("Who they are"),
                    lambda p: kind_text(p.kind),
                    edit_value=lambda p: p.kind.value,
                    apply=lambda p, v: setattr(p, "kind", PersonKind(v)),
                    choices=[(kind_text(k), k.value) for k in PersonKind],
                ),
                _text(
                    self.tr("Relationship"),
                    "relationship",
                    self.tr("In the words of the person at the centre"),
                ),
                Column(
                    self.tr("How close"),
                    lambda p: closeness_label(p.closeness),
                    sort=lambda p: list(Closeness).index(p.closeness),
                    edit_value=lambda p: p.closeness.value,
                    apply=lambda p, v: setattr(p, "closeness", Closeness(v)),
                    choices=[(closeness_label(c), c.value) for c in Closeness],
                    tooltip=self.tr("As the person at the centre says; drawn on the network map"),
                ),
                _other_names(self.tr("Also called"), self.tr("Other names, separated by commas")),
                _text(self.tr("Pronouns"), "pronouns"),
                Column(
                    self.tr("Language"),
                    lambda p: person_language_label(p.language),
                    edit_value=lambda p: p.language_code or p.language,
                    apply=_set("language"),
                    choices=person_language_choices(self.tr("Not said")),
                    tooltip=self.tr(
                        "The language their copy of a summary is printed in (English where "
                        "OD Notes has no translation yet)"
                    ),
                ),
                _flag(self.tr("Gets summaries"), "receives_summaries"),
                _flag(self.tr("Large print"), "large_print"),
            ],
            key=lambda p: p.id,
            save=save,
            parent=parent,
        )


class PractitionersModel(ObjectTableModel[Practitioner]):
    """The practitioners working with one network; names and roles editable."""

    def __init__(
        self, save: Callable[[Practitioner], object], parent: QObject | None = None
    ) -> None:
        super().__init__(
            [
                _text(self.tr("Name"), "name"),
                Column(
                    self.tr("Role"),
                    lambda p: role_text(p.role),
                    edit_value=lambda p: p.role.value,
                    apply=lambda p, v: setattr(p, "role", PractitionerRole(v)),
                    choices=[(role_text(r), r.value) for r in PractitionerRole],
                ),
                _other_names(self.tr("Also called")),
            ],
            key=lambda p: p.id,
            save=save,
            parent=parent,
        )
