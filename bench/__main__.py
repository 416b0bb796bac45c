"""``python -m bench``: generate (or reuse) the vaults, measure, print the table, write the doc."""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench import baselines, document, exchange, measure, printing, report
from bench.floor import Floor
from bench.generate import CACHE, PASSPHRASE, Generated, generate
from bench.result import Result
from odnotes.vault.seen import DATA_DIR_ENV

ROOT = Path(__file__).resolve().parent.parent
LAST_RUN = CACHE / "last-run.json"  # the figures of the last full run (fictional data only)


def _subprocess(module: str, made: Generated, *extra: str) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    args = [sys.executable, "-m", module, str(made.folder), str(made.meetings), *extra]
    return subprocess.run(args, check=True, capture_output=True, text=True, env=env).stdout


MEASURES = (
    "kdf",
    "long-paragraph",
    "exchange",
    "list",
    "index",
    "open-index",
    "open-network",
    "search",
    "summaries",
    "save",
    "memory",
    "gui",
)
MEMORY_TARGET = "≤ 500 MiB"
# Open + index beside plain SQLite and SQLCipher (format 1's comparison) is left out above
# this size in a full run: three whole-vault pipelines per repeat took most of its time.
OPEN_INDEX_UP_TO = 10_000


def peak_memory(made: Generated) -> Result:
    """Peak RSS of a fresh process that opened the set and built the search index."""
    peaks = {
        kind: float(_subprocess("bench.rss", made, made.big_network_id, kind).strip())
        for kind in ("ours", "plain", "sqlcipher")
    }
    return Result(
        "Peak memory (RSS), vault open + index (core)",
        made.meetings,
        peaks["ours"],
        unit="MiB",
        plain=peaks["plain"],
        sqlcipher=peaks["sqlcipher"],
        target=MEMORY_TARGET,
        limit=500.0,
    )


def gui(made: Generated, rounds: int, floor_a: float | None) -> list[Result]:
    """The GUI figures, in an offscreen Qt process."""
    found = json.loads(
        _subprocess("bench.gui", made, str(made.networks), made.big_network_id, str(rounds))
    )
    off_thread = not found["index_on_gui_thread"]
    return [
        Result(
            "GUI: Unlock pressed → networks list shown",
            made.meetings,
            found["unlock_to_list"],
            floor=floor_a,
            target=measure.LIST_TARGET,
            limit=150.0,
            floor_limit=3.0,
        ),
        Result(
            "GUI: open a network with 40 meetings (while indexing)",
            made.meetings,
            found["open_network"],
            target="≤ 150 ms",
            limit=150.0,
        ),
        Result(
            "GUI: search index complete, from Unlock pressed "
            + ("(off the GUI thread)" if off_thread else "(**on the GUI thread**)"),
            made.meetings,
            found["index_complete"],
            target="never on the GUI thread",
            holds=off_thread,
        ),
        Result(
            "GUI: longest event-processing spell while indexing",
            made.meetings,
            found["longest_spell"],
        ),
        Result(
            "Peak memory (RSS), GUI: vault open, network open, indexed",
            made.meetings,
            found["peak_rss_mib"],
            unit="MiB",
            target=MEMORY_TARGET,
            limit=500.0,
        ),
    ]


def one_size(size: int, made: Generated, quick: bool, wanted: set[str]) -> list[Result]:
    """Every figure wanted for one generated set (fewer repeats for the largest)."""
    repeat = 2 if quick else (3 if size > 10_000 else 5)
    results: list[Result] = []
    floor = Floor(made.vault_path, PASSPHRASE)
    floor_a = None
    try:
        if "list" in wanted or "gui" in wanted:
            # Short and noisy on a shared host: many interleaved pairs, the median of each.
            listed = measure.networks_after_key(made, floor, 5 if quick else 15)
            floor_a = listed.floor
            results.append(listed)
        if "index" in wanted:
            results += measure.full_index(made, floor, repeat, 1 if size > 10_000 else repeat)
    finally:
        floor.close()
    if "open-index" in wanted and size <= OPEN_INDEX_UP_TO:
        results.append(measure.open_and_index(made, repeat))
    if "open-network" in wanted:
        results.append(measure.open_network(made, max(repeat, 5)))
    if wanted & {"search", "summaries"}:
        vault = made.open_vault(readonly=True)
        try:
            if "search" in wanted:
                results += measure.search(vault, size, rounds=2 if quick else 5)
            if "summaries" in wanted:
                results += measure.summaries(vault, made, repeat=2 if quick else 5)
        finally:
            vault.close()
    if "save" in wanted:
        results.append(measure.save_one(made, repeat=5 if quick else 21))
    if "memory" in wanted:
        results.append(peak_memory(made))
    if "gui" in wanted:
        try:
            results += gui(made, 1 if quick else 3, floor_a)
        except subprocess.CalledProcessError as error:
            print(f"[GUI figures not measured: {error}]\n{error.stderr[-2000:]}", flush=True)
    return results


