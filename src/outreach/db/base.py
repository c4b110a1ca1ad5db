"""Declarative base, portable column types and the constraint naming convention."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, DateTime, Index, Integer, MetaData
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# BIGINT ids on PostgreSQL; INTEGER PRIMARY KEY on SQLite so it stays the rowid alias.
BigID = BigInteger().with_variant(Integer(), "sqlite")
JSONType = JSON().with_variant(JSONB(), "postgresql")


class UTCDateTime(TypeDecorator[datetime]):
    """Timestamps stored in UTC and always returned timezone-aware (SQLite drops tzinfo)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def prefix_search_index(name: str, org_id: Any, expr: Any, key: str) -> Index:
    """A PostgreSQL-only ``(org_id, expr text_pattern_ops)`` index for ``LIKE 'abc%'`` search.

    text_pattern_ops lets PostgreSQL range-scan a prefix whatever the collation (ADR 0010).
    ``expr`` is labelled ``key`` so Alembic's drift check skips it on SQLite, where it does not
    exist: SQLite cannot use an index for LIKE on it.
    """
    return Index(name, org_id, expr.label(key), postgresql_ops={key: "text_pattern_ops"}).ddl_if(
        dialect="postgresql"
    )


def now_utc() -> datetime:
    """Default for created_at columns."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Base of every model."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class IdMixin:
    """Integer surrogate key."""

    id: Mapped[int] = mapped_column(BigID, primary_key=True, autoincrement=True)


class TimestampMixin:
    """created_at / updated_at in UTC."""

    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=now_utc, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime(), default=now_utc, onupdate=now_utc, nullable=False
    )
