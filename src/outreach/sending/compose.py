"""A fast MIME builder for the common case: multipart/alternative, quoted-printable bodies.

The stdlib ``email`` package costs ~1.5 ms per message (about 45x the template render); this
builds the same bytes directly. ASCII headers are written as they are (folded at spaces when
long); non-ASCII headers fall back to ``email.header`` for RFC 2047 encoded words. Tests
re-parse the output with ``email.policy.default`` and compare every header and body.
"""

from __future__ import annotations

import binascii
import secrets
import time
from dataclasses import dataclass
from datetime import datetime
from email.header import Header
from email.utils import format_datetime, formataddr
from functools import lru_cache

import html2text

MAX_LINE = 78
CRLF = "\r\n"
# Characters that force a display name into a quoted-string (RFC 5322 specials).
_SPECIALS = frozenset('()<>[]:;@\\,."')


@dataclass(frozen=True, slots=True)
class OutgoingEmail:
    """Everything that goes into one message."""

    from_email: str
    to_email: str
    subject: str
    html: str
    text: str
    message_id: str
    date: datetime
    from_name: str = ""
    reply_to: str | None = None
    unsubscribe_url: str | None = None
    unsubscribe_mailto: str | None = None
    tracking_token: str | None = None


def make_message_id(from_email: str) -> str:
    """A new globally unique Message-ID in the sender's domain: ``<time.random@domain>``."""
    domain = from_email.rpartition("@")[2] or "localhost"
    return f"<{int(time.time() * 1000):x}.{secrets.token_hex(10)}@{domain}>"


def text_from_html(html: str) -> str:
    """Plain-text alternative for templates that have no text body."""
    converter = html2text.HTML2Text()
    converter.body_width = 0  # QP does the line wrapping; html2text must not re-wrap words
    converter.ignore_images = True
    return converter.handle(html).strip() + "\n"


def _clean(value: str) -> str:
    # A header value may never carry a line break (header injection).
    return value.replace("\r", " ").replace("\n", " ")


def _fold(line: str) -> str:
    """Fold a long ASCII header line at spaces; unfolding gives the same value back."""
    if len(line) <= MAX_LINE or CRLF in line:
        return line
    out: list[str] = []
    current = ""
    for word in line.split(" "):
        if current and len(current) + 1 + len(word) > MAX_LINE:
            out.append(current)
            current = " " + word
        else:
            current = f"{current} {word}" if current else word
    out.append(current)
    # A folded line must not consist of whitespace only.
    return CRLF.join(piece for piece in out if piece.strip())


def header(name: str, value: str) -> str:
    """One header line (folded, RFC 2047-encoded when not ASCII), without the final CRLF."""
    value = _clean(value)
    if value.isascii():
        return _fold(f"{name}: {value}")
    encoded = Header(value, "utf-8", header_name=name).encode(linesep=CRLF)
    return f"{name}: {encoded}"


def address(name: str, email: str) -> str:
    """A mailbox ``Name <addr>``: quoted when needed, encoded words when the name is not ASCII."""
    name = _clean(name).strip()
    if not name:
        return email
    if name.isascii():
        if _SPECIALS.isdisjoint(name):
            return f"{name} <{email}>"
        return formataddr((name, email))
    return f"{Header(name, 'utf-8').encode(linesep=CRLF)} <{email}>"


@lru_cache(maxsize=16)
def _date(value: datetime) -> str:
    # A batch shares one timestamp; formatting it once per batch, not per message.
    return format_datetime(value)


def _qp(text: str) -> str:
    """Quoted-printable body with CRLF line ends (RFC 2045 §6.7)."""
    data = text.replace("\r\n", "\n").replace("\r", "\n").encode("utf-8")
    return binascii.b2a_qp(data, istext=True).decode("ascii").replace("\n", CRLF)


def _part(subtype: str, body: str) -> str:
    return (
        f'Content-Type: text/{subtype}; charset="utf-8"{CRLF}'
        f"Content-Transfer-Encoding: quoted-printable{CRLF}{CRLF}{_qp(body)}"
    )


def _headers(mail: OutgoingEmail) -> list[str]:
    lines = [
        _fold(f"From: {address(mail.from_name, mail.from_email)}"),
        header("To", mail.to_email),
        header("Subject", mail.subject),
        f"Date: {_date(mail.date)}",
        f"Message-ID: {mail.message_id}",
    ]
    if mail.reply_to:
        lines.append(header("Reply-To", mail.reply_to))
    targets = []
    if mail.unsubscribe_mailto:
        targets.append(f"<mailto:{mail.unsubscribe_mailto}>")
    if mail.unsubscribe_url:
        targets.append(f"<{mail.unsubscribe_url}>")
    if targets:
        lines.append(_fold("List-Unsubscribe: " + ", ".join(targets)))
    if mail.unsubscribe_url:
        lines.append("List-Unsubscribe-Post: List-Unsubscribe=One-Click")
    if mail.tracking_token:
        lines.append(header("X-Outreach-Message", mail.tracking_token))
    lines.append("MIME-Version: 1.0")
    return lines


def compose(mail: OutgoingEmail) -> bytes:
    """The complete message as CRLF-terminated bytes, ready for SMTP DATA."""
    text = mail.text or (text_from_html(mail.html) if mail.html else "")
    lines = _headers(mail)
    if not mail.html:
        lines.append(_part("plain", text))
        return CRLF.join(lines).encode("ascii")
    # "=_" cannot occur in quoted-printable output, so the boundary never collides with a body.
    boundary = f"=_{secrets.token_hex(16)}"
    lines.append(f'Content-Type: multipart/alternative; boundary="{boundary}"')
    body = (
        f"{CRLF}--{boundary}{CRLF}{_part('plain', text)}{CRLF}"
        f"--{boundary}{CRLF}{_part('html', mail.html)}{CRLF}"
        f"--{boundary}--{CRLF}"
    )
    return (CRLF.join(lines) + CRLF + body).encode("ascii")
