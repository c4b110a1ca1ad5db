"""/api/v1/imports: status of lead import jobs and their per-row error reports."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, status
from fastapi.responses import FileResponse, Response
from pydantic import BaseModel

from outreach.api.deps import AuthDep, RuntimeDep, SessionDep
from outreach.api.schemas import ORMModel
from outreach.kit.clock import utcnow
from outreach.leads import imports, jobstate

router = APIRouter(prefix="/imports", tags=["leads"])


class ImportJobOut(ORMModel):
    """An import job with its progress counters."""

    id: int
    status: str
    filename: str
    list_id: int | None
    mode: str
    total_bytes: int
    processed_bytes: int
    rows_seen: int
    rows_imported: int
    rows_updated: int
    rows_skipped: int
    rows_failed: int
    error: str | None
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    heartbeat_at: datetime | None
    attempt: int
    files_purged_at: datetime | None
    files_expired: bool = False
    resumable: bool = False
    errors_url: str = ""


class ImportPage(BaseModel):
    """A keyset page of import jobs."""

    items: list[ImportJobOut]
    next_cursor: str | None


def job_out(job: Any) -> ImportJobOut:
    """Serialise a job with the link to its error report and whether it can be resumed."""
    return ImportJobOut.model_validate(job).model_copy(
        update={
            "errors_url": f"/api/v1/imports/{job.id}/errors.csv",
            "files_expired": job.files_purged_at is not None,
            "resumable": jobstate.is_resumable(job),
        }
    )


@router.get("", response_model=ImportPage)
def list_imports(
    session: SessionDep, auth: AuthDep, cursor: str | None = None, limit: int | None = None
) -> Any:
    """The organization's import jobs."""
    page = imports.list_imports(session, auth, cursor=cursor, limit=limit, now=utcnow())
    return ImportPage(items=[job_out(j) for j in page.items], next_cursor=page.next_cursor)


@router.get("/{job_id}", response_model=ImportJobOut)
def get_import(job_id: int, session: SessionDep, auth: AuthDep) -> Any:
    """Status and counters of one import (a job whose process stopped shows interrupted)."""
    return job_out(imports.get_import(session, auth, job_id, now=utcnow()))


@router.post("/{job_id}/resume", status_code=status.HTTP_202_ACCEPTED, response_model=ImportJobOut)
def resume_import(job_id: int, session: SessionDep, auth: AuthDep, runtime: RuntimeDep) -> Any:
    """Resume an interrupted or failed import after its last committed chunk (409 otherwise,
    410 once its upload expired)."""
    job = jobstate.resume_import(session, auth, job_id, now=utcnow())
    out = job_out(job)
    # The thread needs the pending state committed before it starts.
    session.commit()
    imports.run_in_thread(runtime.engine, job.id, clock=utcnow)
    return out


@router.get("/{job_id}/errors.csv", response_class=Response)
def import_errors(job_id: int, session: SessionDep, auth: AuthDep) -> Any:
    """The per-row error report (row, column, reason) as CSV; 410 once retention deleted it."""
    path = imports.error_report(session, auth, job_id, now=utcnow())
    if path is None:
        return Response("row,column,reason\r\n", media_type="text/csv")
    return FileResponse(path, media_type="text/csv", filename=f"import-{job_id}-errors.csv")
