"""Dashboard audience page of a campaign: seed-002 filters, preview with reasons and sample,
add to campaign; org isolation, CSRF and roles."""

from __future__ import annotations

import re

from sqlalchemy import func, select, update
from starlette.testclient import TestClient

from outreach.db.models import Campaign, CampaignRecipient
from outreach.db.runtime import Runtime
from outreach.db.uow import unit_of_work
from tests.conftest import OrgFixture
from tests.web_leads_support import (
    by_testid,
    draft_campaign,
    login_as,
    seed_leads,
    token,
)


def _seed(runtime: Runtime, org: OrgFixture) -> dict[str, int]:
    people = [
        {"email": "ann@acme.com", "first_name": "Ann", "company_domain": "acme.com"},
        {"email": "al@acme.com", "first_name": "Al", "company_domain": "acme.com"},
        {"email": "bob@beta.io", "company_domain": "beta.io"},
        {"email": "un@gamma.org", "first_name": "Un", "status": "unsubscribed"},
        {"email": "stop@delta.org", "first_name": "Stop", "stopped": True},
    ]
    seed_leads(runtime, org, people, list_name="Fair")
    seed_leads(runtime, org, [{"email": "out@other.org", "first_name": "Out"}])
    return {"campaign": draft_campaign(runtime, org, "Launch week")}


def _recipients(runtime: Runtime, campaign_id: int) -> int:
    with unit_of_work(runtime.session_factory) as db:
        return int(
            db.scalar(select(func.count()).where(CampaignRecipient.campaign_id == campaign_id)) or 0
        )


def _fair_id(html: str) -> str:
    match = re.search(r'name="lists" value="(\d+)"> Fair', html)
    assert match
    return match.group(1)


def test_preview_counts_reasons_and_sample_then_add(
    client: TestClient, runtime: Runtime, org: OrgFixture
) -> None:
    ids = _seed(runtime, org)
    login_as(client, runtime, org, "owner")
    detail = client.get(f"/campaigns/{ids['campaign']}")
    assert f'href="/campaigns/{ids["campaign"]}/audience"' in detail.text
    url = f"/campaigns/{ids['campaign']}/audience"
    page = client.get(url)
    assert page.status_code == 200
    assert 'name="exclude_suppressed" value="1" checked' in page.text
    assert 'name="exclude_recent_days" min="0" max="3650" value="14"' in page.text
    form = {
        "csrf_token": token(client, url),
        "lists": _fair_id(page.text),
        "require_vars": "first_name",
        "exclude_suppressed": "1",
        "exclude_recent_days": "14",
        "one_per_domain": "1",
    }
    preview = client.post(url, data={**form, "action": "preview"})
    assert preview.status_code == 200
    html = preview.text
    assert by_testid(html, "audience-total") == "5"
    assert by_testid(html, "audience-included") == "1"  # ann (oldest of acme.com)
    assert by_testid(html, "audience-excluded") == "4"
    reasons = dict(re.findall(r'<tr data-reason="(\w+)"><td>[^<]*</td><td class="num">(\d+)', html))
    assert reasons["unsubscribed"] == "1"
    assert reasons["stopped"] == "1"
    assert reasons["missing_vars"] == "1"  # bob has no first name
    assert reasons["duplicate_domain"] == "1"  # al
    sample = html.split('data-testid="audience-sample"')[1].split("</table>")[0]
    assert re.findall(r'<a href="/leads/\d+">([^<]+)</a>', sample) == ["ann@acme.com"]
    assert 'value="first_name"' in html and 'name="one_per_domain" value="1" checked' in html
    assert _recipients(runtime, ids["campaign"]) == 0  # a preview changes nothing
    saved = client.post(url, data={**form, "action": "save"})
    assert "Audience saved: 1 lead(s) added (0 were already recipients)." in saved.text
    assert str(saved.url).endswith(f"/campaigns/{ids['campaign']}")
    assert _recipients(runtime, ids["campaign"]) == 1
    again = client.post(url, data={**form, "action": "save"})
    assert "Audience saved: 0 lead(s) added (1 were already recipients)." in again.text


def test_bad_input_is_shown_on_the_page(
    client: TestClient, runtime: Runtime, org: OrgFixture
) -> None:
    ids = _seed(runtime, org)
    login_as(client, runtime, org, "owner")
    url = f"/campaigns/{ids['campaign']}/audience"
    csrf = token(client, url)
    days = client.post(url, data={"csrf_token": csrf, "exclude_recent_days": "lots"})
    assert "must be a whole number" in by_testid(days.text, "audience-error")
    far = client.post(url, data={"csrf_token": csrf, "exclude_recent_days": "99999"})
    assert "between 0 and 3650" in by_testid(far.text, "audience-error")
    unknown = client.post(url, data={"csrf_token": csrf, "exclude_campaigns": "999999"})
    assert "campaigns not found" in by_testid(unknown.text, "audience-error")


def test_campaign_that_takes_no_recipients_offers_preview_only(
    client: TestClient, runtime: Runtime, org: OrgFixture
) -> None:
    ids = _seed(runtime, org)
    with unit_of_work(runtime.session_factory) as db:
        db.execute(
            update(Campaign).where(Campaign.id == ids["campaign"]).values(status="completed")
        )
    login_as(client, runtime, org, "owner")
    url = f"/campaigns/{ids['campaign']}/audience"
    page = client.get(url)
    assert 'value="save"' not in page.text and "takes no new recipients" in page.text
    refused = client.post(url, data={"csrf_token": token(client, url), "action": "save"})
    assert "cannot add recipients to a campaign that is completed" in refused.text
    assert _recipients(runtime, ids["campaign"]) == 0


def test_other_org_gets_404_for_page_and_posts(
    client: TestClient, runtime: Runtime, org: OrgFixture, other_org: OrgFixture
) -> None:
    ids = _seed(runtime, org)
    theirs = draft_campaign(runtime, other_org, "Theirs")
    login_as(client, runtime, org, "owner")
    fair = _fair_id(client.get(f"/campaigns/{ids['campaign']}/audience").text)
    login_as(client, runtime, other_org, "owner")
    url = f"/campaigns/{ids['campaign']}/audience"
    assert client.get(url).status_code == 404
    csrf = token(client, "/leads")
    for action in ("preview", "save"):
        response = client.post(url, data={"csrf_token": csrf, "action": action})
        assert response.status_code == 404
    # Their own campaign, with our list: the list is not theirs either.
    own = f"/campaigns/{theirs}/audience"
    assert "Fair" not in client.get(own).text
    leak = client.post(own, data={"csrf_token": csrf, "action": "preview", "lists": fair})
    assert leak.status_code == 404
    assert client.get(f"/campaigns/{2**64}/audience").status_code == 404
    assert _recipients(runtime, ids["campaign"]) == 0


def test_csrf_and_viewer_can_preview_but_not_add(
    client: TestClient, runtime: Runtime, org: OrgFixture
) -> None:
    ids = _seed(runtime, org)
    url = f"/campaigns/{ids['campaign']}/audience"
    login_as(client, runtime, org, "owner")
    assert client.post(url, data={"action": "save"}).status_code == 403
    login_as(client, runtime, org, "viewer")
    page = client.get(url)
    assert 'value="save"' not in page.text
    csrf = token(client, url)
    preview = client.post(url, data={"csrf_token": csrf, "action": "preview"})
    assert by_testid(preview.text, "audience-total") == "6"
    assert client.post(url, data={"csrf_token": csrf, "action": "save"}).status_code == 403
    assert _recipients(runtime, ids["campaign"]) == 0
