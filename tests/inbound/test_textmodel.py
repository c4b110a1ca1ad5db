"""The shipped text model of reasons: same answers as scikit-learn, used only as a fallback."""

from __future__ import annotations

import ast
import json
from collections.abc import Iterator
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
    ("550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", "5.1.1", "550", "userunknown", 0.998),
    ("552 <kim@example.org>... Mailbox is full", "5.0.0", "552", "mailboxfull", 0.997),
    (
        "451 invalid security level (TLS_INSECURE) for STS policy",
        "4.0.0",
        "451",
        "securityerror",
        0.996,
    ),
    ("550 Mail rejected due to being listed on RBL.", "5.0.0", "550", "blocked", 0.993),
    ("400 Read timeout (CMD_DATA_END)", "4.0.0", "400", "networkerror", 0.967),
    ("450 Greylisted (see http://www.spam-mail-blocker.de)", "4.0.0", "450", "blocked", 0.998),
    ("550 The format of the email address isn't correct.", "5.0.0", "550", "userunknown", 0.968),
    ("550 The Date header is too old", "5.0.0", "550", "contenterror", 0.947),
    ("555 helohost error.", "5.0.0", "555", "blocked", 0.747),
]


@pytest.mark.parametrize(("text", "status", "reply", "label", "prob"), SKLEARN)
def test_exported_weights_reproduce_sklearn(
    text: str, status: str, reply: str | None, label: str, prob: float
) -> None:
    # Weights are rounded and the smallest dropped: the answer stays, the probability moves
    # by a few hundredths at most.
    got, p = load_model().predict(text, status, reply)
    assert got == label
    assert p == pytest.approx(prob, abs=0.03)


def test_features_are_words_with_digits_folded() -> None:
    assert textmodel.features("550 5.7.1 Go Away") == ["0", "0", "0", "0", "go", "away"]
    # The codes speak through tokens of their own (upper case: no word can be one).
    # Addresses and host names are one token each: the model learns nothing from names.
    assert textmodel.features("kim@example.org at mx.example.net.") == [
        "emailaddr",
        "at",
        "hostname",
    ]
    assert "resolver" in textmodel.features("5.1.1 RESOLVER.ADR.RecipNotFound")
    assert textmodel.features("Go", "5.7.1", "550") == ["go", "S:5.7.1", "S:5.7", "S:5", "R:550"]


def _with(monkeypatch: pytest.MonkeyPatch, **changes: float) -> None:
    """Make guess_reason use the shipped model with other thresholds."""
    strict = parse_model({**json.loads(MODEL_PATH.read_text()), **changes})
    monkeypatch.setattr(textmodel, "load_model", lambda: strict)
    textmodel.predict.cache_clear()


@pytest.fixture(autouse=True)
def _fresh_guesses() -> Iterator[None]:
    textmodel.predict.cache_clear()
    yield
    textmodel.predict.cache_clear()


def test_below_the_threshold_there_is_no_guess(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "550 Spam message rejected"
    assert guess_reason(text, "5.0.0", "550") == "spamdetected"
    _with(monkeypatch, threshold=0.9999)
    assert guess_reason(text, "5.0.0", "550") is None


def test_a_reason_that_makes_the_bounce_hard_needs_the_hard_threshold(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A wrongly hard bounce suppresses a good address: the model must be surer of it.
    text = "550 Recipient Rejected: No account by that name here"
    label, prob = load_model().predict(text, "5.0.0", "550")
    assert label == "userunknown"
    assert load_model().threshold < load_model().hard_threshold <= prob
    assert guess_reason(text, "5.0.0", "550") == "userunknown"
    _with(monkeypatch, hard_threshold=min(1.0, prob + 0.001))
    assert guess_reason(text, "5.0.0", "550") is None
    # A soft reason at the same confidence is still guessed.
    assert guess_reason("550 Spam message rejected", "5.0.0", "550") == "spamdetected"


def test_decide_reason_asks_the_model_only_when_nothing_else_names_a_reason(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A reply whose wording no phrase knows, a 550 (no conventional meaning), a class code.
    text = "550 Sorry, your message has triggered our content scanner"
    assert reason_from_text(text) is None
    assert decide_reason("5.0.0", text) == guess_reason(text, "5.0.0", "550") != "undefined"
    # No reply code: a notice's boilerplate, no guess.
    assert decide_reason("5.0.0", "Message delivery failed") == "undefined"
    # A code that names a reason keeps priority over the model, whatever it would guess.
    monkeypatch.setattr(reasons, "guess_reason", lambda *args: "blocked")
    assert decide_reason("5.2.0", "550 5.2.0 Message rejected") == "filtered"


def test_below_the_threshold_the_reply_code_convention_answers() -> None:
    # The model reads the reply code as a feature and answers before the convention; when
    # it is unsure, the bare code's conventional meaning is the answer.
    text = "552 requested mail action aborted"
    assert guess_reason(text, "5.0.0", "552") is None
    assert decide_reason("5.0.0", text) == "mailboxfull"


TABLE_TEXTS = [
    (status_of(code, enhanced), reply_line(code, enhanced, text))
    for _, code, enhanced, text, _ in PROVIDER + MTA + QUOTED
]


def test_answers_with_a_phrase_match_never_ask_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(text: str, status: str | None = None, reply: str | None = None) -> str:
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
