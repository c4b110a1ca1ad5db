"""Lead import jobs: accept a file, then stream it through the upsert in bounded chunks."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Connection, Engine, select, update
from sqlalchemy.orm import Session

from outreach.db.models import ImportJob
from outreach.errors import ValidationFailed
from outreach.kit.clock import Clock
from outreach.kit.csvsafe import SafeWriter
from outreach.kit.pagination import Page, paginate
from outreach.leads import lists as lists_service
from outreach.leads.chunk import Chunk
from outreach.leads.normalize import clean_row
from outreach.leads.reader import FileFormat, RawRow, RowStream, detect, is_blank
from outreach.leads.rowplan import CsvPlan, stage_values
from outreach.leads.uploads import store_upload
from outreach.leads.upsert import ChunkResult, UpsertTarget, begin_import, upsert_chunk
from outreach.tenancy.auth import AuthContext
from outreach.tenancy.scope import get_owned, scoped

IMPORT_MODES = ("skip", "update", "fill")
DEFAULT_CHUNK_ROWS = 50_000


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


def check_mode(mode: str) -> str:
    """Raise ValidationFailed unless ``mode`` is skip, update or fill."""
    if mode not in IMPORT_MODES:
        raise ValidationFailed(
            f"mode must be one of {', '.join(IMPORT_MODES)}", code="INVALID_MODE", field="mode"
        )
    return mode


def create_import(
    session: Session,
    auth: AuthContext,
    *,
    upload: IO[bytes],
    filename: str,
    data_dir: Path,
    list_name: str | None = None,
    mode: str = "skip",
    now: datetime,
    max_bytes: int | None,
) -> ImportJob:
    """Store an upload under ``data_dir``, check it is a lead file, and record a pending job."""
    auth.require("edit")
    check_mode(mode)
    folder = data_dir / "imports" / str(auth.org_id)
    folder.mkdir(parents=True, exist_ok=True)
    stored = folder / f"{uuid.uuid4().hex}.upload"
    store_upload(upload, stored, max_bytes=max_bytes)
    try:
        fmt = detect(stored, filename)
    except ValidationFailed:
        stored.unlink(missing_ok=True)
        raise
    list_id = (
        lists_service.get_or_create_list(session, auth, name=list_name).id if list_name else None
    )
    job = ImportJob(
        org_id=auth.org_id,
        status="pending",
        filename=Path(filename).name[:500],
        stored_path=str(stored),
        list_id=list_id,
        mode=mode,
        options=fmt.as_dict(),
        total_bytes=stored.stat().st_size,
        error_report_path=str(stored.with_suffix(".errors.csv")),
        created_at=now,
    )
    session.add(job)
    session.flush()
    return job


def get_import(session: Session, auth: AuthContext, job_id: int) -> ImportJob:
    """One import job of the caller's organization."""
    auth.require("read")
    return get_owned(session, ImportJob, job_id, auth, what="import")


def list_imports(
    session: Session,
    auth: AuthContext,
    *,
    cursor: str | None,
    limit: int | None,
    newest_first: bool = False,
) -> Page[ImportJob]:
    """The organization's import jobs, oldest first unless ``newest_first``."""
    auth.require("read")
    return paginate(
        session,
        scoped(ImportJob, auth),
        ImportJob.id,
        cursor=cursor,
        limit=limit,
        newest_first=newest_first,
    )


def error_report(session: Session, auth: AuthContext, job_id: int) -> Path | None:
    """Path of the job's per-row error report CSV, or None while none was written."""
    job = get_import(session, auth, job_id)
    path = Path(job.error_report_path or "")
    return path if job.error_report_path and path.exists() else None


