"""Peak memory with a large vault open: run in a fresh process, one per pipeline.

``python -m bench.rss FOLDER MEETINGS BIG_NETWORK KIND`` opens the set the way
the main window does (``ours``, ``plain`` or ``sqlcipher``), then prints the
process's peak resident set size in MiB.
"""

from __future__ import annotations

import resource
import sys
from pathlib import Path

from bench import measure
from bench.generate import Generated


def main(argv: list[str]) -> None:
    folder, meetings, big, kind = argv
    made = Generated(Path(folder), int(meetings), 0, big)
    if kind == "ours":
        run = measure._ours_open(made)
    elif kind == "plain":
        run = measure._baseline_open(measure.baselines.open_plain, made.plain_path)
    else:
        run = measure._baseline_open(measure.baselines.open_sqlcipher, made.sqlcipher_path)
    run()
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"{peak_kib / 1024:.1f}")


if __name__ == "__main__":
    main(sys.argv[1:])
