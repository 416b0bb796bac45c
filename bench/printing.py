"""Printing one very long paragraph (issue 11, item 10): the time must grow with its length.

A meeting's voice of 1 MB written as one paragraph (no blank lines) once
took 256 s to print, because the layout redid the whole rest of the
paragraph at every page. Both PDFs the core writes are timed: the family's
summary and the supervision material.
"""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from bench import corpus
from bench.result import Result
from bench.timing import median_ms
from odnotes.continuity import in_order
from odnotes.crypto import TEST_POLICY, fast_test_params
from odnotes.demo import write_demo
from odnotes.model import Meeting
from odnotes.summary import meeting_summary
from odnotes.supervision import SupervisionMaterial
from odnotes.supervision.pdf import render_pdf
from odnotes.vault import Vault

MEGABYTE = 1_000_000
TARGET_MS = 5_000.0


def one_paragraph(size: int, seed: int = 10) -> str:
    """Fictional sentences run together into one paragraph of ``size`` characters."""
    rng = random.Random(seed)
    parts: list[str] = []
    length = 0
    while length < size:
        parts.append(corpus.sentence(rng))
        length += len(parts[-1]) + 1
    return " ".join(parts)[:size]


def long_paragraph(repeat: int = 3, size: int = MEGABYTE) -> list[Result]:
    """The meeting summary and the supervision PDF of a meeting with one 1 MB voice."""
    with tempfile.TemporaryDirectory() as folder:
        vault, _ = Vault.create(
            Path(folder) / "long.odvault",
            "bench passphrase",
            kdf=fast_test_params(),
            policy=TEST_POLICY,
        )
        try:
            network = write_demo(vault)
            draft = in_order(vault.all(Meeting, network_id=network.id))[-1]
            draft.voices[0].text = one_paragraph(size)
            vault.save(draft)
            material = SupervisionMaterial(vault, [network.id], [draft.id])
            material.accept_all()
            outline = material.outline
            label = f"Print a {size / MEGABYTE:g} MB paragraph"
            return [
                Result(
                    f"{label}: meeting summary PDF",
                    0,
                    median_ms(lambda: meeting_summary(vault, draft.id).pdf(), repeat),
                    target="≤ 5 s",
                    limit=TARGET_MS,
                ),
                Result(
                    f"{label}: supervision PDF",
                    0,
                    median_ms(lambda: render_pdf(outline), repeat),
                    target="≤ 5 s",
                    limit=TARGET_MS,
                ),
            ]
        finally:
            vault.close()
