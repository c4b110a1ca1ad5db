"""Dashboard campaign pages: list, numbers, actions with CSRF and roles, org isolation."""

from __future__ import annotations

import re

import pytest
from starlette.testclient import TestClient

from outreach.campaigns import service as campaigns
from outreach.db.models import Lead
from outreach.db.runtime import Runtime
from outreach.db.uow import unit_of_work
from outreach.tenancy import service as tenancy
from tests.conftest import OrgFixture
from tests.web_leads_support import draft_campaign, owner
from tests.web_support import SeededCampaign, csrf_from, login, seed_campaign


@pytest.fixture
def seeded(runtime: Runtime, org: OrgFixture) -> SeededCampaign:
    return seed_campaign(runtime, org.org_id)


def _stat(html: str, key: str) -> str:
    match = re.search(rf'data-testid="stat-{key}">([^<]*)<', html)
    assert match, key
    return match.group(1)


def _user(runtime: Runtime, org: OrgFixture, role: str) -> str:
    email = f"{role}@{org.name}.example.com"
    with unit_of_work(runtime.session_factory) as db:
        owner_org = tenancy.get_organization_by_name(db, org.name)
        tenancy.create_user(db, org=owner_org, email=email, password="password-123", role=role)
    return email


def test_campaign_list_shows_counts_and_rates(
    client: TestClient, org: OrgFixture, seeded: SeededCampaign
) -> None:
    login(client, org.owner_email, org.password)
    page = client.get("/campaigns")
    assert page.status_code == 200
    row = re.search(r'<tr data-campaign-id="\d+">(.*?)</tr>', page.text, re.S)
    assert row
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row.group(1), re.S)
    assert seeded.name in cells[0]
    assert "running" in cells[1]
    assert [c.strip() for c in cells[2:]] == ["8", "6", "50.0%", "16.7%"]


def test_campaign_list_is_empty_for_other_org(
    client: TestClient, other_org: OrgFixture, seeded: SeededCampaign
) -> None:
    login(client, other_org.owner_email, other_org.password)
    page = client.get("/campaigns")
    assert seeded.name not in page.text
    assert "No campaigns yet" in page.text


def test_campaign_page_shows_numbers(
    client: TestClient, org: OrgFixture, seeded: SeededCampaign
) -> None:
    login(client, org.owner_email, org.password)
    page = client.get(f"/campaigns/{seeded.campaign_id}")
    assert page.status_code == 200
    assert _stat(page.text, "recipients") == "8"
    assert _stat(page.text, "sent") == "6"
    assert _stat(page.text, "opened") == "3"
    assert _stat(page.text, "queued") == "2"
    assert _stat(page.text, "open-rate") == "50.0%"
    assert _stat(page.text, "click-rate") == "16.7%"
    assert f'action="/campaigns/{seeded.campaign_id}/pause"' in page.text
    assert f'action="/campaigns/{seeded.campaign_id}/launch"' not in page.text


def test_other_org_gets_404_for_campaign_page_and_actions(
    client: TestClient, org: OrgFixture, other_org: OrgFixture, seeded: SeededCampaign
) -> None:
    login(client, other_org.owner_email, other_org.password)
    page = client.get(f"/campaigns/{seeded.campaign_id}")
    assert page.status_code == 404
    assert seeded.name not in page.text
    token = csrf_from(client.get("/campaigns").text)
    response = client.post(f"/campaigns/{seeded.campaign_id}/pause", data={"csrf_token": token})
    assert response.status_code == 404
    # Nothing changed for the owner.
    client.cookies.clear()
    login(client, org.owner_email, org.password)
    assert "badge-running" in client.get(f"/campaigns/{seeded.campaign_id}").text


def test_unknown_and_huge_campaign_ids_are_404(client: TestClient, org: OrgFixture) -> None:
    login(client, org.owner_email, org.password)
    assert client.get("/campaigns/999999").status_code == 404
    assert client.get(f"/campaigns/{2**64}").status_code == 404
    assert client.get("/no-such-page").status_code == 404


def test_pause_and_resume_with_csrf(
    client: TestClient, org: OrgFixture, seeded: SeededCampaign
) -> None:
    login(client, org.owner_email, org.password)
    url = f"/campaigns/{seeded.campaign_id}"
    token = csrf_from(client.get(url).text)
    response = client.post(f"{url}/pause", data={"csrf_token": token}, follow_redirects=False)
    assert response.status_code == 303
    page = client.get(url)
    assert "Campaign paused." in page.text
    assert "badge-paused" in page.text
    assert f'action="{url}/resume"' in page.text
    client.post(f"{url}/resume", data={"csrf_token": token})
    assert "badge-running" in client.get(url).text


def test_action_without_csrf_is_403_and_changes_nothing(
    client: TestClient, org: OrgFixture, seeded: SeededCampaign
) -> None:
    login(client, org.owner_email, org.password)
    url = f"/campaigns/{seeded.campaign_id}"
    assert client.post(f"{url}/pause").status_code == 403
    assert client.post(f"{url}/pause", data={"csrf_token": "0" * 64}).status_code == 403
    assert "badge-running" in client.get(url).text


def test_refused_transition_is_shown_as_message(
    client: TestClient, org: OrgFixture, seeded: SeededCampaign
) -> None:
    login(client, org.owner_email, org.password)
    url = f"/campaigns/{seeded.campaign_id}"
    token = csrf_from(client.get(url).text)
    page = client.post(f"{url}/resume", data={"csrf_token": token})
    assert page.status_code == 200
    assert "Could not resume: cannot resume a campaign that is running" in page.text
    assert "badge-running" in page.text


def test_member_sees_numbers_but_no_send_buttons_and_cannot_post(
    client: TestClient, runtime: Runtime, org: OrgFixture, seeded: SeededCampaign
) -> None:
    email = _user(runtime, org, "member")
    login(client, email, "password-123")
    url = f"/campaigns/{seeded.campaign_id}"
    page = client.get(url)
    assert _stat(page.text, "sent") == "6"
    assert f'action="{url}/pause"' not in page.text
    response = client.post(f"{url}/pause", data={"csrf_token": csrf_from(page.text)})
    assert response.status_code == 403
    assert "badge-running" in client.get(url).text


def test_launch_from_draft_reports_problems_then_launches(
    client: TestClient, runtime: Runtime, org: OrgFixture
) -> None:
    auth = owner(org)
    campaign_id = draft_campaign(runtime, org, "Draft one")
    login(client, org.owner_email, org.password)
    url = f"/campaigns/{campaign_id}"
    page = client.get(url)
    assert f'action="{url}/launch"' in page.text
    token = csrf_from(page.text)
    refused = client.post(f"{url}/launch", data={"csrf_token": token})
    assert "Could not launch: cannot launch a campaign with 0 recipients" in refused.text
    assert "badge-draft" in refused.text
    with unit_of_work(runtime.session_factory) as db:
        lead = Lead(org_id=org.org_id, email="x@example.org")
        db.add(lead)
        db.flush()
        campaigns.add_recipients(db, auth, campaign_id, lead_ids=[lead.id])
    launched = client.post(f"{url}/launch", data={"csrf_token": token})
    assert "Campaign launched." in launched.text
    assert _stat(launched.text, "queued") == "1"
    assert "badge-running" in launched.text
