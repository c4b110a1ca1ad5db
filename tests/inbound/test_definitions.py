"""Reasons as Sisimai's published reason definitions describe them, and the notice-level
rules (refine.py): hand-written messages, none taken from any sample set."""

from __future__ import annotations

import pytest

from outreach.inbound import classify
from outreach.inbound.reasons import decide_reason, find_status, is_permanent

# (status, diagnostic, reason) where the published definition decides:
# "blocked" includes a refused HELO/EHLO argument; "filtered" is what X.2.0 / X.2.1
# mean when nothing else is said; "toomanyconn" is a connection-count limit;
# "policyviolation" includes several addresses in From:.
DEFINED = [
    ("5.0.0", "501 5.0.0 Invalid domain name in HELO", "blocked"),
    (
        "5.5.2",
        "504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname",
        "blocked",
    ),
    ("5.0.0", "Connected to 192.0.2.9 but my name was rejected.", "blocked"),
    ("5.2.0", "550 5.2.0 Message rejected", "filtered"),
    ("5.2.1", "550 5.2.1 Rejected", "filtered"),
    ("5.2.1", "550 5.2.1 The email account that you tried to reach is inactive.", "suspend"),
    ("5.2.1", "550 5.2.1 Boite du destinataire archivee. Archived recipient mailbox.", "suspend"),
    ("4.7.0", "421 4.7.0 Too many connections from your IP, try again later", "toomanyconn"),
    ("5.7.1", "554 5.7.1 Message contains multiple From: addresses", "policyviolation"),
    ("5.1.1", "550 5.1.1 RCP-P2 Refused due to recipient preferences", "filtered"),
    ("5.1.1", "550 5.1.1 You may not have permission to post messages to the group", "rejected"),
    ("5.0.0", "550 Administrative prohibition - envelope blocked", "rejected"),
    ("5.0.0", "Deferred: Connection refused by mx.example.net.", "networkerror"),
    ("5.0.0", "Network error on destination MXs", "networkerror"),
    (
        "5.0.0",
        "Recipient's Domino Directory entry does not specify a valid Notes mail file",
        "userunknown",
    ),
    (
        "5.0.0",
        "The domain name (nosuchdomain.example) does not appear to be registered.",
        "hostunknown",
    ),
]


# Wordings the own-3 set showed misread: a vendor name inside a word, a gateway's name
# before its cause, a Microsoft code documented as an IP refusal.
VENDOR = [
    (
        "4.0.0",
        "451 Internal resource temporarily unavailable - "
        "https://community.mimecast.com/docs/DOC-1369#451",
        "blocked",  # Mimecast's page: greylisting or a poor-reputation hold
    ),
    (
        "5.0.0",
        "Message blocked by Barracuda Email Security Gateway due to a virus",
        "virusdetected",
    ),
    ("5.7.708", "550 5.7.708 Access denied, traffic not accepted from this IP.", "blocked"),
]


@pytest.mark.parametrize(("status", "text", "want"), DEFINED + VENDOR)
def test_published_definitions(status: str, text: str, want: str) -> None:
    assert decide_reason(status, text) == want


def test_transcript_success_codes_are_not_the_status() -> None:
    text = "<-- 250 2.1.0 Ok\n--> RCPT To:<a@example.net>\n<-- 550 5.1.1 <a@example.net>: unknown"
    assert find_status(text) == "5.1.1"


def test_temporarily_over_quota_in_a_final_notice_is_permanent() -> None:
    text = "This Message was undeliverable due to the following reason: temporarily over quota"
    assert is_permanent(None, text, True) is True
    assert is_permanent(None, "temporarily over quota, will be retried", True) is False


def _bounce(body: str, extra: str = "", subject: str = "Returned mail") -> bytes:
    head = (
        "From: Mail Delivery Subsystem <MAILER-DAEMON@relay.example.com>\n"
        f"To: sam@outreach.example\nSubject: {subject}\n{extra}"
        "Content-Type: text/plain\n\n"
    )
    return (head + body).encode()


