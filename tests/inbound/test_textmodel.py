"""The shipped text model of reasons: same answers as scikit-learn, used only as a fallback."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from outreach.inbound import reasons, textmodel
from outreach.inbound.reasons import decide_reason, reason_from_text
from outreach.inbound.textmodel import MODEL_PATH, guess_reason, load_model, parse_model

from .replytable import reply_line, status_of
from .test_mta_texts import CASES as MTA
from .test_provider_texts import CASES as PROVIDER
from .test_quoted_texts import CASES as QUOTED

SRC = Path(__file__).resolve().parents[2] / "src" / "outreach"

# scikit-learn's answers on training texts, printed by
# `bench/reason_model_train.py --export` when it wrote reason_model.json.
SKLEARN = [
    ("550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", "userunknown", 0.993),
    ("421 4.7.0 Too many connections from your IP, try again later", "toomanyconn", 0.983),
    ("421 unable to read controls (#4.3.0)", "systemerror", 0.955),
    ("550 RC:NE The email account does not exist.", "userunknown", 0.988),
    ("452 Requested action not taken: insufficient system storage", "systemfull", 0.952),
    ("554 5.6.3 Spam Body rejected", "contenterror", 0.898),
    ("550 5.1.1 yG4QZNGttZRyvyG4QZgw6k Recipient Rejected [503]", "userunknown", 0.983),
    ("550 Account disabled <kim@example.org>", "suspend", 0.993),
    ("550 DNS Error: DNS server returned answer with no data", "hostunknown", 0.966),
    ("Sorry, no mailbox here by that name. (#5.1.1", "userunknown", 0.997),
]


@pytest.mark.parametrize(("text", "label", "prob"), SKLEARN)
def test_exported_weights_reproduce_sklearn(text: str, label: str, prob: float) -> None:
    # Weights are rounded and the smallest dropped: the answer stays, the probability moves
    # by a few hundredths at most.
    got, p = load_model().predict(text)
    assert got == label
    assert p == pytest.approx(prob, abs=0.03)


def test_features_are_word_unigrams_and_bigrams_with_digits_folded() -> None:
    assert textmodel.features("550 5.7.1 Go Away") == [
        "0",
        "0",
        "0",
        "0",
        "go",
        "away",
        "0 0",
        "0 0",
        "0 0",
        "0 go",
        "go away",
    ]


def test_below_the_threshold_there_is_no_guess(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "550 Spam message rejected"
    assert guess_reason(text) == "spamdetected"
    data = json.loads(MODEL_PATH.read_text())
    strict = parse_model({**data, "threshold": 0.9999})
    monkeypatch.setattr(textmodel, "load_model", lambda: strict)
    guess_reason.cache_clear()
    try:
        assert guess_reason(text) is None
    finally:
        guess_reason.cache_clear()


def test_a_reason_that_makes_the_bounce_hard_is_never_guessed() -> None:
    assert load_model().predict("550 Recipient Rejected: No account by that name here")[0] == (
        "userunknown"
    )
    assert guess_reason("550 Recipient Rejected: No account by that name here") is None


def test_decide_reason_asks_the_model_only_when_nothing_else_names_a_reason() -> None:
    # A reply whose wording no phrase knows, a 550 (no conventional meaning), a class code.
    text = "550 Sorry, your message has triggered our content scanner"
    assert reason_from_text(text) is None
    assert decide_reason("5.0.0", text) == guess_reason(text) != "undefined"
    # No reply code: a notice's boilerplate, no guess.
    assert decide_reason("5.0.0", "Message delivery failed") == "undefined"
    # A reply code with a conventional meaning, a specific code: they keep priority.
    assert decide_reason("5.0.0", "552 requested mail action aborted") == "mailboxfull"
    assert decide_reason("5.2.0", "550 5.2.0 Message rejected") == "filtered"


TABLE_TEXTS = [
    (status_of(code, enhanced), reply_line(code, enhanced, text))
    for _, code, enhanced, text, _ in PROVIDER + MTA + QUOTED
]


def test_answers_with_a_phrase_match_never_ask_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(text: str) -> str:
        raise AssertionError(f"model asked about {text!r}")

    monkeypatch.setattr(reasons, "guess_reason", refuse)
    matched = [(s, t) for s, t in TABLE_TEXTS if reason_from_text(t) is not None]
    assert len(matched) > 400
    for status, text in matched:
        decide_reason(status, text)


def test_src_never_imports_scikit_learn() -> None:
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [a.name for a in node.names] + [getattr(node, "module", "") or ""]
                assert not any(n.split(".")[0] == "sklearn" for n in names), path
