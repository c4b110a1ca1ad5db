"""Read-only units of work do not wait for SQLite's single writer (the click redirect path)."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select

from outreach.db.models import Message
from outreach.db.runtime import Runtime
from outreach.db.uow import read_only, unit_of_work
from tests.conftest import BACKEND


@pytest.mark.skipif(BACKEND != "sqlite", reason="the write lock is SQLite's")
def test_read_only_session_reads_while_a_writer_holds_the_lock(runtime: Runtime) -> None:
    done = threading.Event()

    def reader() -> None:
        with read_only(runtime.session_factory) as session:
            session.scalars(select(Message.id).limit(1)).all()
        done.set()

    with unit_of_work(runtime.session_factory) as writer:
        writer.connection()  # BEGIN IMMEDIATE: this transaction now holds the write lock
        thread = threading.Thread(target=reader)
        thread.start()
        assert done.wait(5), "the read-only session waited for the writer"
    thread.join()


def test_read_only_session_never_commits(runtime: Runtime) -> None:
    with read_only(runtime.session_factory) as session:
        assert session.scalars(select(Message)).all() == []
