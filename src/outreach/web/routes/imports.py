"""Lead import pages: upload a file, watch the background job, download its error report."""

from __future__ import annotations

from starlette.background import BackgroundTask
from starlette.responses import FileResponse, Response
from starlette.routing import BaseRoute, Route

from outreach.errors import Conflict, Gone, InvalidState, ValidationFailed
from outreach.leads import imports, jobstate, lists
from outreach.web import forms
from outreach.web.pages import Page, page, redirect, refused, show
from outreach.web.render import NavItem
from outreach.web.routes.leads import hint_lists

RECENT = 20
# While a job runs its page reloads itself this often (no JavaScript in the dashboard).
REFRESH_SECONDS = 2
RUNNING = ("pending", "running")


@page
def import_form(p: Page) -> Response:
    """The upload form and the most recent imports."""
    recent = imports.list_imports(
        p.db,
        p.auth,
        cursor=forms.query(p, "cursor") or None,
        limit=RECENT,
        now=p.now,
        newest_first=True,
    )
    context = {
        "jobs": recent.items,
        "next_cursor": recent.next_cursor,
        "modes": imports.IMPORT_MODES,
        "list_hints": hint_lists(p),
        "can_edit": p.auth.can("edit"),
    }
    return show(p, "leads/import.html", context)


@page
def import_upload(p: Page) -> Response:
    """Store the upload, record the job, and start it in the background once committed."""
    p.auth.require("edit")
    try:
        upload = forms.form_file(p, "file", missing="choose a file to import")
        job = imports.create_import(
            p.db,
            p.auth,
            upload=upload.file,
            filename=upload.filename or "upload",
            data_dir=p.web.runtime.settings.data_dir,
            max_bytes=p.web.runtime.settings.import_max_bytes,
            list_name=p.field("list") or None,
            mode=p.field("mode") or "skip",
            now=p.now,
        )
    except (ValidationFailed, Conflict) as exc:
        return refused(p, "/leads/import", "Not imported", exc)
    return _run_after_commit(p, job.id, "Import started.")


def _run_after_commit(p: Page, job_id: int, text: str) -> Response:
    response = redirect(p, f"/leads/import/{job_id}", flash=("ok", text))
    # The response is sent after the unit of work commits, so the thread sees the job row.
    response.background = BackgroundTask(
        imports.run_in_thread, p.web.runtime.engine, job_id, clock=p.web.clock
    )
    return response


def _job_id(p: Page) -> int:
    return forms.path_id(p, "job_id", what="import")


@page
def import_job(p: Page) -> Response:
    """One job: status, a progress bar, counters and the link to its error report."""
    job = imports.get_import(p.db, p.auth, _job_id(p), now=p.now)
    percent = 100 * job.processed_bytes // job.total_bytes if job.total_bytes else 100
    names = lists.list_names(p.db, p.auth, [job.list_id] if job.list_id else [])
    context = {
        "job": job,
        "percent": 100 if job.status == "done" else percent,
        "running": job.status in RUNNING,
        "refresh": REFRESH_SECONDS,
        "list_name": names.get(job.list_id) if job.list_id else None,
        "expired": job.files_purged_at is not None,
        "resumable": jobstate.is_resumable(job),
        "can_edit": p.auth.can("edit"),
        "retention_days": p.web.runtime.settings.import_retention_days,
    }
    return show(p, "leads/import_job.html", context)


@page
def import_resume(p: Page) -> Response:
    """Resume an interrupted or failed import after its last committed chunk."""
    job_id = _job_id(p)
    try:
        job = jobstate.resume_import(p.db, p.auth, job_id, now=p.now)
    except (InvalidState, Gone) as exc:
        return refused(p, f"/leads/import/{job_id}", "Not resumed", exc)
    return _run_after_commit(p, job.id, "Import resumed.")


@page
def import_errors(p: Page) -> Response:
    """The per-row error report (row, column, reason) as CSV; 410 once retention deleted it."""
    job_id = _job_id(p)
    path = imports.error_report(p.db, p.auth, job_id, now=p.now)
    if path is None:
        return Response("row,column,reason\r\n", media_type="text/csv")
    return FileResponse(path, media_type="text/csv", filename=f"import-{job_id}-errors.csv")


routes: list[BaseRoute] = [
    Route("/leads/import", import_form, methods=["GET"]),
    Route("/leads/import", import_upload, methods=["POST"]),
    Route("/leads/import/{job_id:int}", import_job, methods=["GET"]),
    Route("/leads/import/{job_id:int}/resume", import_resume, methods=["POST"]),
    Route("/leads/import/{job_id:int}/errors.csv", import_errors, methods=["GET"]),
]
nav: list[NavItem] = []
