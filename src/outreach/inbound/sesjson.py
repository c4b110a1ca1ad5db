"""Amazon SES notifications as JSON: the SNS envelope e-mailed by an SNS subscription
(`"Type" : "Notification"` with the SES JSON in its `Message` string) or the bare SES
JSON (an "email" subscription with raw message delivery).

Read after AWS's public description of the notification contents (SES Developer Guide,
"Amazon SNS notification contents for Amazon SES"): `notificationType` (or `eventType`
for event publishing) Bounce / Complaint / Delivery; `bounce.bounceType` Permanent /
Transient / Undetermined with a `bounceSubType`; `bounce.bouncedRecipients[]` with
`emailAddress`, `action`, `status`, `diagnosticCode`; `complaint.complainedRecipients[]`
and `complaintFeedbackType`; `delivery.recipients`; `mail.messageId` (SES's id) and
`mail.headers` / `mail.commonHeaders` (the headers of the message we sent).

Bounded: the text is size-capped, deeply nested or malformed JSON is rejected, every
field is type-checked; `read` never raises.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from .parse import first_address, message_ids

MAX_JSON = 256 * 1024  # characters of JSON read at all
MAX_BRACKETS = 4000  # more "{"/"[" than this: not a notification, not parsed
MAX_RECIPIENTS = 50
MAX_HEADERS = 200

# AWS's documented bounce subtypes, by their meaning in Sisimai's vocabulary. General and
# Undetermined name no cause: the diagnostic (or "undefined") decides.
SUBTYPE_REASONS = {
    "noemail": "userunknown",  # "the target email address does not exist"
    # SES would not send: the address bounced as invalid recently (global list), or is
    # on the account's suppression list (a hard bounce or a complaint before).
    "suppressed": "userunknown",
    "onaccountsuppressionlist": "userunknown",
    "mailboxfull": "mailboxfull",
    "messagetoolarge": "mesgtoobig",
    "contentrejected": "contenterror",
    "attachmentrejected": "contenterror",
}


@dataclass(frozen=True)
class SesNotice:
    """One SES notification, reduced to what the classifier needs."""

    kind: str  # "bounce" | "complaint" | "delivery"
    recipients: tuple[str, ...] = ()
    bounce_type: str = ""  # permanent | transient | undetermined ("" if not a bounce)
    subtype: str = ""  # bounceSubType / complaintFeedbackType, lower-cased
    status: str | None = None
    diagnostic: str = ""
    remote: str | None = None
    message_id: str | None = None
    x_headers: dict[str, str] = field(default_factory=dict)


def may_be_notice(body: str) -> bool:
    """Cheap gate: the text starts with a JSON object naming an SES notification."""
    head = body[:200].lstrip()
    if not head.startswith("{"):
        return False
    return (
        '"notificationType' in body
        or '\\"notificationType' in body
        or ('"eventType' in body or '\\"eventType' in body)
    )


def _load(text: Any) -> dict[str, Any] | None:
    """json.loads of a bounded string into a dict, else None (never raises)."""
    if isinstance(text, dict):
        return text
    if not isinstance(text, str) or len(text) > MAX_JSON:
        return None
    if text.count("{") + text.count("[") > MAX_BRACKETS:
        return None
    try:
        value = json.loads(text)
    except (ValueError, RecursionError, TypeError, MemoryError):
        return None
    return value if isinstance(value, dict) else None


def _str(value: Any, limit: int = 2000) -> str:
    return value[:limit] if isinstance(value, str) else ""


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value[:MAX_RECIPIENTS] if isinstance(value, list) else []


def _address(value: Any) -> str | None:
    text = _str(value, 500)
    return first_address(text) if "@" in text else None


def _linking(mail: dict[str, Any]) -> tuple[str | None, dict[str, str]]:
    """Our Message-ID and X-Outreach-* headers from the mail object (SES keeps the sent
    headers there); SES's own messageId when our header is not given."""
    msgid = None
    xh: dict[str, str] = {}
    headers = mail.get("headers")
    for item in headers[:MAX_HEADERS] if isinstance(headers, list) else []:
        item = _dict(item)
        name, value = _str(item.get("name"), 100), _str(item.get("value"), 1000)
        low = name.lower()
        if low == "message-id" and msgid is None:
            ids = message_ids(value)
            msgid = ids[0] if ids else None
        elif low.startswith("x-outreach-") and value:
            xh.setdefault(name, value.strip())
    if msgid is None:
        ids = message_ids(_str(_dict(mail.get("commonHeaders")).get("messageId"), 1000))
        msgid = ids[0] if ids else None
    if msgid is None:
        ses_id = _str(mail.get("messageId"), 300).strip()
        msgid = ses_id if ses_id and " " not in ses_id else None
    return msgid, xh


def _notification(data: dict[str, Any]) -> dict[str, Any] | None:
    """The SES object: the SNS envelope's Message, or the text itself."""
    if data.get("Type") == "Notification" and "Message" in data:
        data = _load(data.get("Message")) or {}
    kind = data.get("notificationType") or data.get("eventType")
    if not isinstance(kind, str) or kind.lower() not in ("bounce", "complaint", "delivery"):
        return None
    return data


def read(body: str) -> SesNotice | None:
    """Return the SES bounce / complaint / delivery notification in body, else None."""
    try:
        return _read(body)
    except Exception:  # noqa: BLE001 - hostile JSON never breaks the classifier
        return None


def _read(body: str) -> SesNotice | None:
    text = body.strip()
    if not text.startswith("{"):
        return None
    # SNS e-mails end the JSON with a footer ("--\nIf you wish to stop receiving ...").
    end = text.rfind("}")
    data = _load(text[: end + 1])
    if data is None:
        return None
    note = _notification(data)
    if note is None:
        return None
    kind = str(note.get("notificationType") or note.get("eventType")).lower()
    msgid, xh = _linking(_dict(note.get("mail")))
    if kind == "bounce":
        bounce = _dict(note.get("bounce"))
        recips: list[str] = []
        first: dict[str, Any] = {}
        for item in _list(bounce.get("bouncedRecipients")):
            item = _dict(item)
            addr = _address(item.get("emailAddress"))
            if addr and addr not in recips:
                recips.append(addr)
                first = first or item
        return SesNotice(
            kind="bounce",
            recipients=tuple(recips),
            bounce_type=_str(bounce.get("bounceType"), 40).lower(),
            subtype=_str(bounce.get("bounceSubType"), 60).lower(),
            status=_str(first.get("status"), 40) or None,
            diagnostic=_str(first.get("diagnosticCode")),
            # reportingMTA is SES itself; the remote server is only known by its IP.
            remote=_str(bounce.get("remoteMtaIp"), 60).strip() or None,
            message_id=msgid,
            x_headers=xh,
        )
    if kind == "complaint":
        complaint = _dict(note.get("complaint"))
        recips = []
        for item in _list(complaint.get("complainedRecipients")):
            addr = _address(_dict(item).get("emailAddress"))
            if addr and addr not in recips:
                recips.append(addr)
        return SesNotice(
            kind="complaint",
            recipients=tuple(recips),
            subtype=_str(complaint.get("complaintFeedbackType"), 60).lower(),
            message_id=msgid,
            x_headers=xh,
        )
    delivery = _dict(note.get("delivery"))
    recips = [a for a in (_address(v) for v in _list(delivery.get("recipients"))) if a]
    return SesNotice(
        kind="delivery",
        recipients=tuple(dict.fromkeys(recips)),
        diagnostic=_str(delivery.get("smtpResponse")),
        message_id=msgid,
        x_headers=xh,
    )
