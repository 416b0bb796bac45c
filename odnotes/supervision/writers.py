"""Writing the reviewed material into a folder the practitioner chose.

Plain files (PDF, Markdown, JSON) or one encrypted file; every file goes
through :func:`odnotes.files.write_atomic`, so nothing half-written or
plaintext is left in a temp folder. Existing files are never overwritten:
a second export in the same folder gets a numbered name.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from pathlib import Path

from odnotes.crypto import KdfParams
from odnotes.files import write_atomic
from odnotes.i18n import N_
from odnotes.supervision.export import ExportError
from odnotes.supervision.material import SupervisionMaterial, to_json_value
from odnotes.supervision.pdf import render_pdf
from odnotes.supervision.sealed import SUFFIX, write_sealed

FORMATS = ("pdf", "md", "json")
BASENAME = "supervision-export"


def free_stem(folder: Path, suffixes: Iterable[str]) -> str:
    """``supervision-export``, or ``-2``, ``-3``... so no earlier export is overwritten."""
    suffixes = list(suffixes)
    number = 1
    while True:
        stem = BASENAME if number == 1 else f"{BASENAME}-{number}"
        if not any((folder / f"{stem}{s}").exists() for s in suffixes):
            return stem
        number += 1


def _folder(folder: str | Path) -> Path:
    path = Path(folder)
    if not path.is_dir():
        raise ExportError(N_("The chosen folder does not exist; choose or create a folder first."))
    return path


def write_files(
    material: SupervisionMaterial, folder: str | Path, formats: Iterable[str] = FORMATS
) -> list[Path]:
    """Write the chosen formats; refuses while any word still looks like a name."""
    material.require_reviewed()
    chosen = [f for f in FORMATS if f in set(formats)]
    if not chosen:
        raise ExportError(N_("Choose at least one format: PDF, Markdown or JSON."))
    path = _folder(folder)
    stem = free_stem(path, [f".{f}" for f in chosen])
    contents = {
        "pdf": lambda: render_pdf(material.outline, material.tr),
        "md": lambda: material.markdown.encode(),
        "json": lambda: material.json_text().encode(),
    }
    written: list[Path] = []
    try:
        for f in chosen:
            target = path / f"{stem}.{f}"
            written.append(
                write_atomic(target, contents[f](), doing=N_("writing the supervision export"))
            )
    except BaseException:
        # All formats or none: a PDF without its Markdown is half an export.
        for done in written:
            with contextlib.suppress(OSError):
                done.unlink()
        raise
    return written


def write_encrypted(
    material: SupervisionMaterial, folder: str | Path, passphrase: str, params: KdfParams
) -> Path:
    """Write one encrypted file instead of plain files."""
    material.require_reviewed()
    path = _folder(folder)
    target = path / f"{free_stem(path, [SUFFIX])}{SUFFIX}"
    return write_sealed(target, material.markdown, to_json_value(material.tree), passphrase, params)
