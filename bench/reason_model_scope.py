"""Would the text model help beyond its fallback scope? Leave-one-source-out, first passes.

Usage: PYTHONPATH=src:. python bench/reason_model_scope.py   (needs `make train-deps`)

Each held-out table (and unseen-8) meets its first-pass classifier (reason_model_train's
FIRST_PASS commits) and a model trained without it; the rules below say when the model's
answer replaces the classifier's. Prints reason accuracy, hard accuracy and soft bounces
wrongly called hard for each rule and confidence threshold.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reason_model_train import (
    HARD_REASONS,
    NEVER_GUESSED,
    Case,
    eligible,
    first_pass_sets,
    fit,
    load,
    wide,
)

Rule = Callable[[Case, str, float], str]


def today(k: Case) -> str:
    """The first-pass classifier's answer."""
    return k.today or "undefined"


def rules(t: float) -> dict[str, Rule]:
    """When the model (label guess, confidence c) replaces the classifier's answer."""
    return {
        "override any answer, soft reasons only": lambda k, guess, c: (
            guess if c >= t and guess not in NEVER_GUESSED else today(k)
        ),
        "no phrase matched": lambda k, guess, c: (
            guess if c >= t and k.phrase is None and guess not in NEVER_GUESSED else today(k)
        ),
        "no phrase, code absent or generic": lambda k, guess, c: (
            guess if c >= t and wide(k) and guess not in NEVER_GUESSED else today(k)
        ),
        "shipped scope (nothing names a reason, reply code present)": lambda k, guess, c: (
            guess if c >= t and eligible(k) and guess not in NEVER_GUESSED else today(k)
        ),
    }


def main() -> int:
    """Print one line per rule and threshold."""
    rows = []
    for _, train, test in first_pass_sets(load()):
        labels, conf = fit(train, 10.0)([k.text for k in test])
        rows += [(k, lab, float(c)) for k, lab, c in zip(test, labels, conf, strict=True)]

    def run(rule: Rule) -> str:
        got = [(rule(k, lab, c), k.reason) for k, lab, c in rows]
        right = sum(g == w for g, w in got)
        hard = sum((g in HARD_REASONS) == (w in HARD_REASONS) for g, w in got)
        false_hard = sum(g in HARD_REASONS and w not in HARD_REASONS for g, w in got)
        n = len(got)
        pct = f"{100 * right / n:.1f}%  hard {100 * hard / n:.1f}%"
        return f"{right}/{n} = {pct}  wrongly hard {false_hard}"

    print(f"first-pass classifier alone: {run(lambda k, lab, c: today(k))}")
    print(f"model alone:                 {run(lambda k, lab, c: lab)}")
    for t in (0.0, 0.5, 0.7, 0.9):
        for name, rule in rules(t).items():
            print(f"t={t:.1f} {name}: {run(rule)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
