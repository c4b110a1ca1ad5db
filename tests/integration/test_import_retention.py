"""Import files are deleted OUTREACH_IMPORT_RETENTION_DAYS after the import finished; the job and
its counts stay, and the API, dashboard and CLI say the files expired."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update
from starlette.testclient import TestClient
from typer.testing import CliRunner

from outreach.cli.main import app as cli_app
from outreach.db.models import ImportJob
from outreach.db.runtime import Runtime
from outreach.db.uow import unit_of_work
from outreach.kit.clock import utcnow
from outreach.leads import imports, jobstate, retention
from outreach.worker.loops import ImportMaintenanceLoop
from tests.conftest import OrgFixture
from tests.web_leads_support import login_as, owner, stored_import

BODY = b"email,first_name\na@acme.com,A\nbroken,B\n"
DAYS = 30


def _finished_job(runtime: Runtime, org: OrgFixture, tmp_path: Path) -> tuple[int, datetime]:
    job_id = stored_import(runtime, org, BODY, data_dir=tmp_path)
    with runtime.engine.connect() as conn:
        imports.run_import(conn, job_id, clock=utcnow)
    with unit_of_work(runtime.session_factory) as session:
        finished = session.get_one(ImportJob, job_id).finished_at
    assert finished is not None
    return job_id, finished


def _files(runtime: Runtime, job_id: int) -> list[bool]:
    with unit_of_work(runtime.session_factory) as session:
        job = session.get_one(ImportJob, job_id)
        return [Path(job.stored_path).exists(), Path(job.error_report_path or "").exists()]


def _purge(runtime: Runtime, now: datetime) -> int:
    with unit_of_work(runtime.session_factory) as session:
        return retention.purge_expired_files(session, now=now, retention_days=DAYS)


def test_files_go_after_the_retention_period_and_counts_stay(
    runtime: Runtime, org: OrgFixture, tmp_path: Path
) -> None:
    job_id, finished = _finished_job(runtime, org, tmp_path)
    assert _purge(runtime, finished + timedelta(days=DAYS) - timedelta(seconds=1)) == 0
    assert _files(runtime, job_id) == [True, True]
    purged_at = finished + timedelta(days=DAYS, seconds=1)
    assert _purge(runtime, purged_at) == 1
    assert _files(runtime, job_id) == [False, False]
    assert _purge(runtime, purged_at + timedelta(days=1)) == 0
    with unit_of_work(runtime.session_factory) as session:
        job = session.get_one(ImportJob, job_id)
        assert (job.status, job.rows_imported, job.rows_failed) == ("done", 1, 1)
        assert job.files_purged_at == purged_at


def test_running_jobs_keep_their_files(runtime: Runtime, org: OrgFixture, tmp_path: Path) -> None:
    job_id, finished = _finished_job(runtime, org, tmp_path)
    with unit_of_work(runtime.session_factory) as session:
        session.execute(update(ImportJob).values(status="running", heartbeat_at=finished))
    assert _purge(runtime, finished + timedelta(days=DAYS * 2)) == 0
    assert _files(runtime, job_id) == [True, True]


def test_the_worker_loop_marks_stale_jobs_and_purges(
    runtime: Runtime, org: OrgFixture, tmp_path: Path
) -> None:
    old_id, finished = _finished_job(runtime, org, tmp_path)
    stale_id, _ = _finished_job(runtime, org, tmp_path)
    with unit_of_work(runtime.session_factory) as session:
        session.execute(
            update(ImportJob)
            .where(ImportJob.id == stale_id)
            .values(status="running", heartbeat_at=finished, finished_at=None)
        )
    now = finished + timedelta(days=DAYS, minutes=1)
    loop = ImportMaintenanceLoop(runtime, clock=lambda: now)
    assert loop.one_iteration() == 2  # one marked interrupted, one purged
    with unit_of_work(runtime.session_factory) as session:
        stale = session.get_one(ImportJob, stale_id)
        assert (stale.status, stale.finished_at) == ("interrupted", now)
    assert _files(runtime, old_id) == [False, False]
    assert _files(runtime, stale_id) == [True, True]  # interrupted just now: resumable
    assert loop.drain() == 0


def test_api_and_dashboard_say_the_files_expired(
    client: TestClient, runtime: Runtime, org: OrgFixture, tmp_path: Path
) -> None:
    job_id, finished = _finished_job(runtime, org, tmp_path)
    _purge(runtime, finished + timedelta(days=DAYS + 1))
    shown = client.get(f"/api/v1/imports/{job_id}", headers=org.headers).json()
    assert (shown["files_expired"], shown["rows_imported"], shown["resumable"]) == (True, 1, False)
    report = client.get(f"/api/v1/imports/{job_id}/errors.csv", headers=org.headers)
    assert report.status_code == 410
    assert report.json()["error"]["code"] == "IMPORT_FILES_EXPIRED"
    login_as(client, runtime, org, "owner")
    page = client.get(f"/leads/import/{job_id}").text
    assert 'data-testid="job-expired"' in page and f"keep them {DAYS} days" in page
    assert "errors.csv" not in page
    assert client.get(f"/leads/import/{job_id}/errors.csv").status_code == 410


def test_an_expired_interrupted_job_cannot_resume(
    runtime: Runtime, org: OrgFixture, tmp_path: Path
) -> None:
    job_id, finished = _finished_job(runtime, org, tmp_path)
    with unit_of_work(runtime.session_factory) as session:
        session.execute(update(ImportJob).values(status="interrupted"))
    _purge(runtime, finished + timedelta(days=DAYS + 1))
    with unit_of_work(runtime.session_factory) as session, pytest.raises(Exception) as gone:
        jobstate.resume_import(session, owner(org), job_id, now=utcnow())
    assert getattr(gone.value, "code", "") == "IMPORT_FILES_EXPIRED"


def test_cli_purges_with_a_retention_of_its_own(
    runtime: Runtime, org: OrgFixture, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OUTREACH_DATABASE_URL", runtime.settings.database_url)
    job_id, finished = _finished_job(runtime, org, tmp_path)
    with unit_of_work(runtime.session_factory) as session:
        session.execute(update(ImportJob).values(finished_at=finished - timedelta(days=3)))
    kept = CliRunner().invoke(cli_app, ["leads", "purge-files"])
    assert kept.exit_code == 0 and "files of 0 imports" in kept.output
    assert _files(runtime, job_id) == [True, True]
    purged = CliRunner().invoke(cli_app, ["leads", "purge-files", "--days", "2"])
    assert purged.exit_code == 0 and "files of 1 imports older than 2 days" in purged.output
    assert _files(runtime, job_id) == [False, False]
