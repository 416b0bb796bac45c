"""``docs/performance.md``: the method, the figures of the last run, and which targets held."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from bench.measure import QUERIES
from bench.result import Result

METHOD = """\
## Method

- **Data.** `bench/generate.py` makes fictional vaults (format 2) from a seed
  (6): 20 meetings per network on average (600 meetings = 30 networks, 6,000
  = 300, 30,000 = 1,500), 4–6 members each, 12 practitioners; each meeting
  has a purpose, a voice per person present, 2–3 reflections with responses,
  1–2 decisions with every present person's stance and a follow-up, carried
  open uncertainties and a next meeting: about 2 KB of text per meeting
  (about 6 KB of JSON). The first network always has exactly 40 meetings;
  the summaries, the supervision export and "open a network" use it. Records
  are written with `Vault.save_many` in batches of 1,000. Sets are cached in
  `bench/.cache/` (not committed, named by format) and reused.
- **The floor** (`bench/floor.py`) reads the same vault file with nothing but
  `sqlite3`, AES-GCM and `json`, written from `docs/vault-format.md` alone
  (it imports nothing from OD Notes, so it also checks that the format doc
  is enough to read a vault): (a) unwrap the networks' keys and decrypt and
  parse the newest revision of each network record, which is all the
  networks list shows; (b) decrypt and parse the newest revision of every
  record. It checks no integrity tag and builds no objects. Its key is
  derived once, untimed. It runs interleaved with the OD Notes figure it is
  compared with (ours, floor, ours, floor, ...), medians of each.
- **Networks list after the key** (core): `Vault.unlock` with the generated
  vault's fast test KDF (about 1.5 ms, included) up to the sorted list of
  network records: the level-2 integrity tag checked, every network key
  unwrapped, the network records decrypted and decoded.
- **Full search index** (core): the background pass the app runs after
  unlocking (`odnotes.search.index_vault`) on an unlocked copy of the vault,
  until the index is ready to search. Three rows: the everyday unlock, when
  every network's share of the index was kept sealed in the vault by an
  earlier unlock and is current (each share is decrypted and taken in
  whole; median of the same repeats as its floor, interleaved with it); the
  cold build from every record with nothing kept (what a network changed
  since the last unlock takes; once at 30,000 meetings); and the first
  unlock of a vault with no kept index, which builds every share and seals
  it (once).
