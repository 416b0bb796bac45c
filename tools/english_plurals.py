"""Fill in ``translations/odnotes_en.ts``: the English singular and plural of each count.

Source strings say "%n meeting(s)"; without an English translation Qt shows
"1 meeting(s)". ``make translations-update`` collects the plural strings into
the English file (``lupdate -pluralonly``) and runs this to write both forms:
"(s)" dropped for one, "s" for more, and the few English words that do not
follow that rule from :data:`IRREGULAR`.

Run as ``python -m tools.english_plurals translations/odnotes_en.ts``.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

# (context, source) -> (one, more): where "(s)" is not how English makes the plural.
IRREGULAR: dict[tuple[str, str], tuple[str, str]] = {
    ("ui.models.decisions", "%n agree(s)"): ("%n agrees", "%n agree"),
    ("ui.models.decisions", "%n disagree(s)"): ("%n disagrees", "%n disagree"),
    ("ui.models.decisions", "%n with concerns"): ("%n has concerns", "%n have concerns"),
    ("ui.models.meetings", "Finalised, amended %n time(s)"): (
        "Finalised, amended once",
        "Finalised, amended %n times",
    ),
    (
        "SupervisionExportDialog",
        "%n word(s) may still be names: answer each, then Apply answers.",
    ): (
        "%n word may still be a name: answer it, then Apply answers.",
        "%n words may still be names: answer each, then Apply answers.",
    ),
    (
        "SummaryPreviewDialog",
        "%n character(s) cannot be drawn by the print font ({codes}). They print as "
        "{MARKER}, and the summary tells the reader so.",
    ): (
        "%n character cannot be drawn by the print font ({codes}). It prints as "
        "{MARKER}, and the summary tells the reader so.",
        "%n characters cannot be drawn by the print font ({codes}). They print as "
        "{MARKER}, and the summary tells the reader so.",
    ),
}


def english_forms(context: str, source: str) -> tuple[str, str]:
    """The singular and the plural of ``source`` in English."""
    if (context, source) in IRREGULAR:
        return IRREGULAR[(context, source)]
    return source.replace("(s)", ""), source.replace("(s)", "s")


def fill(ts: Path) -> int:
    """Write both forms into every plural message of ``ts``; returns how many were written."""
    tree = ET.parse(ts)
    written = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if message.get("numerus") != "yes":
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            for old in list(translation):
                translation.remove(old)
            translation.text = None
            for form in english_forms(name, message.findtext("source") or ""):
                ET.SubElement(translation, "numerusform").text = form
            written += 1
    ET.indent(tree, space="    ")
    with ts.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """Fill each ``.ts`` file named on the command line."""
    files = list(sys.argv[1:] if argv is None else argv)
    if not files:
        print("usage: python -m tools.english_plurals translations/odnotes_en.ts", file=sys.stderr)
        return 2
    for name in files:
        print(f"{name}: {fill(Path(name))} plural strings in English")
    return 0


if __name__ == "__main__":
    sys.exit(main())
