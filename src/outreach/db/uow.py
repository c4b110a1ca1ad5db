"""The unit of work: the only place that commits."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session, sessionmaker


@contextmanager
def unit_of_work(factory: sessionmaker[Session]) -> Iterator[Session]:
    """Yield a session; commit when the block succeeds, roll back when it raises."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


@contextmanager
def read_only(factory: sessionmaker[Session]) -> Iterator[Session]:
    """Yield a session for reads only; never commits, and takes no write lock on SQLite."""
    session = factory()
    try:
        session.connection(execution_options={"outreach_read_only": True})
        yield session
    finally:
        session.rollback()
        session.close()