# (notice text, subject, recipient, reason, hard): the notice-level rules of refine.py.
NOTICES = [
    (  # a bare "Unknown user" in reply to DATA: the carrier's filter (Sisimai: filtered)
        "   ----- The following addresses had permanent fatal errors -----\n"
        "<kim@example.jp>\n    (reason: 550 Unknown user kim@example.jp)\n\n"
        "   ----- Transcript of session follows -----\n"
        "... while talking to mx.example.jp.:\n>>> DATA\n<<< 550 Unknown user kim@example.jp\n"
        "554 5.0.0 Service unavailable\n",
        "Returned mail",
        "kim@example.jp",
        "filtered",
        False,
    ),
    (  # an X.1.1 after pipelined DATA is the server saying the mailbox is bad
        "   ----- Transcript of session follows -----\n"
        "... while talking to mx.example.com.:\n>>> DATA\n"
        "<<< 550 5.1.1 <kim@example.com>... User unknown\n",
        "Returned mail",
        "kim@example.com",
        "userunknown",
        True,
    ),
    (  # given up after the queue lifetime, whatever the last connection error
        "Hi. This is the qmail-send program at smtp.example.org.\n"
        "I'm not going to try again; this message has been in the queue too long.\n\n"
        "<gus@example.net>:\nSorry, I wasn't able to establish an SMTP connection. (#4.4.1)\n",
        "failure notice",
        "gus@example.net",
        "expired",
        False,
    ),
]


@pytest.mark.parametrize(("body", "subject", "recipient", "reason", "hard"), NOTICES)
def test_notice_level_rules(
    body: str, subject: str, recipient: str, reason: str, hard: bool
) -> None:
    got = classify(_bounce(body, subject=subject))
    assert (got.recipient, got.reason, got.hard) == (recipient, reason, hard)


def test_a_delay_that_cannot_connect_is_a_network_error() -> None:
    raw = (
        "From: postmaster@mx.example.com\nTo: sam@outreach.example\n"
        "Subject: Delivery Status Notification (Delay)\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\n\n'
        "--B\nContent-Type: text/plain\n\nDelivery has been delayed. It will be retried.\n\n"
        "--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.com\n\n"
        "Final-Recipient: rfc822; ann@example.net\nAction: delayed\nStatus: 4.4.7\n"
        "Diagnostic-Code: smtp; 421 4.4.7 Connection timed out\n\n--B--\n"
    )
    got = classify(raw.encode())
    assert (got.status, got.permanent, got.reason) == ("4.4.7", False, "networkerror")


# (raw message, recipient): who the bounce is for when the usual places are empty.
SENDERLESS = [
    (  # a report without Final-Recipient: Exim-style X-Failed-Recipients names it
        "From: postmaster@mx.example.com\nTo: sam@outreach.example\nSubject: Undeliverable\n"
        "X-Failed-Recipients: Ann@Example.com\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\n\n'
        "--B\nContent-Type: text/plain\n\nDelivery has failed.\n\n"
        "--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.com\n\n"
        "Action: failed\nStatus: 5.1.1\n\n--B--\n",
        "ann@example.com",
    ),
    (  # Courier's null sender "<@>" is a daemon's, so the plain notice is a bounce
        "From: Courier mail server at mx.example.com <@>\nTo: sam@outreach.example\n"
        "Subject: NOTICE: mail delivery status.\nContent-Type: text/plain\n\n"
        "Your message to the following recipients cannot be delivered:\n\n"
        "<rob@example.com>:\n    550 User unknown.\n",
        "rob@example.com",
    ),
]


@pytest.mark.parametrize(("raw", "recipient"), SENDERLESS)
def test_recipient_of_a_plain_or_nameless_report(raw: str, recipient: str) -> None:
    got = classify(raw.encode())
    assert (got.kind, got.recipient, got.reason) == ("bounce", recipient, "userunknown")


