"""General notice forms behind the unseen-9 fixes, hand-written from each form (not
copies of the corpus files): a refusal of the sending IP range, a bare "Service
unavailable" with a policy code, a sending cap that says "quota", Gmail's "The response
was:" paragraph, a session transcript naming our sender, and auto-replies without headers
known by a return date, a closed mailbox or a receipt acknowledgement."""

from __future__ import annotations

import pytest

from outreach.inbound import classify

DAEMON = "Mail Delivery System <mailer-daemon@mx.example.net>"
PERSON = "Kim Berg <kim.berg@example.org>"


def _msg(body: str, sender: str = DAEMON, subject: str = "Undelivered Mail") -> bytes:
    return (
        f"From: {sender}\nTo: sales@outreach.example\nSubject: {subject}\n"
        "Message-ID: <n9@example.net>\nContent-Type: text/plain; charset=utf-8\n\n" + body
    ).encode("utf-8")


def _postfix(reply: str) -> bytes:
    return _msg(
        "This is the mail system at host mail.example.net.\n\nThe mail system\n\n"
        f"<bob@example.org>: host mx.example.org[192.0.2.9] said: {reply} "
        "(in reply to RCPT TO command)\n"
    )


@pytest.mark.parametrize(
    ("reply", "want"),
    [
        ("554 Unauthenticated mail not accepted from your IP range", "blocked"),
        ("550 Mail refused from this subnet", "blocked"),
        ("554 5.7.1 Service unavailable", "blocked"),
        ("550 5.7.1 Service unavailable; unauthenticated sender", "authfailure"),
        ("550 The list has exceeded its quota for number of recipients today", "ratelimited"),
    ],
)
def test_reply_reason(reply: str, want: str) -> None:
    assert classify(_postfix(reply)).reason == want


def test_gmail_response_paragraph_is_the_diagnostic() -> None:
    body = (
        "Address not found\n\nYour message wasn't delivered to bob@example.org because "
        "the address couldn't be found, or is unable to receive mail.\n\n"
        "The response was:\n550 Unroutable address\n"
    )
    got = classify(_msg(body, subject="Delivery Status Notification (Failure)"))
    assert (got.diagnostic, got.reason) == ("550 Unroutable address", "hostunknown")


def test_transcript_sender_is_no_recipient() -> None:
    body = (
        "The attached message had PERMANENT fatal delivery errors!\n\n"
        "--- Session Transcript ---\n"
        "   MAIL From:<sales@outreach.example>\n"
        "   250 <sales@outreach.example>... Sender ok\n"
        "   RCPT To:<bob@example.org>\n"
        "   550 <bob@example.org>... Mailbox unknown\n"
    )
    got = classify(_msg(body, subject="Permanent Delivery Failure"))
    assert (got.recipient, got.recipients) == ("bob@example.org", ("bob@example.org",))


@pytest.mark.parametrize(
    "body",
    [
        "I am out of the office from 3 March and will not be back until 14 March.\n",
        "I'll be back in the office on 2 May. For urgent cases please call our desk.\n",
        "Thank you for your email. This inbox is no longer monitored; please write to "
        "help@example.org instead.\n",
        "您好，您的邮件已收到，我会尽快处理。\n",  # noqa: RUF001
        "感谢您发来的邮件，我会尽快查看并回复！\n",  # noqa: RUF001
    ],
)
def test_headerless_autoreply(body: str) -> None:
    got = classify(_msg(body, sender=PERSON, subject="Re: Hello"))
    assert (got.kind, got.reason) == ("autoreply", "vacation")
