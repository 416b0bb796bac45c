"""The choices a practitioner makes for one printed summary."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from odnotes.errors import OdNotesError
from odnotes.i18n import SOURCE_LANGUAGE, summary_languages
from odnotes.model import Person


class SummaryLanguageError(OdNotesError, ValueError):
    """A summary was asked for in a language OD Notes has no words for."""

    def __init__(self, code: str) -> None:
        self.code = code
        choices = ", ".join(summary_languages())
        super().__init__(
            f"Summaries cannot be printed in the language {code!r} yet; choose one of {choices}."
        )


class Paper(StrEnum):
    """Paper sizes the summary is laid out for."""

    A4 = "a4"
    LETTER = "letter"

    @property
    def label(self) -> str:
        """Plain words for the size."""
        return "A4" if self is Paper.A4 else "US Letter"


@dataclass(frozen=True)
class SummaryOptions:
    """How a summary is printed.

    ``recipient_id`` addresses the copy to one network member (their name on
    it); ``None`` makes one shared copy. ``show_kept_back`` prints how many
    items the team kept back; ``invite_corrections`` ends with a line inviting
    corrections at the next meeting. ``language`` is the code of the
    language the summary's own words are printed in (one of
    :func:`odnotes.i18n.summary_languages`); what people said is never
    translated.
    """

    large_print: bool = False
    paper: Paper = Paper.A4
    recipient_id: str | None = None
    show_kept_back: bool = True
    invite_corrections: bool = True
    language: str = SOURCE_LANGUAGE

    def __post_init__(self) -> None:
        if self.language not in summary_languages():
            raise SummaryLanguageError(self.language)

    def for_person(self, person: Person) -> SummaryOptions:
        """These options for a copy addressed to ``person``: their language and print size.

        A person whose language has no catalog yet gets this copy's language.
        """
        language = person.language_code
        return replace(
            self,
            recipient_id=person.id,
            large_print=self.large_print or person.large_print,
            language=language if language in summary_languages() else self.language,
        )

    @property
    def body_size(self) -> float:
        """The body text size in points (large print is at least 16 pt)."""
        return 16.0 if self.large_print else 11.0
