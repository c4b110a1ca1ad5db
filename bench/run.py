"""Run every benchmark in bench/ one after another and print their reports.

Each benchmark measures this machine's ceiling and our engine in the same run and prints a
markdown section with the ratio; BENCHMARKS.md collects those sections. Select some with
``python -m bench.run send import`` (substring match on the script name).
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).parent
ORDER = [
    "classify_accuracy",
    "classify_speed",
    "classify_instructions",
    "send_bench",
    "import_bench",
    "audience_bench",
]


def main(argv: list[str]) -> int:
    """Run the selected benchmarks; return non-zero when one fails."""
    scripts = [HERE / f"{name}.py" for name in ORDER if (HERE / f"{name}.py").exists()]
    scripts += sorted(p for p in HERE.glob("*_bench.py") if p not in scripts)
    if argv:
        scripts = [s for s in scripts if any(a in s.stem for a in argv)]
    failed = 0
    for script in scripts:
        print(f"\n## {script.stem}\n", flush=True)
        started = time.perf_counter()
        result = subprocess.run([sys.executable, str(script)], check=False)
        print(f"\n({script.name}: exit {result.returncode}, {time.perf_counter() - started:.1f} s)")
        failed += result.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
