"""Small builders shared by API tests (rows created through services, not HTTP)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.dialects import postgresql

from outreach.db.models import Lead
from outreach.db.runtime import Runtime
from outreach.db.uow import unit_of_work


def add_leads(runtime: Runtime, org_id: int, emails: list[str], **fields: object) -> list[int]:
    """Insert leads directly (the leads API is tested on its own)."""
    with unit_of_work(runtime.session_factory) as session:
        rows = [
            Lead(org_id=org_id, email=e, first_name=e.split("@")[0].title(), vars={}, **fields)
            for e in emails
        ]
        session.add_all(rows)
        session.flush()
        return [r.id for r in rows]


def pg_plan(runtime: Runtime, stmt: Any, *, analyze: str, insert: str, org_id: int) -> str:
    """EXPLAIN of ``stmt`` on PostgreSQL after ``insert`` (3000 rows of ``org_id``) and
    ANALYZE of ``analyze``: enough rows, with statistics, that probing an index beats reading
    the organization's rows; sequential scans off so any usable index shows."""
    with runtime.engine.begin() as conn:
        conn.execute(text(insert), {"org": org_id})
        conn.execute(text(f"ANALYZE {analyze}"))
    sql = stmt.compile(dialect=postgresql.dialect(), compile_kwargs={"literal_binds": True})
    with runtime.engine.begin() as conn:
        conn.execute(text("SET LOCAL enable_seqscan = off"))
        return "\n".join(conn.execute(text(f"EXPLAIN {sql}")).scalars())


TEMPLATE = {
    "name": "Intro",
    "subject": "Hello {{ first_name }}",
    "html": '<p>Hi {{ first_name }}, see <a href="https://example.com/x">this</a>.</p>',
    "text": "Hi {{ first_name }}",
}

MAILBOX = {
    "name": "Sales",
    "from_email": "sales@sender.example",
    "from_name": "Sales Team",
    "smtp_host": "127.0.0.1",
    "smtp_port": 2525,
    "smtp_security": "none",
    "smtp_username": "sales",
    "smtp_password": "s3cret-pass",
}


@contextmanager
def selects_run(runtime: Runtime) -> Iterator[list[str]]:
    """Collect the SELECT statements run on ``runtime``'s engine inside the block."""
    statements: list[str] = []

    def listener(*args: Any) -> None:
        statements.append(args[2])

    event.listen(runtime.engine, "before_cursor_execute", listener)
    selects: list[str] = []
    try:
        yield selects
    finally:
        event.remove(runtime.engine, "before_cursor_execute", listener)
        # SQLite's BEGIN IMMEDIATE comes through the same hook: keep the SELECTs only.
        selects.extend(s for s in statements if s.lstrip().startswith("SELECT"))
