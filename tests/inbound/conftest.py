"""Shared fixtures for the inbound classifier tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

CORPUS = Path(__file__).resolve().parent.parent / "data" / "inbound"


def load_expected() -> dict[str, dict[str, Any]]:
    """The labelled expectations, by path relative to the corpus directory."""
    data: dict[str, dict[str, Any]] = json.loads((CORPUS / "expected.json").read_text())
    return data


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS
