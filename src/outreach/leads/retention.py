"""Retention of import files: the upload and error report of a finished import are deleted once
it is older than OUTREACH_IMPORT_RETENTION_DAYS; the job row and its counts stay.

System-wide (every organization): the worker's maintenance loop and ``outreach leads
purge-files`` call it.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from outreach.db.models import ImportJob
from outreach.leads.jobstate import FINISHED

# Jobs handled per call, so one unit of work stays short; callers repeat until 0.
BATCH = 200


def _unlink(path: str | None) -> None:
    if path:
        Path(path).unlink(missing_ok=True)


def purge_expired_files(session: Session, *, now: datetime, retention_days: int) -> int:
    """Delete the files of up to BATCH finished imports older than the retention period."""
    cutoff = now - timedelta(days=retention_days)
    jobs = session.execute(
        select(ImportJob.id, ImportJob.stored_path, ImportJob.error_report_path)
        .where(
            ImportJob.status.in_(FINISHED),
            ImportJob.files_purged_at.is_(None),
            ImportJob.finished_at < cutoff,
        )
        .order_by(ImportJob.id)
        .limit(BATCH)
    ).all()
    for _job_id, upload, report in jobs:
        _unlink(upload)
        _unlink(report)
    if jobs:
        session.execute(
            update(ImportJob)
            .where(ImportJob.id.in_([job_id for job_id, _, _ in jobs]))
            .values(files_purged_at=now),
            execution_options={"synchronize_session": False},
        )
    return len(jobs)
