"""``docs/performance.md``: the method, the figures of the last run, and which targets held."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from bench.measure import QUERIES, Result

METHOD = """\
## Method

- **Data.** `bench/generate.py` makes fictional vaults from a seed (6): 20
  meetings per network on average (600 meetings = 30 networks, 6,000 = 300,
  30,000 = 1,500), 4–6 members each, 12 practitioners; each meeting has a
  purpose, a voice per person present, 2–3 reflections with responses, 1–2
  decisions with every present person's stance and a follow-up, carried open
  uncertainties and a next meeting: about 2 KB of text per meeting (about
  6 KB of JSON). The first network always has exactly 40 meetings; the
  summaries, the supervision export and "open a network" use it. Records are
  written with `Vault.save_many` in batches of 1,000. Sets are cached in
  `bench/.cache/` (not committed) and reused.
- **Baselines.** The very same JSON envelopes (`saved_at`, `deleted`,
  `record`) are stored in a plain SQLite file and in a SQLCipher 4 file
  (`sqlcipher3` from PyPI, default SQLCipher 4 settings, a raw 256-bit key so
  its PBKDF2 is skipped just as our figures skip Argon2id). Both use the
  vault's table shape (one row per revision, `WITHOUT ROWID`), the vault's
  pragmas (WAL, `synchronous=FULL`, `secure_delete`), the vault's
  latest-revision query through sqlite-utils, the same codec
  (`odnotes.codec.from_plain`) and the same in-memory search index. The only
  difference left is the protection: none, SQLCipher's page encryption, or
  ours (AES-256-GCM per row, associated data checked, and the keyed
  vault-wide integrity tag recomputed over every row at unlock).
- **Key derivation** is measured alone, with the parameters
  `odnotes.crypto.calibrate()` picks on this machine (the real ones a new
  vault gets). Every other figure uses the generated vault's fast test KDF,
  because key derivation is not what they measure.
- **Open + networks list + search index**: open the file, unlock, decrypt
  and decode every live record, sort the networks list, and build the search
  index (`odnotes.search`), as the main window needs them. The three
  pipelines run interleaved (ours, plain, SQLCipher, ours, ...) in the same
  process; the median of each is reported, so the ratios hold even on a
  busy machine.
- **Search**: p50 and p95 over {queries} queries ({query_list}), each run 5
  times, on a built index over every network, person, practitioner and
  meeting item. Every hit says network, meeting and item; at most 200 hits.
- **Save one meeting**: change one meeting's purpose, `vault.save` it
  (validate, encrypt, new revision, integrity tag, `BEGIN IMMEDIATE` ...
  `COMMIT` with `synchronous=FULL`), with the search index following saves
  as in the app; on copies of the files. Baselines insert the same JSON as a
  new revision in one durable transaction.
- **A 1 MB paragraph** (`bench/printing.py`): the demo network's draft
  meeting with one voice of 1,000,000 characters and no blank line in it,
  printed as the meeting summary and as the supervision PDF (median of 3).
  Run it alone with `.venv/bin/python -m bench --only long-paragraph`.
- **Summaries**: `meeting_summary(...).pdf()` for the big network's latest
  meeting; `network_summary(...).pdf()` over its 40 meetings; a supervision
  export of those 40 meetings (`SupervisionMaterial`, every listed word
  accepted, then `write_files` writing PDF, Markdown and JSON).
- **Peak memory**: a fresh process per pipeline opens the set and builds the
  window's data, then reads its peak RSS (`VmHWM`, see above).
- **GUI** (`bench/gui.py`): the real `MainWindow` on the offscreen Qt
  platform, driven as the pytest-qt tests drive it (events processed until a
  condition holds): from pressing Unlock (fast KDF, so this is the time after
  the key is derived) until the networks list is visible and holds every
  network; and from choosing the 40-meeting network until its page shows its
  meetings. Median of 3 fresh windows (one window at 30,000 meetings).
- Medians of 5 runs (3 at 30,000 meetings); no figure is asserted in
  `make test` (`tests/odnotes/test_bench_smoke.py` only runs the code on a
  tiny vault).

## Reproduce

    make bench            # all sizes, writes this file (the first run generates the vaults)
    .venv/bin/python -m bench --sizes 600,6000 --no-gui    # a quicker partial run
"""


def _find(results: list[Result], start: str, meetings: int) -> Result | None:
    return next(
        (r for r in results if r.measure.startswith(start) and r.meetings == meetings), None
    )


def checks(results: list[Result]) -> list[str]:
    """Each target of the issue, met or not, from the figures of this run."""
    lines = []

    def check(label: str, value: float | None, limit: float, unit: str = "ms") -> None:
        if value is None:
            lines.append(f"- {label}: not measured in this run.")
            return
        verdict = "met" if value <= limit else "**missed**"
        lines.append(f"- {label}: {value:,.2f} {unit} (target ≤ {limit:g} {unit}) — {verdict}.")

    opened = _find(results, "Open + networks", 6000)
    if opened and opened.plain and opened.sqlcipher:
        check("Open + index vs plain SQLite at 6,000", opened.ours / opened.plain, 1.2, "×")
        check("Open + index vs SQLCipher at 6,000", opened.ours / opened.sqlcipher, 1.0, "×")
    for size, limit in ((6000, 20.0), (30000, 60.0)):
        found = _find(results, "Search p95", size)
        check(f"Search p95 at {size:,}", found.ours if found else None, limit)
    for start, label, limit in (
        ("Save one meeting", "Save one meeting at 6,000 (median)", 20.0),
        ("Meeting summary", "Meeting summary PDF at 6,000", 300.0),
        ("GUI: Unlock", "Networks list on screen after the key, 6,000", 1000.0),
    ):
        found = _find(results, start, 6000)
        check(label, found.ours if found else None, limit)
    memory = _find(results, "Peak memory", 6000)
    check("Peak RSS at 6,000", memory.ours if memory else None, 300.0, "MiB")
    for kind in ("meeting summary", "supervision"):
        found = _find(results, "Print a 1 MB paragraph: " + kind, 0)
        check(f"Print a 1 MB paragraph ({kind} PDF)", found.ours if found else None, 5000.0)
    return lines


def write(
    path: Path,
    results: list[Result],
    full: str,
    growth: str,
    machine: str,
    seconds: float,
    notes: str,
) -> None:
    """Write the report (plain text, no clinical data: everything here is fictional)."""
    method = METHOD.format(queries=len(QUERIES), query_list=", ".join(f"`{q}`" for q in QUERIES))
    text = "\n\n".join(
        [
            "# Performance",
            "A team keeps years of meetings in one vault. These figures show how much "
            "encryption costs beside the same data in plain SQLite and in SQLCipher 4, "
            "and how OD Notes grows from 600 to 30,000 meetings. Generated by "
            f"`make bench` on {date.today().isoformat()} ({machine}); the whole run took "
            f"{seconds / 60:.1f} minutes including any vault generation.",
            "## Targets",
            "\n".join(checks(results)),
            "## Figures",
            full,
            "## Growth",
            "Growth is (time at the largest vault ÷ time at the smallest) ÷ (ratio of "
            "meetings): 1.00 is linear, below 1 better than linear. Figures that work on "
            "one 40-meeting network should stay flat.",
            growth,
            notes,
            method,
        ]
    )
    path.write_text(text.rstrip() + "\n", encoding="utf-8")
