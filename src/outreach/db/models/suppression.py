"""The organization-wide suppression list (emails and whole domains)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.sql.functions import FunctionElement

from outreach.db.base import Base, BigID, IdMixin, UTCDateTime, now_utc, prefix_search_index

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

    __table_args__ = (
        UniqueConstraint("org_id", "kind", "value_hash"),
        # Pages of one organization's list in id order without walking other organizations'.
        Index("ix_suppressions_org_id_id", "org_id", "id"),
    )


class domain_part(FunctionElement[str]):
    """The text after ``@`` in an address (the list's search matches its start too)."""

    type = String()
    name = "domain_part"
    inherit_cache = True


# Dialect-specific: PostgreSQL has split_part (which gives '' for a value without '@': a
# domain entry, which the value's own prefix already matches); SQLite has not.
@compiles(domain_part, "postgresql")
def _domain_part_pg(element: domain_part, compiler: Any, **kw: Any) -> str:
    return f"split_part({compiler.process(element.clauses, **kw)}, '@', 2)"


@compiles(domain_part)
def _domain_part_default(element: domain_part, compiler: Any, **kw: Any) -> str:
    value = compiler.process(element.clauses, **kw)
    at = f"instr({value}, '@')"
    return f"CASE WHEN {at} > 0 THEN substr({value}, {at} + 1) ELSE '' END"


# The list's search matches the start of the stored value (always lower-case) or of an
# address's domain, so PostgreSQL answers ``value LIKE 'abc%' OR domain LIKE 'abc%'`` with
# two range scans; see ADR 0014. PostgreSQL only: SQLite walks the organization's entries.
SEARCH_INDEXES = [
    prefix_search_index(f"ix_suppressions_search_{key}", Suppression.org_id, expr, key)
    for key, expr in (("value", Suppression.value), ("domain", domain_part(Suppression.value)))
]
