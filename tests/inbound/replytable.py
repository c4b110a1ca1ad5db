"""Shared machinery of the reply-text tables (test_provider_texts, test_mta_texts,
test_quoted_texts*, test_software_texts_2).

A case is (family, SMTP reply code, enhanced status code or None, reply text, reason). Each
becomes two bounces: a Postfix RFC 3464 report whose Diagnostic-Code carries the reply, and
an Exim-style plain-text notice quoting it. The tables hold only their cases, their open
label questions (KNOWN_MISSES) and a test that calls `check`.
"""

from __future__ import annotations

import re
import sys
from collections import Counter

import pytest

from outreach.inbound import classify

Case = tuple[str, int, str | None, str, str]

HARD = frozenset({"userunknown", "hostunknown", "hasmoved"})
RCPT = "kim@example.org"


def status_of(code: int, enhanced: str | None) -> str:
    """The Status: field a Postfix report would carry for this reply."""
    return enhanced or f"{str(code)[0]}.0.0"


def reply_line(code: int, enhanced: str | None, text: str) -> str:
    """The remote server's reply as one line: "550 5.1.1 text"."""
    return f"{code} {enhanced} {text}" if enhanced else f"{code} {text}"


def dsn_bounce(code: int, enhanced: str | None, text: str) -> bytes:
    """A Postfix RFC 3464 report whose Diagnostic-Code carries the reply."""
    action = "failed" if code >= 500 else "delayed"
    reply = reply_line(code, enhanced, text)
    return (
        "From: MAILER-DAEMON@relay.outreach.example (Mail Delivery System)\n"
        "To: sam@outreach.example\nSubject: Undelivered Mail Returned to Sender\n"
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B1"\n\n'
        "--B1\nContent-Description: Notification\nContent-Type: text/plain\n\n"
        "This is the mail system at host relay.outreach.example.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        f"<{RCPT}>: host mx.example.org[192.0.2.25] said: {reply} (in reply to RCPT TO command)\n\n"
        "--B1\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; relay.outreach.example\n\n"
        f"Final-Recipient: rfc822; {RCPT}\nOriginal-Recipient: rfc822;{RCPT}\n"
        f"Action: {action}\nStatus: {status_of(code, enhanced)}\n"
        "Remote-MTA: dns; mx.example.org\n"
        f"Diagnostic-Code: smtp; {reply}\n\n"
        "--B1\nContent-Description: Undelivered Message Headers\n"
        "Content-Type: text/rfc822-headers\n\n"
        f"From: sam@outreach.example\nTo: {RCPT}\nSubject: Hello\n"
        "Message-ID: <m1@outreach.example>\n\n--B1--\n"
    ).encode()


def plain_bounce(code: int, enhanced: str | None, text: str) -> bytes:
    """An Exim-style plain-text notice quoting the reply."""
    final = code >= 500
    head = (
        "Mail delivery failed: returning message to sender" if final else "Warning: message delayed"
    )
    lead = (
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n"
        if final
        else "A message that you sent has not yet been delivered to one or more of its\n"
        "recipients after more than 24 hours on the queue. The message identifier is:\n"
        "1abcDE-000123-Xy. The address(es) to which delivery has been delayed:\n"
    )
    return (
        "From: Mail Delivery System <Mailer-Daemon@relay.outreach.example>\n"
        f"To: sam@outreach.example\nSubject: {head}\nAuto-Submitted: auto-replied\n"
        "Content-Type: text/plain; charset=us-ascii\n\n"
        "This message was created automatically by mail delivery software.\n\n"
        f"{lead}\n  {RCPT}\n    host mx.example.org [192.0.2.25]\n"
        f"    SMTP error from remote mail server after RCPT TO:<{RCPT}>:\n"
        f"    {reply_line(code, enhanced, text)}\n\n"
        "------ This is a copy of the message's headers. ------\n\n"
        f"From: sam@outreach.example\nTo: {RCPT}\nSubject: Hello\n"
        "Message-ID: <m1@outreach.example>\n"
    ).encode()


BUILDERS = {"dsn": dsn_bounce, "plain": plain_bounce}


def expected(case: Case) -> dict[str, object]:
    """The fields the classifier must give for a case."""
    _, code, enhanced, _, reason = case
    # The labelling convention: permanent follows the status class, which the enhanced
    # code gives when there is one (Exchange answers "451 5.7.3 STARTTLS is required");
    # a held (moderated) message has none.
    permanent = None if reason == "onhold" else status_of(code, enhanced).startswith("5")
    hard = reason in HARD or (reason == "notaccept" and permanent is True)
    return {
        "kind": "bounce",
        "recipient": RCPT,
        "permanent": permanent,
        "reason": reason,
        "hard": hard,
    }


def params(cases: list[Case]) -> list[object]:
    """One pytest parameter per case and bounce format, named by format, index, family."""
    return [
        pytest.param(variant, case, id=f"{variant}-{i:03d}-{case[0]}")
        for i, case in enumerate(cases)
        for variant in BUILDERS
    ]


def check(
    variant: str, case: Case, known: dict[str, str] | None = None, *, regex: bool = False
) -> None:
    """Assert the classifier's answer for one case; an open label question is an xfail.

    `known` maps a reply text (or, with `regex`, a pattern matched at its start) to why it
    is left open. A listed case that is now right in every bounce format fails: a fixed
    case must leave the list (pytest.xfail alone would hide the fix).
    """
    text = case[3]
    for key, why in (known or {}).items():
        if re.match(key, text) if regex else key == text:
            if all(is_right(v, case) for v in BUILDERS):
                pytest.fail(f"right in every format now: remove from KNOWN_MISSES ({why})")
            pytest.xfail(why)
    got = classify(BUILDERS[variant](*case[1:4])).to_dict()
    want = expected(case)
    assert {k: got[k] for k in want} == want


def is_right(variant: str, case: Case) -> bool:
    """True when the classifier gives every expected field for the case in this format."""
    got = classify(BUILDERS[variant](*case[1:4])).to_dict()
    return all(got[k] == v for k, v in expected(case).items())


def score(cases: list[Case]) -> str:
    """Reason and hard accuracy per bounce format, the misses by expected reason, each miss."""
    right: Counter[tuple[str, str]] = Counter()
    misses: Counter[str] = Counter()
    lines = []
    for case in cases:
        want = expected(case)
        for variant, build in BUILDERS.items():
            got = classify(build(*case[1:4])).to_dict()
            for field in ("reason", "hard"):
                right[variant, field] += got[field] == want[field]
            if got["reason"] != want["reason"]:
                misses[f"{want['reason']} -> {got['reason']}"] += 1
                lines.append(f"  miss {variant}: {case[3][:64]!r} {got['reason']} != {case[4]}")
    out = [f"{len(cases)} cases, {len(cases) * len(BUILDERS)} bounces"]
    for variant in BUILDERS:
        for field in ("reason", "hard"):
            n = right[variant, field]
            out.append(f"  {variant:5s} {field:6s} {n}/{len(cases)} = {100 * n / len(cases):.1f}%")
    out += [f"  {k}: {v}" for k, v in misses.most_common()]
    return "\n".join(out + lines)


def main(cases: list[Case], rounds: dict[str, list[Case]] | None = None) -> None:
    """Print a table's score: all cases, the first N (argument N) or a named round."""
    arg = sys.argv[1] if len(sys.argv) > 1 else ""
    if rounds and arg in rounds:
        print(score(rounds[arg]))
    else:
        print(score(cases[: int(arg)] if arg else cases))
