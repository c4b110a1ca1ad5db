"""A small linear text model of bounce reasons: the fallback where no phrase names one.

Weights of a multinomial logistic regression over word 1-2-grams and the reply's status
and reply codes, trained offline by bench/reason_model_train.py and shipped as data
(reason_model.json); inference is a sparse dot product here, so scikit-learn is not
needed at run time (ADR 0015).
"""

from __future__ import annotations

import functools
import itertools
import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

from .model import HARD_REASONS

MODEL_PATH = Path(__file__).with_name("reason_model.json")
# The classifier keeps the first 1000 characters of a diagnostic; train and predict alike.
TEXT_CHARS = 1000
_DIGITS = re.compile(r"\d+")
# Addresses and host names are the tables' and the corpus's stand-in names (kim@example.org,
# mx.example.net) in training and real names in use: each becomes one token, so the model
# learns nothing from a stand-in ("kim" meant userunknown, "net" blocked). Host names
# end in a known top-level domain, so Exchange's "RESOLVER.ADR.RecipNotFound" stays words.
_EMAIL = re.compile(r"[\w.+=-]+@[\w-]+(?:\.[\w-]+)*")
_HOST = re.compile(
    r"(?<![\w.-])(?=[\w-]*[a-z])[\w-]+(?:\.[\w-]+)*\.(?:[a-z]{2}|com|net|org|edu|gov|mil|int"
    r"|info|biz|name|pro|mobi|example|invalid|test|local|localdomain|online|site|email|cloud"
    r"|app|dev)(?![\w-]|\.[\w-])"
)
_TOKEN = re.compile(r"[a-z]+|0")
# Reasons that make a bounce hard (notaccept when permanent): they suppress the address,
# so the fallback guesses one only when it is very sure (the model's hard_threshold), the
# rule that keeps "550" from meaning "userunknown".
HARD_GUESSES = HARD_REASONS | {"notaccept"}


def features(text: str, status: str | None = None, reply: str | None = None) -> list[str]:
    """Lower-case word unigrams and bigrams (every run of digits is the token '0', every
    address 'emailaddr', every host name 'hostname'), and upper-case tokens for the status
    code, its class.subject and class, and the reply code (digits are folded in the words,
    so the codes speak only through these)."""
    low = _HOST.sub(" hostname ", _EMAIL.sub(" emailaddr ", text[:TEXT_CHARS].lower()))
    toks = _TOKEN.findall(_DIGITS.sub("0", low))
    feats = toks + [f"{a} {b}" for a, b in itertools.pairwise(toks)]
    if status:
        feats += [f"S:{status}", f"S:{status[:3]}", f"S:{status[0]}"]
    if reply:
        feats.append(f"R:{reply}")
    return feats


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

    def probabilities(self, feats: list[str]) -> list[float]:
        """Softmax of the class scores (each feature counted once, as in training)."""
        scores = list(self.intercepts)
        for feat in set(feats):
            for index, weight in self.weights.get(feat, ()):
                scores[index] += weight
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]

    def predict(
        self, text: str, status: str | None = None, reply: str | None = None
    ) -> tuple[str, float]:
        """The most probable reason and its probability."""
        probs = self.probabilities(features(text, status, reply))
        best = max(range(len(probs)), key=probs.__getitem__)
        return self.classes[best], probs[best]


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
def guess_reason(text: str, status: str | None = None, reply: str | None = None) -> str | None:
    """The model's reason for a reply when confident enough (more so for a hard reason)."""
    if not text or not text.strip():
        return None
    model = load_model()
    reason, prob = model.predict(text, status, reply)
    least = model.hard_threshold if reason in HARD_GUESSES else model.threshold
    return reason if prob >= least else None
