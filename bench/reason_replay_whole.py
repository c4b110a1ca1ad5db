"""The second opinion (ADR 0018) replayed on whole messages: every unseen set's first pass.

Usage: PYTHONPATH=src:. python bench/reason_replay_whole.py   (needs `make train-deps`)

Each corpus file of an unseen set meets the classifier of the commit that added it (its
labels were committed before anything classified it, so that src/ is its first-pass
classifier). A model trained without the set's corpus folders then gives its second
opinion on each first-pass bounce, by the shipped rule (reason_model_train.second_opinion).
Prints reason and hard accuracy per set, before and after, and the total; with
`--misses FILE`, also writes every message still wrong on reason after the second opinion
(JSON: file, set, wanted and first-pass kind and reason, the final reason). With `--fields`,
also every field's first-pass accuracy, all unseen sets pooled.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reason_model_train import CORPUS, ROOT, Case, _old_answers, fit, load, second_opinion

from outreach.inbound.reasons import is_hard


def added_in() -> dict[str, str]:
    """The commit that added each corpus file (one walk of the history, oldest last)."""
    out = subprocess.run(
        ["git", "log", "--diff-filter=A", "--name-only", "--format=%x00%h", "--", str(CORPUS)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    prefix = "tests/data/inbound/"
    commits: dict[str, str] = {}
    for block in out.split("\0")[1:]:
        commit, *paths = block.split()
        for path in paths:
            commits[path.removeprefix(prefix)] = commit  # a later block is older: it wins
    return commits


def first_passes(expected: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each unseen-set file's answer from the classifier of the commit that added it."""
    commits = added_in()
    by_commit: dict[str, list[str]] = defaultdict(list)
    for rel, want in expected.items():
        if str(want.get("set", "")).startswith("unseen-") and "kind" in want:
            by_commit[commits[rel]].append(rel)
    answers = {}
    for commit, rels in by_commit.items():
        answers.update(zip(rels, _old_answers(commit, rels), strict=True))
    return answers


def replay(
    expected: dict[str, Any], answers: dict[str, dict[str, Any]], misses: list[dict[str, Any]]
) -> list[str]:
    """One line per set and a total: reason and hard right before and after (misses appended)."""
    cases = load()
    sets: dict[str, list[str]] = defaultdict(list)
    for rel in answers:
        sets[expected[rel]["set"]].append(rel)
    total: Counter[str] = Counter()
    lines = ["| set | n | reason first pass | with the second opinion | hard | with it |"]
    lines.append("|---|---|---|---|---|---|")
    for name in sorted(sets, key=lambda s: int(s.split("-")[1])):
        folders = {rel.split("/")[0] for rel in sets[name]}
        train = [k for k in cases if k.source != "corpus" or k.key.split("/")[0] not in folders]
        predict = fit(train, 10.0)
        count: Counter[str] = Counter()
        for rel in sets[name]:
            old, want = answers[rel], expected[rel]
            reason, hard = old["today"], old["hard"]
            if old["kind"] == "bounce" and old["text"]:
                case = Case(
                    "corpus", old["text"], old["status"], "", reason or "", old["phrase"], rel, rel
                )
                (label,), (prob,) = predict([case])
                new = second_opinion(case, label, float(prob))
                if new != reason:
                    reason, hard = new, is_hard(new, old["permanent"])
            if reason != want.get("reason"):
                misses.append(_miss(rel, want, old, reason))
            count["n"] += 1
            count["reason"] += old["today"] == want.get("reason")
            count["reason2"] += reason == want.get("reason")
            count["hard"] += old["hard"] == want.get("hard")
            count["hard2"] += hard == want.get("hard")
        total.update(count)
        lines.append(_row(name, count))
    lines.append(_row("**all**", total))
    return lines


def _miss(rel: str, want: dict[str, Any], old: dict[str, Any], reason: str) -> dict[str, Any]:
    """One reason miss: what was wanted, what the first pass said, what the replay says."""
    return {
        "file": rel,
        "set": want["set"],
        "want_kind": want["kind"],
        "want_reason": want.get("reason"),
        "first_kind": old["kind"],
        "first_reason": old["today"],
        "final_reason": reason,
    }


def _row(name: str, c: Counter[str]) -> str:
    n = c["n"]
    cells = [f"{100 * c[k] / n:.1f}" for k in ("reason", "reason2", "hard", "hard2")]
    return f"| {name} | {n} | " + " | ".join(cells) + " |"


FIELDS = ("kind", "recipient", "status", "permanent", "hard", "reason")


def pooled(expected: dict[str, Any], answers: dict[str, dict[str, Any]]) -> str:
    """Each field's first-pass accuracy over every unseen set's messages together."""
    right: Counter[str] = Counter()
    for rel, old in answers.items():
        want = expected[rel]
        got = {**old, "reason": old["today"]}
        for field in FIELDS:
            alternatives = want.get(f"{field}_alternatives") or []
            right[field] += got[field] == want.get(field) or got[field] in alternatives
    n = len(answers)
    cells = " | ".join(f"{100 * right[f] / n:.1f}" for f in FIELDS)
    head = f"| field | {' | '.join(FIELDS)} |\n|---|{'---|' * len(FIELDS)}"
    return f"{head}\n| first pass, {n} messages | {cells} |"


def main() -> int:
    """Print the replay table."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--misses", type=Path, help="write the remaining reason misses here")
    ap.add_argument("--fields", action="store_true", help="also every field, sets pooled")
    args = ap.parse_args()
    expected = json.loads((CORPUS / "expected.json").read_text())
    misses: list[dict[str, Any]] = []
    answers = first_passes(expected)
    print("\n".join(replay(expected, answers, misses)))
    if args.fields:
        print(f"\nFirst passes, all unseen sets pooled:\n\n{pooled(expected, answers)}")
    if args.misses:
        args.misses.write_text(json.dumps(misses, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
