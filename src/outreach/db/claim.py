"""Claiming due outbox rows: the one place where SQLite and PostgreSQL differ for sending.

PostgreSQL: ``WITH due AS MATERIALIZED (SELECT id … LIMIT n FOR UPDATE SKIP LOCKED)
UPDATE messages … FROM due WHERE messages.id = due.id RETURNING id`` lets any number of
workers claim disjoint batches without waiting on each other: rows another worker holds are
skipped, and a row it already committed as 'sending' fails the re-checked WHERE.

SQLite: SQLAlchemy renders ``with_for_update()`` as nothing there, so the lock is not in the
SQL. It comes from the transaction instead: db/session.py starts every transaction with
``BEGIN IMMEDIATE``, which takes the database's single write lock before the SELECT runs, so
the claim is serialized and one worker is the supported setup (ADR 0007).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from outreach.db.models import Campaign, Message


def claim_statement(dialect: str, *, now: datetime, limit: int) -> Any:
    """The claim UPDATE … RETURNING id for ``dialect`` ('postgresql' adds SKIP LOCKED)."""
    due = (
        select(Message.id)
        .join(Campaign, Campaign.id == Message.campaign_id)
        .where(
            Message.status == "queued",
            Message.send_after <= now,
            Campaign.status == "running",
        )
        .order_by(Message.send_after, Message.id)
        .limit(limit)
    )
    values = {"status": "sending", "claimed_at": now, "attempts": Message.attempts + 1}
    if dialect == "postgresql":
        # A materialized CTE runs exactly once. As an `IN (subquery)` PostgreSQL may re-run
        # the locking subquery for each outer row, and every re-run skips the rows this very
        # statement just moved to 'sending' and returns the next ones: LIMIT 5 claimed 50.
        picked = (
            due.with_for_update(of=Message, skip_locked=True).cte("due").prefix_with("MATERIALIZED")
        )
        return (
            update(Message)
            .where(Message.id == picked.c.id)
            .values(values)
            .returning(Message.id)
            .execution_options(synchronize_session=False)
        )
    return (
        update(Message)
        .where(Message.id.in_(due.scalar_subquery()), Message.status == "queued")
        .values(values)
        .returning(Message.id)
        .execution_options(synchronize_session=False)
    )


def claim_due_messages(session: Session, *, now: datetime, limit: int) -> list[int]:
    """Move up to ``limit`` due queued messages of running campaigns to 'sending'; their ids."""
    stmt = claim_statement(session.get_bind().dialect.name, now=now, limit=limit)
    return sorted(session.scalars(stmt))


def release_stale(session: Session, *, older_than: datetime) -> int:
    """Set messages left in 'sending' since before ``older_than`` to 'review' (never resend)."""
    result = session.execute(
        update(Message)
        .where(Message.status == "sending", Message.claimed_at < older_than)
        .values(
            status="review",
            last_error="left in 'sending' (worker stopped mid-send?); check before resending",
        )
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)
