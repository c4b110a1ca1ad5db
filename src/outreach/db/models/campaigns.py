"""Campaigns, their steps, mailboxes, audiences and recipients."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from outreach.db.base import Base, BigID, IdMixin, JSONType, TimestampMixin, UTCDateTime, now_utc

CAMPAIGN_STATUSES = (
    "draft",
    "scheduled",
    "running",
    "paused",
    "completed",
    "archived",
    "failed",
    "cancelled",
)
# Campaign statuses in which recipients may still be added.
ACCEPTS_RECIPIENTS = frozenset({"draft", "scheduled", "paused", "running"})
RECIPIENT_STATUSES = (
    "pending",
    "queued",
    "sent",
    "failed",
    "bounced",
    "unsubscribed",
    "replied",
    "stopped",
)


class Campaign(IdMixin, TimestampMixin, Base):
    """A campaign: steps sent to recipients from one or more mailboxes."""

    __tablename__ = "campaigns"

    org_id: Mapped[int] = mapped_column(BigID, ForeignKey("organizations.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="draft")
    template_id: Mapped[int | None] = mapped_column(
        BigID, ForeignKey("templates.id", ondelete="SET NULL"), nullable=True
    )
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    settings: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    scheduled_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    created_by_id: Mapped[int | None] = mapped_column(
        BigID, ForeignKey("users.id", ondelete="SET NULL"), nullable=True
    )
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    __table_args__ = (
        Index("ix_campaigns_org_id_id", "org_id", "id"),
        Index("ix_campaigns_status", "status"),
    )


class CampaignMailbox(Base):
    """A mailbox a campaign may send from."""

    __tablename__ = "campaign_mailboxes"

    campaign_id: Mapped[int] = mapped_column(
        BigID, ForeignKey("campaigns.id", ondelete="CASCADE"), primary_key=True
    )
    mailbox_id: Mapped[int] = mapped_column(
        BigID, ForeignKey("mailboxes.id", ondelete="CASCADE"), primary_key=True
    )
    org_id: Mapped[int] = mapped_column(BigID, ForeignKey("organizations.id", ondelete="CASCADE"))


class CampaignStep(IdMixin, Base):
    """One step of a campaign's sequence (the foundation has one email step)."""

    __tablename__ = "campaign_steps"

    org_id: Mapped[int] = mapped_column(BigID, ForeignKey("organizations.id", ondelete="CASCADE"))
    campaign_id: Mapped[int] = mapped_column(BigID, ForeignKey("campaigns.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=1)
    kind: Mapped[str] = mapped_column(String(20), default="email")
    template_id: Mapped[int | None] = mapped_column(
        BigID, ForeignKey("templates.id", ondelete="SET NULL"), nullable=True
    )
    delay_days: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=now_utc)

    __table_args__ = (UniqueConstraint("campaign_id", "position"),)


class CampaignAudience(IdMixin, Base):
    """A snapshot of audience filters and their result, saved when added to a campaign."""

    __tablename__ = "campaign_audiences"

    org_id: Mapped[int] = mapped_column(BigID, ForeignKey("organizations.id", ondelete="CASCADE"))
    campaign_id: Mapped[int] = mapped_column(BigID, ForeignKey("campaigns.id", ondelete="CASCADE"))
    filters: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    total: Mapped[int] = mapped_column(default=0)
    included: Mapped[int] = mapped_column(default=0)
    excluded: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=now_utc)

    __table_args__ = (Index("ix_campaign_audiences_campaign_id", "campaign_id"),)


class CampaignRecipient(IdMixin, Base):
    """A lead enrolled in a campaign; the mailbox is sticky so a thread keeps one sender."""

    __tablename__ = "campaign_recipients"

    org_id: Mapped[int] = mapped_column(BigID, ForeignKey("organizations.id", ondelete="CASCADE"))
    campaign_id: Mapped[int] = mapped_column(BigID, ForeignKey("campaigns.id", ondelete="CASCADE"))
    lead_id: Mapped[int] = mapped_column(BigID, ForeignKey("leads.id", ondelete="CASCADE"))
    audience_id: Mapped[int | None] = mapped_column(
        BigID, ForeignKey("campaign_audiences.id", ondelete="SET NULL"), nullable=True
    )
    email: Mapped[str] = mapped_column(String(320))
    status: Mapped[str] = mapped_column(String(20), default="pending")
    mailbox_id: Mapped[int | None] = mapped_column(
        BigID, ForeignKey("mailboxes.id", ondelete="SET NULL"), nullable=True
    )
    current_step: Mapped[int] = mapped_column(default=0)
    next_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=now_utc)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=now_utc, onupdate=now_utc)

    __table_args__ = (
        UniqueConstraint("campaign_id", "lead_id"),
        Index("ix_campaign_recipients_lead_id", "lead_id"),
        Index("ix_campaign_recipients_campaign_id_status", "campaign_id", "status"),
    )
