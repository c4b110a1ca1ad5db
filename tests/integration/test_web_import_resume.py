"""Dashboard: an interrupted import shows as such and has a Resume button (CSRF, roles, orgs)."""

from __future__ import annotations

from sqlalchemy import update
from starlette.testclient import TestClient

from outreach.db.models import ImportJob
from outreach.db.runtime import Runtime
from outreach.db.uow import unit_of_work
from outreach.kit.clock import utcnow
from outreach.leads import jobstate
from tests.conftest import OrgFixture
from tests.web_leads_support import by_testid, login_as, stored_import, token, wait_for_job

CSV = b"email,first_name\na@acme.com,A\nb@acme.com,B\nbroken,C\n"


def _interrupted_job(runtime: Runtime, org: OrgFixture) -> int:
    """A job whose thread never ran and whose heartbeat is older than STALE_AFTER."""
    job_id = stored_import(runtime, org, CSV, data_dir=runtime.settings.data_dir)
    old = utcnow() - jobstate.STALE_AFTER * 2
    with unit_of_work(runtime.session_factory) as db:
        db.execute(
            update(ImportJob)
            .where(ImportJob.id == job_id)
            .values(status="running", attempt=1, heartbeat_at=old, started_at=old)
        )
    return job_id


def test_owner_resumes_an_interrupted_import(
    client: TestClient, runtime: Runtime, org: OrgFixture
) -> None:
    job_id = _interrupted_job(runtime, org)
    login_as(client, runtime, org, "owner")
    url = f"/leads/import/{job_id}"
    html = client.get(url).text
    assert by_testid(html, "job-status") == "interrupted"
    assert 'http-equiv="refresh"' not in html
    assert 'data-testid="job-resume"' in html
    assert "badge-interrupted" in client.get("/leads/import").text
    resumed = client.post(
        f"{url}/resume", data={"csrf_token": token(client, url)}, follow_redirects=False
    )
    assert resumed.status_code == 303 and resumed.headers["location"] == url
    done = wait_for_job(client, url)
    assert by_testid(done, "job-status") == "done"
    assert by_testid(done, "job-imported") == "2" and by_testid(done, "job-errors") == "1"
    assert 'data-testid="job-resume"' not in done
    again = client.post(f"{url}/resume", data={"csrf_token": token(client, url)})
    assert "Not resumed:" in again.text and "only an interrupted or failed import" in again.text


def test_resume_needs_csrf_the_edit_right_and_the_own_org(
    client: TestClient, runtime: Runtime, org: OrgFixture, other_org: OrgFixture
) -> None:
    job_id = _interrupted_job(runtime, org)
    url = f"/leads/import/{job_id}"
    login_as(client, runtime, org, "owner")
    assert client.post(f"{url}/resume").status_code == 403
    login_as(client, runtime, org, "viewer")
    html = client.get(url).text
    assert by_testid(html, "job-status") == "interrupted"
    assert 'data-testid="job-resume"' not in html
    assert client.post(f"{url}/resume", data={"csrf_token": token(client, url)}).status_code == 403
    login_as(client, runtime, other_org, "owner")
    csrf = token(client, "/leads/import")
    assert client.get(url).status_code == 404
    assert client.post(f"{url}/resume", data={"csrf_token": csrf}).status_code == 404
    with unit_of_work(runtime.session_factory) as db:
        assert db.get_one(ImportJob, job_id).status == "interrupted"
