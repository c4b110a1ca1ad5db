"""Read a raw caught message for display: headers, text part, HTML part."""

from __future__ import annotations

import email
import email.policy
from dataclasses import dataclass
from email.message import EmailMessage

SHOWN_HEADERS = (
    "From",
    "To",
    "Cc",
    "Reply-To",
    "Subject",
    "Date",
    "Message-ID",
    "In-Reply-To",
    "References",
    "List-Unsubscribe",
    "List-Unsubscribe-Post",
    "Return-Path",
    "DKIM-Signature",
)


@dataclass(frozen=True, slots=True)
class MailView:
    """The parts of a message the catcher page shows."""

    headers: list[tuple[str, str]]
    text: str | None
    html: str | None


def _part(message: EmailMessage, kind: str) -> str | None:
    body = message.get_body(preferencelist=(kind,))
    if body is None:
        return None
    try:
        content = body.get_content()
    except (LookupError, ValueError):
        # An unknown charset or broken encoding: show the bytes as well as we can.
        payload = body.get_payload(decode=True)
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    return content if isinstance(content, str) else None


def parse(raw: bytes) -> MailView:
    """Split a raw RFC 5322 message into displayable headers and bodies."""
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    headers = []
    for name in SHOWN_HEADERS:
        for value in message.get_all(name) or []:
            headers.append((name, str(value)))
    return MailView(headers=headers, text=_part(message, "plain"), html=_part(message, "html"))
