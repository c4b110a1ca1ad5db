"""Guard for speed work on the classifier: the same answers before and after.

Dumps `classify(raw).to_dict()` for every corpus file and three variants of it (CRLF line
ends, cut in half, cut at 3000 bytes) to a JSON file, or compares against such a dump.

Usage (keep the dump outside the repository):
    PYTHONPATH=src python bench/classify_dump.py /tmp/before.json           # write
    PYTHONPATH=src python bench/classify_dump.py --check /tmp/before.json   # compare
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from outreach.inbound import classify

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "inbound"


def variants(raw: bytes) -> dict[str, bytes]:
    """The sample and the variants that widen the guard."""
    crlf = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return {"": raw, "#crlf": crlf, "#half": raw[: len(raw) // 2], "#3000": raw[:3000]}


def dump() -> dict[str, Any]:
    """Every corpus file's (and variant's) classification, keyed by path."""
    out: dict[str, Any] = {}
    for path in sorted(CORPUS.rglob("*")):
        if path.is_file() and path.suffix not in (".md", ".json", ".py"):
            name = str(path.relative_to(CORPUS))
            for tag, raw in variants(path.read_bytes()).items():
                out[name + tag] = classify(raw).to_dict()
    return out


def main() -> int:
    """Write the dump, or compare with one and list the first differences."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("file", type=Path)
    ap.add_argument("--check", action="store_true", help="compare instead of writing")
    args = ap.parse_args()
    now = dump()
    if not args.check:
        args.file.write_text(json.dumps(now, indent=1, sort_keys=True))
        print(f"{len(now)} results written to {args.file}")
        return 0
    before = json.loads(args.file.read_text())
    differ = [k for k in sorted(set(before) | set(now)) if before.get(k) != now.get(k)]
    for key in differ[:20]:
        print(f"{key}\n  before: {before.get(key)}\n  now:    {now.get(key)}")
    print(f"{len(now)} results, {len(differ)} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
