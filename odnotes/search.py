"""Full-text search over decrypted records, held in memory only.

No SQLite FTS or any other on-disk index: it would store clinical text
unencrypted. The index folds every piece of writing once (case and accents
away) and joins it into one string, so a query is a few ``str.find`` calls in
C instead of folding tens of thousands of texts per keystroke; a team's whole
caseload (30,000 meetings) answers in milliseconds. Hits come back in the
order the search window shows them: names first, then meetings newest first,
each saying where it lives (network, meeting, item) so it opens that place.
"""

from __future__ import annotations

import functools
import operator
import unicodedata
import weakref
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from odnotes.model import Item, Meeting, Network, Person, Practitioner, Record
from odnotes.model.treatment import declared_fields

if TYPE_CHECKING:
    from odnotes.vault import Change, Vault

_SPECIAL = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "\n": " "}
    # Typographic punctuation folds to ASCII: "don't" finds "don’t", and text
    # without other non-ASCII letters keeps the joined index at one byte a character.
    | {"—": "-", "–": "-", "’": "'", "‘": "'", "“": '"', "”": '"', "…": ".", "\u00a0": " "}
)


def fold(text: str) -> str:
    """Case- and accent-insensitive form, so "zoe" finds "Zoë" and "lukasz" finds "Łukasz"."""
    if text.isascii():
        return text.lower().replace("\n", " ")
    plain = unicodedata.normalize("NFKD", text.casefold()).translate(_combining_marks())
    if not plain.isascii() and max(plain) > "\uffff":
        plain = "".join(c for c in plain if not unicodedata.combining(c))
    return plain.translate(_SPECIAL)


@functools.cache
def _combining_marks() -> dict[int, None]:
    """Accents and other combining marks of the Basic Multilingual Plane, to delete."""
    return {code: None for code in range(0x300, 0x10000) if unicodedata.combining(chr(code))}


