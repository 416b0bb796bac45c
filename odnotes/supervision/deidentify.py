"""Replacing names and dates inside free text, and saying exactly where.

Every name a person is known by (their name, each part of it, other names and
nicknames) is replaced by their label, in any capitalisation and with
possessives, on word boundaries only (so "Will" is never taken out of
"willing"). A name that is also a common word (Hope, Rose, Will, Mark) is
replaced where it is clearly the name (capitalised mid-sentence, or
possessive) and otherwise flagged for the practitioner to decide: a lower-case
"will" is far more often the verb, and silently replacing it would garble the
text. Every replacement and flag carries its span in the output text, for
highlighting in the review screen.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from odnotes.supervision.common_words import is_common_word
from odnotes.supervision.dates import RelativeDates, find_dates
from odnotes.supervision.identifiers import find_identifiers, identifier_patterns

_TITLES = {"dr", "mr", "mrs", "ms", "miss", "mx", "prof", "sir", "dame", "rev", "dr."}
_OPENERS = "\"'“‘«([{-–—*•"
SHARED_NAME_LABEL = "[a name]"
# Word boundaries by letters: "Anna2" and "anna_b" still contain the name, "Annabel" does not.
_NOT_AFTER_LETTER = r"(?<![^\W\d_])"
_NOT_BEFORE_LETTER = r"(?![^\W\d_])"


@dataclass(frozen=True)
class Span:
    """A piece of output text that was put there by the export, not typed by anyone.

    ``kind`` is ``name``, ``date``, ``chosen`` (the practitioner's replacement)
    or ``label`` (a structural label such as a voice's speaker). ``original``
    is kept in memory for the review screen's tooltip and is never written.
    """

    start: int
    end: int
    kind: str
    original: str = field(default="", repr=False)

    def shifted(self, offset: int) -> Span:
        """The same span ``offset`` characters later."""
        return replace(self, start=self.start + offset, end=self.end + offset)


@dataclass(frozen=True)
class Flag:
    """A word left in place that may still be a name: ``reason`` and a suggested label."""

    start: int
    end: int
    word: str
    reason: str
    suggestion: str

    def shifted(self, offset: int) -> Flag:
        """The same flag ``offset`` characters later."""
        return replace(self, start=self.start + offset, end=self.end + offset)


@dataclass
class DeidText:
    """De-identified text with every replacement's span and every flag."""

    text: str
    spans: list[Span] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class NamedEntity:
    """Someone who may be named in the text, and the label that replaces them."""

    label: str
    names: tuple[str, ...]


def name_variants(names: Iterable[str]) -> list[str]:
    """Every form a name may take: whole, each part (titles dropped), other names."""
    found: dict[str, str] = {}
    for name in names:
        whole = " ".join(name.split())
        if not whole:
            continue
        found.setdefault(whole.casefold(), whole)
        parts = [p for p in re.split(r"\s+", whole) if p.casefold().rstrip(".") not in _TITLES]
        for part in parts:
            part = part.strip(".,")
            if len(part) >= 2:
                found.setdefault(part.casefold(), part)
        if len(parts) > 1:
            joined = " ".join(parts)
            found.setdefault(joined.casefold(), joined)
    return list(found.values())


def at_sentence_start(text: str, index: int) -> bool:
    """Whether the word at ``index`` begins a sentence, line or quotation."""
    i = index - 1
    while i >= 0:
        char = text[i]
        if char == "\n":
            return True
        if char.isspace() or char in _OPENERS:
            i -= 1
            continue
        return char in ".!?:;…"
    return True


def _boundary_pattern(variant: str) -> str:
    return r"\s+".join(re.escape(part) for part in variant.split())


class Deidentifier:
    """Rewrites free text for one export: names to labels, dates to relative days.

    ``chosen`` maps a word (as written) to the practitioner's replacement and
    ``accepted`` holds words they said are not names; both come from review.
    ``identifiers`` maps a service's identifier (a record number) to its label.
    """

    def __init__(
        self,
        entities: Iterable[NamedEntity],
        dates: RelativeDates,
        *,
        chosen: Mapping[str, str] | None = None,
        accepted: Iterable[str] = (),
        identifiers: Mapping[str, str] | None = None,
    ) -> None:
        self.dates = dates
        self._identifiers = identifier_patterns(identifiers or {})
        self.chosen = dict(chosen or {})
        self.accepted = set(accepted)
        self._labels: dict[str, set[str]] = {}
        forms: set[str] = set()
        for entity in entities:
            for variant in name_variants(entity.names):
                # Case mappings that change letters (ß -> SS, ı -> I) need their own forms.
                variant_forms = {variant, variant.lower(), variant.upper(), variant.casefold()}
                for form in variant_forms:
                    self._labels.setdefault(form.casefold(), set()).add(entity.label)
                forms |= variant_forms
        variants = sorted(forms, key=len, reverse=True)
        self._names = (
            re.compile(
                rf"{_NOT_AFTER_LETTER}(?P<title>(?:dr|mr|mrs|ms|miss|mx|prof)\.?\s+)?(?P<name>"
                + "|".join(_boundary_pattern(v) for v in variants)
                + rf")(?P<poss>['’]s{_NOT_BEFORE_LETTER}|(?<=[sS])['’]{_NOT_BEFORE_LETTER})?"
                + _NOT_BEFORE_LETTER,
                re.IGNORECASE,
            )
            if variants
            else None
        )
        self._prefixes = [
            v for v in self._labels if " " not in v and len(v) >= 3 and not is_common_word(v)
        ]
        self._chosen = self._chosen_pattern()

    def label_for(self, variant: str) -> str:
        """The label for a name form; a form shared by two people gets a neutral label."""
        labels = self._labels.get(" ".join(variant.split()).casefold(), set())
        return next(iter(labels)) if len(labels) == 1 else SHARED_NAME_LABEL

    def _chosen_pattern(self) -> re.Pattern[str] | None:
        """Chosen words: exact case for common words, any case for the rest."""
        if not self.chosen:
            return None
        parts = []
        for word in sorted(self.chosen, key=len, reverse=True):
            body = _boundary_pattern(word)
            parts.append(body if is_common_word(word) else f"(?i:{body})")
        return re.compile(f"{_NOT_AFTER_LETTER}(?:{'|'.join(parts)}){_NOT_BEFORE_LETTER}")

    def text(self, text: str, near: date) -> DeidText:
        """``text`` de-identified; dates without a year are read as near ``near``."""
        edits: list[tuple[int, int, str, str]] = []  # start, end, replacement, kind
        flags: list[tuple[int, int, str, str]] = []  # start, end, reason, suggestion
        self._find_names(text, edits, flags)
        for start, end, label in find_identifiers(text, self._identifiers):
            edits.append((start, end, label, "identifier"))
        for found in find_dates(text, near):
            relative = self.dates.day(found.value) if found.value else "[a date]"
            edits.append((found.start, found.end, relative, "date"))
        if self._chosen is not None:
            for match in self._chosen.finditer(text):
                key = match.group(0)
                replacement = self.chosen.get(key) or self._chosen_casefold(key)
                edits.append((match.start(), match.end(), replacement, "chosen"))
        self._find_name_forms(text, flags)
        return _apply(text, edits, flags)

    def _chosen_casefold(self, word: str) -> str:
        folded = word.casefold()
        return next(v for k, v in self.chosen.items() if k.casefold() == folded)

    def _find_names(
        self,
        text: str,
        edits: list[tuple[int, int, str, str]],
        flags: list[tuple[int, int, str, str]],
    ) -> None:
        if self._names is None:
            return
        for match in self._names.finditer(text):
            name, possessive = match.group("name"), match.group("poss") or ""
            label = self.label_for(name)
            start, end = match.span()
            titled = bool(match.group("title"))
            if titled or self._is_clearly_name(text, start, name, possessive):
                replacement = _sentence_case(label, text, start) + ("'s" if possessive else "")
                edits.append((start, end, replacement, "name"))
            elif name in self.chosen:
                continue  # the practitioner's choice is applied below
            elif name not in self.accepted:
                reason = f"could be the name of {label}"
                flags.append((match.start("name"), match.end("name"), reason, label))

    def _is_clearly_name(self, text: str, start: int, name: str, possessive: str) -> bool:
        if " " in name or not is_common_word(name):
            return True
        capitalised = name[0].isupper()
        if capitalised and possessive:
            return True
        return capitalised and not at_sentence_start(text, start)

    def _find_name_forms(self, text: str, flags: list[tuple[int, int, str, str]]) -> None:
        """Words that look like an inflected name ("Maijan", "Annas") are flagged."""
        if not self._prefixes:
            return
        for match in re.finditer(r"\w+", text):
            word = match.group(0)
            folded = word.casefold()
            if word in self.accepted or word in self.chosen or is_common_word(word):
                continue
            for variant in self._prefixes:
                if folded.startswith(variant) and 0 < len(folded) - len(variant) <= 3:
                    label = self.label_for(variant)
                    reason = f"may be a form of the name of {label}"
                    flags.append((match.start(), match.end(), reason, label))
                    break


def _sentence_case(label: str, text: str, start: int) -> str:
    if at_sentence_start(text, start) and label[:1].islower():
        return label[:1].upper() + label[1:]
    return label


def _apply(
    text: str,
    edits: list[tuple[int, int, str, str]],
    flags: list[tuple[int, int, str, str]],
) -> DeidText:
    """Apply non-overlapping edits (earliest, then longest wins) and map flags to output."""
    chosen_edits: list[tuple[int, int, str, str]] = []
    for edit in sorted(edits, key=lambda e: (e[0], -(e[1] - e[0]))):
        if chosen_edits and edit[0] < chosen_edits[-1][1]:
            continue
        chosen_edits.append(edit)
    out: list[str] = []
    spans: list[Span] = []
    position = 0
    shift = 0
    shifts: list[tuple[int, int]] = []  # (input index, cumulative shift after it)
    for start, end, replacement, kind in chosen_edits:
        out.append(text[position:start])
        out_start = start + shift
        out.append(replacement)
        spans.append(Span(out_start, out_start + len(replacement), kind, text[start:end]))
        shift += len(replacement) - (end - start)
        shifts.append((end, shift))
        position = end
    out.append(text[position:])
    result: list[Flag] = []
    for start, end, reason, suggestion in sorted(flags):
        if any(s < end and start < e for s, e, _, _ in chosen_edits):
            continue
        offset = max((sh for at, sh in shifts if at <= start), default=0)
        result.append(Flag(start + offset, end + offset, text[start:end], reason, suggestion))
    return DeidText("".join(out), spans, _unique_flags(result))


def _unique_flags(flags: list[Flag]) -> list[Flag]:
    seen: set[tuple[int, int]] = set()
    unique = []
    for flag in flags:
        if (flag.start, flag.end) not in seen:
            seen.add((flag.start, flag.end))
            unique.append(flag)
    return unique
