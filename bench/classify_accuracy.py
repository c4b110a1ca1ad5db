"""Per-field accuracy of outreach.inbound.classify on the labelled corpus.

Usage: PYTHONPATH=src python bench/classify_accuracy.py [--show tuning|heldout|all] [--set NAME]
       [--json]

--set unseen-3 restricts the table (and mismatches) to one labelled set, e.g. the 115
third-party messages fetched after the third freeze.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from outreach.inbound import classify

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "inbound"
FIELDS = ("kind", "recipient", "status", "permanent", "hard", "reason")


def field_ok(name: str, want: dict[str, Any], got: dict[str, Any]) -> bool:
    """True when the classifier's value matches the label (recipient alternatives allowed)."""
    if name == "recipient":
        allowed = [want.get("recipient"), *want.get("recipient_alternatives", [])]
        return got.get("recipient") in allowed
    return bool(want.get(name) == got.get(name))


def evaluate(
    split: str | None = None, only_set: str | None = None
) -> tuple[dict[str, dict[str, float]], list[str]]:
    """Return {split: {field: accuracy}} and a list of mismatch lines."""
    expected = json.loads((CORPUS / "expected.json").read_text())
    totals: dict[str, dict[str, list[int]]] = {}
    misses: list[str] = []
    for rel, want in expected.items():
        if "kind" not in want:
            continue  # not labelled yet
        if only_set is not None and want.get("set") != only_set:
            continue
        got = classify((CORPUS / rel).read_bytes()).to_dict()
        bucket = totals.setdefault(want["split"], {f: [0, 0] for f in FIELDS})
        for name in FIELDS:
            ok = field_ok(name, want, got)
            bucket[name][0] += int(ok)
            bucket[name][1] += 1
            if not ok and (split in (None, "all") or split == want["split"]):
                misses.append(
                    f"{want['split']:8} {rel:45} {name:9} want={want.get(name)!r} "
                    f"got={got.get(name)!r}"
                )
    table = {s: {f: c[0] / c[1] for f, c in fields.items()} for s, fields in totals.items()}
    for s, fields in totals.items():
        table[s]["n"] = float(fields["kind"][1])
    return table, misses


def main() -> int:
    """Print the accuracy table (and mismatches of the chosen split)."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--show", choices=("tuning", "heldout", "all", "none"), default="none")
    ap.add_argument("--set", dest="only_set", default=None, help="only entries of this set")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    table, misses = evaluate(None if args.show == "none" else args.show, args.only_set)
    if args.json:
        print(json.dumps(table, indent=1))
        return 0
    print(f"{'split':8} {'n':>4} " + " ".join(f"{f:>10}" for f in FIELDS))
    for s in sorted(table):
        row = table[s]
        print(f"{s:8} {int(row['n']):>4} " + " ".join(f"{100 * row[f]:>9.1f}%" for f in FIELDS))
    if args.show != "none":
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
