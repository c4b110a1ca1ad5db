"""Complaints: RFC 5965 ARF feedback reports and the older provider FBL formats."""

from __future__ import annotations

import re
from email.message import Message

from .parse import embedded_headers, first_address, header, header_table, part_text
from .phrases import Caseless, lowered

FEEDBACK_TYPES = frozenset({"message/feedback-report"})
# Five phrases: a Caseless tests them as substrings of the lowered subject, no regex.
_FBL_SUBJECT = Caseless(
    r"(?i)complaint about message from|abuse report|feedback report|spam report|spam complaint"
)
# Providers that forward the complained-about message without an ARF wrapper
# name the complaining user in a header of the forwarded copy.
# Providers (AOL, Yahoo) blank the complainer's local part in the forwarded copy.
_REDACTED = re.compile(r"^(?:redacted|\*+|x+|removed|hidden)@")
_FBL_RCPT_HEADERS = ("X-HmXmrOriginalRecipient", "X-Original-Rcpt-To", "X-Rcpt-To", "X-RCPT-TO")
# DMARC failure (forensic) reports without an ARF part (RFC 7489 section 7.3 allows other
# formats; Exim's "DMARC Forensic Report for <domain> from IP <ip>" is plain text).
_DMARC_REPORT = re.compile(r"(?i)\bdmarc\b[^\n]{0,30}\b(?:forensic|failure)[ -]reports?\b")
# The headers of the reported message copied into a plain report: its To: line.
_QUOTED_TO = re.compile(r"(?im)^to:[ \t]*([^\n]{1,500})")


def _report_fields(part: Message) -> Message | None:
    if part.get("Feedback-Type"):
        # The report's fields folded into the part's own header block (a whitespace-only
        # line where the blank separator belongs, as Domino/ecelerity write it).
        return part
    payload = part.get_payload()
    if isinstance(payload, list) and payload and isinstance(payload[0], Message):
        first = payload[0]
        # compat32 splits the report into blocks; fold them into one view.
        if len(payload) > 1:
            text = "\n".join(str(p) for p in payload if isinstance(p, Message))
            return embedded_headers(text)
        return first
    return embedded_headers(part_text(part))


def is_complaint(
    msg: Message, parts: list[tuple[Message, str]], original: Message | None, report_type: str
) -> bool:
    """True when the message is a feedback (complaint) report of any known format."""
    if report_type == "feedback-report" or any(ct in FEEDBACK_TYPES for _, ct in parts):
        return True
    # The part's header table (one dict lookup), not Message.get, which lower-cases and
    # compares every field name of the returned copy.
    if original is not None and header_table(original).get(_FBL_RCPT_HEADERS[0].lower()):
        return True
    if original is None:
        return False
    subject = header(msg, "Subject")
    return _FBL_SUBJECT.search(subject, lowered(subject))


def is_failure_report(subject: str, note: str) -> bool:
    """A DMARC failure (forensic) report written as plain text: the subject names it, or
    the text does near its start ("DMARC Forensic Report", "DMARC failure report")."""
    if "dmarc" in subject.lower():
        return bool(_DMARC_REPORT.search(subject))
    head = note[:1500]
    return ("DMARC" in head or "dmarc" in head) and bool(_DMARC_REPORT.search(head))


# Session 13 (our own probes): an abuse desk's plain report with the reported message
# attached ("This is an email abuse report for an email message received from IP ...",
# "A user reported the attached message as spam"); its subject's words are _FBL_SUBJECT's.
_ABUSE_REPORT = re.compile(
    r"(?i)this is an (?:e-?mail )?abuse report|"
    r"reported (?:the )?(?:attached|this|following|enclosed) (?:message|e-?mail) "
    r"as (?:spam|junk|abuse)"
)


def is_plain_abuse_report(note: str) -> bool:
    """A complaint in plain words about the attached copy of our message."""
    return _ABUSE_REPORT.search(note[:1500]) is not None


def quoted_recipient(note: str) -> str | None:
    """The To: address of the reported message's headers copied into a plain report."""
    start = note.find("Received:")
    m = _QUOTED_TO.search(note, max(start, 0), 64 * 1024)
    return first_address(m.group(1)) if m else None


def complaint_recipients(parts: list[tuple[Message, str]], original: Message | None) -> list[str]:
    """Return the complaining address(es): ARF fields first, then the forwarded copy."""
    found: list[str] = []
    for part, ct in parts:
        if ct not in FEEDBACK_TYPES:
            continue
        fields = _report_fields(part)
        if fields is None:
            continue
        for name in ("Original-Rcpt-To", "Removal-Recipient"):
            for value in fields.get_all(name) or []:
                addr = first_address(str(value))
                if addr and addr not in found:
                    found.append(addr)
    if found or original is None:
        return found
    for name in (*_FBL_RCPT_HEADERS, "To"):
        addr = first_address(header(original, name))
        if addr and not _REDACTED.match(addr):
            return [addr]
    return []


def feedback_type(parts: list[tuple[Message, str]]) -> str | None:
    """Return the ARF Feedback-Type (abuse, fraud, not-spam ...) if present."""
    for part, ct in parts:
        if ct in FEEDBACK_TYPES:
            fields = _report_fields(part)
            if fields is not None and fields.get("Feedback-Type"):
                return str(fields.get("Feedback-Type")).strip().lower()
    return None
