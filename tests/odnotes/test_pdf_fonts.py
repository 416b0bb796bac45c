"""Emoji print in every PDF the core writes (issue 12, item 12); the marker is kept for the rest.

A name such as "Maija 🌻" used to print as "Maija �" beside every mention,
with "please ask the team to read it to you" at the end. The emoji come from
the bundled Noto Emoji subset (``resources/fonts/``); scripts no bundled
font has (Chinese here) still print as the marker and are reported.
"""

from __future__ import annotations

import io

from pypdf import PdfReader

from odnotes.model import Meeting, Network, Person
from odnotes.pdffonts import EMOJI, MARKER, font_runs, markup, missing_characters, printable
from odnotes.resources import resources_dir
from odnotes.summary import meeting_summary, network_summary
from odnotes.summary.render import UNPRINTABLE_NOTICE
from odnotes.supervision import SupervisionMaterial
from odnotes.supervision.pdf import render_pdf
from odnotes.vault import Vault
from tests.odnotes.summary_helpers import Built, pdf_text

EMOJI_TEXT = "Slept better 😀, walked with the dog 🐕 and gave a 👍🏽 to the plan 🌈"


def embedded_fonts(pdf: bytes) -> set[str]:
    names: set[str] = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        fonts = page["/Resources"].get("/Font", {})
        names |= {str(fonts[key].get_object()["/BaseFont"]) for key in fonts}
    return names


def test_the_emoji_font_and_its_licence_are_bundled() -> None:
    fonts = resources_dir() / "fonts"
    assert (fonts / "NotoEmoji-Subset.ttf").stat().st_size < 1_000_000  # kept small
    licence = (fonts / "LICENSE-NotoEmoji.txt").read_text(encoding="utf-8")
    assert "SIL Open Font License" in licence and "Noto Emoji" in licence


def test_emoji_are_drawn_and_only_unknown_scripts_are_marked() -> None:
    assert missing_characters("Maija 🌻 😀 👍🏽 🇫🇮 ❤️ 👩‍👧") == set()
    assert missing_characters("她说 🌻") == {"她", "说"}
    assert printable("她 🌻") == f"{MARKER} 🌻"
    assert font_runs("Maija 🌻!") == [("Maija ", "ODSans"), ("🌻", EMOJI), ("!", "ODSans")]
    assert markup("<b>🌻</b>") == f'&lt;b&gt;<font name="{EMOJI}">🌻</font>&lt;/b&gt;'


def test_an_emoji_in_a_name_prints_beside_every_mention(vault: Vault) -> None:
    built = Built(vault)
    paivi = vault.get(Person, built.paivi.id)
    paivi.name = "Päivi 🌻"
    network = vault.get(Network, built.network.id)
    network.name = "Ğülay 🏡"
    meeting = vault.get(Meeting, built.meeting.id)
    meeting.voices[0].text = EMOJI_TEXT
    vault.save_many([paivi, network, meeting])
    summary = meeting_summary(vault, meeting.id)
    assert summary.unprintable() == set()
    pdf = summary.pdf()
    text = pdf_text(pdf)
    assert text.count("Päivi 🌻") >= 3  # who was there, her view, her response ...
    assert "Ğülay 🏡" in text  # the header of every page, drawn on the canvas
    for emoji in ("😀", "🐕", "👍", "🌈"):
        assert emoji in text
    assert "🏽" not in text  # unshaped, a skin tone would print as a swatch: left out
    assert MARKER not in text
    assert "Please ask the team to read it to you" not in text
    assert any("NotoEmoji" in name for name in embedded_fonts(pdf))
    assert "🌻" in pdf_text(network_summary(vault, network.id).pdf())


def test_emoji_print_in_the_supervision_pdf(vault: Vault) -> None:
    built = Built(vault)
    meeting = vault.get(Meeting, built.meeting.id)
    meeting.voices[0].text = EMOJI_TEXT
    vault.save(meeting)
    material = SupervisionMaterial(vault, [built.network.id], [meeting.id])
    material.accept_all()
    text = pdf_text(render_pdf(material.outline))
    assert "😀" in text and "🌈" in text and MARKER not in text


def test_a_script_no_font_has_still_prints_the_marker_and_says_so(vault: Vault) -> None:
    built = Built(vault)
    meeting = vault.get(Meeting, built.meeting.id)
    meeting.voices[0].text = "她说 🌻"
    vault.save(meeting)
    summary = meeting_summary(vault, meeting.id)
    assert summary.unprintable() == {"她", "说"}
    text = pdf_text(summary.pdf())
    assert f"{MARKER}{MARKER} 🌻" in text
    assert (UNPRINTABLE_NOTICE % {"marker": MARKER}).split(".")[0] in text


# The hundred emoji people use most (Unicode's own frequency list), and the newer ones.
COMMON = (
    "😂❤️🤣👍😭🙏😘🥰😍😊🎉😁💕🥺😅🔥☺️🤦♥️🤷🙄😆🤗😉🎂🤔👏🙂😳🥳😎👌💜😔💪✨💖👀😋😏😢👉💗😩💯"
    "🌹💞🎈💙😃😡💐😜🙈🤞😄🤤🙌🤪❣️😀💋💀👇💔😌💓🤩🙃😬😱😴🤭😐🌞😒😇🌸😈🎶✌️🎊🥵😞💚☀️🖤💰"
    "😚👑🎁💥🙋☹️😑🥴👈💩✅🫠🥲🫶🏳️‍🌈🇫🇮🧑🏽‍⚕️"
)


def test_the_emoji_people_use_most_all_print() -> None:
    assert missing_characters(COMMON) == set()
