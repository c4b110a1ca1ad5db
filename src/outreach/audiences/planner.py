"""PostgreSQL settings for the audience statements, scoped to the statements that need them.

Why this is dialect-specific: the audience count is one large CASE over every lead of the
organization, and PostgreSQL's defaults hurt it twice.

- JIT: the CASE makes the plan's estimated cost pass ``jit_above_cost``, and compiling it
  took longer than running it (3.5 s of 3.6 s at 100k leads, see BENCHMARKS.md).
- work_mem: with the default 4 MB the set of a large excluded campaign does not fit in a
  hash, so each lead probes an index instead, and the per-domain grouping spills to disk.

``SET LOCAL`` lasts until the end of the transaction, so the previous values are put back
when the block ends; if the block raises, the transaction is rolled back and takes the
settings with it. SQLite has neither knob: the block does nothing there.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.orm import Session

WORK_MEM = "64MB"
_SET = text("SELECT set_config('jit', :jit, true), set_config('work_mem', :work_mem, true)")


@contextmanager
def audience_settings(session: Session) -> Iterator[None]:
    """Run the block with JIT off and a larger work_mem on PostgreSQL."""
    if session.get_bind().dialect.name != "postgresql":
        yield
        return
    jit, work_mem = session.execute(
        text("SELECT current_setting('jit'), current_setting('work_mem')")
    ).one()
    session.execute(_SET, {"jit": "off", "work_mem": WORK_MEM})
    yield
    session.execute(_SET, {"jit": jit, "work_mem": work_mem})
