"""The README documents every setting."""

from __future__ import annotations

from pathlib import Path

from outreach.config import Settings

README = Path(__file__).resolve().parents[2] / "README.md"


def test_every_setting_is_in_the_readme() -> None:
    text = README.read_text()
    missing = [n for n in Settings.model_fields if f"`OUTREACH_{n.upper()}`" not in text]
    assert missing == []


def test_secret_key_is_not_in_repr() -> None:
    settings = Settings(secret_key="super-secret-value")  # type: ignore[arg-type]
    assert "super-secret-value" not in repr(settings)
    assert "super-secret-value" not in str(settings.model_dump())
