"""General notice forms behind the unseen-8 held-out fixes, hand-written from each form
(not copies of the corpus files): Exim's deferral, Exchange's wrapped remote reply, the BSD
"Operation timed out", role addresses as recipients, ITS COMSAT's returned copy, a code
that belongs to another recipient, and auto-replies known only by their wording.

And the forms behind the unseen-9 fixes: a refusal of the sending IP range, a bare
"Service unavailable" with a policy code, a sending cap that says "quota", Gmail's "The
response was:" paragraph, a session transcript naming our sender, and auto-replies without
headers known by a return date, a closed mailbox or a receipt acknowledgement."""

from __future__ import annotations

import pytest

from outreach.inbound import classify
from outreach.inbound.reasons import find_status

DAEMON = "Mail Delivery System <mailer-daemon@mx.example.net>"
PERSON = "Kim Berg <kim.berg@example.org>"


def _msg(body: str, sender: str = DAEMON, subject: str = "Mail delivery failed") -> bytes:
    return (
        f"From: {sender}\nTo: sales@outreach.example\nSubject: {subject}\n"
        "Message-ID: <n1@example.net>\nContent-Type: text/plain; charset=utf-8\n\n" + body
    ).encode("utf-8")


def test_exim_deferral_is_a_delay() -> None:
    body = (
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a temporary error. The following address(es) deferred:\n\n"
        "  bob@example.org\n    Mailbox quota exceeded\n"
    )
    got = classify(_msg(body))
    assert (got.kind, got.recipient, got.status, got.permanent) == (
        "bounce",
        "bob@example.org",
        "4.0.0",
        False,
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Remote Server returned '554 5.7.0 < #5.7.134 smtp;550 5.7.134 RESOLVER.RST>'", "5.7.134"),
        ("Remote server returned '554 5.0.0 <mx.example.org #5.0.0 smtp; 550 5.1.1 no'", "5.1.1"),
        ("Diagnostic-Code: SMTP; 550 5.2.2 mailbox full", "5.2.2"),
        ("550 5.1.1 <bob@example.org>: Recipient address rejected", "5.1.1"),
    ],
)
def test_the_remote_servers_own_code_wins(text: str, want: str) -> None:
    assert find_status(text) == want


def test_bsd_operation_timed_out_in_a_delay_is_a_network_error() -> None:
    body = (
        "This is the mail system at host mail.example.net.\n\n"
        "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n\n"
        "<bob@example.org>: connect to mx.example.org[192.0.2.7]:25: Operation timed out\n"
    )
    got = classify(_msg(body, subject="Delayed Mail (still being retried)"))
    assert (got.recipient, got.permanent, got.reason) == ("bob@example.org", False, "networkerror")


@pytest.mark.parametrize("local", ["postmaster", "abuse"])
def test_a_listed_role_address_is_the_recipient(local: str) -> None:
    body = (
        "Delivery to the following recipient failed permanently:\n\n"
        f"     {local}@example.org\n\n"
        "550 5.1.1 The email account that you tried to reach does not exist.\n"
        "If the problem persists, contact postmaster@mx.example.net for help.\n"
    )
    assert classify(_msg(body)).recipient == f"{local}@example.org"


def test_a_role_address_in_help_text_is_no_recipient() -> None:
    body = (
        "Unable to deliver your message to bob@example.org: 550 5.1.1 unknown user.\n"
        "If this error persists, please contact postmaster@mx.example.net.\n"
    )
    got = classify(_msg(body))
    assert (got.recipient, got.recipients) == ("bob@example.org", ("bob@example.org",))


def test_its_comsat_returned_copy() -> None:
    body = (
        "============ A copy of your message is being returned, because: ============\n"
        '"JOE" at AI.EXAMPLE.ORG is an unknown recipient.\n'
        "============ Failed message follows: ============\n"
        "From: SALES@MC.EXAMPLE.ORG\nTo: JOE@AI.EXAMPLE.ORG\nSubject: Hello\n\nHi.\n"
    )
    got = classify(_msg(body, sender="COMSAT@AI.EXAMPLE.ORG", subject="Msg of Monday"))
    assert (got.kind, got.recipient, got.reason, got.hard) == (
        "bounce",
        "joe@ai.example.org",
        "userunknown",
        True,
    )


def test_another_recipients_code_is_not_the_first_ones() -> None:
    body = (
        "Unable to send to ann@example.org\n"
        "Reason: the address does not exist. 550 No such user\n\n"
        "Unable to send to bob@example.org\n"
        "Reason: the address does not exist. 550 5.2.1 mailbox disabled\n"
    )
    got = classify(_msg(body))
    assert (got.recipient, got.status) == ("ann@example.org", "5.0.0")


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for your message. I am on annual leave this week and will reply when I "
        "return on 3 May.",
        "感谢您的来信，收到后会尽快给您答复。",  # noqa: RUF001
    ],
)
def test_an_acknowledgement_with_an_absence_is_automatic(body: str) -> None:
    got = classify(_msg(body, sender="Ana <ana@example.org>", subject="Re: Our offer"))
    assert (got.kind, got.reason) == ("autoreply", "vacation")


