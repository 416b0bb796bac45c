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
    print(f"{peak_kib() / 1024:.1f}")


def peak_kib() -> float:
    """This process's peak RSS in KiB.

    On Linux ``VmHWM`` is read: ``ru_maxrss`` survives fork and exec, so a
    child started by a large parent would report the parent's size.
    """
    status = Path("/proc/self/status")
    if status.is_file():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return float(line.split()[1])
    return float(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


if __name__ == "__main__":
    main(sys.argv[1:])
