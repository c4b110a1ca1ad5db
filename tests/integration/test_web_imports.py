"""Dashboard import pages: upload, the job page (progress, counts, refresh), the error report,
recent imports; org isolation, CSRF and roles."""

from __future__ import annotations

import io
import re

import pytest
from sqlalchemy import select
from starlette.testclient import TestClient

from outreach.db.models import ImportJob, Lead
from outreach.db.runtime import Runtime
from outreach.db.uow import unit_of_work
from outreach.kit.clock import utcnow
from outreach.leads import imports
from tests.conftest import OrgFixture
from tests.web_leads_support import by_testid, login_as, owner, seed_leads, token, wait_for_job

CSV = (
    "Email,First Name,Company,Plan\n"
    "ann@acme.com,Ann,Acme,pro\n"
    "bob@beta.io,Bob,Beta,\n"
    "broken,X,Y,Z\n"
    "ann@acme.com,Ann again,Acme,\n"
    "old@keep.com,New name,Keep,\n"
)


def _upload(client: TestClient, csrf: str, body: bytes, **fields: str) -> tuple[int, str, str]:
    response = client.post(
        "/leads/import",
        data={"csrf_token": csrf, **fields},
        files={"file": ("leads.csv", io.BytesIO(body), "text/csv")},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    location = response.headers["location"]
    match = re.fullmatch(r"/leads/import/(\d+)", location)
    return (int(match.group(1)) if match else 0), location, response.text


def test_upload_runs_in_background_and_job_page_reaches_done(
    client: TestClient, runtime: Runtime, org: OrgFixture
) -> None:
    seed_leads(runtime, org, [{"email": "old@keep.com", "first_name": "Old"}])
    login_as(client, runtime, org, "owner")
    form = client.get("/leads/import")
    assert 'enctype="multipart/form-data"' in form.text
    job_id, url, _ = _upload(client, token(client, "/leads/import"), CSV.encode(), list="Fair")
    assert job_id
    html = wait_for_job(client, url)
    assert "badge-done" in html
    assert 'http-equiv="refresh"' not in html
    assert re.search(r'<progress max="100" value="100"', html)
    assert by_testid(html, "job-percent") == "100%"
    assert by_testid(html, "job-seen") == "5"
    assert by_testid(html, "job-imported") == "2"  # ann, bob
    assert by_testid(html, "job-updated") == "0"
    assert by_testid(html, "job-skipped") == "2"  # ann again (in file), old (exists, skip mode)
    assert by_testid(html, "job-errors") == "1"  # broken
    assert "See the leads of Fair" in html
    report = client.get(f"{url}/errors.csv")
    assert report.status_code == 200 and report.headers["content-type"].startswith("text/csv")
    lines = report.text.splitlines()
    assert lines[0] == "row,column,reason"
    assert any(line.startswith("4,email,") for line in lines)
    recent = client.get("/leads/import")
    assert f'<tr data-job-id="{job_id}">' in recent.text
    leads = client.get("/leads", params={"q": "ann"})
    assert "ann@acme.com" in leads.text and "Fair" in leads.text
    with unit_of_work(runtime.session_factory) as db:
        kept = db.scalar(select(Lead).where(Lead.email == "old@keep.com"))
        assert kept is not None and kept.first_name == "Old"


def test_update_mode_changes_existing_leads(
    client: TestClient, runtime: Runtime, org: OrgFixture
) -> None:
    seed_leads(runtime, org, [{"email": "old@keep.com", "first_name": "Old"}])
    login_as(client, runtime, org, "owner")
    csrf = token(client, "/leads/import")
    _, url, _ = _upload(client, csrf, CSV.encode(), mode="update")
    html = wait_for_job(client, url)
    assert by_testid(html, "job-updated") == "1"
    with unit_of_work(runtime.session_factory) as db:
        kept = db.scalar(select(Lead).where(Lead.email == "old@keep.com"))
        assert kept is not None and kept.first_name == "New name"


def test_pending_job_page_refreshes_and_shows_progress(
    client: TestClient, runtime: Runtime, org: OrgFixture, tmp_path: object
) -> None:
    with unit_of_work(runtime.session_factory) as db:
        job = imports.create_import(
            db,
            owner(org),
            upload=io.BytesIO(CSV.encode()),
            filename="waiting.csv",
            data_dir=runtime.settings.data_dir,
            now=utcnow(),
            max_bytes=None,
        )
        job.processed_bytes = job.total_bytes // 2
        job_id, half = job.id, 100 * (job.total_bytes // 2) // job.total_bytes
    login_as(client, runtime, org, "owner")
    html = client.get(f"/leads/import/{job_id}").text
    assert '<meta http-equiv="refresh" content="2">' in html
    assert re.search(rf'<progress max="100" value="{half}"', html)
    assert "badge-pending" in html
    assert "errors.csv" not in html  # the report is offered once the job has finished


def test_refused_uploads_come_back_with_a_message(
    client: TestClient, runtime: Runtime, org: OrgFixture
) -> None:
    login_as(client, runtime, org, "owner")
    csrf = token(client, "/leads/import")
    empty = client.post(
        "/leads/import",
        data={"csrf_token": csrf},
        files={"file": ("empty.csv", io.BytesIO(b""), "text/csv")},
    )
    assert "Not imported:" in empty.text
    no_email = client.post(
        "/leads/import",
        data={"csrf_token": csrf},
        files={"file": ("x.csv", io.BytesIO(b"name,company\nAnn,Acme\n"), "text/csv")},
    )
    assert "Not imported:" in no_email.text and "email" in no_email.text
    bad_mode = client.post(
        "/leads/import",
        data={"csrf_token": csrf, "mode": "merge"},
        files={"file": ("x.csv", io.BytesIO(b"email\na@b.com\n"), "text/csv")},
    )
    assert "Not imported: mode must be one of skip, update, fill" in bad_mode.text
    no_file = client.post("/leads/import", data={"csrf_token": csrf})
    assert "Not imported: choose a file to import" in no_file.text
    with unit_of_work(runtime.session_factory) as db:
        assert db.scalar(select(ImportJob)) is None


def test_other_org_gets_404_for_job_page_and_report(
    client: TestClient, runtime: Runtime, org: OrgFixture, other_org: OrgFixture
) -> None:
    login_as(client, runtime, org, "owner")
    _, url, _ = _upload(client, token(client, "/leads/import"), CSV.encode())
    wait_for_job(client, url)
    login_as(client, runtime, other_org, "owner")
    assert client.get(url).status_code == 404
    assert client.get(f"{url}/errors.csv").status_code == 404
    assert "leads.csv" not in client.get("/leads/import").text
    assert client.get(f"/leads/import/{2**64}").status_code == 404


def test_upload_needs_csrf_and_the_edit_right(
    client: TestClient, runtime: Runtime, org: OrgFixture
) -> None:
    login_as(client, runtime, org, "owner")
    files = {"file": ("leads.csv", io.BytesIO(CSV.encode()), "text/csv")}
    assert client.post("/leads/import", files=files).status_code == 403
    login_as(client, runtime, org, "viewer")
    page = client.get("/leads/import")
    assert page.status_code == 200 and 'action="/leads/import"' not in page.text
    files = {"file": ("leads.csv", io.BytesIO(CSV.encode()), "text/csv")}
    response = client.post("/leads/import", data={"csrf_token": token(client)}, files=files)
    assert response.status_code == 403
    with unit_of_work(runtime.session_factory) as db:
        assert db.scalar(select(ImportJob)) is None


def test_upload_over_the_size_limit_is_refused(
    client: TestClient, runtime: Runtime, org: OrgFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(runtime.settings, "import_max_bytes", 16)
    login_as(client, runtime, org, "owner")
    job_id, location, _ = _upload(client, token(client, "/leads/import"), CSV.encode())
    assert (job_id, location) == (0, "/leads/import")
    assert "larger than the 16-byte import limit" in client.get(location).text
    with unit_of_work(runtime.session_factory) as db:
        assert db.scalars(select(ImportJob)).all() == []
