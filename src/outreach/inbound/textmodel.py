"""A small linear text model of bounce reasons: the fallback where no phrase names one.

Weights of a multinomial logistic regression over word 1-2-grams, trained offline by
bench/reason_model_train.py and shipped as data (reason_model.json); inference is a sparse
dot product here, so scikit-learn is not needed at run time (ADR 0015).
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
_TOKEN = re.compile(r"[a-z]+|0")
# Reasons that make a bounce hard (notaccept when permanent): they suppress the address,
# so the fallback never guesses one, the rule that keeps "550" from meaning "userunknown".
NEVER_GUESSED = HARD_REASONS | {"notaccept"}


def features(text: str) -> list[str]:
    """Lower-case word unigrams and bigrams; every run of digits is the token '0'."""
    toks = _TOKEN.findall(_DIGITS.sub("0", text[:TEXT_CHARS].lower()))
    return toks + [f"{a} {b}" for a, b in itertools.pairwise(toks)]


@dataclass(frozen=True)
class TextModel:
    """Classes, intercepts and sparse weights: feature -> ((class index, weight), ...)."""

    classes: tuple[str, ...]
    intercepts: tuple[float, ...]
    weights: dict[str, tuple[tuple[int, float], ...]]
    threshold: float

    def probabilities(self, text: str) -> list[float]:
        """Softmax of the class scores (each feature counted once, as in training)."""
        scores = list(self.intercepts)
        for feat in set(features(text)):
            for index, weight in self.weights.get(feat, ()):
                scores[index] += weight
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]

    def predict(self, text: str) -> tuple[str, float]:
        """The most probable reason and its probability."""
        probs = self.probabilities(text)
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
    threshold = data["threshold"]
    assert isinstance(classes, list) and isinstance(intercepts, list)
    assert isinstance(threshold, int | float)
    return TextModel(tuple(classes), tuple(float(b) for b in intercepts), weights, threshold)


@functools.cache  # read once, on the first notice that needs it
def load_model() -> TextModel:
    """The shipped model."""
    data: dict[str, object] = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    return parse_model(data)


@functools.lru_cache(maxsize=16)  # decide_reason may ask twice about one diagnostic
def guess_reason(text: str) -> str | None:
    """The model's reason for text when confident and not one that makes a bounce hard."""
    if not text or not text.strip():
        return None
    model = load_model()
    reason, prob = model.predict(text)
    if prob < model.threshold or reason in NEVER_GUESSED:
        return None
    return reason
