"""Could a learnt arbiter choose between the rules' reason and the model's better than ADR
0018's fixed policy? Nested leave-one-source-out on the first-pass replay.

Usage: PYTHONPATH=src:. python bench/reason_arbiter.py   (needs `make train-deps`; ~2 min)

Each held-out source (reason_model_train.first_pass_sets) meets its first-pass classifier
and a text model trained without it, as in bench/reason_model_scope.py. Where the model's
answer differs from the rules', an arbiter decides which to keep; it is trained, again
leaving the held-out source out, on the other sources' cases where exactly one of the two
was right. Its features: the model's top probability and the probability it gives the
rules' answer, whether the diagnostic's words and the status code name the rules' answer or
the model's, and both answers. A hard reason needs the arbiter's probability of 0.8.
Prints reason right, hard right and soft bounces called hard for the rules, the shipped
policy, the model alone, either-right (the ceiling of any arbiter) and each arbiter.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reason_model_train import (
    HARD_GUESSES,
    Case,
    _grid_row,
    first_pass_sets,
    inputs,
    load,
    make_model,
    second_opinion,
)
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from outreach.inbound.codes import reason_for_status
from outreach.inbound.textmodel import RELIABLE, second_opinion_wanted

Row = tuple[str, Case, dict[str, float]]


def replay_rows() -> list[Row]:
    """(held-out source, case, the held-out model's probability of each reason)."""
    rows: list[Row] = []
    for name, train, test in first_pass_sets(load()):
        vec, clf = make_model(10.0)
        clf.fit(vec.fit_transform(inputs(train)), [k.reason for k in train])
        classes = [str(c) for c in clf.classes_]
        for k, p in zip(test, clf.predict_proba(vec.transform(inputs(test))), strict=True):
            rows.append((name, k, dict(zip(classes, map(float, p), strict=True))))
    return rows


def top(probs: dict[str, float]) -> str:
    """The model's answer."""
    return max(probs, key=probs.__getitem__)


def arbiter_features(k: Case, probs: dict[str, float]) -> dict[str, float]:
    """What the arbiter reads of one disagreement."""
    guess, by_code = top(probs), reason_for_status(k.status)
    return {
        "p_model": probs[guess],
        "p_rules": probs.get(k.today, 0.0),
        "words_name_rules": float(k.phrase == k.today),
        "no_words": float(k.phrase is None),
        "code_names_rules": float(by_code == k.today),
        "code_names_model": float(by_code == guess),
        "rules_reliable": float(k.today in RELIABLE),
        "wanted": float(second_opinion_wanted(k.today, k.status, k.phrase)),
        "permanent": float(bool(k.status and k.status[0] == "5")),
        f"rules={k.today}": 1.0,
        f"model={guess}": 1.0,
    }


def disputed(k: Case, probs: dict[str, float]) -> bool:
    """The model names another reason than the rules (and not "undefined")."""
    return top(probs) not in (k.today, "undefined")


def arbitrate(rows: list[Row], make: Callable[[], Any], bar: float) -> list[str]:
    """Each row's answer with an arbiter trained on the other sources' disputes."""
    answers = {id(k): k.today for _, k, _ in rows}
    for held in dict.fromkeys(name for name, _, _ in rows):
        train = [
            (k, p)
            for name, k, p in rows
            if name != held and disputed(k, p) and (top(p) == k.reason) != (k.today == k.reason)
        ]
        vec = DictVectorizer(sparse=False)
        clf = make().fit(
            vec.fit_transform([arbiter_features(k, p) for k, p in train]),
            [int(top(p) == k.reason) for k, p in train],
        )
        for name, k, p in rows:
            if name == held and disputed(k, p):
                sure = clf.predict_proba(vec.transform([arbiter_features(k, p)]))[0][1]
                if sure >= (max(bar, 0.8) if top(p) in HARD_GUESSES else bar):
                    answers[id(k)] = top(p)
    return [answers[id(k)] for _, k, _ in rows]


def line(name: str, rows: list[Row], answers: list[str], bar: str = "-") -> str:
    """Reason right, hard right, soft bounces called hard (reason_model_train's grid row)."""
    return _grid_row(name, bar, list(zip(answers, (k for _, k, _ in rows), strict=True)))


def main() -> int:
    """Print the comparison table."""
    rows = replay_rows()
    print(
        f"{len(rows)} texts\n\n| answer | arbiter bar | cases | right | hard right | wrongly hard |"
    )
    print("|---|---|---|---|---|---|")
    print(line("first-pass rules", rows, [k.today for _, k, _ in rows]))
    print(
        line("shipped (ADR 0018)", rows, [second_opinion(k, top(p), p[top(p)]) for _, k, p in rows])
    )
    print(line("model alone", rows, [top(p) for _, k, p in rows]))
    either = [k.reason if k.reason in (k.today, top(p)) else k.today for _, k, p in rows]
    print(line("either right (ceiling)", rows, either))
    arbiters: dict[str, Callable[[], Any]] = {
        "logistic": lambda: LogisticRegression(C=1.0, max_iter=2000),
        "boosted trees": lambda: HistGradientBoostingClassifier(max_depth=3, max_iter=100),
    }
    for name, make in arbiters.items():
        for bar in (0.4, 0.5, 0.6):
            print(line(f"arbiter: {name}", rows, arbitrate(rows, make, bar), f"{bar:.1f}"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
