"""How each record field is treated, declared once beside the field.

Every field of every record and item says what it holds (:class:`Kind`),
whether it goes into the supervision export (:class:`Export`), and where else
it is used (:class:`Use`): searched, shown in the meeting's history, printed in
the family summary, written in the note for the clinical record, carried to the
next meeting. Search, the history text, the clinical-record note, the
supervision export's allow-list, the carry-over and the tests' Hypothesis
strategies read these declarations, so a new field is declared in one place::

    language: str = field(
        default="", metadata=about("Language spoken", WRITING, LEFT_OUT, HISTORY)
    )

The declarations are metadata of the class, never stored: the vault format and
the JSON format do not change. ``docs/architecture.md`` says how to add a field.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Flag, StrEnum, auto
from typing import Any

KEY = "odnotes"


class Kind(StrEnum):
    """What a field holds, which decides how it is searched, shown and exported."""

    WRITING = "writing"
    """Words a person typed: clinical text, never exported as is."""
    NAME = "name"
    """What a person, practitioner or network is called."""
    PERSON = "person"
    """The id of a network member or practitioner (or a list of them), shown by name."""
    LINK = "link"
    """The id of another record or thread (a meeting, an uncertainty), never shown as such."""
    OWN_ID = "own_id"
    """The record's or item's own id: bookkeeping only."""
    CHOICE = "choice"
    """A choice from a list, a yes or no, a number."""
    WHEN = "when"
    """A date or wall-clock time as the network lived it."""
    STAMP = "stamp"
    """An audit timestamp (when something was signed, amended, written)."""
    PARTS = "parts"
    """Nested items (one or a list); each of their fields is declared in its own class."""


class Export(StrEnum):
    """What the de-identified supervision export does with a field."""

    KEPT = "kept"
    """As stored: only for choices (a kind, a status, a number, yes or no)."""
    DEIDENTIFIED = "deidentified"
    """In a form that names no one: free text de-identified, people by label, dates counted
    in days, links by what they point at, signatures and amendments as a status or count."""
    LEFT_OUT = "left_out"
    """Never in the export (it may still be used to find names to replace)."""


class Use(Flag):
    """Where else a field is used; combine with ``|``."""

    NONE = 0
    SEARCHED = auto()
    """Found by search (free text and names only)."""
    HISTORY = auto()
    """Shown, under its label, in the text the meeting history compares."""
    PRINTED = auto()
    """Printed in the family summary (for items that are shared with the network)."""
    CARRIED = auto()
    """Copied into the draft of the next meeting ("new meeting from the last one")."""
    RECORDED = auto()
    """Written in the note for the service's clinical record (team-only items too, marked)."""


WRITING, NAME, PERSON, LINK, OWN_ID = Kind.WRITING, Kind.NAME, Kind.PERSON, Kind.LINK, Kind.OWN_ID
CHOICE, WHEN, STAMP, PARTS = Kind.CHOICE, Kind.WHEN, Kind.STAMP, Kind.PARTS
KEPT, DEIDENTIFIED, LEFT_OUT = Export.KEPT, Export.DEIDENTIFIED, Export.LEFT_OUT
SEARCHED, HISTORY, PRINTED, CARRIED = Use.SEARCHED, Use.HISTORY, Use.PRINTED, Use.CARRIED
RECORDED = Use.RECORDED
NO_USE = Use.NONE
SHOWN = HISTORY | PRINTED | RECORDED
"""Shown in the history, printed for the network and in the clinical-record note: who,
when, which choice."""
SAID = SEARCHED | SHOWN
"""Where a person's words go: found by search, shown in the history, printed when shared."""
_TEXT_KINDS = (WRITING, NAME)


@dataclass(frozen=True)
class Treatment:
    """One field's declaration; ``section`` is the editor section of a meeting's own field."""

    label: str
    kind: Kind
    export: Export
    uses: Use = NO_USE
    section: str = ""

    def __post_init__(self) -> None:
        problem = self.problem()
        if problem:
            raise ValueError(f"field {self.label!r}: {problem}")

    def problem(self) -> str:
        """What makes this declaration contradict itself, or an empty string."""
        if not self.label.strip():
            return "needs a label"
        if self.kind in _TEXT_KINDS and self.export is KEPT:
            return "typed text leaves the app only de-identified or not at all"
        if self.export is KEPT and self.kind is not CHOICE:
            return "only choices are exported as they are stored"
        if SEARCHED in self.uses and self.kind not in (*_TEXT_KINDS, PARTS):
            return "only text, names and nested items can be searched"
        if self.kind is OWN_ID and (self.uses or self.export is not LEFT_OUT):
            return "an own id is bookkeeping: not shown, searched, printed, exported or carried"
        return ""

    @property
    def searched(self) -> bool:
        """Found by search."""
        return SEARCHED in self.uses

    @property
    def in_history(self) -> bool:
        """Shown in the history text."""
        return HISTORY in self.uses

    @property
    def printed(self) -> bool:
        """Printed in the family summary."""
        return PRINTED in self.uses

    @property
    def carried(self) -> bool:
        """Copied into the next meeting's draft."""
        return CARRIED in self.uses

    @property
    def recorded(self) -> bool:
        """Written in the note for the clinical record."""
        return RECORDED in self.uses


