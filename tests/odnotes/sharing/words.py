"""A stand-in translator that marks every word it translates, to see what goes through gettext."""

from __future__ import annotations

from typing import cast

from odnotes.i18n import Translator


class _Marking:
    """Translates ``msgid`` as ``«msgid»``: text outside the marks never went through gettext."""

    language = "xx"

    def gettext(self, message: str) -> str:
        return f"«{message}»"

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return f"«{singular if n == 1 else plural}»"

    def number(self, n: int) -> str:
        return f"#{n}"


def marking() -> Translator:
    """The stand-in, typed as the translator it stands in for."""
    return cast(Translator, _Marking())