def test_an_acknowledgement_that_asks_something_is_a_person() -> None:
    body = "Thank you for your email. I am away until Monday; could we talk on Tuesday?"
    got = classify(_msg(body, sender="Ana <ana@example.org>", subject="Re: Our offer"))
    assert got.kind == "human"


# --- unseen-9 forms ---------------------------------------------------------------


def _postfix(reply: str) -> bytes:
    return _msg(
        subject="Undelivered Mail",
        body="This is the mail system at host mail.example.net.\n\nThe mail system\n\n"
        f"<bob@example.org>: host mx.example.org[192.0.2.9] said: {reply} "
        "(in reply to RCPT TO command)\n",
    )


@pytest.mark.parametrize(
    ("reply", "want"),
    [
        ("554 Unauthenticated mail not accepted from your IP range", "blocked"),
        ("550 Mail refused from this subnet", "blocked"),
        # A bare "Service unavailable" beside a generic 5.7.1 is the server's state
        # (ADR 0017, convention 6: systemerror; blocked before fix11); a specific policy
        # code beside the same words names the cause.
        ("554 5.7.1 Service unavailable", "systemerror"),
        ("550 5.7.606 Service unavailable", "blocked"),
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


def _sendmail(transcript: str, failed: str = "<ana.ruiz@example.org>") -> bytes:
    """A sendmail notice; `failed`: its failed-address block (masked in a pasted copy)."""
    body = (
        "The original message was received at Mon, 3 Mar 2025 10:00:00 +0100\n"
        "from localhost [127.0.0.1]\n\n"
        "   ----- The following addresses had permanent fatal errors -----\n"
        f"{failed}\n\n"
        "   ----- Transcript of session follows -----\n"
        "... while talking to mx1.example.org.:\n" + transcript
    )
    return _msg(body, "Mail Delivery Subsystem <MAILER-DAEMON@relay.example.net>", "Returned mail")


def test_sendmail_own_line_after_a_remote_reply_at_data_does_not_name_the_cause() -> None:
    """fix13 (unseen-20): sendmail writes its own "550 5.1.1 <x>... User unknown" for each
    recipient after a refusal at DATA; the remote's "<<<" reply before it, with its own
    enhanced code, names the status and the cause (a block list here, not a bad address),
    as the failed-address block's "(reason: ...)" does when it is not masked."""
    transcript = (
        ">>> DATA\n"
        "<<< 550-5.7.1 Service unavailable, client host [192.0.2.7]\n"
        "<<< 550 5.7.1 blocked using a DNS block list\n"
        "550 5.1.1 <ana.ruiz@example.org>... User unknown\n"
        "<<< 503 5.5.2 Need rcpt command\n"
    )
    reason = "    (reason: 550 5.7.1 Service unavailable, client host [192.0.2.7] blocked)"
    for failed in ("<****@*******.org>", "<ana.ruiz@example.org>"):
        r = classify(_sendmail(transcript, f"{failed}\n{reason}"))
        assert r.recipient == "ana.ruiz@example.org"
        assert (r.status, r.reason, r.hard) == ("5.7.1", "blocked", False)
    masked = classify(_sendmail(transcript, f"<****@*******.org>\n{reason}"))
    assert masked.diagnostic == (
        "550 5.7.1 Service unavailable, client host [192.0.2.7] blocked using a DNS block list"
    )


def test_sendmail_own_line_after_a_reply_without_its_own_code_is_kept() -> None:
    """fix13: at RCPT the own line repeats the remote's refusal; a remote reply without an
    enhanced code leaves sendmail's own line as the diagnostic."""
    at_rcpt = classify(
        _sendmail(
            ">>> RCPT To:<ana.ruiz@example.org>\n"
            "<<< 550 5.1.1 <ana.ruiz@example.org>: Recipient address rejected\n"
            "550 5.1.1 <ana.ruiz@example.org>... User unknown\n"
        )
    )
    assert (at_rcpt.status, at_rcpt.reason, at_rcpt.hard) == ("5.1.1", "userunknown", True)
    bare = classify(
        _sendmail(
            ">>> RCPT To:<ana.ruiz@example.org>\n"
            "<<< 550 No such user here\n"
            "550 5.1.1 <ana.ruiz@example.org>... User unknown\n"
        )
    )
    assert (bare.status, bare.reason) == ("5.1.1", "userunknown")
    assert bare.diagnostic and "User unknown" in bare.diagnostic
