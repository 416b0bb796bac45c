"""``python -m bench``: generate (or reuse) the vaults, measure, print the table, write the doc."""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

from bench import baselines, document, exchange, measure, printing, report
from bench.generate import CACHE, Generated, generate
from bench.measure import Result

ROOT = Path(__file__).resolve().parent.parent


def _subprocess(module: str, made: Generated, *extra: str) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    args = [sys.executable, "-m", module, str(made.folder), str(made.meetings), *extra]
    return subprocess.run(args, check=True, capture_output=True, text=True, env=env).stdout


def peak_memory(made: Generated) -> Result:
    """Peak RSS of a fresh process that opened the set and built the window's data."""
    peaks = {
        kind: float(_subprocess("bench.rss", made, made.big_network_id, kind).strip())
        for kind in ("ours", "plain", "sqlcipher")
    }
    return Result(
        "Peak memory (RSS), vault open + index",
        made.meetings,
        peaks["ours"],
        unit="MiB",
        plain=peaks["plain"],
        sqlcipher=peaks["sqlcipher"],
        target="≤ 300 MiB at 6,000",
    )


def gui(made: Generated, rounds: int) -> list[Result]:
    """The two GUI figures, in an offscreen Qt process."""
    found = json.loads(
        _subprocess("bench.gui", made, str(made.networks), made.big_network_id, str(rounds))
    )
    return [
        Result(
            "GUI: Unlock pressed → networks list shown",
            made.meetings,
            found["unlock_to_list"],
            target="≤ 1 s after the key is derived",
        ),
        Result("GUI: open a network with 40 meetings", made.meetings, found["open_network"]),
    ]


def run(sizes: list[int], *, cache: Path, quick: bool, with_gui: bool) -> list[Result]:
    """Every figure for every size (repeats are fewer for the largest vault)."""
    results = [measure.kdf_alone(3 if quick else 5), *printing.long_paragraph(2 if quick else 3)]
    results += exchange.exchange(2 if quick else 5)
    print(report.table(results), flush=True)
    for size in sizes:
        started = time.perf_counter()
        made = generate(size, cache=cache)
        print(f"[{size:,} meetings: ready in {time.perf_counter() - started:.0f} s]", flush=True)
        repeat = 2 if quick else (3 if size > 10_000 else 5)
        results.append(measure.unlock_to_usable(made, repeat))
        results.append(measure.open_and_index(made, repeat))
        vault = made.open_vault(readonly=True)
        try:
            results += measure.search(vault, size, rounds=2 if quick else 5)
            results += measure.summaries(vault, made, repeat=2 if quick else 5)
        finally:
            vault.close()
        results.append(measure.save_one(made, repeat=5 if quick else 21))
        results.append(peak_memory(made))
        if with_gui:
            try:
                results += gui(made, 1 if quick or size > 10_000 else 3)
            except subprocess.CalledProcessError as error:
                print(f"[GUI figures not measured: {error}]\n{error.stderr[-2000:]}", flush=True)
        print(report.table(r for r in results if r.meetings == size), flush=True)
    return results


def machine() -> str:
    """What the figures were measured on."""
    cpu = platform.processor() or platform.machine()
    return (
        f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, SQLite {__import__('sqlite3').sqlite_version}, "
        f"SQLCipher {baselines.sqlcipher_version()}"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--sizes", default="600,6000,30000", help="meetings per vault")
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--quick", action="store_true", help="fewer repeats (smoke runs)")
    parser.add_argument("--no-gui", action="store_true", help="skip the Qt measurements")
    parser.add_argument("--doc", type=Path, help="write the Markdown report here")
    parser.add_argument(
        "--only",
        choices=["long-paragraph"],
        help="run one case alone and print its rows (no vaults generated, no report written)",
    )
    args = parser.parse_args(argv)
    if args.only == "long-paragraph":
        print(report.table(printing.long_paragraph(2 if args.quick else 3)))
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    started = time.perf_counter()
    results = run(sizes, cache=args.cache, quick=args.quick, with_gui=not args.no_gui)
    elapsed = time.perf_counter() - started
    full = report.table(results)
    growth = report.scaling(results, sizes)
    print("\n" + full + "\n\n" + growth + f"\n\n(took {elapsed:.0f} s)")
    if args.doc:
        notes_file = Path(__file__).parent / "NOTES.md"
        notes = notes_file.read_text(encoding="utf-8") if notes_file.is_file() else ""
        document.write(args.doc, results, full, growth, machine(), elapsed, notes)
        print(f"Wrote {args.doc}")


if __name__ == "__main__":
    main()
