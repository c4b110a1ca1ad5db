"""PostgreSQL settings for the audience statements, scoped to the statements that need them.

Why this is dialect-specific: the audience count is one large CASE over every lead of the
organization, and PostgreSQL's defaults hurt it three ways.

- JIT: the CASE makes the plan's estimated cost pass ``jit_above_cost``, and compiling it
  took longer than running it (3.5 s of 3.6 s at 100k leads, see BENCHMARKS.md).
- work_mem: with the default 4 MB the per-domain grouping spills to disk.
- Hash joins: the counting pass joins the leads with the target list (800k ids at 1M leads)
  and LEFT JOINs the excluded sets (``filters.scan_candidates``). Every one of them can be read
  in lead id order (the leads' primary key; the (list_id, lead_id) and (campaign_id, lead_id)
  keys), so merge joins need no sort, but the planner still costs hashing 800k ids as cheaper.
  Measured at 1M leads, the merge joins take half the CPU time of the hash joins (ADR 0013).
  Nested loops stay allowed: the sample's short scan uses them.

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
_SET = text(
    "SELECT set_config('jit', :jit, true), set_config('work_mem', :work_mem, true),"
    " set_config('enable_hashjoin', :hashjoin, true)"
)
_GET = text(
    "SELECT current_setting('jit'), current_setting('work_mem'), current_setting('enable_hashjoin')"
)


@contextmanager
def audience_settings(session: Session) -> Iterator[None]:
    """Run the block with JIT and hash joins off and a larger work_mem on PostgreSQL."""
    if session.get_bind().dialect.name != "postgresql":
        yield
        return
    jit, work_mem, hashjoin = session.execute(_GET).one()
    session.execute(_SET, {"jit": "off", "work_mem": WORK_MEM, "hashjoin": "off"})
    yield
    session.execute(_SET, {"jit": jit, "work_mem": work_mem, "hashjoin": hashjoin})