@dataclass(frozen=True)
class SearchHit:
    """One place where all the words were found.

    ``kind`` is "network", "person", "practitioner" or the editor section of a
    meeting ("people", "purpose", "voices", "reflections", "decisions",
    "uncertainties", "next", "corrections"), as the fields declare it;
    ``meeting`` is the vault's shared, read-only object (never edit it).
    """

    network_id: str
    network_name: str
    kind: str
    text: str
    meeting: Meeting | None = None
    item_id: str = ""
    query: str = ""

    @property
    def meeting_id(self) -> str:
        """The meeting the hit is in, or an empty string for names."""
        return self.meeting.id if self.meeting else ""

    def snippet(self, width: int = 160) -> str:
        """The words around the first match, on one line, at most ``width`` characters."""
        flat = " ".join(self.text.split())
        if len(flat) <= width:
            return flat
        words = fold(self.query).split()
        folded = fold(flat)
        at = folded.find(words[0]) if words and len(folded) == len(flat) else 0
        start = max(0, min(at - width // 3, len(flat) - width))
        piece = flat[start : start + width]
        return ("…" if start else "") + piece + ("…" if start + width < len(flat) else "")


@dataclass(frozen=True)
class _Entry:
    network_id: str
    kind: str
    text: str
    meeting: Meeting | None
    item_id: str


SEARCHED_KINDS: tuple[type[Record], ...] = (Network, Person, Practitioner, Meeting)
"""The record kinds with searched fields: names, and the meetings' writing."""


_TEXT, _ITEM, _PLAIN = range(3)
_Read = Callable[[Any], tuple[Any, ...]]
_Plan = tuple[_Read, tuple[tuple[bool, int, Any], ...]]


def _reader(names: list[str]) -> _Read:
    """One call that reads every named attribute, always as a tuple."""
    if not names:
        return lambda _value: ()
    getter = operator.attrgetter(*names)
    return getter if len(names) > 1 else (lambda value: (getter(value),))


@functools.cache
def _plan(cls: Any) -> _Plan:
    """How to read the searched fields of ``cls``: one reader for all of them, and per
    field whether it holds a list, its role (text, own item, plain part), and for a
    plain part whose searched fields are all single texts, one reader for those.

    Read from the declarations once per class, so indexing a caseload walks
    plain tuples instead of re-reading declarations per meeting.
    """
    names, shapes = [], []
    for declared in declared_fields(cls):
        if not declared.treatment.searched:
            continue
        part, flat = declared.part, None
        if part is None:
            role = _TEXT
        elif issubclass(part, Item):
            role = _ITEM
        else:
            role = _PLAIN
            inner = [d for d in declared_fields(part) if d.treatment.searched]
            if all(d.part is None and not d.many for d in inner):
                flat = _reader([d.name for d in inner])
        names.append(declared.name)
        shapes.append((declared.many, role, flat))
    return _reader(names), tuple(shapes)


def _strings(value: Any, found: list[str]) -> list[str]:
    """Every searched piece of text in ``value`` and its parts, added to ``found``."""
    read, shapes = _plan(value.__class__)
    for current, (many, role, flat) in zip(read(value), shapes, strict=True):
        if current is None:
            continue
        for each in current if many else (current,):
            if role == _TEXT:
                found.append(each)
            elif flat is not None:
                found += flat(each)
            else:
                _strings(each, found)
    return found


def _item_texts(section: str, item: Any, out: list[tuple[str, str, str]]) -> None:
    """An item is one place: its own text first, then its parts'; nested items are places too."""
    own: list[str] = []
    parts: list[str] = []
    nested: list[Any] = []
    read, shapes = _plan(item.__class__)
    for current, (many, role, flat) in zip(read(item), shapes, strict=True):
        if current is None:
            continue
        values = current if many else (current,)
        if role == _TEXT:
            own += values
        elif role == _ITEM:
            nested += values
        elif flat is not None:
            for each in values:
                parts += flat(each)
        else:
            for each in values:
                _strings(each, parts)
    out.append((section, getattr(item, "id", ""), " — ".join(filter(None, own + parts))))
    for each in nested:
        _item_texts(section, each, out)


@functools.cache
def _meeting_plan() -> tuple[tuple[str, str, bool, bool], ...]:
    """(field, editor section, holds a list, is nested) for a meeting's searched fields."""
    return tuple(
        (d.name, d.treatment.section or d.name, d.many, d.part is not None)
        for d in declared_fields(Meeting)
        if d.treatment.searched
    )


def meeting_texts(meeting: Meeting) -> Iterator[tuple[str, str, str]]:
    """(section, item id, text) for every searched piece of writing in a meeting.

    What is searched comes from the fields' declarations; the section is the
    editor section a hit opens (a meeting's own text has no item id).
    """
    out: list[tuple[str, str, str]] = []
    for name, section, many, nested in _meeting_plan():
        current = getattr(meeting, name)
        if current is None:
            continue
        for each in current if many else (current,):
            if nested:
                _item_texts(section, each, out)
            else:
                out.append((section, "", each))
    return iter(out)


def record_text(record: Record) -> str:
    """The searched names and words of a network, person or practitioner, joined."""
    return " / ".join(t for t in _strings(record, []) if t)


class SearchIndex:
    """Folded text of every record, searched with ``str.find``; rejoined lazily after changes.

    A meeting's text is folded once when it comes in; names are folded at the
    join, since they depend on which network lists whom. Build it after
    unlocking and drop it (or :meth:`clear` it) on lock: it holds decrypted text.
    """

    def __init__(self, records: Iterable[Record] = ()) -> None:
        self.clear()
        self.update(records)

    def clear(self) -> None:
        """Forget every record and all folded text (on lock)."""
        self._others: dict[str, Record] = {}
        self._meetings: dict[str, tuple[Meeting, list[tuple[_Entry, str]]]] = {}
        self._entries: list[_Entry] = []
        self._folded: list[str] = []
        self._starts: list[int] = []
        self._corpus = ""
        self._names: dict[str, str] = {}
        self._dirty = True

    def update(self, records: Iterable[Record] = (), removed: Iterable[str] = ()) -> None:
        """Take new or changed records and forget removed ids."""
        for record in records:
            if isinstance(record, Meeting):
                entries = [
                    (_Entry(record.network_id, section, text, record, item_id), fold(text))
                    for section, item_id, text in meeting_texts(record)
                    if text
                ]
                self._meetings[record.id] = (record, entries)
            elif isinstance(record, Network | Person | Practitioner):
                self._others[record.id] = record
            else:
                continue
            self._dirty = True
        for record_id in removed:
            found = self._meetings.pop(record_id, None) or self._others.pop(record_id, None)
            self._dirty = self._dirty or found is not None

    def __len__(self) -> int:
        self._refresh()
        return len(self._entries)

    def _name_entries(self) -> Iterator[_Entry]:
        networks = [r for r in self._others.values() if isinstance(r, Network)]
        for network in networks:
            yield _Entry(network.id, "network", record_text(network), None, "")
        for person in self._others.values():
            if isinstance(person, Person) and person.network_id in self._names:
                yield _Entry(person.network_id, "person", record_text(person), None, person.id)
        for practitioner in self._others.values():
            if isinstance(practitioner, Practitioner):
                text = record_text(practitioner)
                for network in networks:
                    if practitioner.id in network.practitioner_ids:
                        yield _Entry(network.id, "practitioner", text, None, practitioner.id)

    def _refresh(self) -> None:
        if not self._dirty:
            return
        self._names = {r.id: r.name for r in self._others.values() if isinstance(r, Network)}
        self._entries = list(self._name_entries())
        self._folded = [fold(entry.text) for entry in self._entries]
        meetings = sorted(
            (m for m in self._meetings.values() if m[0].network_id in self._names),
            key=lambda m: m[0].starts_at,
            reverse=True,
        )
        for _meeting, entries in meetings:
            for entry, folded in entries:
                self._entries.append(entry)
                self._folded.append(folded)
        self._starts, position = [], 0
        for folded in self._folded:
            self._starts.append(position)
            position += len(folded) + 1
        self._corpus = "\n".join(self._folded)
        self._dirty = False

    def search(self, query: str, limit: int = 200) -> list[SearchHit]:
        """Places matching every word of ``query`` (names first, then meetings newest first)."""
        words = fold(query).split()
        if not words:
            return []
        self._refresh()
        corpus, starts, count = self._corpus, self._starts, len(self._starts)
        hits: list[SearchHit] = []
        # Leapfrog: find each word from the current entry on; a word first found in
        # a later entry moves the candidate there, so misses are skipped in C.
        index = 0
        while index < count and len(hits) < limit:
            for word in words:
                position = corpus.find(word, starts[index])
                if position == -1:
                    return hits
                found = bisect_right(starts, position) - 1
                if found != index:
                    index = found
                    break
            else:
                entry = self._entries[index]
                hits.append(
                    SearchHit(
                        entry.network_id,
                        self._names[entry.network_id],
                        entry.kind,
                        entry.text,
                        entry.meeting,
                        entry.item_id,
                        query,
                    )
                )
                index += 1
        return hits


def vault_index(vault: Vault) -> SearchIndex:
    """An index of an unlocked vault that follows its saves (held weakly by the vault)."""
    index = SearchIndex()
    for kind in SEARCHED_KINDS:
        index.update(vault.all(kind))
    ref = weakref.ref(index)

    def follow(changes: list[Change]) -> None:
        live = ref()
        if live is None or not vault.is_unlocked:
            return
        kinds = {cls.KIND: cls for cls in SEARCHED_KINDS}
        for change in changes:
            cls = kinds.get(change.kind)
            if cls is None:
                continue
            if change.deleted:
                live.update(removed=[change.record_id])
            else:
                live.update([vault.get(cls, change.record_id)])

    vault.on_change(follow)
    return index
