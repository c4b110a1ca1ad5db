"""An import whose process stopped is marked interrupted and resumes from its last committed
chunk; the leads, counts and error report then equal those of an uninterrupted run."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update
from typer.testing import CliRunner

from outreach.cli.main import app as cli_app
from outreach.db.models import ImportJob, Lead, ListMember
from outreach.db.runtime import Runtime
from outreach.db.uow import unit_of_work
from outreach.errors import InvalidState
from outreach.kit.clock import utcnow
from outreach.leads import imports, jobrun, jobstate, service
from outreach.tenancy.auth import AuthContext
from tests.conftest import OrgFixture
from tests.web_leads_support import stored_import

CHUNK = 3
# Rows 2-23: existing leads, duplicates in and across chunks, invalid and blank rows.
CSV = (
    "email,first_name,plan\n"
    "a@acme.com,A,gold\n"
    "old@keep.com,Old again,silver\n"
    "broken,X,\n"
    "b@acme.com,B,\n"
    "a@acme.com,A twice,\n"
    "c@acme.com,C,\n"
    ",,\n"
    "d@acme.com,D,=cmd\n"
    "old@keep.com,Old thrice,\n"
    "e@acme.com,E,\n"
    "b@acme.com,B again,\n"
    "not-an-email,Y,\n"
    "f@acme.com,F,\n"
    "g@acme.com,G,\n"
    "other@keep.com,Other again,\n"
    "h@acme.com,H,\n"
    "c@acme.com,C again,\n"
    "i@acme.com,I,\n"
    "j@acme.com,J,\n"
    "k@acme.com,K,\n"
    "a@acme.com,A last,\n"
    "l@acme.com,L,\n"
)
JSONL = "\n".join(
    json.dumps({"email": e, "first_name": n})
    for e, n in [
        ("a@acme.com", "A"),
        ("old@keep.com", "Old again"),
        ("bad", "X"),
        ("b@acme.com", "B"),
        ("a@acme.com", "A twice"),
        ("c@acme.com", "C"),
        ("d@acme.com", "D"),
        ("old@keep.com", "Old thrice"),
        ("e@acme.com", "E"),
        ("b@acme.com", "B again"),
        ("f@acme.com", "F"),
    ]
)


class Stop(BaseException):
    """Stands for the process going away: nothing in the importer catches it."""


def owner(org: OrgFixture) -> AuthContext:
    return AuthContext(org_id=org.org_id, role="owner")


def _existing(runtime: Runtime, org: OrgFixture) -> None:
    with unit_of_work(runtime.session_factory) as session:
        for email, name in (("old@keep.com", "Old"), ("other@keep.com", "Other")):
            service.create_lead(
                session, owner(org), data={"email": email, "first_name": name}, now=utcnow()
            )


def _create(
    runtime: Runtime, org: OrgFixture, tmp_path: Path, body: str, mode: str, name: str
) -> int:
    _existing(runtime, org)
    return stored_import(
        runtime, org, body.encode(), data_dir=tmp_path, filename=name, list_name="Fair", mode=mode
    )


def _run(runtime: Runtime, job_id: int, **kwargs: Any) -> None:
    with runtime.engine.connect() as conn:
        imports.run_import(conn, job_id, clock=kwargs.pop("clock", utcnow), **kwargs)


def _job(runtime: Runtime, job_id: int) -> ImportJob:
    with unit_of_work(runtime.session_factory) as session:
        job = session.get_one(ImportJob, job_id)
        session.expunge(job)
    return job


def _outcome(runtime: Runtime, org: OrgFixture, job_id: int) -> dict[str, Any]:
    """Everything an import leaves behind that must not depend on interruptions."""
    job = _job(runtime, job_id)
    with unit_of_work(runtime.session_factory) as session:
        leads = session.scalars(
            select(Lead).where(Lead.org_id == org.org_id).order_by(Lead.email)
        ).all()
        members = set(
            session.scalars(select(ListMember.lead_id).where(ListMember.org_id == org.org_id))
        )
        rows = [
            (lead.email, lead.first_name, lead.vars, lead.status, lead.id in members)
            for lead in leads
        ]
    counts = [getattr(job, k) for k in ("rows_seen", "rows_imported", "rows_updated")]
    counts += [job.rows_skipped, job.rows_failed, job.processed_bytes, job.total_bytes]
    report = Path(job.error_report_path or "").read_text(encoding="utf-8")
    return {"status": job.status, "counts": counts, "leads": rows, "report": report}


def _stop_after(chunks: int) -> Any:
    seen: list[int] = []

    def on_progress(view: jobrun.ImportJobView) -> None:
        seen.append(view.rows_seen)
        if len(seen) == chunks:
            raise Stop

    return on_progress


def _interrupt_and_resume(runtime: Runtime, org: OrgFixture, job_id: int) -> None:
    later = utcnow() + jobstate.STALE_AFTER + timedelta(seconds=1)
    with unit_of_work(runtime.session_factory) as session:
        assert imports.get_import(session, owner(org), job_id, now=utcnow()).status == "running"
        job = imports.get_import(session, owner(org), job_id, now=later)
        assert (job.status, job.error) == ("interrupted", jobstate.INTERRUPTED)
        jobstate.resume_import(session, owner(org), job_id, now=later)
    _run(runtime, job_id, chunk_rows=CHUNK)


@pytest.mark.parametrize(("body", "mode"), [(CSV, "skip"), (CSV, "update"), (JSONL, "fill")])
def test_a_resumed_job_ends_as_an_uninterrupted_one(
    runtime: Runtime,
    org: OrgFixture,
    other_org: OrgFixture,
    tmp_path: Path,
    body: str,
    mode: str,
) -> None:
    name = "leads.csv" if body is CSV else "leads.jsonl"
    whole = _create(runtime, org, tmp_path, body, mode, name)
    _run(runtime, whole, chunk_rows=CHUNK)
    expected = _outcome(runtime, org, whole)
    assert expected["status"] == "done"
    cut = _create(runtime, other_org, tmp_path, body, mode, name)
    with pytest.raises(Stop):
        _run(runtime, cut, chunk_rows=CHUNK, on_progress=_stop_after(2))
    stopped = _job(runtime, cut)
    assert stopped.status == "running" and 0 < stopped.resume_row < 20
    _interrupt_and_resume(runtime, other_org, cut)
    assert _outcome(runtime, other_org, cut) == expected
    assert _job(runtime, cut).attempt == 2


def test_a_chunk_cut_off_mid_write_is_redone(
    runtime: Runtime,
    org: OrgFixture,
    other_org: OrgFixture,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    whole = _create(runtime, org, tmp_path, CSV, "update", "a.csv")
    _run(runtime, whole, chunk_rows=CHUNK)
    expected = _outcome(runtime, org, whole)
    cut = _create(runtime, other_org, tmp_path, CSV, "update", "b.csv")
    real, calls = jobrun.upsert_chunk, []

    def dies_in_third_chunk(conn: Any, target: Any, chunk: Any) -> Any:
        calls.append(1)
        result = real(conn, target, chunk)
        if len(calls) == 3:
            raise Stop  # after writing leads, before the commit
        return result

    monkeypatch.setattr(jobrun, "upsert_chunk", dies_in_third_chunk)
    with pytest.raises(Stop):
        _run(runtime, cut, chunk_rows=CHUNK)
    monkeypatch.setattr(jobrun, "upsert_chunk", real)
    job = _job(runtime, cut)
    # A report line written after the last commit (as a crash can leave) is cut off again.
    with Path(job.error_report_path or "").open("a", encoding="utf-8") as fh:
        fh.write("99,email,half a line of a chunk that never commi")
    _interrupt_and_resume(runtime, other_org, cut)
    assert _outcome(runtime, other_org, cut) == expected


def test_a_run_marked_interrupted_stops_without_writing(
    runtime: Runtime, org: OrgFixture, other_org: OrgFixture, tmp_path: Path
) -> None:
    whole = _create(runtime, org, tmp_path, CSV, "skip", "a.csv")
    _run(runtime, whole, chunk_rows=CHUNK)
    expected = _outcome(runtime, org, whole)
    cut = _create(runtime, other_org, tmp_path, CSV, "skip", "b.csv")
    later = utcnow() + jobstate.STALE_AFTER * 2

    def marked_meanwhile(view: jobrun.ImportJobView) -> None:
        # As if this run had hung for longer than STALE_AFTER and someone looked at the job.
        with unit_of_work(runtime.session_factory) as session:
            jobstate.mark_interrupted(session, now=later)

    _run(runtime, cut, chunk_rows=CHUNK, on_progress=marked_meanwhile)
    job = _job(runtime, cut)
    assert job.status == "interrupted" and job.rows_seen < 22
    with unit_of_work(runtime.session_factory) as session:
        jobstate.resume_import(session, owner(other_org), cut, now=later)
    _run(runtime, cut, chunk_rows=CHUNK)
    assert _outcome(runtime, other_org, cut) == expected


def test_only_interrupted_or_failed_jobs_resume(
    runtime: Runtime, org: OrgFixture, tmp_path: Path
) -> None:
    job_id = _create(runtime, org, tmp_path, CSV, "skip", "a.csv")
    with unit_of_work(runtime.session_factory) as session, pytest.raises(InvalidState) as pending:
        jobstate.resume_import(session, owner(org), job_id, now=utcnow())
    assert pending.value.code == "IMPORT_NOT_RESUMABLE"
    _run(runtime, job_id)
    with unit_of_work(runtime.session_factory) as session:
        with pytest.raises(InvalidState):
            jobstate.resume_import(session, owner(org), job_id, now=utcnow())
        session.execute(update(ImportJob).values(status="failed", error="disk full"))
    with unit_of_work(runtime.session_factory) as session:
        assert jobstate.resume_import(session, owner(org), job_id, now=utcnow()).status == "pending"
    # A second resume of the same attempt.
    with unit_of_work(runtime.session_factory) as session, pytest.raises(InvalidState):
        jobstate.resume_import(session, owner(org), job_id, now=utcnow())


def test_a_stale_pending_job_is_interrupted_too(
    runtime: Runtime, org: OrgFixture, tmp_path: Path
) -> None:
    job_id = _create(runtime, org, tmp_path, CSV, "skip", "a.csv")
    with unit_of_work(runtime.session_factory) as session:
        created = session.get_one(ImportJob, job_id).created_at
        soon = created + jobstate.STALE_AFTER - timedelta(seconds=1)
        assert jobstate.mark_interrupted(session, now=soon) == 0
        assert jobstate.mark_interrupted(session, now=soon + timedelta(seconds=2)) == 1
    _run(runtime, job_id)  # not pending any more: nothing runs
    assert _job(runtime, job_id).status == "interrupted"


def _stale_job(runtime: Runtime, org: OrgFixture, tmp_path: Path) -> int:
    job_id = _create(runtime, org, tmp_path, CSV, "skip", "a.csv")
    with pytest.raises(Stop):
        _run(runtime, job_id, chunk_rows=CHUNK, on_progress=_stop_after(1))
    old = utcnow() - jobstate.STALE_AFTER * 2
    with unit_of_work(runtime.session_factory) as session:
        session.execute(update(ImportJob).where(ImportJob.id == job_id).values(heartbeat_at=old))
    return job_id


def _wait_done(fetch: Any, *, seconds: float = 60) -> dict[str, Any]:
    import time

    deadline = time.monotonic() + seconds
    while True:
        job: dict[str, Any] = fetch()
        if job["status"] not in ("pending", "running") or time.monotonic() > deadline:
            return job
        time.sleep(0.05)


def test_api_shows_interrupted_and_resumes(
    api: Any, runtime: Runtime, org: OrgFixture, other_org: OrgFixture, tmp_path: Path
) -> None:
    job_id = _stale_job(runtime, org, tmp_path)
    shown = api.get(f"/api/v1/imports/{job_id}").json()
    assert (shown["status"], shown["resumable"]) == ("interrupted", True)
    other = api.post(f"/api/v1/imports/{job_id}/resume", headers=other_org.headers)
    assert other.status_code == 404
    resumed = api.post(f"/api/v1/imports/{job_id}/resume")
    assert resumed.status_code == 202, resumed.text
    done = _wait_done(lambda: api.get(f"/api/v1/imports/{job_id}").json())
    assert (done["status"], done["rows_seen"], done["rows_imported"]) == ("done", 21, 12)
    again = api.post(f"/api/v1/imports/{job_id}/resume")
    assert again.status_code == 409
    assert again.json()["error"]["code"] == "IMPORT_NOT_RESUMABLE"


def test_cli_lists_and_resumes(
    runtime: Runtime,
    org: OrgFixture,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OUTREACH_DATABASE_URL", runtime.settings.database_url)
    job_id = _stale_job(runtime, org, tmp_path)
    listed = CliRunner().invoke(cli_app, ["leads", "imports", "--org", org.name, "--json"])
    assert listed.exit_code == 0, listed.output
    assert json.loads(listed.stdout)[0]["status"] == "interrupted"
    result = CliRunner().invoke(
        cli_app, ["leads", "resume", str(job_id), "--org", org.name, "--json"]
    )
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert (out["status"], out["rows_seen"], out["rows_imported"], out["attempt"]) == (
        "done",
        21,
        12,
        2,
    )
    again = CliRunner().invoke(cli_app, ["leads", "resume", str(job_id), "--org", org.name])
    assert again.exit_code != 0 and "IMPORT_NOT_RESUMABLE" in again.output