def about(
    label: str, kind: Kind, export: Export, uses: Use = NO_USE, *, section: str = ""
) -> Mapping[str, Treatment]:
    """The ``metadata`` of a dataclass field: how the field is treated everywhere.

    ``label`` is English; it is extracted into the core's catalog (``about`` is an
    extraction keyword, as ``N_`` is), and translated where it is shown.
    """
    return types.MappingProxyType({KEY: Treatment(label, kind, export, uses, section)})


@dataclass(frozen=True)
class DeclaredField:
    """A field with its declaration and the shape of its value, read from its annotation.

    ``value_type`` is the type of one value (``str``, an enum, a nested class);
    ``many`` says the field holds a list of them and ``optional`` that it may be ``None``.
    """

    name: str
    treatment: Treatment
    value_type: Any
    many: bool = False
    optional: bool = False
    spec: dataclasses.Field[Any] | None = None

    @property
    def required(self) -> bool:
        """The field has no default: every record must be given a value."""
        spec = self.spec
        return spec is not None and (
            spec.default is dataclasses.MISSING and spec.default_factory is dataclasses.MISSING
        )

    def default(self) -> Any:
        """A fresh default value (``None`` for a required field)."""
        spec = self.spec
        if spec is None or self.required:
            return None
        if spec.default_factory is not dataclasses.MISSING:
            return spec.default_factory()
        return spec.default

    @property
    def part(self) -> type | None:
        """The nested class of a ``PARTS`` field, else ``None``."""
        return self.value_type if _is_dataclass_type(self.value_type) else None


class Undeclared(TypeError):
    """A dataclass field without a declaration, or one that contradicts its annotation."""


def treatment_of(cls: type, name: str) -> Treatment:
    """The declaration of ``cls.name``."""
    for declared in declared_fields(cls):
        if declared.name == name:
            return declared.treatment
    raise Undeclared(f"{cls.__name__} has no declared field {name!r}")


def declared_fields(cls: type) -> tuple[DeclaredField, ...]:
    """Every field of ``cls`` in definition order, with its declaration (read once per class)."""
    return _declared(cls)


@functools.cache
def _declared(cls: Any) -> tuple[DeclaredField, ...]:
    hints = typing.get_type_hints(cls)
    found = []
    for f in dataclasses.fields(cls):
        treatment = f.metadata.get(KEY)
        if not isinstance(treatment, Treatment):
            raise Undeclared(f"{cls.__name__}.{f.name} has no declaration (see about())")
        declared = _shape(f, treatment, hints[f.name])
        if (declared.part is not None) != (treatment.kind is PARTS):
            raise Undeclared(
                f"{cls.__name__}.{f.name}: nested items are declared PARTS, and only they are"
            )
        found.append(declared)
    return tuple(found)


def _shape(spec: dataclasses.Field[Any], treatment: Treatment, hint: Any) -> DeclaredField:
    optional = many = False
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        optional, hint = True, args[0]
    if typing.get_origin(hint) is list:
        many, hint = True, typing.get_args(hint)[0]
    return DeclaredField(spec.name, treatment, hint, many, optional, spec)


def declaration_problems(cls: type) -> list[str]:
    """Why ``cls`` or any class nested in it is not fully declared (empty when it is)."""
    problems: list[str] = []
    for each in reachable_classes(cls):
        try:
            declared_fields(each)
        except Undeclared as error:
            problems.append(str(error))
    return problems


def reachable_classes(cls: type) -> list[type]:
    """``cls`` and every dataclass nested in it, each once, outermost first."""
    seen: list[type] = []
    todo = [cls]
    while todo:
        each = todo.pop(0)
        if each in seen:
            continue
        seen.append(each)
        hints = typing.get_type_hints(each)
        for f in dataclasses.fields(each):
            todo += [t for t in _types_in(hints[f.name]) if _is_dataclass_type(t)]
    return seen


def _is_dataclass_type(value: Any) -> bool:
    return isinstance(value, type) and dataclasses.is_dataclass(value)


def _types_in(hint: Any) -> list[Any]:
    args = typing.get_args(hint)
    return [t for arg in args for t in _types_in(arg)] if args else [hint]
