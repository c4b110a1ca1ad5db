"""Templates, sending domains and mailboxes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from outreach.db.base import Base, BigID, IdMixin, TimestampMixin, UTCDateTime


class Template(IdMixin, TimestampMixin, Base):
    """An email template: subject, HTML and text bodies in sandboxed Jinja2."""

    __tablename__ = "templates"

    org_id: Mapped[int] = mapped_column(BigID, ForeignKey("organizations.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    subject: Mapped[str] = mapped_column(String(998))
    html: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_templates_org_id_id", "org_id", "id"),)


class SendingDomain(IdMixin, TimestampMixin, Base):
    """A domain mail is sent from; may carry its own pacing limits and DKIM key."""

    __tablename__ = "sending_domains"

    org_id: Mapped[int] = mapped_column(BigID, ForeignKey("organizations.id", ondelete="CASCADE"))
    domain: Mapped[str] = mapped_column(String(255))
    daily_limit: Mapped[int | None] = mapped_column(nullable=True)
    min_gap_seconds: Mapped[int | None] = mapped_column(nullable=True)
    dkim_selector: Mapped[str | None] = mapped_column(String(100), nullable=True)
    dkim_private_key_enc: Mapped[str | None] = mapped_column(Text, nullable=True)

    __table_args__ = (UniqueConstraint("org_id", "domain"),)


class Mailbox(IdMixin, TimestampMixin, Base):
    """An SMTP account mail is sent from; the password is stored encrypted."""

    __tablename__ = "mailboxes"

    org_id: Mapped[int] = mapped_column(BigID, ForeignKey("organizations.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    from_email: Mapped[str] = mapped_column(String(320))
    from_name: Mapped[str] = mapped_column(String(200), default="")
    reply_to: Mapped[str | None] = mapped_column(String(320), nullable=True)
    smtp_host: Mapped[str] = mapped_column(String(255))
    smtp_port: Mapped[int] = mapped_column(default=587)
    smtp_security: Mapped[str] = mapped_column(String(10), default="starttls")
    smtp_username: Mapped[str | None] = mapped_column(String(320), nullable=True)
    smtp_password_enc: Mapped[str | None] = mapped_column(Text, nullable=True)
    sending_domain_id: Mapped[int | None] = mapped_column(
        BigID, ForeignKey("sending_domains.id", ondelete="SET NULL"), nullable=True
    )
    daily_limit: Mapped[int | None] = mapped_column(nullable=True)
    hourly_limit: Mapped[int | None] = mapped_column(nullable=True)
    min_gap_seconds: Mapped[int | None] = mapped_column(nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="active")
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    last_sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    __table_args__ = (Index("ix_mailboxes_org_id_id", "org_id", "id"),)
