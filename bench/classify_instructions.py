"""Instructions of one classify pass vs one compat32 parse pass, counted under callgrind.

A deterministic companion to `classify_speed.py`: instead of timing (±1.5 points run to
run on a shared machine), it counts the instructions valgrind's callgrind executes for

- base:     load the corpus, warm both paths up with one whole pass each, stop;
- classify: the same, then `classify` every message once;
- parse:    the same, then `classify_speed.parse_only` every message once;

and prints (classify - base), (parse - base) and their ratio, parse / classify: the
counterpart in instructions of the ratio `classify_speed.py` times (goal ≥ 50%), not the
same figure, as classify runs fewer instructions a second than the parse (session 12: 76%
in instructions, ~51% timed). Counts repeat with `PYTHONHASHSEED=0` (set here). The three
runs go in parallel, 1-2 minutes in all.

Usage: PYTHONPATH=src python bench/classify_instructions.py [--keep DIR]

`--keep DIR` writes the callgrind output files there (for `callgrind_annotate`) instead
of discarding them. Without valgrind on PATH the script prints why and exits 0 (skipped).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from classify_speed import load, parse_only  # bench/ is sys.path[0] when run as a script

from outreach.inbound import classify

MODES = ("base", "classify", "parse")
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def child(mode: str) -> None:
    """The program valgrind runs: warm up, then one pass of `mode` (none for base)."""
    msgs = load()
    # A whole pass each, not one message: the first pass over the corpus runs lazy imports,
    # codec look-ups and cache fills (parse: ~1.4x the instructions of a later pass).
    for m in msgs:
        classify(m)
        parse_only(m)
    fn = {"base": None, "classify": classify, "parse": parse_only}[mode]
    if fn is not None:
        for m in msgs:
            fn(m)


def count(keep: Path | None) -> dict[str, int]:
    """Run the three modes under callgrind at once; return the instructions each executed."""
    env = dict(os.environ, PYTHONHASHSEED="0", OPENBLAS_NUM_THREADS="1")
    procs = {}
    for mode in MODES:
        out = str(keep / f"callgrind.{mode}.out") if keep else "/dev/null"
        cmd = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}"]
        cmd += [sys.executable, __file__, "--child", mode]
        procs[mode] = subprocess.Popen(
            cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )
    counts = {}
    for mode, proc in procs.items():
        text, _ = proc.communicate()
        found = _COLLECTED.search(text)
        if proc.returncode != 0 or found is None:
            raise SystemExit(f"callgrind run '{mode}' failed:\n{text[-2000:]}")
        counts[mode] = int(found.group(1))
    return counts


def main() -> int:
    """Print the instructions of one classify pass, one parse pass, and their ratio."""
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--child", choices=MODES, help=argparse.SUPPRESS)
    ap.add_argument("--keep", type=Path, help="directory for the callgrind output files")
    args = ap.parse_args()
    if args.child:
        child(args.child)
        return 0
    if shutil.which("valgrind") is None:
        print("skipped: valgrind is not installed (apt-get install valgrind)")
        return 0
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
    c = count(args.keep)
    classify_n, parse_n = c["classify"] - c["base"], c["parse"] - c["base"]
    print(f"base (load + warm-up):  {c['base'] / 1e6:10.1f} M instructions")
    print(f"classify, one pass:     {classify_n / 1e6:10.1f} M instructions")
    print(f"compat32 parse+walk:    {parse_n / 1e6:10.1f} M instructions")
    print(f"ratio parse / classify: {parse_n / classify_n:10.1%}  (goal >= 50%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
