"""One execution of an import job: counters, chunks handed to a writer thread, and the read
loops (which skip, on a resumed job, the rows an earlier attempt committed)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from sqlalchemy import Connection, update

from outreach.db.models import ImportJob
from outreach.kit.clock import Clock
from outreach.leads.chunk import Chunk
from outreach.leads.normalize import clean_row
from outreach.leads.reader import RawRow, RowStream, is_blank
from outreach.leads.report import ErrorReport
from outreach.leads.rowplan import CsvPlan, stage_values
from outreach.leads.upsert import ChunkResult, UpsertTarget, remember_existing, upsert_chunk

# Emails of already committed rows looked up together when a resumed job rebuilds its state.
REPLAY_BATCH = 5000
T = TypeVar("T")


@dataclass
class ImportJobView:
    """Counters of a running job, handed to progress callbacks."""

    total_bytes: int
    processed_bytes: int
    rows_seen: int
    rows_imported: int
    rows_updated: int
    rows_skipped: int
    rows_failed: int


Progress = Callable[[ImportJobView], None]
# The job columns an ImportJobView mirrors, in its field order.
VIEW_FIELDS = tuple(ImportJobView.__dataclass_fields__)


class Superseded(Exception):
    """This run's job was marked interrupted or resumed elsewhere; stop without writing."""


class JobRun:
    """State of one job execution: counters, the chunk being filled, the chunk being written.

    Reading and cleaning (this thread) overlap with writing the previous chunk to the database
    (one worker thread, which has the connection to itself while it runs): the two use
    different cores, and the worker mostly waits on the database without holding the GIL.
    The worker also appends the chunk's lines to the error report and commits them with the
    counters, so what is committed always describes one prefix of the file, which is where a
    resumed job (jobstate.py) goes on from.
    """

    def __init__(
        self, conn: Connection, job: Any, clock: Clock, chunk_rows: int, commit: Callable[[], None]
    ) -> None:
        self.conn = conn
        self.job_id = job.id
        self.attempt = job.attempt
        self.clock = clock
        self.chunk_rows = chunk_rows
        self.commit = commit
        self.target = UpsertTarget(
            org_id=job.org_id,
            mode=job.mode,
            list_id=job.list_id,
            source=f"import:{job.id}",
            now=clock(),
        )
        # A resumed job goes on from its committed counters (all zero for a fresh one).
        self.view = ImportJobView(*(getattr(job, name) for name in VIEW_FIELDS))
        self.resume_row = job.resume_row
        self.flush_at = job.resume_row + chunk_rows
        self.copy_text = conn.dialect.name == "postgresql"
        self.chunk = Chunk(copy_text=self.copy_text)
        self.writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"lead-import-{job.id}")
        self.pending: Future[ChunkResult] | None = None
        self.pending_bytes = 0
        self.report: ErrorReport | None = None
        self.replayed: list[str] = []

    def add(self, raw: RawRow) -> None:
        """Count, clean and keep one row, or note why it cannot be imported."""
        self.view.rows_seen += 1
        if raw.error:
            self.chunk.problems.append((raw.number, "", raw.error))
            self.view.rows_failed += 1
            return
        row = clean_row(raw.values)
        if row.errors:
            for column, reason in row.errors:
                self.chunk.problems.append((raw.number, column, reason))
            self.view.rows_failed += 1
            return
        self.keep(raw.number, stage_values(row))

    def keep(self, number: int, values: list[str]) -> None:
        """Put a clean row into the chunk unless its email came earlier in the chunk."""
        first = self.chunk.add(number, values)
        if first is not None:
            self.chunk.problems.append((number, "email", f"duplicate email in file (row {first})"))
            self.view.rows_skipped += 1

    def flush(self, last_row: int, position: int) -> ImportJobView | None:
        """Hand the rows up to ``last_row`` to the writer once the previous chunk is done."""
        self.flush_at = last_row + self.chunk_rows
        if not self.chunk and not self.chunk.problems:
            return None
        chunk, self.chunk = self.chunk, Chunk(copy_text=self.copy_text)
        chunk.last_row = last_row
        chunk.processed_bytes = min(position, self.view.total_bytes)
        view = self.collect()
        self.pending = self.writer.submit(self._write, chunk, replace(self.view))
        self.pending_bytes = chunk.processed_bytes
        return view

    def _write(self, chunk: Chunk, view: ImportJobView) -> ChunkResult:
        # Worker thread: upsert, report, then record progress as it stands once this chunk is
        # in, all in one commit.
        result = upsert_chunk(self.conn, self.target, chunk) if chunk else ChunkResult()
        _count(view, result, self.target.mode)
        view.processed_bytes = chunk.processed_bytes
        assert self.report is not None
        size = self.report.append(chunk.problems, result.duplicates)
        if not self.save(view, resume_row=chunk.last_row, report_bytes=size):
            raise Superseded(f"import {self.job_id} was interrupted or resumed elsewhere")
        self.commit()
        return result

    def collect(self) -> ImportJobView | None:
        """Wait for the chunk being written and fold its result into the counters."""
        if self.pending is None:
            return None
        pending, self.pending = self.pending, None
        _count(self.view, pending.result(), self.target.mode)
        self.view.processed_bytes = self.pending_bytes
        return self.view

    def close(self) -> None:
        """Wait for the writer; its error, if any, was or will be raised by collect()."""
        self.writer.shutdown(wait=True)

    def save(self, view: ImportJobView | None, **extra: Any) -> bool:
        """Store ``view``'s counters and ``extra`` columns unless this attempt was superseded."""
        values = {k: v for k, v in vars(view).items() if k != "total_bytes"} if view else {}
        result = self.conn.execute(
            update(ImportJob)
            .where(
                ImportJob.id == self.job_id,
                ImportJob.attempt == self.attempt,
                ImportJob.status == "running",
            )
            .values(**values, **extra, heartbeat_at=self.clock())
        )
        return bool(result.rowcount)

    def replay(self, email: str | None) -> None:
        """Note the email of a row a previous attempt committed (rebuilds first-row-wins)."""
        if email:
            self.replayed.append(email)
            if len(self.replayed) >= REPLAY_BATCH:
                self.end_replay()

    def end_replay(self) -> None:
        """Hand the replayed emails to the upsert's memory of matched existing leads."""
        remember_existing(self.conn, self.target, self.replayed)
        self.replayed = []


