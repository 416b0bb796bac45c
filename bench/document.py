"""``docs/performance.md``: the method, the figures of the last run, and which targets held."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from bench.measure import QUERIES
from bench.result import Result

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


def _value(result: Result) -> str:
    if result.unit == "MiB":
        return f"{result.ours:,.0f} MiB"
    return f"{result.ours:,.1f} ms"


def checks(results: list[Result]) -> list[str]:
    """Each target of this run's figures, met or missed, and the growth targets."""
    lines = []
    for r in results:
        if not r.judged:
            continue
        size = f" at {r.meetings:,}" if r.meetings else ""
        ratio = f", {r.floor_ratio:.2f}× the floor" if r.floor_ratio is not None else ""
        lines.append(f"- {r.measure}{size}: {_value(r)}{ratio} (target {r.target}) — {r.verdict}.")
    sizes = sorted({r.meetings for r in results if r.meetings})
    if len(sizes) > 1:
        small, large = sizes[0], sizes[-1]
        grown = growth_by_measure(results, small, large)
        over = [f"{m} ({g:.2f})" for m, g in grown.items() if g > 1.0]
        verdict = "met" if not over else "**missed**: " + "; ".join(over)
        lines.append(
            f"- Growth {small:,} → {large:,} linear or better for every measure "
            f"(≤ 1.00): {verdict}."
        )
        flat = {m: g for m, g in grown.items() if m.startswith(FLAT)}
        worst = max(flat.values(), default=0.0)
        verdict = "met" if worst <= 0.2 else "**missed**"
        lines.append(
            f"- Save, summaries and export flat (growth ≤ 0.20, i.e. ≤ {large / small * 0.2:.0f}× "
            f"the time at {small:,} for {large // small}× the meetings): worst {worst:.2f} — "
            f"{verdict}."
        )
    return lines


# Figures that work on one meeting or one 40-meeting network, whatever the vault's size.
FLAT = ("Save one meeting", "Meeting summary", "Network summary", "Supervision")


def growth_by_measure(results: list[Result], small: int, large: int) -> dict[str, float]:
    """(figure at ``large`` / figure at ``small``) / (large / small), per measure with both."""
    by: dict[str, dict[int, float]] = {}
    for r in results:
        if r.meetings in (small, large) and r.ours > 0:
            by.setdefault(r.measure, {})[r.meetings] = r.ours
    return {
        m: (v[large] / v[small]) / (large / small)
        for m, v in by.items()
        if small in v and large in v
    }


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
