"""Make ``resources/fonts/NotoEmoji-Subset.ttf`` from Noto Emoji (monochrome, SIL OFL 1.1).

The PDFs draw emoji with this font where DejaVu Sans has no glyph, so the
subset keeps only those characters and drops the ligature tables (reportlab
does not shape text, so joined sequences print as their parts anyway). It
was made from Noto Emoji Regular 3.006 (Google Fonts), as shipped in the npm
package ``@expo-google-fonts/noto-emoji`` 0.4.7 (``400Regular/``)::

    python -m pip install fonttools
    python -m tools.subset_emoji_font NotoEmoji_400Regular.ttf
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset  # type: ignore[import-not-found]
from fontTools.ttLib import TTFont  # type: ignore[import-not-found]

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"
TARGET = FONTS / "NotoEmoji-Subset.ttf"


def main(source: str) -> None:
    text_font = set(TTFont(FONTS / "DejaVuSans.ttf").getBestCmap())
    emoji = TTFont(source)
    wanted = sorted(c for c in emoji.getBestCmap() if c >= 0x80 and c not in text_font)
    options = subset.Options()
    options.layout_features = []
    options.drop_tables += ["GSUB", "STAT", "vhea", "vmtx", "gasp"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=wanted)
    subsetter.subset(emoji)
    emoji.save(TARGET)
    print(f"{TARGET.name}: {len(wanted)} characters, {TARGET.stat().st_size:,} bytes")


if __name__ == "__main__":
    main(sys.argv[1])
