"""Classification rate vs. the rate of a bare compat32 parse of the same corpus.

Usage: PYTHONPATH=src python bench/classify_speed.py [--seconds 2] [--clock wall|cpu]

`--clock cpu` times both sides with this thread's CPU time instead of the wall clock, so
that time the process spends waiting for a core on a shared machine counts for neither.
"""

from __future__ import annotations

import argparse
import email
import sys
import time
from collections.abc import Callable
from email.policy import compat32
from pathlib import Path

from outreach.inbound import classify

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "inbound"


def load() -> list[bytes]:
    """Return the raw bytes of every sample in the corpus."""
    return [
        p.read_bytes()
        for p in sorted(CORPUS.glob("*/*"))
        if p.is_file() and p.suffix not in (".md", ".json", ".py")
    ]


def parse_only(raw: bytes) -> None:
    """The baseline: parse with compat32 and walk every part."""
    msg = email.message_from_bytes(raw, policy=compat32)
    for _ in msg.walk():
        pass


Clock = Callable[[], float]
CLOCKS: dict[str, Clock] = {"wall": time.perf_counter, "cpu": time.thread_time}


def timed(
    fn: Callable[[bytes], object], corpus: list[bytes], seconds: float, clock: Clock
) -> tuple[int, float]:
    """Run fn over the corpus repeatedly for about `seconds`; return (messages, elapsed)."""
    done = 0
    start = clock()
    while True:
        for raw in corpus:
            fn(raw)
        done += len(corpus)
        elapsed = clock() - start
        if elapsed >= seconds:
            return done, elapsed


def rates(
    corpus: list[bytes], seconds: float, clock: Clock, rounds: int = 10
) -> tuple[float, float]:
    """(parse rate, classify rate), measured in alternating rounds so load drift hits both."""
    totals = {"parse": [0, 0.0], "classify": [0, 0.0]}
    for _ in range(rounds):
        for name, fn in (("parse", parse_only), ("classify", classify)):
            n, t = timed(fn, corpus, seconds / rounds, clock)
            totals[name][0] += n
            totals[name][1] += t
    return (totals["parse"][0] / totals["parse"][1], totals["classify"][0] / totals["classify"][1])


def main() -> int:
    """Print both rates and their ratio."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seconds", type=float, default=2.0)
    ap.add_argument("--clock", choices=sorted(CLOCKS), default="wall")
    args = ap.parse_args()
    clock = CLOCKS[args.clock]
    corpus = load()
    size = sum(len(r) for r in corpus)
    rates(corpus, 0.4, clock, rounds=2)  # warm up both paths
    parse_rate, classify_rate = rates(corpus, args.seconds, clock)
    print(f"corpus: {len(corpus)} messages, {size / 1024:.0f} KiB, clock: {args.clock}")
    print(f"compat32 parse+walk: {parse_rate:8.0f} msg/s")
    print(f"classify:            {classify_rate:8.0f} msg/s")
    print(f"ratio:               {classify_rate / parse_rate:8.1%}  (goal >= 50%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
