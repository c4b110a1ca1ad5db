"""The organization-wide suppression list (emails and whole domains)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from outreach.db.base import Base, BigID, IdMixin, UTCDateTime, now_utc

SUPPRESSION_REASONS = ("unsubscribed", "hard_bounce", "complaint", "manual")


class Suppression(IdMixin, Base):
    """An email or domain that must never be mailed; value is NULL once erased (hash kept)."""

    __tablename__ = "suppressions"

    org_id: Mapped[int] = mapped_column(BigID, ForeignKey("organizations.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(10))  # email | domain
    value: Mapped[str | None] = mapped_column(String(320), nullable=True)
    value_hash: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(String(20))
    source: Mapped[str] = mapped_column(String(50), default="manual")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=now_utc)

    __table_args__ = (UniqueConstraint("org_id", "kind", "value_hash"),)
