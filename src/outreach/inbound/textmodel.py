"""A small linear text model of bounce reasons: the rules' fallback and second opinion.

Weights of a multinomial logistic regression over words and the reply's status and reply
codes, trained offline by bench/reason_model_train.py and shipped as data
(reason_model.json); inference is a sparse dot product here (numpy), so scikit-learn is
not needed at run time (ADR 0015). It answers where no phrase or code names a reason, and
overrules the rules' reason where it is sure and they are not reliable (ADR 0018).
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path

import numpy as np

from .codes import reason_for_status
from .model import HARD_REASONS

MODEL_PATH = Path(__file__).with_name("reason_model.json")
# The classifier keeps the first 1000 characters of a diagnostic; train and predict alike.
TEXT_CHARS = 1000
# Addresses and host names are the tables' and the corpus's stand-in names (kim@example.org,
# mx.example.net) in training and real names in use: each becomes one token, so the model
# learns nothing from a stand-in ("kim" meant userunknown, "net" blocked). Host names
# end in a known top-level domain, so Exchange's "RESOLVER.ADR.RecipNotFound" stays words.
_EMAIL = re.compile(r"[\w.+=-]+@[\w-]+(?:\.[\w-]+)*")
_HOST_TAIL = (
    r"\.(?:[a-z]{2}|com|net|org|edu|gov|mil|int|info|biz|name|pro|mobi|example|invalid|test"
    r"|local|localdomain|online|site|email|cloud|app|dev)(?![\w-]|\.[\w-])"
)
_HOST = re.compile(r"(?<![\w.-])(?=[\w-]*[a-z])[\w-]+(?:\.[\w-]+)*" + _HOST_TAIL)
_HOST_END = re.compile(_HOST_TAIL)  # no host name without its known ending
# Words, and runs of digits (each the token "0").
_TOKEN = re.compile(r"[a-z]+|\d+")
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
# The same tokens of ASCII text without a regex (3x faster, features() runs on every
# bounce): letters stay, every digit becomes "0", anything else a space.
_ASCII_TOKENS = bytes(c if 97 <= c <= 122 else 48 if 48 <= c <= 57 else 32 for c in range(256))
# Reasons that make a bounce hard (notaccept when permanent): they suppress the address,
# so the fallback guesses one only when it is very sure (the model's hard_threshold), the
# rule that keeps "550" from meaning "userunknown".
HARD_GUESSES = HARD_REASONS | {"notaccept"}
# How sure the model must be to overrule the rules' reason (ADR 0018; chosen on the
# leave-one-source-out replay of every first pass, bench/reason_model_scope.py).
OVERRULE = 0.5
OVERRULE_HARD = 0.9
# Reasons whose phrase answers were right at least 85% of the time on that replay (each
# source held out, bench/reason_model_scope.py): the model does not second-guess them.
RELIABLE = frozenset(
    {
        "userunknown", "mailboxfull", "authfailure", "rejected", "mesgtoobig", "norelaying",
        "ratelimited", "requireptr", "suspend", "securityerror", "syntaxerror",
        "notcompliantrfc",
    }
)  # fmt: skip


def features(text: str, status: str | None = None, reply: str | None = None) -> list[str]:
    """Lower-case words (every run of digits is the token '0', every
    address 'emailaddr', every host name 'hostname'), and upper-case tokens for the status
    code, its class.subject and class, and the reply code (digits are folded in the words,
    so the codes speak only through these)."""
    low = text[:TEXT_CHARS].lower()
    if "@" in low or _HOST_END.search(low):
        # Only a word with "@" or "." can hold a name: the others pass untouched.
        low = " ".join([_nameless(w) if "." in w or "@" in w else w for w in low.split()])
    feats = _tokens(low)
    if status:
        feats += [f"S:{status}", f"S:{status[:3]}", f"S:{status[0]}"]
    if reply:
        feats.append(f"R:{reply}")
    return feats


def _tokens(low: str) -> list[str]:
    """_TOKEN's tokens of lower-cased text, each run of digits as "0"."""
    if not low.isascii():  # \d is any script's digit
        return [t if t[0] in _LETTERS else "0" for t in _TOKEN.findall(low)]
    folded = low.encode("ascii").translate(_ASCII_TOKENS).decode("ascii")
    while "00" in folded:  # one "0" per run of digits
        folded = folded.replace("00", "0")
    # A run of digits is a token of its own, also where letters touch it ("mx1").
    return folded.replace("0", " 0 ").split()


def _nameless(word: str) -> str:
    """One whitespace-free run of text with its addresses and host names replaced.

    Neither can hold a space, so running the patterns word by word gives what they give
    on the whole text, without trying every position of it.
    """
    if "@" in word:
        word = _EMAIL.sub(" emailaddr ", word)
    if "." in word and _HOST_END.search(word):
        word = _HOST.sub(" hostname ", word)
    return word


