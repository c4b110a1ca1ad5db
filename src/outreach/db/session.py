"""Engine and session factories for SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker


def _unicode_lower(value: Any) -> Any:
    """lower() as PostgreSQL does it for UTF-8 text, not only for ASCII letters."""
    return value.lower() if isinstance(value, str) else value


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # SQLite's own lower() folds ASCII only, so a search for "ölm" would miss "Ölmez"; no
    # SQLite index uses lower(), so replacing it per connection cannot disagree with one.
    dbapi_conn.create_function("lower", 1, _unicode_lower, deterministic=True)
    # WAL lets the web process read while the worker writes; busy_timeout waits for the
    # single writer lock instead of failing at once.
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def _sqlite_begin_immediate(conn: Any) -> None:
    # Take the write lock at BEGIN so two writers queue on busy_timeout instead of one of
    # them failing with "database is locked" when it upgrades a read transaction.
    # Units that only read (db.uow.read_only) start a deferred transaction instead, so they
    # never wait for, or block, the single writer.
    if conn.get_execution_options().get("outreach_read_only"):
        conn.exec_driver_sql("BEGIN")
    else:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def create_db_engine(url: str, **kwargs: Any) -> Engine:
    """Create an engine; SQLite gets WAL, foreign keys and immediate transactions."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": 30, "isolation_level": None},
            **kwargs,
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin_immediate)
        return engine
    kwargs.setdefault("pool_size", 10)
    kwargs.setdefault("max_overflow", 20)
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(url, **kwargs)


def is_sqlite(engine: Engine) -> bool:
    """True when the engine is SQLite (single writer, no SKIP LOCKED)."""
    return engine.dialect.name == "sqlite"


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """A session factory that keeps loaded attributes after commit."""
    return sessionmaker(bind=engine, expire_on_commit=False, autoflush=True)