def _count(view: ImportJobView, result: ChunkResult, mode: str) -> None:
    view.rows_skipped += len(result.duplicates)
    view.rows_imported += result.inserted
    if mode == "skip":
        view.rows_skipped += result.existing
    else:
        view.rows_updated += result.existing


def _clean_email(values: dict[str, Any]) -> str | None:
    row = clean_row(values)
    return None if row.errors else stage_values(row)[0]


def _csv_email(plan: CsvPlan, cells: list[str]) -> str | None:
    values = plan.fast(cells)
    if values is not None:
        return values[0]
    return None if is_blank(cells) else _clean_email(plan.as_dict(cells))


def _raw_email(raw: RawRow) -> str | None:
    return None if raw.error else _clean_email(raw.values)


def _skip_done(
    run: JobRun, items: Iterator[T], number: Callable[[T], int], email: Callable[[T], str | None]
) -> Iterator[T]:
    """Yield the items after the committed prefix, replaying the emails of those before it."""
    if run.resume_row:
        for item in items:
            if number(item) > run.resume_row:
                run.end_replay()
                yield item
                break
            run.replay(email(item))
        else:
            run.end_replay()
    yield from items


def read_csv(run: JobRun, stream: RowStream, on_chunk: Callable[[int], None]) -> int:
    records = stream.csv_records()
    plan = CsvPlan(stream.headers)
    number = run.resume_row
    records = _skip_done(run, records, lambda r: r[0], lambda r: _csv_email(plan, r[1]))
    for number, cells in records:
        values = plan.fast(cells)
        if values is not None:
            run.view.rows_seen += 1
            run.keep(number, values)
        elif not is_blank(cells):
            run.add(RawRow(number, plan.as_dict(cells)))
        if number >= run.flush_at:
            on_chunk(number)
    return number


def read_jsonl(run: JobRun, stream: RowStream, on_chunk: Callable[[int], None]) -> int:
    number = run.resume_row
    for raw in _skip_done(run, iter(stream), lambda r: r.number, _raw_email):
        number = raw.number
        run.add(raw)
        if number >= run.flush_at:
            on_chunk(number)
    return number