def run(sizes: list[int], *, cache: Path, quick: bool, wanted: set[str]) -> list[Result]:
    """Every wanted figure for every size."""
    results: list[Result] = []
    if "kdf" in wanted:
        results.append(measure.kdf_alone(3 if quick else 5))
    if "long-paragraph" in wanted:
        results += printing.long_paragraph(2 if quick else 3)
    if "exchange" in wanted:
        results += exchange.exchange(2 if quick else 5)
    if results:
        print(report.table(results), flush=True)
    for size in sizes:
        if not wanted - {"kdf", "long-paragraph", "exchange"}:
            break
        started = time.perf_counter()
        made = generate(size, cache=cache)
        print(f"[{size:,} meetings: ready in {time.perf_counter() - started:.0f} s]", flush=True)
        found = one_size(size, made, quick, wanted)
        print(report.table(found), flush=True)
        results += found
    return results


def machine(load: tuple[float, float, float]) -> str:
    """What the figures were measured on, and how busy the machine was."""
    cpu = platform.processor() or platform.machine()
    return (
        f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, SQLite {__import__('sqlite3').sqlite_version}, "
        f"SQLCipher {baselines.sqlcipher_version()}; 1-minute load average during the run "
        f"{load[0]:.1f} to {load[2]:.1f}, mean {load[1]:.1f}{_busy(load[1])}"
    )


def _busy(mean: float) -> str:
    """Says so when something else shared the cores (the absolute figures suffer most)."""
    cores = os.cpu_count() or 1
    if mean < 0.5 * cores:
        return " (the machine was otherwise quiet)"
    return f" (other work shared the {cores} cores: the absolute times are inflated)"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--sizes", default="600,6000,30000", help="meetings per vault")
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--quick", action="store_true", help="fewer repeats (smoke runs)")
    parser.add_argument("--no-gui", action="store_true", help="skip the Qt measurements")
    parser.add_argument("--doc", type=Path, help="write the Markdown report here")
    parser.add_argument(
        "--from-last-run",
        action="store_true",
        help="measure nothing: write the report from the last full run's figures "
        "(after editing bench/NOTES.md)",
    )
    parser.add_argument(
        "--only",
        help="comma-separated measures to run alone, printing their rows (no report "
        f"written): {', '.join(MEASURES)}",
    )
    args = parser.parse_args(argv)
    # The vaults opened here are not this computer's: what "seen" records of them (rollback
    # detection) goes to a folder of the run's own, never the user's, and cannot warn.
    private = tempfile.TemporaryDirectory(prefix="odnotes-bench-seen-")
    os.environ[DATA_DIR_ENV] = private.name
    wanted = set(MEASURES)
    if args.only:
        wanted = {m.strip() for m in args.only.split(",") if m.strip()}
        unknown = wanted - set(MEASURES)
        if unknown:
            parser.error(f"unknown measure(s): {', '.join(sorted(unknown))}")
    if args.no_gui:
        wanted.discard("gui")
    sizes = [int(s) for s in args.sizes.split(",")]
    if args.from_last_run:
        saved = json.loads(LAST_RUN.read_text(encoding="utf-8"))
        results = [Result(**r) for r in saved["results"]]
        sizes, elapsed, described = saved["sizes"], saved["seconds"], saved["machine"]
    else:
        started = time.perf_counter()
        load = Load()
        results = run(sizes, cache=args.cache, quick=args.quick, wanted=wanted)
        elapsed = time.perf_counter() - started
        described = machine(load.stop())
        if not args.only:
            LAST_RUN.parent.mkdir(parents=True, exist_ok=True)
            LAST_RUN.write_text(
                json.dumps(
                    {
                        "results": [dataclasses.asdict(r) for r in results],
                        "sizes": sizes,
                        "seconds": elapsed,
                        "machine": described,
                    }
                ),
                encoding="utf-8",
            )
    full = report.table(results)
    growth = report.scaling(results, sizes)
    print("\n" + full + "\n\n" + growth + f"\n\n(took {elapsed:.0f} s)")
    print("\n".join(document.checks(results)))
    if args.doc and not args.only:
        notes_file = Path(__file__).parent / "NOTES.md"
        notes = notes_file.read_text(encoding="utf-8") if notes_file.is_file() else ""
        document.write(args.doc, results, full, growth, described, elapsed, notes)
        print(f"Wrote {args.doc}")


class Load:
    """The machine's load average, sampled every 20 s while the suite runs."""

    def __init__(self) -> None:
        self.samples = [os.getloadavg()[0]]
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        while not self._done.wait(20):
            self.samples.append(os.getloadavg()[0])

    def stop(self) -> tuple[float, float, float]:
        """(lowest, mean, highest) 1-minute load average seen."""
        self._done.set()
        self.samples.append(os.getloadavg()[0])
        low, high = min(self.samples), max(self.samples)
        return low, sum(self.samples) / len(self.samples), high


if __name__ == "__main__":
    main()
