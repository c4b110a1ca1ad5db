"""Amazon SES JSON notifications (SNS envelope or raw): sesjson.read and the classifier.

The notification shapes follow AWS's public description of the SES notification contents
(notificationType, bounce.bounceType / bounceSubType / bouncedRecipients, complaint,
delivery, mail.headers / commonHeaders). Addresses are example data.
"""

from __future__ import annotations

import json

import pytest

from outreach.inbound import classify, sesjson

_HEAD = (
    "From: SES Bounces <no-reply@sns.amazonaws.com>\n"
    "To: bounces@outreach.example\n"
    "Subject: AWS Notification Message\n"
    "Content-Type: text/plain; charset=UTF-8\n\n"
)


def _ses(kind: str = "Bounce", **parts: object) -> dict[str, object]:
    note: dict[str, object] = {
        "notificationType": kind,
        "mail": {
            "messageId": "0100-ses-id",
            "headers": [
                {"name": "Message-ID", "value": "<m1@mail.outreach.example>"},
                {"name": "X-Outreach-Message", "value": "c42"},
            ],
            "commonHeaders": {"messageId": "<m1@mail.outreach.example>"},
        },
    }
    note.update(parts)
    return note


def _bounce(btype: str, sub: str, **rcpt: object) -> dict[str, object]:
    recipient = {"emailAddress": "Ann@Example.org", **rcpt}
    return _ses(
        bounce={"bounceType": btype, "bounceSubType": sub, "bouncedRecipients": [recipient]}
    )


def _sns(note: dict[str, object]) -> bytes:
    envelope = {"Type": "Notification", "MessageId": "x", "Message": json.dumps(note)}
    footer = "\n\n--\nIf you wish to stop receiving notifications from this topic, ...\n"
    return (_HEAD + json.dumps(envelope, indent=2) + footer).encode()


def _raw(note: dict[str, object]) -> bytes:
    return (_HEAD + json.dumps(note)).encode()


def test_permanent_bounce_with_diagnostic() -> None:
    note = _bounce(
        "Permanent",
        "General",
        status="5.1.1",
        action="failed",
        diagnosticCode="smtp; 550 5.1.1 user unknown",
    )
    for raw in (_sns(note), _raw(note)):
        r = classify(raw)
        assert (r.kind, r.recipient, r.status, r.permanent, r.hard, r.reason) == (
            "bounce",
            "ann@example.org",
            "5.1.1",
            True,
            True,
            "userunknown",
        )
        assert r.original_message_id == "<m1@mail.outreach.example>"
        assert r.x_headers == {"X-Outreach-Message": "c42"}


@pytest.mark.parametrize(
    ("btype", "sub", "status", "permanent", "reason"),
    [
        ("Permanent", "NoEmail", "5.0.0", True, "userunknown"),
        ("Permanent", "Suppressed", "5.0.0", True, "userunknown"),
        ("Permanent", "OnAccountSuppressionList", "5.0.0", True, "userunknown"),
        ("Permanent", "General", "5.0.0", True, "undefined"),
        ("Transient", "General", "4.0.0", False, "undefined"),
        ("Transient", "MailboxFull", "4.0.0", False, "mailboxfull"),
        ("Transient", "MessageTooLarge", "4.0.0", False, "mesgtoobig"),
        ("Transient", "ContentRejected", "4.0.0", False, "contenterror"),
        ("Transient", "AttachmentRejected", "4.0.0", False, "contenterror"),
        ("Undetermined", "Undetermined", "5.0.0", True, "undefined"),
    ],
)
def test_bounce_subtype_without_diagnostic(
    btype: str, sub: str, status: str, permanent: bool, reason: str
) -> None:
    r = classify(_sns(_bounce(btype, sub)))
    assert (r.kind, r.recipient, r.status, r.permanent, r.reason) == (
        "bounce",
        "ann@example.org",
        status,
        permanent,
        reason,
    )


