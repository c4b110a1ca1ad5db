"""The public contract: classify(), Classification and the linking data."""

from __future__ import annotations

import dataclasses
import json

import pytest

from outreach.inbound import Classification, classify

from .conftest import CORPUS

FIELDS = {
    "kind",
    "recipient",
    "recipients",
    "status",
    "permanent",
    "hard",
    "reason",
    "diagnostic",
    "smtp_remote",
    "original_message_id",
    "x_headers",
    "in_reply_to",
    "references",
}


def _c(rel: str) -> Classification:
    return classify((CORPUS / rel).read_bytes())


def test_frozen_and_json_ready() -> None:
    result = _c("own/postfix_userunknown.eml")
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.kind = "human"  # type: ignore[misc]
    data = result.to_dict()
    assert set(data) == FIELDS
    json.dumps(data)


def test_bounce_linking_data() -> None:
    result = _c("own/postfix_userunknown.eml")
    assert result.kind == "bounce" and result.hard and result.permanent
    assert result.original_message_id == "<postfix_userunknown@mail.outreach.example>"
    assert result.x_headers["X-Outreach-Message"] == "tok-postfix_userunknown"
    assert result.smtp_remote == "mx1.example.org"


def test_plain_text_bounce_linking() -> None:
    result = _c("own/exim_plain.eml")
    assert result.recipient == "xavier@example.co.uk"
    assert result.original_message_id == "<exim-orig@mail.outreach.example>"
    assert result.x_headers == {"X-Outreach-Message": "tok-exim"}


def test_multi_recipient() -> None:
    result = _c("own/multi_recipient.eml")
    assert result.recipients == ("uma@example.org", "victor@example.org")
    assert result.x_headers["X-Outreach-Message"] == "tok-multi"


def test_soft_bounce_is_not_hard() -> None:
    result = _c("own/gmail_overquota.eml")
    assert (result.kind, result.permanent, result.hard, result.reason) == (
        "bounce",
        False,
        False,
        "mailboxfull",
    )


def test_blocked_is_not_hard() -> None:
    for rel in ("own/gmail_blocked_spamhaus.eml", "own/postmark_spam.eml"):
        assert not _c(rel).hard


def test_human_reply_threading() -> None:
    result = _c("own/human_interested.eml")
    assert result.kind == "human"
    assert result.in_reply_to == "<human_interested@mail.outreach.example>"
    assert result.references == (
        "<thread-start@mail.outreach.example>",
        "<human_interested@mail.outreach.example>",
    )
    assert result.recipient == "riley@example.com"


@pytest.mark.parametrize("lang", ["de", "fr", "es", "nl", "pt", "it", "ja", "en_exchange"])
def test_out_of_office_languages(lang: str) -> None:
    result = _c(f"own/ooo_{lang}.eml")
    assert (result.kind, result.reason, result.hard) == ("autoreply", "vacation", False)


def test_human_mentioning_absence_is_human() -> None:
    assert _c("own/human_mentions_ooo.eml").kind == "human"


def test_complaint() -> None:
    result = _c("own/arf_yahoo.eml")
    assert (result.kind, result.reason, result.recipient) == (
        "complaint",
        "feedback",
        "complainer@yahoo.com",
    )
    assert result.x_headers["X-Outreach-Message"] == "tok-arf"


def test_delivered_report_is_not_a_bounce() -> None:
    result = _c("own/delivered_success.eml")
    assert (result.kind, result.reason) == ("unknown", "delivered")


def test_str_input_is_accepted() -> None:
    raw = (CORPUS / "own/qmail_plain.eml").read_text()
    assert classify(raw).kind == "bounce"  # type: ignore[arg-type]


def test_crlf_input() -> None:
    raw = (CORPUS / "own/postfix_userunknown.eml").read_bytes().replace(b"\n", b"\r\n")
    result = classify(raw)
    assert (result.kind, result.recipient, result.status) == (
        "bounce",
        "alice@example.org",
        "5.1.1",
    )


def test_imports_only_stdlib() -> None:
    """The classifier must not pull in web, database, template or mail-transport modules."""
    import subprocess
    import sys
    from pathlib import Path

    src = Path(__file__).resolve().parents[2] / "src"
    code = (
        "import sys; import outreach.inbound; "
        "bad = [m for m in ('fastapi', 'starlette', 'sqlalchemy', 'jinja2', 'smtplib', 'imaplib')"
        " if m in sys.modules]; print(','.join(bad))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(src)},
    )
    assert out.stdout.strip() == ""
