"""The claim statement: SKIP LOCKED on PostgreSQL, a plain serialized UPDATE on SQLite."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.dialects import postgresql, sqlite

from outreach.db.claim import claim_statement

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def _sql(dialect_name: str) -> str:
    dialect = postgresql.dialect() if dialect_name == "postgresql" else sqlite.dialect()
    return str(claim_statement(dialect_name, now=NOW, limit=100).compile(dialect=dialect))


def test_postgresql_claim_skips_locked_rows_and_returns_ids() -> None:
    sql = _sql("postgresql")
    assert "FOR UPDATE OF messages SKIP LOCKED" in sql
    # Materialized so the locking SELECT runs once (an IN-subquery may be re-run per row).
    assert sql.startswith("WITH due AS MATERIALIZED")
    assert "UPDATE messages SET status=" in sql and "FROM due WHERE messages.id = due.id" in sql
    assert "RETURNING messages.id" in sql
    assert "campaigns.status = " in sql  # only running campaigns


def test_sqlite_claim_has_no_lock_clause_and_rechecks_status() -> None:
    sql = _sql("sqlite")
    assert "FOR UPDATE" not in sql
    assert "RETURNING id" in sql
    assert sql.count("messages.status = ") == 2  # inner pick and outer re-check