def test_a_forwarded_bounce_is_classified_by_the_attached_notice() -> None:
    inner = _bounce(
        "<dora@example.com>: host mx.example.com[192.0.2.50] said: 550 5.1.1\n"
        "    <dora@example.com>: Recipient address rejected: User unknown\n",
        subject="Undelivered Mail Returned to Sender",
    ).decode()
    raw = (
        "From: Sam <sam@outreach.example>\nTo: bounces@outreach.example\n"
        "Subject: Fwd: Undelivered Mail Returned to Sender\n"
        'Content-Type: multipart/mixed; boundary="F"\n\n'
        "--F\nContent-Type: text/plain\n\nFYI\n\n"
        f"--F\nContent-Type: message/rfc822\n\n{inner}\n--F--\n"
    )
    got = classify(raw.encode())
    assert (got.kind, got.recipient, got.status) == ("bounce", "dora@example.com", "5.1.1")


def test_a_person_forwarding_an_ordinary_message_stays_human() -> None:
    raw = (
        "From: Sam <sam@outreach.example>\nTo: team@outreach.example\nSubject: Fwd: lunch\n"
        'Content-Type: multipart/mixed; boundary="F"\n\n'
        "--F\nContent-Type: text/plain\n\nsee below\n\n"
        "--F\nContent-Type: message/rfc822\n\nFrom: Bo <bo@example.com>\nSubject: lunch\n\n"
        "Friday?\n\n--F--\n"
    )
    assert classify(raw.encode()).kind == "human"


def test_a_list_refusing_a_non_member_is_a_rejected_bounce() -> None:
    raw = (
        "From: team-admin@lists.example.jp\nTo: sam@outreach.example\n"
        "Subject: NOT MEMBER article from sam@outreach.example\n"
        'Content-Type: multipart/mixed; boundary="L"\n\n'
        "--L\nContent-Type: text/plain\n\n"
        "You are not a member of this mailing list <team@lists.example.jp>.\n\n"
        "--L\nContent-Type: message/rfc822\n\nFrom: sam@outreach.example\n"
        "To: team@lists.example.jp\nSubject: hello\n\nhi\n\n--L--\n"
    )
    got = classify(raw.encode())
    assert (got.kind, got.recipient, got.reason, got.hard) == (
        "bounce",
        "team@lists.example.jp",
        "rejected",
        False,
    )


def _report(blocks: str) -> bytes:
    return (
        "From: MAILER-DAEMON@mx.example.com\nTo: sam@outreach.example\nSubject: Delivery report\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\n\n'
        "--B\nContent-Type: text/plain\n\nSee below.\n\n"
        "--B\nContent-Type: message/delivery-status\n\n"
        f"Reporting-MTA: dns; mx.example.com\n\n{blocks}\n--B--\n"
    ).encode()


def test_a_failed_recipient_comes_before_a_delayed_one() -> None:
    got = classify(
        _report(
            "Final-Recipient: rfc822; ka@example.com\nAction: delayed\nStatus: 4.2.2\n\n"
            "Final-Recipient: rfc822; kb@example.com\nAction: failed\nStatus: 5.1.1\n"
        )
    )
    assert (got.recipient, got.status, got.reason) == ("kb@example.com", "5.1.1", "userunknown")
    assert got.recipients == ("kb@example.com", "ka@example.com")


def test_a_quoted_dot_atom_local_part_is_unquoted() -> None:
    got = classify(
        _report('Final-Recipient: rfc822; "Fa.X"@Example.com\nAction: failed\nStatus: 5.2.2\n')
    )
    assert (got.recipient, got.reason) == ("fa.x@example.com", "mailboxfull")


def test_cron_output_from_root_is_not_a_bounce() -> None:
    raw = (
        "From: root <root@web1.example.com>\nTo: sam@outreach.example\n"
        "Subject: Cron <root@web1> run-parts /etc/cron.daily\nContent-Type: text/plain\n\n"
        "/etc/cron.daily/logrotate:\nerror: error running shared postrotate script\n"
    )
    assert classify(raw.encode()).kind == "human"