@dataclass(frozen=True)
class TextModel:
    """Classes, intercepts, sparse weights (feature -> ((class index, weight), ...)) and the
    least probability of a guess: threshold for most reasons, hard_threshold for those
    that make the bounce hard."""

    classes: tuple[str, ...]
    intercepts: tuple[float, ...]
    weights: dict[str, tuple[tuple[int, float], ...]]
    threshold: float
    hard_threshold: float

    @functools.cached_property
    def _dense(self) -> tuple[dict[str, int], np.ndarray, np.ndarray]:
        """Row of each feature, the weights as one matrix (feature x class), intercepts."""
        rows = {feat: i for i, feat in enumerate(self.weights)}
        matrix = np.zeros((len(rows), len(self.classes)), dtype=np.float32)
        for feat, pairs in self.weights.items():
            for index, weight in pairs:
                matrix[rows[feat], index] = weight
        return rows, matrix, np.array(self.intercepts)

    def scores(self, feats: list[str]) -> np.ndarray:
        """Each class's score (each feature counted once, as in training)."""
        rows, matrix, bias = self._dense
        # The rows in the order the set holds them, as a comprehension would fill it: the
        # float32 sum is then the same to the last bit.
        known = set(map(rows.get, feats, repeat(-1)))
        known.discard(-1)
        return bias + np.add.reduce(matrix.take(list(known), axis=0), axis=0)

    def predict(
        self, text: str, status: str | None = None, reply: str | None = None
    ) -> tuple[str, float]:
        """The most probable reason and its probability."""
        scores = self.scores(features(text, status, reply))
        best = int(scores.argmax())
        return self.classes[best], top_probability(scores, best)


def top_probability(scores: np.ndarray, best: int) -> float:
    """The softmax probability of the best-scoring class."""
    return float(1.0 / np.exp(scores - scores[best]).sum())


def parse_model(data: dict[str, object]) -> TextModel:
    """Build a TextModel from the exported JSON object."""
    flat = data["weights"]
    assert isinstance(flat, dict)
    weights = {
        feat: tuple((int(pairs[i]), float(pairs[i + 1])) for i in range(0, len(pairs), 2))
        for feat, pairs in flat.items()
    }
    classes = data["classes"]
    intercepts = data["intercepts"]
    threshold, hard = data["threshold"], data["hard_threshold"]
    assert isinstance(classes, list) and isinstance(intercepts, list)
    assert isinstance(threshold, int | float) and isinstance(hard, int | float)
    return TextModel(tuple(classes), tuple(float(b) for b in intercepts), weights, threshold, hard)


@functools.cache  # read once, on the first notice that needs it
def load_model() -> TextModel:
    """The shipped model."""
    data: dict[str, object] = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    return parse_model(data)


@functools.lru_cache(maxsize=16)  # decide_reason may ask twice about one diagnostic
def predict(text: str, status: str | None = None, reply: str | None = None) -> tuple[str, float]:
    """The shipped model's most probable reason for a reply and its probability."""
    return load_model().predict(text, status, reply)


def guess_reason(text: str, status: str | None = None, reply: str | None = None) -> str | None:
    """The model's reason for a reply when confident enough (more so for a hard reason);
    "undefined" is no guess (the reply code's conventional meaning may still answer)."""
    if not text or not text.strip():
        return None
    model = load_model()
    reason, prob = predict(text, status, reply)
    least = model.hard_threshold if reason in HARD_GUESSES else model.threshold
    return reason if prob >= least and reason != "undefined" else None


def second_opinion_wanted(reason: str, status: str | None, named: str | None) -> bool:
    """False where the rules are reliable: an X.6 code (ADR 0017's contenterror convention),
    or a reason the diagnostic's own words name (`named`) that is RELIABLE or that the
    status code names too (two signals that agree)."""
    if named == reason and (reason in RELIABLE or reason_for_status(status) == reason):
        return False
    return not (status and status[1:4] == ".6.")


def overrule(reason: str, text: str, status: str | None, reply: str | None) -> str:
    """The model's reason instead of the rules' where it is sure of another (ADR 0018).

    Replayed on every earlier first pass with each source left out of training, the
    model's confident answer was right more often than the rules' on wording they were
    not written from. It never answers "undefined" (no word it knows), and a hard reason
    needs OVERRULE_HARD, the bar that kept soft bounces from being called hard. Callers
    ask only where second_opinion_wanted.
    """
    if not text.strip():
        return reason
    model = load_model()
    scores = model.scores(features(text, status, reply))
    best = int(scores.argmax())
    guess = model.classes[best]
    if guess in (reason, "undefined"):  # spares the probability on most bounces
        return reason
    return overruled(reason, guess, top_probability(scores, best))


def overruled(reason: str, guess: str, prob: float) -> str:
    """The reason after the model's guess and its probability: the guess where it is sure
    enough (OVERRULE, or OVERRULE_HARD for a hard reason), never "undefined"."""
    if guess in (reason, "undefined"):
        return reason
    return guess if prob >= (OVERRULE_HARD if guess in HARD_GUESSES else OVERRULE) else reason