def test_diagnostic_words_win_over_subtype() -> None:
    note = _bounce("Transient", "General", diagnosticCode="smtp; 452 4.2.2 mailbox full")
    r = classify(_sns(note))
    assert (r.status, r.permanent, r.reason) == ("4.2.2", False, "mailboxfull")


def test_complaint_and_delivery() -> None:
    complaint = _ses(
        "Complaint",
        complaint={
            "complainedRecipients": [{"emailAddress": "bob@example.net"}],
            "complaintFeedbackType": "abuse",
        },
    )
    r = classify(_raw(complaint))
    assert (r.kind, r.recipient, r.reason, r.diagnostic) == (
        "complaint",
        "bob@example.net",
        "feedback",
        "feedback-type: abuse",
    )
    delivery = _ses("Delivery", delivery={"recipients": ["carol@example.org"]})
    r = classify(_sns(delivery))
    assert (r.kind, r.recipient, r.reason) == ("unknown", "carol@example.org", "delivered")


def test_ses_message_id_when_our_header_is_missing() -> None:
    note = _bounce("Permanent", "NoEmail")
    note["mail"] = {"messageId": "0100-ses-id"}
    found = sesjson.read(_raw(note).decode().split("\n\n", 1)[1])
    assert found is not None and found.message_id == "0100-ses-id"


@pytest.mark.parametrize(
    "body",
    [
        "",
        "{",
        "{not json at all",
        '{"Type": "Notification", "Message": "{broken"}',
        '{"Type": "Notification", "Message": 42}',
        '{"notificationType": 5}',
        '{"notificationType": "Open", "mail": {}}',
        '{"notificationType": "Bounce", "bounce": "x", "mail": []}',
        '{"notificationType": "Bounce", "bounce": {"bouncedRecipients": "a@b.c"}}',
        '{"notificationType": "Bounce", "bounce": {"bouncedRecipients": [1, null, []]}}',
        '{"notificationType": "Complaint", "complaint": '
        '{"complainedRecipients": [{"emailAddress": 7}]}}',
        '{"notificationType": "Bounce", "mail": {"headers": [1, {"name": 2, "value": null}]}}',
        '[{"notificationType": "Bounce"}]',
        '{"notificationType": "Bounce"' + "}" * 5,
        "{" + '"a":[' * 100_000 + "]" * 100_000 + "}",
        '{"notificationType": "Bounce", "x": "' + "a" * 600_000 + '"}',
        '{"notificationType": "Bounce", "bounce": {"bounceType": ["Permanent"]}}',
    ],
)
def test_garbage_never_raises(body: str) -> None:
    found = sesjson.read(body)
    assert found is None or found.kind in ("bounce", "complaint", "delivery")
    r = classify((_HEAD + body).encode())
    assert r.kind in ("bounce", "complaint", "unknown", "human", "autoreply")


def test_deeply_nested_message_string() -> None:
    inner = '{"notificationType": "Bounce", "bounce": ' + "[" * 50_000 + "]" * 50_000 + "}"
    body = json.dumps({"Type": "Notification", "Message": inner})
    assert sesjson.read(body) is None
    assert classify((_HEAD + body).encode()).kind in ("human", "unknown")


def test_wrong_types_give_a_bounce_without_recipient() -> None:
    found = sesjson.read('{"notificationType": "Bounce", "bounce": {"bounceType": 3}}')
    assert found is not None and found.recipients == () and found.bounce_type == ""


def test_many_recipients_are_capped() -> None:
    recips = [{"emailAddress": f"u{i}@example.org"} for i in range(500)]
    note = _ses(bounce={"bounceType": "Permanent", "bouncedRecipients": recips})
    r = classify(_raw(note))
    assert r.kind == "bounce" and len(r.recipients) == sesjson.MAX_RECIPIENTS


def test_gate_is_cheap_and_specific() -> None:
    assert not sesjson.may_be_notice("Hello,\n{notificationType}")
    assert not sesjson.may_be_notice('{"Type": "Notification"}')
    assert sesjson.may_be_notice('  \n{"notificationType": "Bounce"}')
    assert sesjson.may_be_notice('{"Type" : "Notification", "Message" : "{\\"notificationType')