class _Run:
    """State of one job execution: counters, the chunk being filled, the chunk being written.

    Reading and cleaning (this thread) overlap with writing the previous chunk to the database
    (one worker thread, which has the connection to itself while it runs): the two use
    different cores, and the worker mostly waits on the database without holding the GIL.
    """

    def __init__(
        self, conn: Connection, job: Any, clock: Clock, chunk_rows: int, commit: Callable[[], None]
    ) -> None:
        self.conn = conn
        self.job_id = job.id
        self.chunk_rows = chunk_rows
        self.commit = commit
        self.target = UpsertTarget(
            org_id=job.org_id,
            mode=job.mode,
            list_id=job.list_id,
            source=f"import:{job.id}",
            now=clock(),
        )
        self.view = ImportJobView(job.total_bytes, 0, 0, 0, 0, 0, 0)
        self.copy_text = conn.dialect.name == "postgresql"
        self.chunk = Chunk(copy_text=self.copy_text)
        self.writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"lead-import-{job.id}")
        self.pending: Future[ChunkResult] | None = None
        self.pending_bytes = 0

    def add(self, raw: RawRow, report: SafeWriter) -> None:
        """Count, clean and keep one row, or report why it cannot be imported."""
        self.view.rows_seen += 1
        if raw.error:
            report.writerow([raw.number, "", raw.error])
            self.view.rows_failed += 1
            return
        row = clean_row(raw.values)
        if row.errors:
            for column, reason in row.errors:
                report.writerow([raw.number, column, reason])
            self.view.rows_failed += 1
            return
        self.keep(raw.number, stage_values(row), report)

    def keep(self, number: int, values: list[str], report: SafeWriter) -> None:
        """Put a clean row into the chunk unless its email came earlier in the chunk."""
        first = self.chunk.add(number, values)
        if first is not None:
            report.writerow([number, "email", f"duplicate email in file (row {first})"])
            self.view.rows_skipped += 1

    def flush(self, report: SafeWriter, position: int) -> ImportJobView | None:
        """Hand the chunk to the writer once the previous one is done; return that one's view."""
        if not self.chunk:
            return None
        chunk, self.chunk = self.chunk, Chunk(copy_text=self.copy_text)
        chunk.processed_bytes = min(position, self.view.total_bytes)
        view = self.collect(report)
        self.pending = self.writer.submit(self._write, chunk, replace(self.view))
        self.pending_bytes = chunk.processed_bytes
        return view

    def _write(self, chunk: Chunk, view: ImportJobView) -> ChunkResult:
        # Worker thread: upsert, then record progress as it stands once this chunk is in.
        result = upsert_chunk(self.conn, self.target, chunk)
        _count(view, result, self.target.mode)
        view.processed_bytes = chunk.processed_bytes
        self.save(view)
        self.commit()
        return result

    def collect(self, report: SafeWriter) -> ImportJobView | None:
        """Wait for the chunk being written and fold its result into the counters."""
        if self.pending is None:
            return None
        pending, self.pending = self.pending, None
        result = pending.result()
        for number in result.duplicates:
            report.writerow([number, "email", "duplicate email in file"])
        _count(self.view, result, self.target.mode)
        self.view.processed_bytes = self.pending_bytes
        return self.view

    def close(self) -> None:
        """Wait for the writer; its error, if any, was or will be raised by collect()."""
        self.writer.shutdown(wait=True)

    def save(self, view: ImportJobView, **extra: Any) -> None:
        """Store the counters of ``view`` (and ``extra`` columns) on the job row."""
        values = {k: v for k, v in vars(view).items() if k != "total_bytes"}
        self.conn.execute(
            update(ImportJob).where(ImportJob.id == self.job_id).values(**values, **extra)
        )


def _count(view: ImportJobView, result: ChunkResult, mode: str) -> None:
    view.rows_skipped += len(result.duplicates)
    view.rows_imported += result.inserted
    if mode == "skip":
        view.rows_skipped += result.existing
    else:
        view.rows_updated += result.existing


def _read_csv(
    run: _Run, stream: RowStream, report: SafeWriter, on_chunk: Callable[[], None]
) -> None:
    records = stream.csv_records()
    plan = CsvPlan(stream.headers)
    chunk_rows = run.chunk_rows
    for number, cells in records:
        values = plan.fast(cells)
        if values is not None:
            run.view.rows_seen += 1
            run.keep(number, values, report)
        elif not is_blank(cells):
            run.add(RawRow(number, plan.as_dict(cells)), report)
        if len(run.chunk) >= chunk_rows:
            on_chunk()


def _process(run: _Run, job: Any, on_progress: Progress | None) -> None:
    stream = RowStream(Path(job.stored_path), FileFormat.from_dict(job.options))
    try:
        begin_import(run.conn)
        with Path(job.error_report_path).open("w", newline="", encoding="utf-8") as fh:
            report = SafeWriter(fh)
            report.writerow(["row", "column", "reason"])

            def on_chunk() -> None:
                view = run.flush(report, stream.position())
                if on_progress and view:
                    on_progress(view)

            if stream.fmt.kind == "csv":
                _read_csv(run, stream, report, on_chunk)
            else:
                for raw in stream:
                    run.add(raw, report)
                    if len(run.chunk) >= run.chunk_rows:
                        on_chunk()
            on_chunk()
            view = run.collect(report)
            if on_progress and view:
                on_progress(view)
    finally:
        run.close()
        stream.close()
    run.view.processed_bytes = run.view.total_bytes


def run_import(
    conn: Connection,
    job_id: int,
    *,
    clock: Clock,
    inline: bool = False,
    chunk_rows: int = DEFAULT_CHUNK_ROWS,
    on_progress: Progress | None = None,
) -> None:
    """Execute a pending job on ``conn``.

    Standalone (``inline=False``) it commits after every chunk so progress is visible and
    memory stays bounded; ``inline=True`` runs inside the caller's transaction (a savepoint),
    which commits.
    """
    job = conn.execute(select(ImportJob.__table__).where(ImportJob.id == job_id)).one()
    commit = (lambda: None) if inline else conn.commit
    run = _Run(conn, job, clock, chunk_rows, commit)
    conn.execute(
        update(ImportJob).where(ImportJob.id == job_id).values(status="running", started_at=clock())
    )
    commit()
    try:
        if inline:
            with conn.begin_nested():
                _process(run, job, on_progress)
        else:
            _process(run, job, on_progress)
        run.save(run.view, status="done", finished_at=clock())
        commit()
    except Exception as exc:  # noqa: BLE001 — any failure is recorded on the job, not lost
        if not inline:
            conn.rollback()
        message = getattr(exc, "message", None) or f"{type(exc).__name__}: {exc}"
        run.save(run.view, status="failed", error=str(message)[:2000], finished_at=clock())
        commit()
    if on_progress:
        on_progress(run.view)


def run_in_thread(engine: Engine, job_id: int, *, clock: Clock) -> threading.Thread:
    """Run a committed pending job on its own connection in a daemon thread."""

    def target() -> None:
        with engine.connect() as conn:
            run_import(conn, job_id, clock=clock)

    thread = threading.Thread(target=target, name=f"lead-import-{job_id}", daemon=True)
    thread.start()
    return thread
