"""`outreach leads import`, `outreach suppression …` and `outreach gdpr …`."""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table
from sqlalchemy.orm import Session

from outreach.cli.context import console, handle_errors, print_json, runtime, session_scope
from outreach.db.models import ImportJob
from outreach.db.runtime import Runtime
from outreach.db.uow import unit_of_work
from outreach.kit.clock import utcnow
from outreach.leads import gdpr, imports, jobstate, retention
from outreach.suppression import entries
from outreach.tenancy import service as tenancy
from outreach.tenancy.auth import AuthContext

leads_app = typer.Typer(help="Import and manage leads.", no_args_is_help=True)
suppression_app = typer.Typer(help="The do-not-mail list.", no_args_is_help=True)
gdpr_app = typer.Typer(help="Export or erase one person's data.", no_args_is_help=True)

OrgOption = typer.Option(..., "--org", help="Organization name")
JsonOption = typer.Option(False, "--json", help="Print JSON")


def _auth(session: Session, org: str) -> AuthContext:
    organization = tenancy.get_organization_by_name(session, org)
    return AuthContext(org_id=organization.id, role="owner")


def _job_dict(job: ImportJob) -> dict[str, object]:
    keys = ["id", "status", "filename", "list_id", "mode", "total_bytes", "rows_seen"]
    keys += ["rows_imported", "rows_updated", "rows_skipped", "rows_failed", "error"]
    keys += ["attempt", "files_purged_at"]
    return {k: getattr(job, k) for k in keys} | {"error_report": job.error_report_path}


@leads_app.command("import")
@handle_errors
def import_(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, help="CSV or JSON lines"),
    org: str = OrgOption,
    list_name: str = typer.Option(None, "--list", help="Add every imported lead to this list"),
    mode: str = typer.Option("skip", "--mode", help="skip | update | fill existing leads"),
    json_out: bool = JsonOption,
) -> None:
    """Import leads from FILE with a progress bar."""
    rt = runtime()
    try:
        with unit_of_work(rt.session_factory) as session, file.open("rb") as fh:
            job = imports.create_import(
                session,
                _auth(session, org),
                upload=fh,
                filename=file.name,
                data_dir=rt.settings.data_dir,
                max_bytes=rt.settings.import_max_bytes,
                list_name=list_name,
                mode=mode,
                now=utcnow(),
            )
            job_id, total = job.id, job.total_bytes
        result = _run_job(rt, job_id, total, json_out=json_out)
    finally:
        rt.engine.dispose()
    _print_job(result, json_out=json_out)


def _run_job(rt: Runtime, job_id: int, total: int, *, json_out: bool) -> dict[str, object]:
    """Run a pending job here with a progress bar; the job as it ended."""
    with Progress(
        TextColumn("[bold]importing"),
        BarColumn(),
        DownloadColumn(),
        TextColumn("{task.fields[rows]} rows"),
        TimeRemainingColumn(),
        console=console if not json_out else None,
        disable=json_out,
    ) as bar:
        task = bar.add_task("import", total=total, rows=0)
        with rt.engine.connect() as conn:
            imports.run_import(
                conn,
                job_id,
                clock=utcnow,
                on_progress=lambda v: bar.update(
                    task, completed=v.processed_bytes, rows=v.rows_seen
                ),
            )
    with unit_of_work(rt.session_factory) as session:
        return _job_dict(session.get_one(ImportJob, job_id))


def _print_job(result: dict[str, object], *, json_out: bool) -> None:
    if json_out:
        print_json(result)
    else:
        console.print(
            f"{result['status']}: {result['rows_imported']} new, {result['rows_updated']} updated, "
            f"{result['rows_skipped']} skipped, {result['rows_failed']} failed"
        )
        if result["rows_failed"]:
            console.print(f"error report: {result['error_report']}")
    if result["status"] != "done":
        raise typer.Exit(code=1)


@leads_app.command("imports")
@handle_errors
def list_import_jobs(
    org: str = OrgOption,
    limit: int = typer.Option(20, "--limit", min=1, max=500, help="Newest first"),
    json_out: bool = JsonOption,
) -> None:
    """The newest imports with their status (a job whose process stopped shows interrupted)."""
    with session_scope() as (_rt, session):
        page = imports.list_imports(
            session, _auth(session, org), cursor=None, limit=limit, now=utcnow(), newest_first=True
        )
        rows = [_job_dict(job) for job in page.items]
    if json_out:
        print_json(rows)
        return
    table = Table("id", "status", "file", "rows", "new", "failed", "files")
    for row in rows:
        files = "expired" if row["files_purged_at"] else "kept"
        cells = [row[k] for k in ("id", "status", "filename", "rows_seen", "rows_imported")]
        table.add_row(*map(str, cells), str(row["rows_failed"]), files)
    console.print(table)


