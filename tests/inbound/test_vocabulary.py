"""One vocabulary of reasons: every label, rule, code map and model class uses it.

A label outside it (a table once said "greylisting", which the conventions file under
`blocked`) would teach the text model a class the classifier must never answer.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from outreach.inbound import codes, phrases, sesjson
from outreach.inbound.model import HARD_REASONS, REASONS
from outreach.inbound.textmodel import RELIABLE, load_model

from .conftest import load_expected

# The reply-text tables (replytable.py's cases): test_provider_texts.py, test_quoted_texts*.py, ...
TABLES = sorted(p.stem for p in Path(__file__).parent.glob("test_*_texts*.py"))


@pytest.mark.parametrize("table", TABLES)
def test_every_table_label_is_a_reason(table: str) -> None:
    module = importlib.import_module(f"tests.inbound.{table}")
    labels = {param.values[1][4] for param in module.PARAMS}
    assert labels <= REASONS, labels - REASONS


def test_every_corpus_label_is_a_reason() -> None:
    labels = {want["reason"] for want in load_expected().values()} - {None}
    assert labels <= REASONS, labels - REASONS


def test_rules_code_maps_and_model_speak_the_vocabulary() -> None:
    assert {reason for reason, _ in phrases._ORDER} <= REASONS
    assert set(codes.BY_CODE.values()) <= REASONS
    assert set(sesjson.SUBTYPE_REASONS.values()) <= REASONS
    assert set(load_model().classes) <= REASONS
    assert HARD_REASONS <= REASONS
    assert RELIABLE <= REASONS
