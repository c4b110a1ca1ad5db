"""Chunking never changes an import's outcome: the first row of an email wins in every mode,
whether its duplicate lands in the same chunk or a later one."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from sqlalchemy import select

from outreach.db.models import ImportJob, Lead, ListMember
from outreach.db.runtime import Runtime
from outreach.db.uow import unit_of_work
from outreach.kit.clock import utcnow
from outreach.leads import imports, service
from outreach.suppression import service as suppression
from outreach.tenancy.auth import AuthContext
from tests.conftest import OrgFixture

# Small enough that every file below spans several chunks, and one chunk that holds them all.
CHUNKINGS = [2, 1000]


def _import(
    runtime: Runtime,
    org: OrgFixture,
    tmp_path: Path,
    body: str,
    *,
    chunk_rows: int,
    mode: str = "skip",
    list_name: str | None = None,
) -> tuple[ImportJob, list[list[str]]]:
    auth = AuthContext(org_id=org.org_id, role="owner")
    with unit_of_work(runtime.session_factory) as session:
        job = imports.create_import(
            session,
            auth,
            upload=io.BytesIO(body.encode()),
            filename="leads.csv",
            data_dir=tmp_path,
            list_name=list_name,
            mode=mode,
            now=utcnow(),
            max_bytes=None,
        )
        job_id = job.id
    with runtime.engine.connect() as conn:
        imports.run_import(conn, job_id, clock=utcnow, chunk_rows=chunk_rows)
    with unit_of_work(runtime.session_factory) as session:
        done = session.get_one(ImportJob, job_id)
        session.expunge(done)
    assert done.status == "done", done.error
    text = Path(done.error_report_path or "").read_text(encoding="utf-8")
    report = list(csv.reader(io.StringIO(text)))
    return done, report[1:]


def _leads(runtime: Runtime, org: OrgFixture) -> dict[str, Lead]:
    with unit_of_work(runtime.session_factory) as session:
        rows = session.scalars(select(Lead).where(Lead.org_id == org.org_id)).all()
        for row in rows:
            session.expunge(row)
    return {lead.email: lead for lead in rows}


def _existing(runtime: Runtime, org: OrgFixture, **data: str) -> None:
    auth = AuthContext(org_id=org.org_id, role="owner")
    with unit_of_work(runtime.session_factory) as session:
        service.create_lead(session, auth, data=data, now=utcnow())


def _counts(job: ImportJob) -> tuple[int, int, int, int, int]:
    return (job.rows_seen, job.rows_imported, job.rows_updated, job.rows_skipped, job.rows_failed)


@pytest.mark.parametrize("chunk_rows", CHUNKINGS)
def test_update_mode_applies_an_existing_leads_first_row_only(
    runtime: Runtime, org: OrgFixture, tmp_path: Path, chunk_rows: int
) -> None:
    _existing(runtime, org, email="x@acme.com", first_name="Old", company="Acme")
    body = (
        "email,first_name,plan\n"
        "x@acme.com,First,gold\n"
        "a@acme.com,A,\n"
        "b@acme.com,B,\n"
        "X@Acme.com,Second,silver\n"  # row 5: the same address again
        "a@acme.com,A2,\n"  # row 6: a lead this import created
    )
    job, report = _import(runtime, org, tmp_path, body, chunk_rows=chunk_rows, mode="update")
    leads = _leads(runtime, org)
    assert leads["x@acme.com"].first_name == "First"
    assert leads["x@acme.com"].company == "Acme"
    assert leads["x@acme.com"].vars == {"plan": "gold"}
    assert leads["a@acme.com"].first_name == "A"
    assert _counts(job) == (5, 2, 1, 2, 0)
    assert sorted((r[0], r[1]) for r in report) == [("5", "email"), ("6", "email")]
    assert all(r[2].startswith("duplicate email in file") for r in report)


@pytest.mark.parametrize("chunk_rows", CHUNKINGS)
def test_fill_mode_ignores_a_later_duplicate(
    runtime: Runtime, org: OrgFixture, tmp_path: Path, chunk_rows: int
) -> None:
    _existing(runtime, org, email="x@acme.com", company="Acme")
    body = (
        "email,first_name,title\nx@acme.com,,CEO\na@acme.com,A,\nb@acme.com,B,\nx@acme.com,Late,\n"
    )
    job, _ = _import(runtime, org, tmp_path, body, chunk_rows=chunk_rows, mode="fill")
    lead = _leads(runtime, org)["x@acme.com"]
    assert (lead.first_name, lead.title, lead.company) == (None, "CEO", "Acme")
    assert _counts(job) == (4, 2, 1, 1, 0)


@pytest.mark.parametrize("chunk_rows", CHUNKINGS)
def test_skip_mode_reports_a_later_duplicate_of_an_existing_lead(
    runtime: Runtime, org: OrgFixture, tmp_path: Path, chunk_rows: int
) -> None:
    _existing(runtime, org, email="x@acme.com", first_name="Old")
    body = "email,first_name\nx@acme.com,New\na@acme.com,A\nb@acme.com,B\nx@acme.com,Newer\n"
    job, report = _import(runtime, org, tmp_path, body, chunk_rows=chunk_rows)
    assert _leads(runtime, org)["x@acme.com"].first_name == "Old"
    assert _counts(job) == (4, 2, 0, 2, 0)
    assert [r[0] for r in report] == ["5"]


@pytest.mark.parametrize("chunk_rows", CHUNKINGS)
def test_list_membership_and_suppression_cover_every_chunk(
    runtime: Runtime, org: OrgFixture, tmp_path: Path, chunk_rows: int
) -> None:
    _existing(runtime, org, email="old@acme.com")
    with unit_of_work(runtime.session_factory) as session:
        suppression.suppress_domain(
            session, org_id=org.org_id, domain="spam.example", reason="manual", source="test",
            now=utcnow(),
        )  # fmt: skip
        suppression.suppress_email(
            session, org_id=org.org_id, email="gone@acme.com", reason="unsubscribed",
            source="test", now=utcnow(),
        )  # fmt: skip
    emails = ["a@acme.com", "old@acme.com", "b@spam.example", "c@acme.com", "gone@acme.com"]
    body = "email\n" + "\n".join(emails) + "\n"
    job, _ = _import(runtime, org, tmp_path, body, chunk_rows=chunk_rows, list_name="Q3")
    leads = _leads(runtime, org)
    assert {e: leads[e].status for e in emails} == {
        "a@acme.com": "active",
        "old@acme.com": "active",
        "b@spam.example": "suppressed",
        "c@acme.com": "active",
        "gone@acme.com": "unsubscribed",
    }
    with unit_of_work(runtime.session_factory) as session:
        members = session.scalars(
            select(ListMember.lead_id).where(ListMember.list_id == job.list_id)
        ).all()
    assert sorted(members) == sorted(leads[e].id for e in emails)


def test_values_with_nul_are_reported_and_the_rest_imported(
    runtime: Runtime, org: OrgFixture, tmp_path: Path
) -> None:
    # A NUL in the first 64 KB makes the file binary (FILE_NOT_TEXT); later ones are per row.
    filler = "".join(f"filler{i:05d}@acme.com,F,x\n" for i in range(3000))
    body = "email,first_name,city\n" + filler + "a@acme.com,A\x00,x\nb@acme.com,B,ci\x00ty\n"
    body += "c@acme.com,C,x\n"
    job, report = _import(runtime, org, tmp_path, body, chunk_rows=1000)
    leads = _leads(runtime, org)
    assert "c@acme.com" in leads and "a@acme.com" not in leads and "b@acme.com" not in leads
    assert [r[:3] for r in report] == [
        ["3002", "first_name", "contains a NUL character"],
        ["3003", "city", "contains a NUL character"],
    ]
    assert (job.rows_imported, job.rows_failed) == (3001, 2)