@leads_app.command("resume")
@handle_errors
def resume(
    job_id: int = typer.Argument(..., help="The id of an interrupted or failed import"),
    org: str = OrgOption,
    json_out: bool = JsonOption,
) -> None:
    """Resume an interrupted or failed import after its last committed chunk."""
    rt = runtime()
    try:
        with unit_of_work(rt.session_factory) as session:
            job = jobstate.resume_import(session, _auth(session, org), job_id, now=utcnow())
            total = job.total_bytes
        result = _run_job(rt, job_id, total, json_out=json_out)
    finally:
        rt.engine.dispose()
    _print_job(result, json_out=json_out)


@leads_app.command("purge-files")
@handle_errors
def purge_files(
    days: int = typer.Option(
        None, "--days", min=0, help="Keep this many days (default OUTREACH_IMPORT_RETENTION_DAYS)"
    ),
) -> None:
    """Delete the uploads and error reports of finished imports older than the retention."""
    rt = runtime()
    keep = rt.settings.import_retention_days if days is None else days
    total = 0
    try:
        while True:
            with unit_of_work(rt.session_factory) as session:
                done = retention.purge_expired_files(session, now=utcnow(), retention_days=keep)
            total += done
            if done < retention.BATCH:
                break
    finally:
        rt.engine.dispose()
    console.print(f"deleted the files of {total} imports older than {keep} days")


@suppression_app.command("add")
@handle_errors
def add(
    value: str = typer.Argument(..., help="an email address or a domain"),
    org: str = OrgOption,
    reason: str = typer.Option("manual", help="unsubscribed | hard_bounce | complaint | manual"),
) -> None:
    """Suppress an email address or a whole domain."""
    kind = "email" if "@" in value.strip().lstrip("@") else "domain"
    with session_scope() as (_rt, session):
        entries.add_suppression(
            session,
            _auth(session, org),
            email=value if kind == "email" else None,
            domain=value if kind == "domain" else None,
            reason=reason,
            source="cli",
            now=utcnow(),
        )
    console.print(f"suppressed {kind} {value.strip().lower()}")


@suppression_app.command("list")
@handle_errors
def list_(org: str = OrgOption, json_out: bool = JsonOption) -> None:
    """List suppressed emails and domains."""
    rows: list[dict[str, object]] = []
    with session_scope() as (_rt, session):
        auth, cursor = _auth(session, org), None
        while True:
            page = entries.list_suppressions(session, auth, cursor=cursor, limit=500)
            rows += [
                {"id": s.id, "kind": s.kind, "value": s.value, "reason": s.reason}
                for s in page.items
            ]
            if not (cursor := page.next_cursor):
                break
    if json_out:
        print_json(rows)
        return
    table = Table("id", "kind", "value", "reason")
    for row in rows:
        table.add_row(str(row["id"]), str(row["kind"]), str(row["value"]), str(row["reason"]))
    console.print(table)


@suppression_app.command("import")
@handle_errors
def import_suppressions(
    file: Path = typer.Argument(..., exists=True, dir_okay=False),
    org: str = OrgOption,
    json_out: bool = JsonOption,
) -> None:
    """Import a CSV with an email or domain column (and optional reason, source)."""
    with session_scope() as (_rt, session), file.open(encoding="utf-8-sig", newline="") as fh:
        result = entries.import_csv(session, _auth(session, org), fh, source="cli", now=utcnow())
    if json_out:
        print_json(result)
    else:
        console.print(f"{result['imported']} imported, {result['failed']} failed")


@suppression_app.command("export")
@handle_errors
def export_suppressions(org: str = OrgOption) -> None:
    """Write the whole list as CSV to stdout."""
    with session_scope() as (_rt, session):
        for chunk in entries.export_csv(session, _auth(session, org)):
            sys.stdout.write(chunk)


@gdpr_app.command("export")
@handle_errors
def gdpr_export(email: str, org: str = OrgOption) -> None:
    """Print everything held about EMAIL as JSON."""
    with session_scope() as (_rt, session):
        print_json(gdpr.export(session, _auth(session, org), email=email))


@gdpr_app.command("erase")
@handle_errors
def gdpr_erase(
    email: str,
    org: str = OrgOption,
    yes: bool = typer.Option(False, "--yes", help="Do not ask for confirmation"),
) -> None:
    """Delete EMAIL's lead and data, keeping only a hashed suppression entry."""
    if not yes:
        typer.confirm(f"Erase every record of {email}?", abort=True)
    with session_scope() as (_rt, session):
        result = gdpr.erase(session, _auth(session, org), email=email, now=utcnow())
    print_json(result)
