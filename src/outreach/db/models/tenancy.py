"""Organizations, users and API keys."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from outreach.db.base import Base, BigID, IdMixin, TimestampMixin, UTCDateTime, now_utc

ROLES = ("owner", "admin", "manager", "member", "viewer")


class Organization(IdMixin, TimestampMixin, Base):
    """A tenant: every other row belongs to exactly one organization."""

    __tablename__ = "organizations"

    name: Mapped[str] = mapped_column(String(200), unique=True)


class User(IdMixin, TimestampMixin, Base):
    """A person who logs into the dashboard."""

    __tablename__ = "users"

    org_id: Mapped[int] = mapped_column(BigID, ForeignKey("organizations.id", ondelete="CASCADE"))
    email: Mapped[str] = mapped_column(String(320), unique=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20), default="member")
    is_active: Mapped[bool] = mapped_column(default=True)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    __table_args__ = (Index("ix_users_org_id", "org_id"),)


class ApiKey(IdMixin, Base):
    """An API key; only its SHA-256 is stored, the key is shown once."""

    __tablename__ = "api_keys"

    org_id: Mapped[int] = mapped_column(BigID, ForeignKey("organizations.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200), default="")
    prefix: Mapped[str] = mapped_column(String(16))
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(20), default="admin")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=now_utc)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    __table_args__ = (Index("ix_api_keys_org_id", "org_id"),)
