"""One supervision export in the making: build, review, answer, then write.

Nothing is written while any word still looks like a name: the practitioner
replaces or accepts each one (``answer``). The vault is read and the text
searched once; an answer only redraws the text with the new choices, and
every format (PDF, Markdown, JSON, the review) is drawn from the same tree.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from odnotes.i18n import N_, Translator, translator
from odnotes.supervision.deidentify import DeidText
from odnotes.supervision.export import ExportError, ExportOptions, ReviewChoices, build_tree
from odnotes.supervision.outline import Block, build_outline, render_markdown
from odnotes.supervision.review import Review, review_of
from odnotes.vault import Vault


def to_json_value(value: Any) -> Any:
    """The tree as plain JSON values: free text loses its spans, labels become strings."""
    if isinstance(value, DeidText):
        return value.text
    if isinstance(value, dict):
        return {k: to_json_value(v) for k, v in value.items()}
    if isinstance(value, list):
        return [to_json_value(v) for v in value]
    if isinstance(value, str):
        return str(value)
    return value


@dataclass
class SupervisionMaterial:
    """The de-identified export for some networks and meetings, with its review."""

    vault: Vault
    network_ids: list[str]
    meeting_ids: list[str] | None = None
    options: ExportOptions = field(default_factory=ExportOptions)
    choices: ReviewChoices = field(default_factory=ReviewChoices)

    def __post_init__(self) -> None:
        self.tree = build_tree(
            self.vault, self.network_ids, self.meeting_ids, self.options, self.choices
        )
        self.tr: Translator = translator(self.options.language)
        self.outline: list[Block] = build_outline(self.tree)
        self.redraw()

    def redraw(self) -> None:
        """Draw the Markdown and the review again with the current choices."""
        rendered = render_markdown(self.outline)
        self.markdown = rendered.text
        self.review: Review = review_of(rendered)

    def answer(
        self, *, replace: dict[str, str] | None = None, accept: set[str] | None = None
    ) -> None:
        """Replace words with the given text, accept others as not names; then redraw."""
        for word, text in (replace or {}).items():
            if not text.strip():
                raise ExportError(N_("A replacement cannot be empty; accept the word instead."))
            self.choices.chosen[word] = text.strip()
            self.choices.accepted.discard(word)
        for word in accept or set():
            self.choices.accepted.add(word)
            self.choices.chosen.pop(word, None)
        self.choices.changed()
        self.redraw()

    def accept_all(self) -> None:
        """Accept every listed word as it is (the command line's ``--accept-names``)."""
        while self.review.words:
            self.answer(accept={w.word for w in self.review.words})

    def json_text(self) -> str:
        """The export as JSON (structured, no spans)."""
        return json.dumps(to_json_value(self.tree), ensure_ascii=False, indent=2) + "\n"

    def require_reviewed(self) -> None:
        """Refuse to write while any word still looks like a name."""
        if self.review.words:
            raise ExportError(
                N_(
                    "Words still look like names (%(count)s); replace or accept each one "
                    "before the export is written."
                ),
                count=len(self.review.words),
            )
