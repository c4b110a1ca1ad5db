"""Import jobs whose thread stopped: detect them, mark them interrupted, resume them.

A running job refreshes ``heartbeat_at`` with every chunk it commits (a chunk is at most
``chunk_rows`` source rows, so seconds apart). A pending or running job with no heartbeat for
STALE_AFTER lost its thread — the server or CLI stopped, or the process died — and is marked
``interrupted``. Resuming sets it back to pending; the importer then skips the rows its
committed chunks cover and goes on (``imports.run_import``).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import ColumnElement, and_, or_, select, update
from sqlalchemy.orm import Session

from outreach.db.models import ImportJob
from outreach.errors import Gone, InvalidState
from outreach.tenancy.auth import AuthContext
from outreach.tenancy.scope import get_owned

STALE_AFTER = timedelta(minutes=5)
ACTIVE = ("pending", "running")
RESUMABLE = ("interrupted", "failed")
# No thread reads or writes the files of a job in these states.
FINISHED = ("done", "failed", "interrupted")
INTERRUPTED = (
    "the server or CLI running it went away before it finished; resume it to go on after "
    "the rows already done"
)


def _stale(now: datetime) -> ColumnElement[bool]:
    cutoff = now - STALE_AFTER
    return and_(
        ImportJob.status.in_(ACTIVE),
        or_(
            ImportJob.heartbeat_at < cutoff,
            and_(ImportJob.heartbeat_at.is_(None), ImportJob.created_at < cutoff),
        ),
    )


def mark_interrupted(session: Session, *, now: datetime, org_id: int | None = None) -> int:
    """Mark pending or running jobs without a heartbeat for STALE_AFTER as interrupted."""
    scope = [_stale(now)] + ([ImportJob.org_id == org_id] if org_id is not None else [])
    # Read first: this runs on every view of an import, and an UPDATE would take SQLite's
    # write lock (and wait for a running import's chunk) even when it changes nothing.
    if session.scalar(select(ImportJob.id).where(*scope).limit(1)) is None:
        return 0
    stmt = update(ImportJob).where(*scope)
    result = session.execute(
        stmt.values(status="interrupted", error=INTERRUPTED, finished_at=now),
        execution_options={"synchronize_session": False},
    )
    session.expire_all()
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def is_resumable(job: ImportJob) -> bool:
    """Whether ``resume_import`` may take the job: interrupted or failed, files still kept."""
    return job.status in RESUMABLE and job.files_purged_at is None


def check_not_purged(job: ImportJob, what: str) -> None:
    """Raise Gone once retention deleted the job's files (``what``: the file asked for)."""
    if job.files_purged_at is not None:
        raise Gone(
            f"the {what} of import {job.id} was deleted after the retention period",
            code="IMPORT_FILES_EXPIRED",
        )


def check_files(job: ImportJob) -> None:
    """Raise Gone when retention or an erase deleted the job's upload."""
    check_not_purged(job, "upload")
    if not Path(job.stored_path).is_file():
        raise Gone(f"the upload of import {job.id} is no longer stored", code="IMPORT_UPLOAD_GONE")


def resume_import(session: Session, auth: AuthContext, job_id: int, *, now: datetime) -> ImportJob:
    """Set an interrupted or failed job back to pending; the caller starts it once committed."""
    auth.require("edit")
    job = get_owned(session, ImportJob, job_id, auth, what="import")
    mark_interrupted(session, now=now, org_id=auth.org_id)
    session.refresh(job)
    if job.status not in RESUMABLE:
        raise InvalidState(
            f"import {job.id} is {job.status}; only an interrupted or failed import resumes",
            code="IMPORT_NOT_RESUMABLE",
        )
    check_files(job)
    # Conditional on the state just read, so two resumes at once start one run.
    claimed = session.execute(
        update(ImportJob)
        .where(
            ImportJob.id == job.id,
            ImportJob.status == job.status,
            ImportJob.attempt == job.attempt,
        )
        .values(status="pending", error=None, finished_at=None, heartbeat_at=now),
        execution_options={"synchronize_session": False},
    )
    if not claimed.rowcount:  # type: ignore[attr-defined]
        raise InvalidState(f"import {job.id} was resumed already", code="IMPORT_NOT_RESUMABLE")
    session.refresh(job)
    return job
