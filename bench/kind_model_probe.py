"""Could a text model tell a headerless auto-reply from a person's reply? Leave one source out.

Usage: PYTHONPATH=src:. python bench/kind_model_probe.py   (needs `make train-deps`)

Texts: every auto-reply and human reply of the labelled corpus (tests/data/inbound), the
real headerless replies of tests/inbound/test_reply_kinds.py and the localized strings of
test_localized_kinds.py, each as the classifier sees it (subject and body). Features: the
subject's and the body's words (Unicode letters; CJK runs as character pairs; addresses and
URLs as one token each). A binary logistic regression is trained on every source but one
(a corpus folder or a table) and asked about the held-out source. Prints, for each
regularisation and probability bar, how many auto-replies it would catch and how many
people's replies it would wrongly call automatic.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from tests.inbound import test_localized_kinds, test_reply_kinds

from outreach.inbound.parse import header, parse
from outreach.inbound.view import View

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "inbound"
_WORD = re.compile(r"[^\W\d_]+|\d+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]+")
_ADDRESS = re.compile(r"[\w.+-]+@[\w.-]+")
_URL = re.compile(r"https?://\S+")

Item = tuple[str, tuple[str, str], bool]  # source, (subject, body), is an auto-reply


def features(item: tuple[str, str]) -> list[str]:
    """Words of the subject ("s:" prefix) and of the body's first 1,500 characters."""
    out: list[str] = []
    for prefix, text in (("s:", item[0]), ("", item[1][:1500])):
        low = _URL.sub(" urladdr ", _ADDRESS.sub(" emailaddr ", text.lower()))
        for word in _WORD.findall(low):
            runs = _CJK.findall(word)
            for run in runs:
                out += [prefix + run[i : i + 2] for i in range(max(1, len(run) - 1))]
            rest = _CJK.sub(" ", word).split() if runs else [word]
            out += [prefix + ("0" if w.isdigit() else w) for w in rest]
    return out


def seen(raw: bytes) -> tuple[str, str]:
    """Subject and body as the classifier reads them."""
    msg = parse(raw)
    return header(msg, "Subject"), View(msg).body


def items() -> list[Item]:
    """Every labelled auto-reply and human reply, with its source."""
    out: list[Item] = []
    expected = json.loads((CORPUS / "expected.json").read_text())
    for rel, want in expected.items():
        if want["kind"] in ("autoreply", "human"):
            raw = (CORPUS / rel).read_bytes()
            out.append((rel.split("/")[0], seen(raw), want["kind"] == "autoreply"))
    for case in test_reply_kinds.CASES:
        raw = test_reply_kinds.raw_message(case)
        out.append(("reply_kinds", seen(raw), case.kind == "autoreply"))
    for case in test_localized_kinds.CASES:
        kind = test_localized_kinds.expected(case)["kind"]
        if kind in ("autoreply", "human"):
            raw = test_localized_kinds.raw_message(case)
            out.append(("localized_kinds", seen(raw), kind == "autoreply"))
    return out


def held_out_probabilities(data: list[Item], c: float) -> list[float]:
    """Each item's probability of being automatic, from a model that did not see its source."""
    probs = [0.0] * len(data)
    for source in dict.fromkeys(s for s, _, _ in data):
        train = [d for d in data if d[0] != source]
        vec = CountVectorizer(analyzer=features, binary=True)
        clf = LogisticRegression(C=c, max_iter=3000)
        clf.fit(vec.fit_transform([t for _, t, _ in train]), [auto for _, _, auto in train])
        held = [i for i, d in enumerate(data) if d[0] == source]
        for i, p in zip(
            held, clf.predict_proba(vec.transform([data[i][1] for i in held]))[:, 1], strict=True
        ):
            probs[i] = float(p)
    return probs


def main() -> int:
    """Print the catch / false-alarm table."""
    data = items()
    autos = sum(auto for _, _, auto in data)
    print(f"{len(data)} texts: {autos} auto-replies, {len(data) - autos} human replies")
    print(f"sources: {dict(Counter(s for s, _, _ in data))}\n")
    print("| C | bar | auto-replies caught | human replies called automatic |\n|---|---|---|---|")
    for c in (0.3, 1.0, 3.0, 10.0):
        probs = held_out_probabilities(data, c)
        for bar in (0.5, 0.7, 0.8, 0.9):
            caught = sum(p >= bar for p, d in zip(probs, data, strict=True) if d[2])
            false = sum(p >= bar for p, d in zip(probs, data, strict=True) if not d[2])
            print(f"| {c} | {bar} | {caught}/{autos} | {false}/{len(data) - autos} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
