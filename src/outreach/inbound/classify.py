"""Orchestration: bytes in, one Classification out; never raises, bounded work."""

from __future__ import annotations

import dataclasses
import re

from . import arf, autoreply, build, notices, refine, sesjson, textbounce
from .dsn import DSN_TYPES, parse_dsn
from .model import Classification
from .parse import ParseError, bound_input, first_address, header, parse
from .view import View

# Accounts that run programs, not a mail system: their mail is a notice only when it
# looks like one (a bounce subject, a report, a returned message).
_SYSTEM_ACCOUNT = re.compile(r"(?i)(?:root|nobody|daemon|cron|www-data|apache|nginx)@")


def _unknown(why: str) -> Classification:
    return Classification(kind="unknown", diagnostic=why)


def _looks_binary(raw: bytes) -> bool:
    # Bounded counts on the input itself: no slice copies.
    return raw.count(b"\x00", 0, 2048) > 8 or raw.find(b":", 0, 1000) < 0


def _classify(raw: bytes, nested: bool = False) -> Classification:
    raw, note = bound_input(bytes(raw))
    if not raw.strip():
        return _unknown("empty input")
    if _looks_binary(raw):
        return _unknown("not an e-mail message (no header lines)")
    try:
        msg = parse(raw)
    except ParseError as exc:
        return _unknown(f"unparseable message: {exc}")
    if not msg.keys():
        return _unknown("not an e-mail message (no headers)")
    view = View(msg)
    result = _decide(view)
    if result.kind == "bounce":
        result = refine.bounce(view, result)
    elif result.kind == "human" and not nested:
        result = _forwarded_bounce(view) or result
    if note and result.kind == "unknown" and not result.diagnostic:
        return _unknown(note)
    return result


def _decide(view: View) -> Classification:
    msg = view.msg
    subject = header(msg, "Subject")
    from_header = header(msg, "From")
    from_addr = first_address(from_header)
    daemon = textbounce.is_daemon(from_header, from_addr)
    if sesjson.may_be_notice(view.body):
        # Amazon SES's JSON notification, e-mailed by SNS or raw (sesjson.py).
        ses = sesjson.read(view.body)
        if ses is not None:
            return build.from_ses(view, ses)
    if arf.is_complaint(msg, view.parts, view.original, view.report_type):
        return build.complaint(view)
    if not daemon and arf.is_failure_report(subject, view.note):
        # A DMARC failure report in plain text: a report about mail that was accepted,
        # labelled like the ARF auth-failure reports (complaint / feedback).
        return build.complaint(view)
    if not daemon and view.original is not None and arf.is_plain_abuse_report(view.note):
        # An abuse desk's report in plain words with our message attached (session 13).
        return build.complaint(view)
    # Challenge-response systems answer from the person's or the service's address,
    # never as a mailer daemon.
    held = None if daemon else notices.challenge(subject, view.note)
    if held:
        return build.challenge(view, held)
    for part, ct in view.parts:
        if ct in DSN_TYPES:
            reporting, blocks = parse_dsn(part)
            found = build.from_dsn(view, blocks, reporting)
            if found is not None:
                return found
    if _is_receipt(view, subject, daemon):
        return build.receipt(view)
    if notices.is_read_receipt(subject, view.note):
        return build.receipt(view, "read receipt")
    if notices.is_success_notice(subject, view.note):
        return build.delivered_notice(view)
    # Every check from here on asks whether the subject is a bounce's: read it once.
    bounce_subject = textbounce.bounce_subject(subject)
    if daemon and not bounce_subject and _relayed_autoreply(view, subject):
        # A mail service relaying a person's auto-reply from its daemon address (SES's
        # MAILER-DAEMON@amazonses.com): the reply's own address is not the sender's.
        return dataclasses.replace(build.reply(view, "autoreply"), recipient=None, recipients=())
    # Exim marks its bounces "auto-replied" too, so that header alone decides nothing.
    if (
        daemon
        or _is_bounce(view, subject, daemon, bounce_subject)
        or notices.is_list_rejection(view, subject)
    ):
        found = build.from_text(view)
        if found.recipients:
            return found
        notice = view.original is not None or view.report_type or bounce_subject
        if textbounce.has_failure_words(view.note[:3000]) and (
            notice or not _SYSTEM_ACCOUNT.match(from_addr or "")
        ):
            # A system account's own mail (cron output saying "error") is no notice
            # about our mail unless it looks like one.
            return found
        if not daemon:
            # A report-typed message naming no recipient and no failure (a stub, an
            # empty report) tells nothing about our mail.
            return _unknown("delivery report without any recipient or failure")
        if notice:
            return found
        # A system account's ordinary message ("root": cron output, a test): no notice.
    if autoreply.is_autoreply(msg, subject, view.body):
        return build.reply(view, "autoreply")
    if from_addr or (from_header.strip() and not daemon):
        # A person's message even when the sender address is unusable ("x@REDACTED").
        return build.reply(view, "human")
    return _unknown("no bounce, complaint, auto-reply or sender found")


