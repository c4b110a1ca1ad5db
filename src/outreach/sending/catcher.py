"""Storage of the built-in mail catcher: what it received, for the dashboard inbox."""

from __future__ import annotations

import email
import email.policy
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from outreach.db.models import SinkMessage
from outreach.errors import NotFound
from outreach.kit.pagination import Page, paginate


def store_message(
    session: Session, *, mail_from: str, rcpt_tos: list[str], raw: bytes, now: datetime
) -> SinkMessage:
    """Keep one received message."""
    headers = email.message_from_bytes(raw, policy=email.policy.compat32)
    subject = str(email.header.make_header(email.header.decode_header(headers.get("Subject", ""))))
    row = SinkMessage(
        mail_from=mail_from,
        rcpt_to=", ".join(rcpt_tos),
        subject=subject[:2000],
        message_id=(headers.get("Message-ID") or "").strip()[:255] or None,
        raw=raw,
        received_at=now,
    )
    session.add(row)
    session.flush()
    return row


def list_messages(session: Session, *, cursor: str | None, limit: int | None) -> Page[SinkMessage]:
    """Newest first."""
    return paginate(
        session, select(SinkMessage), SinkMessage.id, cursor=cursor, limit=limit, newest_first=True
    )


def get_message(session: Session, message_id: int) -> SinkMessage:
    """One caught message."""
    row = session.get(SinkMessage, message_id)
    if row is None:
        raise NotFound(f"message {message_id} not found")
    return row
