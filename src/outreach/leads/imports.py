"""Lead import jobs: accept a file, then stream it through the upsert in bounded chunks."""

from __future__ import annotations

import threading
import uuid
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Connection, Engine, func, literal, select, update
from sqlalchemy.orm import Session

from outreach.db.base import UTCDateTime
from outreach.db.models import ImportJob
from outreach.errors import ValidationFailed
from outreach.kit.clock import Clock
from outreach.kit.pagination import Page, paginate
from outreach.leads import jobstate
from outreach.leads import lists as lists_service
from outreach.leads.jobrun import JobRun, Progress, read_csv, read_jsonl
from outreach.leads.reader import FileFormat, RowStream, detect
from outreach.leads.report import ErrorReport
from outreach.leads.uploads import store_upload
from outreach.leads.upsert import begin_import
from outreach.tenancy.auth import AuthContext
from outreach.tenancy.scope import get_owned, scoped

IMPORT_MODES = ("skip", "update", "fill")
DEFAULT_CHUNK_ROWS = 50_000


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


def get_import(session: Session, auth: AuthContext, job_id: int, *, now: datetime) -> ImportJob:
    """One import job of the caller's organization (a job whose thread stopped: interrupted)."""
    auth.require("read")
    jobstate.mark_interrupted(session, now=now, org_id=auth.org_id)
    return get_owned(session, ImportJob, job_id, auth, what="import")


def list_imports(
    session: Session,
    auth: AuthContext,
    *,
    cursor: str | None,
    limit: int | None,
    now: datetime,
    newest_first: bool = False,
) -> Page[ImportJob]:
    """The organization's import jobs, oldest first unless ``newest_first``."""
    auth.require("read")
    jobstate.mark_interrupted(session, now=now, org_id=auth.org_id)
    return paginate(
        session,
        scoped(ImportJob, auth),
        ImportJob.id,
        cursor=cursor,
        limit=limit,
        newest_first=newest_first,
    )


def error_report(session: Session, auth: AuthContext, job_id: int, *, now: datetime) -> Path | None:
    """Path of the job's error report CSV, None while none was written; Gone once purged."""
    job = get_import(session, auth, job_id, now=now)
    jobstate.check_not_purged(job, "error report")
    path = Path(job.error_report_path or "")
    return path if job.error_report_path and path.exists() else None


def _process(run: JobRun, job: Any, on_progress: Progress | None) -> None:
    stream = RowStream(Path(job.stored_path), FileFormat.from_dict(job.options))
    try:
        begin_import(run.conn)
        with ErrorReport.open(Path(job.error_report_path), keep=job.report_bytes) as report:
            run.report = report

            def on_chunk(last_row: int) -> None:
                view = run.flush(last_row, stream.position())
                if on_progress and view:
                    on_progress(view)

            read = read_csv if stream.fmt.kind == "csv" else read_jsonl
            on_chunk(read(run, stream, on_chunk))
            view = run.collect()
            if on_progress and view:
                on_progress(view)
    finally:
        run.close()
        stream.close()
    run.view.processed_bytes = run.view.total_bytes


def _start(conn: Connection, job_id: int, clock: Clock) -> Any:
    """Claim a pending job for a new attempt; None when it is not pending (taken elsewhere)."""
    now = clock()
    claimed = conn.execute(
        update(ImportJob)
        .where(ImportJob.id == job_id, ImportJob.status == "pending")
        .values(
            status="running",
            started_at=func.coalesce(ImportJob.started_at, literal(now, UTCDateTime())),
            heartbeat_at=now,
            attempt=ImportJob.attempt + 1,
        )
    )
    if not claimed.rowcount:
        return None
    return conn.execute(select(ImportJob.__table__).where(ImportJob.id == job_id)).one()


def run_import(
    conn: Connection,
    job_id: int,
    *,
    clock: Clock,
    inline: bool = False,
    chunk_rows: int = DEFAULT_CHUNK_ROWS,
    on_progress: Progress | None = None,
) -> None:
    """Execute a pending job on ``conn``: from the start, or after its committed rows.

    Standalone (``inline=False``) it commits after every chunk so progress is visible, memory
    stays bounded and an interrupted job can be resumed; ``inline=True`` runs inside the
    caller's transaction (a savepoint), which commits.
    """
    commit = (lambda: None) if inline else conn.commit
    job = _start(conn, job_id, clock)
    commit()
    if job is None:
        return
    run = JobRun(conn, job, clock, chunk_rows, commit)
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
        # The counters stay those of the last committed chunk: a resume goes on from there.
        run.save(None, status="failed", error=str(message)[:2000], finished_at=clock())
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