def _forwarded_bounce(view: View) -> Classification | None:
    """A person forwarding a bounce as an attachment ("Fwd: Undelivered Mail ..."): the
    attached notice is what tells about our mail, so it is classified instead."""
    subject = header(view.msg, "Subject").lower().lstrip()
    inner = view.original
    if inner is None or not subject.startswith(("fw:", "fwd:", "wg:", "tr:", "rv:", "i:")):
        return None
    inner_from = header(inner, "From")
    if not textbounce.is_daemon(inner_from, first_address(inner_from)):
        return None
    try:
        raw = inner.as_bytes()
    except Exception:  # noqa: BLE001 - a broken attachment is simply not used
        return None
    found = _classify(raw, nested=True)
    return found if found.kind == "bounce" else None


def _relayed_autoreply(view: View, subject: str) -> bool:
    """A daemon's message that is an auto-reply and nothing of a notice: no report, no
    returned message, no X-Failed-Recipients (the caller has ruled out a bounce subject).
    (Failure words are not asked: a signature's phone number reads as a reply code.)"""
    if view.original is not None or view.report_type or header(view.msg, "X-Failed-Recipients"):
        return False
    return autoreply.is_relayed_autoreply(view.msg, subject)


def _is_receipt(view: View, subject: str, daemon: bool) -> bool:
    """A read receipt from a person's client; a daemon's MDN ("deleted", Dovecot's
    "Automatically rejected mail") is a rejection and is left to the bounce rules."""
    if view.report_type != "disposition-notification" and not any(
        ct == "message/disposition-notification" for _, ct in view.parts
    ):
        return False
    if daemon:
        return False
    return not textbounce.bounce_subject(subject)


def _is_bounce(view: View, subject: str, daemon: bool, bounce_subject: bool) -> bool:
    msg = view.msg
    if header(msg, "X-Failed-Recipients"):
        return True
    if view.report_type == "delivery-status":
        return True
    if daemon and (bounce_subject or view.original is not None or not subject):
        return True
    if bounce_subject and not subject.lower().startswith(("re:", "aw:", "fw:", "fwd:", "wg:")):
        return True
    if bounce_subject and textbounce.BOUNCE_BODY.search(view.body[:1500]):
        return True  # "RE: ... non remis" with a delivery-failure body: a gateway's notice
    return daemon and textbounce.has_failure_words(view.body[:3000])


def classify(raw: bytes) -> Classification:
    """Classify one raw inbound message; never raises, returns kind 'unknown' on bad input."""
    try:
        if isinstance(raw, str):
            raw = raw.encode("utf-8", "surrogateescape")
        return _classify(raw)
    except RecursionError:
        return _unknown("message too deeply nested")
    except Exception as exc:  # noqa: BLE001 - never raise on hostile input
        return _unknown(f"classifier error: {type(exc).__name__}")
