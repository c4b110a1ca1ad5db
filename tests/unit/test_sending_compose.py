"""The hand-rolled MIME builder re-parses with email policy.default to the same content."""

from __future__ import annotations

import email
import email.policy
import quopri
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from outreach.sending.compose import OutgoingEmail, _qp, compose, header, make_message_id

DATE = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)


def _parse(raw: bytes) -> email.message.EmailMessage:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, email.message.EmailMessage)
    return msg


def _mail(**kw: object) -> OutgoingEmail:
    base: dict[str, object] = {
        "from_email": "ana@sender.example",
        "from_name": "Ana Sender",
        "to_email": "bob@example.com",
        "subject": "Hello Bob",
        "html": "<p>Hello <b>Bob</b></p>\n<p>Line two</p>\n",
        "text": "Hello Bob\nLine two\n",
        "message_id": make_message_id("ana@sender.example"),
        "date": DATE,
        "unsubscribe_url": "https://t.example.com/u/abc.def",
        "unsubscribe_mailto": "ana@sender.example?subject=unsubscribe",
        "tracking_token": "abc.def",
    }
    base.update(kw)
    return OutgoingEmail(**base)  # type: ignore[arg-type]


def _body(msg: email.message.EmailMessage, kind: str) -> str:
    part = msg.get_body((kind,))
    assert part is not None
    return str(part.get_content()).replace("\r\n", "\n")


CASES = [
    {},
    {"subject": "Grüße aus Köln — ça va? 🎉", "from_name": "Zoë Ångström"},
    {"subject": "A very long subject line " * 8, "from_name": 'Dr. "Q", Inc.'},
    {"subject": "長い件名" * 30, "html": "<p>Ünïcödé " + "x" * 300 + "</p>", "text": "é\n" * 3},
    {"html": "<p>trailing space   \n. leading dot\nFrom here\n=3D</p>", "text": "a = b \t\n"},
]


@pytest.mark.parametrize("case", CASES)
def test_reparses_to_identical_headers_and_bodies(case: dict[str, object]) -> None:
    mail = _mail(**case)
    raw = compose(mail)
    assert all(len(line) <= 998 for line in raw.split(b"\r\n"))
    assert b"\n" not in raw.replace(b"\r\n", b"")
    msg = _parse(raw)
    assert msg["Subject"] == mail.subject
    assert msg["From"].addresses[0].display_name == mail.from_name
    assert msg["From"].addresses[0].addr_spec == mail.from_email
    assert msg["To"] == mail.to_email
    assert msg["Message-ID"] == mail.message_id
    assert msg["Date"].datetime == DATE
    assert msg["List-Unsubscribe"] == (
        "<mailto:ana@sender.example?subject=unsubscribe>, <https://t.example.com/u/abc.def>"
    )
    assert msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert msg["X-Outreach-Message"] == "abc.def"
    assert msg.get_content_type() == "multipart/alternative"
    assert _body(msg, "plain") == mail.text
    assert _body(msg, "html") == mail.html


def test_text_is_generated_from_html_when_missing() -> None:
    msg = _parse(compose(_mail(text="", html='<p>Hi <a href="https://x.example/">there</a></p>')))
    text = _body(msg, "plain")
    assert "Hi" in text and "https://x.example/" in text


def test_plain_only_message_and_no_unsubscribe_headers() -> None:
    msg = _parse(compose(_mail(html="", unsubscribe_url=None, unsubscribe_mailto=None)))
    assert msg.get_content_type() == "text/plain"
    assert msg["List-Unsubscribe"] is None and msg["List-Unsubscribe-Post"] is None
    assert str(msg.get_content()).replace("\r\n", "\n") == "Hello Bob\nLine two\n"


def test_header_injection_is_neutralised() -> None:
    raw = compose(_mail(subject="Hi\r\nBcc: victim@example.com"))
    msg = _parse(raw)
    assert msg["Bcc"] is None
    assert "Bcc: victim" in msg["Subject"]
    assert "\n" not in header("Subject", "a\nb")


def test_message_ids_are_unique_and_in_sender_domain() -> None:
    ids = {make_message_id("x@d.example") for _ in range(1000)}
    assert len(ids) == 1000
    assert all(i.startswith("<") and i.endswith("@d.example>") for i in ids)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(" \t\n=.-abcXYZ09<>\"'/é€\r")), max_size=400))
def test_quoted_printable_round_trips_and_keeps_lines_short(text: str) -> None:
    encoded = _qp(text)
    assert all(len(line) <= 76 for line in encoded.split("\r\n"))
    normalised = text.replace("\r\n", "\n").replace("\r", "\n")
    decoded = quopri.decodestring(encoded.replace("\r\n", "\n").encode()).decode("utf-8")
    assert decoded == normalised


def test_long_lines_and_escapes_wrap_without_splitting_an_escape() -> None:
    text = ("a=b " * 60) + "  \n" + "x" * 200 + "\t"
    encoded = _qp(text)
    assert all(len(line) <= 76 for line in encoded.split("\r\n"))
    assert quopri.decodestring(encoded.replace("\r\n", "\n").encode()).decode() == text