- **Open + networks list + search index** beside plain SQLite and SQLCipher
  4: the very same JSON envelopes (`saved_at`, `deleted`, `record`) are
  stored in a plain SQLite file and a SQLCipher 4 file (`sqlcipher3` from
  PyPI, default settings, a raw 256-bit key so its PBKDF2 is skipped as our
  figures skip Argon2id), with the vault's table shape, pragmas and
  latest-revision query, parsed and indexed from plain data as ours is; the
  three run interleaved. Measured up to 6,000 meetings (at 30,000 it took
  most of a full run's time).
- **Open a network** (core): `load_network` and its 40 meetings decoded, on
  an unlocked vault, locked and unlocked again between runs.
- **Search**: p50 and p95 over {queries} queries ({query_list}), each run 5
  times on a built index over every network, person, practitioner and
  meeting item; at most 200 hits. "Queries with no hit" is the p95 of those
  among them that found nothing in that vault.
- **Save one meeting**: change one meeting's purpose, `vault.save` it
  (validate, encrypt, new revision, integrity tags, `BEGIN IMMEDIATE` ...
  `COMMIT` with `synchronous=FULL`), with the search index following saves
  as in the app; on copies of the files. Baselines insert the same JSON as a
  new revision in one durable transaction.
- **A 1 MB paragraph** (`bench/printing.py`): the demo network's draft
  meeting with one voice of 1,000,000 characters and no blank line in it,
  printed as the meeting summary and as the supervision PDF (median of 3).
- **Summaries**: `meeting_summary(...).pdf()` for the big network's latest
  meeting; `network_summary(...).pdf()` over its 40 meetings; a supervision
  export of those 40 meetings (`SupervisionMaterial`, every listed word
  accepted, then `write_files` writing PDF, Markdown and JSON); and one
  "Apply answers" of the review (one word accepted), which redraws the text
  without reading the vault or searching the text again.
- **Exchange** (`bench/exchange.py`, issue 14): a colleague's first sync of a
  shared 40-meeting network (its whole history merged into an empty vault),
  and one edited meeting's exchange (sender's sync plus receiver's).
- **Peak memory**: a fresh process per pipeline opens the set and builds the
  search index, then reads its peak RSS (`VmHWM`: `ru_maxrss` survives fork
  and exec, so a child of a large parent reports the parent's size). The GUI
  process's peak is read the same way once its window has the vault open,
  the big network's page shown and the index complete (each GUI round is its
  own process, so the figure is one window's).
- **GUI** (`bench/gui.py`): the real `MainWindow` in an application made as
  the app makes it (`ui.app.make_application`: the same collector, thread
  switching and fonts), offscreen, driven as the pytest-qt tests drive it
  (events processed until a condition holds): from pressing Unlock (fast
  KDF, so this is the time after the key is derived) until the networks list
  is visible and holds every network; from choosing the 40-meeting network,
  straight after the list shows and so while the index is being built, until
  its page shows its meetings; from Unlock until the index is complete, with
  the thread that ran the pass recorded (the target is never the GUI
  thread) and the longest gap between two ticks of a 1 ms timer on the GUI
  thread meanwhile. The driver waits in Qt's own event loop, never calling
  `processEvents` from Python in a loop (see the notes on PySide6 above).
  Each round is a process of its own (`python -m bench.gui --round`: one
  application, one window, as a person opening the vault has), after one
  untimed round that warms the disk cache; median of 3 rounds, and the peak
  RSS is the highest of the three processes' own peaks.
- Medians of 5 runs (3 at 30,000 meetings; the networks list after the key
  and its floor: 15 interleaved pairs at every size); no figure is asserted in
  `make test` (`tests/odnotes/test_bench_smoke.py` only runs the code on a
  tiny vault, and checks the floor reads what the vault holds).

## Reproduce

    make bench            # all sizes, writes this file (the first run generates the vaults)
    .venv/bin/python -m bench --sizes 600,6000 --no-gui    # a quicker partial run
    .venv/bin/python -m bench --sizes 30000 --only list,search    # some measures alone
    .venv/bin/python -m bench --from-last-run --doc docs/performance.md  # after editing NOTES.md
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
        floors = growth_by_measure(results, small, large, of_floor=True)
        targeted = {r.measure for r in results if r.judged}
        over = [
            f"{m} ({g:.2f}{_beside(floors.get(m))})"
            for m, g in grown.items()
            if m in targeted and g > max(1.0, floors.get(m, 0.0))
        ]
        along = [
            f"{m} ({g:.2f}{_beside(floors.get(m))})"
            for m, g in grown.items()
            if m in targeted and 1.0 < g <= floors.get(m, 0.0)
        ]
        verdict = "met" if not over else "**missed**: " + "; ".join(over)
        if along:
            verdict += (
                "; faster than linear but no faster than the same work with nothing else "
                "(the floor) on this machine: " + "; ".join(along)
            )
        lines.append(
            f"- Growth {small:,} → {large:,} linear or better (≤ 1.00, or no more than the "
            f"floor's own growth) for every figure with a target: {verdict}."
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


def _beside(floor: float | None) -> str:
    return "" if floor is None else f"; its floor {floor:.2f}"


def growth_by_measure(
    results: list[Result], small: int, large: int, *, of_floor: bool = False
) -> dict[str, float]:
    """(figure at ``large`` / figure at ``small``) / (large / small), per measure with both
    (with ``of_floor``, the same for the measure's floor)."""
    by: dict[str, dict[int, float]] = {}
    for r in results:
        value = r.floor if of_floor else r.ours
        if r.meetings in (small, large) and value:
            by.setdefault(r.measure, {})[r.meetings] = value
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
            "A team keeps years of meetings in one vault. These figures show how close "
            "OD Notes comes to the floor (the same vault file read with nothing but "
            "sqlite3, AES-GCM and json), what encryption costs beside the same data in "
            "plain SQLite and in SQLCipher 4, and how OD Notes grows from 600 to 30,000 "
            "meetings (vault format 2). Generated by "
            f"`make bench` on {date.today().isoformat()} ({machine}); the whole run took "
            f"{seconds / 60:.1f} minutes including any vault generation.",
            "## Targets",
            "\n".join(checks(results)),
            "## Figures",
            full,
            "## Growth",
            "Growth is (time at the largest vault ÷ time at the smallest) ÷ (ratio of "
            "meetings): 1.00 is linear, below 1 better than linear. Figures that work on "
            "one 40-meeting network should stay flat. Where a figure has a floor, the "
            "floor's growth is beside it: the same vault files read with nothing but "
            "sqlite3, AES-GCM and json, so what the machine itself adds at 30,000 "
            "meetings (memory and caches) shows there too.",
            growth,
            notes,
            method,
        ]
    )
    path.write_text(text.rstrip() + "\n", encoding="utf-8")
