"""fix9 (unseen-19): a refusal the remote server made for good is not "expired" though the
queue gave up after it; our empty sender refused by our domain's own server; receipt
acknowledgements without the telling headers. Own wordings, each the rule's meaning in
other words than the corpus sample that led to it."""

from __future__ import annotations

import pytest

from outreach.inbound import classify
from outreach.inbound.reasons import decide_reason

_QMAIL = (
    "From: MAILER-DAEMON@mx.outreach.example\nTo: sam@outreach.example\n"
    "Subject: failure notice\n\n"
    "Hi. This is the qmail-send program at mx.outreach.example.\n"
    "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
    "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
    "<kim@example.org>:\n{block}\n\n--- Below this line is a copy of the message.\n"
)


def _qmail(block: str) -> bytes:
    return _QMAIL.format(block=block).encode()


@pytest.mark.parametrize(
    ("status", "text", "want"),
    [
        # A class-5 enhanced code in a 4xx reply: the remote refused for good, the sending
        # MTA retried on the basic code alone; the cause the reply names is the reason.
        (
            "5.7.1",
            "Connected to 192.0.2.1 but sender was rejected. Remote host said: 451 5.7.1 "
            "Message rejected as spam by content filtering. I'm not going to try again; "
            "this message has been in the queue too long.",
            "spamdetected",
        ),
        (
            "5.7.1",
            "Remote host said: 450 5.7.1 Your IP has a poor sender reputation. Giving up, "
            "the message expired after 5 days in the queue.",
            "badreputation",
        ),
        # A temporary refusal retried until the queue gave up stays expired (the corpus
        # labels qmail's "450 4.7.1 ... cannot find your hostname" so) ...
        (
            "4.7.1",
            "Connected to 192.0.2.1 but greeting failed. Remote host said: 450 4.7.1 "
            "Message rejected as spam by content filtering. I'm not going to try again; "
            "this message has been in the queue too long.",
            "expired",
        ),
        # ... as does a class-5 reply that names nothing besides the giving up ...
        ("5.0.0", "550 5.0.0 Retry limit exceeded, giving up", "expired"),
        # ... and an X.4 code, whose network failures are what expiry is made of.
        ("5.4.7", "550 5.4.7 Delivery expired (message too old), connection refused", "expired"),
        # Our domain's own server refuses the empty sender <>: a check of our domain.
        (
            "5.7.1",
            "550 5.7.1 <kim@example.org>... recipient denied: the MX of your domain does "
            "not accept the null sender, as RFC 1123 requires",
            "rejected",
        ),
        ("5.0.0", "553 your mail server doesn't accept the empty reverse-path", "rejected"),
    ],
)
def test_refusals_besides_the_queue_lifetime(status: str, text: str, want: str) -> None:
    assert decide_reason(status, text) == want


def test_a_qmail_notice_of_a_permanent_refusal_retried_until_expiry() -> None:
    got = classify(
        _qmail(
            "Connected to 192.0.2.1 but sender was rejected.\n"
            "Remote host said: 451 5.7.1 Message rejected as spam by content filtering\n"
            "I'm not going to try again; this message has been in the queue too long."
        )
    )
    assert (got.status, got.permanent, got.reason) == ("5.7.1", True, "spamdetected")


def test_a_qmail_notice_of_a_temporary_refusal_retried_until_expiry_stays_expired() -> None:
    got = classify(
        _qmail(
            "Connected to 192.0.2.1 but greeting failed.\n"
            "Remote host said: 451 4.7.1 Please try again later\n"
            "I'm not going to try again; this message has been in the queue too long."
        )
    )
    assert (got.status, got.permanent, got.reason) == ("4.7.1", False, "expired")


def test_qmail_giving_up_on_a_host_that_refused_the_empty_sender() -> None:
    got = classify(
        _qmail(
            "192.0.2.1 does not like recipient.\n"
            "Remote host said: 550 5.7.1 <kim@example.org>... denied: your domain's mail "
            "server did not accept the empty address <>\n"
            "Giving up on 192.0.2.1."
        )
    )
    assert (got.recipient, got.status, got.reason) == ("kim@example.org", "5.7.1", "rejected")


def _reply(body: str) -> bytes:
    return (
        "From: Ana <ana@example.org>\nTo: sam@outreach.example\nSubject: Re: next steps\n"
        "Message-ID: <r9@example.org>\nContent-Type: text/plain; charset=utf-8\n\n" + body
    ).encode()


@pytest.mark.parametrize(
    "body",
    [
        # A receipt acknowledgement, "letter" as "message", "delivered" as "received".
        "Thanks! Your letter has been received and will be read soon.",
        "Your message has been delivered. If urgent, please call the office.",
        "Good day. Your letter was delivered; if the matter is urgent, please phone us.",
        # Russian originals of the same acknowledgements.
        "Здравствуйте! Ваше письмо получено. Если вопрос срочный, позвоните мне.",
        "Спасибо, ваше сообщение доставлено.",
        # Away, with the reading promised.
        "I am travelling until 14 May. Everything sent here will be read soon after.",
    ],
)
def test_receipt_acknowledgements_without_a_header_are_autoreplies(body: str) -> None:
    got = classify(_reply(body))
    assert (got.kind, got.reason) == ("autoreply", "vacation")


@pytest.mark.parametrize(
    "body",
    [
        # Delivered somewhere: a person telling where the message went.
        "Your letter was delivered to the wrong department, I've forwarded it to Ana.",
        "Your email was delivered into my spam folder, sorry for the slow reply.",
        # "If urgent" in a person's question or plan, no receipt and no absence.
        "If urgent, can we talk tomorrow?",
        "Got your letter. I will read it shortly and send comments by Friday.",
    ],
)
def test_people_talking_about_receipt_or_urgency_stay_human(body: str) -> None:
    assert classify(_reply(body)).kind == "human"
