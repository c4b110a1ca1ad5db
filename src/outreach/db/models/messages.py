"""Messages (the outbox; one per recipient and step), events, and the mail catcher's store."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from outreach.db.base import Base, BigID, IdMixin, JSONType, UTCDateTime, now_utc

MESSAGE_STATUSES = ("queued", "sending", "sent", "failed", "review", "cancelled", "suppressed")
EVENT_KINDS = (
    "sent",
    "open",
    "click",
    "reply",
    "bounce",
    "unsubscribe",
    "complaint",
    "failed",
    "autoreply",
)


class Message(IdMixin, Base):
    """One email to one recipient for one step; its Message-ID is stored before sending."""

    __tablename__ = "messages"

    org_id: Mapped[int] = mapped_column(BigID, ForeignKey("organizations.id", ondelete="CASCADE"))
    campaign_id: Mapped[int] = mapped_column(BigID, ForeignKey("campaigns.id", ondelete="CASCADE"))
    recipient_id: Mapped[int] = mapped_column(
        BigID, ForeignKey("campaign_recipients.id", ondelete="CASCADE")
    )
    step_id: Mapped[int] = mapped_column(BigID, ForeignKey("campaign_steps.id", ondelete="CASCADE"))
    lead_id: Mapped[int] = mapped_column(BigID, ForeignKey("leads.id", ondelete="CASCADE"))
    mailbox_id: Mapped[int | None] = mapped_column(
        BigID, ForeignKey("mailboxes.id", ondelete="SET NULL"), nullable=True
    )
    status: Mapped[str] = mapped_column(String(20), default="queued")
    send_after: Mapped[datetime] = mapped_column(UTCDateTime(), default=now_utc)
    message_id: Mapped[str | None] = mapped_column(String(255), nullable=True)
    subject: Mapped[str | None] = mapped_column(String(998), nullable=True)
    to_email: Mapped[str] = mapped_column(String(320))
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    opened_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    clicked_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    replied_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    bounced_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    # The tracked links in send order; a click token carries only (message id, index) so the
    # redirect can only reach a URL that was in this message (see ADR 0006).
    links: Mapped[list[str] | None] = mapped_column(JSONType, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=now_utc)

    __table_args__ = (
        UniqueConstraint("recipient_id", "step_id"),
        Index("ix_messages_campaign_id_status", "campaign_id", "status"),
        Index("ix_messages_lead_id", "lead_id"),
        Index("ix_messages_message_id", "message_id"),
        # The dispatcher's claim query scans only queued rows, in due order.
        Index(
            "ix_messages_queued_due",
            "send_after",
            postgresql_where=text("status = 'queued'"),
            sqlite_where=text("status = 'queued'"),
        ),
        # Crash recovery looks only at rows left in 'sending', oldest claim first.
        Index(
            "ix_messages_sending_claimed",
            "claimed_at",
            postgresql_where=text("status = 'sending'"),
            sqlite_where=text("status = 'sending'"),
        ),
    )


class Event(IdMixin, Base):
    """Something that happened to a message: sent, open, click, reply, bounce, unsubscribe…"""

    __tablename__ = "events"

    org_id: Mapped[int] = mapped_column(BigID, ForeignKey("organizations.id", ondelete="CASCADE"))
    campaign_id: Mapped[int | None] = mapped_column(
        BigID, ForeignKey("campaigns.id", ondelete="CASCADE"), nullable=True
    )
    message_id: Mapped[int | None] = mapped_column(
        BigID, ForeignKey("messages.id", ondelete="CASCADE"), nullable=True
    )
    lead_id: Mapped[int | None] = mapped_column(
        BigID, ForeignKey("leads.id", ondelete="CASCADE"), nullable=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    url: Mapped[str | None] = mapped_column(Text, nullable=True)
    ip: Mapped[str | None] = mapped_column(String(64), nullable=True)
    user_agent: Mapped[str | None] = mapped_column(String(500), nullable=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=now_utc)

    __table_args__ = (
        Index("ix_events_campaign_id_kind_message_id", "campaign_id", "kind", "message_id"),
        Index("ix_events_message_id", "message_id"),
        Index("ix_events_lead_id", "lead_id"),
    )


class SinkMessage(IdMixin, Base):
    """A message caught by the built-in mail catcher (development default; not tenant data)."""

    __tablename__ = "sink_messages"

    mail_from: Mapped[str] = mapped_column(String(320), default="")
    rcpt_to: Mapped[str] = mapped_column(Text, default="")
    subject: Mapped[str] = mapped_column(Text, default="")
    message_id: Mapped[str | None] = mapped_column(String(255), nullable=True)
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=now_utc)
