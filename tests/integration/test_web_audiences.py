"""Dashboard audience page of a campaign: seed-002 filters, preview with reasons and sample,
add to campaign; lists and campaigns typed by name (any number of them); org isolation, CSRF
and roles."""

from __future__ import annotations

import re

from sqlalchemy import func, select, update
from starlette.testclient import TestClient

from outreach.campaigns import service as campaigns
from outreach.db.models import Campaign, CampaignRecipient
from outreach.db.runtime import Runtime
from outreach.db.uow import unit_of_work
from outreach.leads import lists
from tests.conftest import OrgFixture
from tests.web_leads_support import (
    by_testid,
    draft_campaign,
    login_as,
    many_lists,
    owner,
    seed_leads,
    token,
)
from tests.web_support import csrf_from

LISTS = 520
CAMPAIGNS = 510


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


def _seeded_as_owner(
    client: TestClient, runtime: Runtime, org: OrgFixture
) -> tuple[dict[str, int], str]:
    """The seeded org with its owner logged in; (seeded ids, the campaign's audience URL)."""
    ids = _seed(runtime, org)
    login_as(client, runtime, org, "owner")
    return ids, f"/campaigns/{ids['campaign']}/audience"


def _recipients(runtime: Runtime, campaign_id: int) -> int:
    with unit_of_work(runtime.session_factory) as db:
        return int(
            db.scalar(select(func.count()).where(CampaignRecipient.campaign_id == campaign_id)) or 0
        )


def _typed(html: str, field: str) -> list[str]:
    """Values of the text fields named ``field`` (one per typed name, blanks included)."""
    return re.findall(rf'<input type="text" name="{field}" value="([^"]*)"', html)


def _reasons(html: str) -> dict[str, str]:
    return dict(re.findall(r'<tr data-reason="(\w+)"><td>[^<]*</td><td class="num">(\d+)', html))


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
        "lists": ["Fair", ""],
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
    reasons = _reasons(html)
    assert reasons["unsubscribed"] == "1"
    assert reasons["stopped"] == "1"
    assert reasons["missing_vars"] == "1"  # bob has no first name
    assert reasons["duplicate_domain"] == "1"  # al
    sample = html.split('data-testid="audience-sample"')[1].split("</table>")[0]
    assert re.findall(r'<a href="/leads/\d+">([^<]+)</a>', sample) == ["ann@acme.com"]
    assert 'value="first_name"' in html and 'name="one_per_domain" value="1" checked' in html
    assert _typed(html, "lists") == ["Fair", "", ""]  # the name, then fields for more
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
    _, url = _seeded_as_owner(client, runtime, org)
    csrf = token(client, url)
    days = client.post(url, data={"csrf_token": csrf, "exclude_recent_days": "lots"})
    assert "must be a whole number" in by_testid(days.text, "audience-error")
    far = client.post(url, data={"csrf_token": csrf, "exclude_recent_days": "99999"})
    assert "between 0 and 3650" in by_testid(far.text, "audience-error")
    many = [f"List {i}" for i in range(101)]
    crowded = client.post(url, data={"csrf_token": csrf, "exclude_lists": many})
    assert "at most 100 names in one box" in by_testid(crowded.text, "audience-error")
    unknown = client.post(url, data={"csrf_token": csrf, "exclude_campaigns": "#999999"})
    assert unknown.status_code == 422
    assert "no campaign is numbered #999999" in by_testid(unknown.text, "audience-error")


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
    login_as(client, runtime, other_org, "owner")
    url = f"/campaigns/{ids['campaign']}/audience"
    assert client.get(url).status_code == 404
    csrf = token(client, "/leads")
    for action in ("preview", "save"):
        response = client.post(url, data={"csrf_token": csrf, "action": action})
        assert response.status_code == 404
    # Their own campaign, with our list and campaign names: unknown to them, as if misspelt.
    own = f"/campaigns/{theirs}/audience"
    assert "Fair" not in client.get(own).text and "Launch week" not in client.get(own).text
    for field, name, error in [
        ("lists", "Fair", "no list is called &#39;Fair&#39;"),
        ("exclude_lists", "Fair", "no list is called &#39;Fair&#39;"),
        ("exclude_campaigns", "Launch week", "no campaign is called &#39;Launch week&#39;"),
        ("exclude_campaigns", f"#{ids['campaign']}", "no campaign is numbered #"),
    ]:
        for action in ("preview", "save"):
            form = {"csrf_token": csrf, "action": action, field: name}
            leak = client.post(own, data=form)
            assert leak.status_code == 422 and error in leak.text
            assert 'data-testid="audience-total"' not in leak.text
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


def test_any_of_many_lists_and_campaigns_is_usable_by_name(
    client: TestClient, runtime: Runtime, org: OrgFixture
) -> None:
    ids = many_lists(runtime, org, LISTS)
    with unit_of_work(runtime.session_factory) as db:
        db.add_all(Campaign(org_id=org.org_id, name=f"Old {i:04d}") for i in range(CAMPAIGNS))
    # Created after the 500th list and the 500th campaign: beyond any capped menu.
    ann, bob, cy = seed_leads(
        runtime,
        org,
        [{"email": "ann@acme.com"}, {"email": "bob@beta.io"}, {"email": "cy@gamma.org"}],
        list_name="Late fair",
    )
    late = draft_campaign(runtime, org, "Late launch")
    target = draft_campaign(runtime, org, "Target")
    with unit_of_work(runtime.session_factory) as db:
        lists.add_members(db, owner(org), ids["Segment 0519"], [cy])
        campaigns.add_recipients(db, owner(org), late, lead_ids=[bob])
    login_as(client, runtime, org, "owner")
    url = f"/campaigns/{target}/audience"
    page = client.get(url)
    # Suggestions are the newest lists and other campaigns, not the oldest 500.
    assert '<option value="Late fair">' in page.text
    assert '<option value="Segment 0519">' in page.text
    assert '<option value="Segment 0000">' not in page.text
    assert '<option value="Late launch">' in page.text
    assert '<option value="Target">' not in page.text  # not the campaign itself
    form = {
        "csrf_token": csrf_from(page.text),
        "lists": ["Late fair", ""],
        "exclude_lists": ["Segment 0519", "Segment 0003"],
        "exclude_campaigns": ["Late launch", "Old 0007"],
        "exclude_recent_days": "",
    }
    preview = client.post(url, data={**form, "action": "preview"})
    assert preview.status_code == 200
    assert by_testid(preview.text, "audience-total") == "3"
    assert by_testid(preview.text, "audience-included") == "1"
    reasons = {k: v for k, v in _reasons(preview.text).items() if v != "0"}
    assert reasons == {"excluded_list": "1", "in_campaign": "1"}
    assert _typed(preview.text, "exclude_lists") == ["Segment 0519", "Segment 0003", ""]
    assert _typed(preview.text, "exclude_campaigns") == ["Late launch", "Old 0007", ""]
    saved = client.post(url, data={**form, "action": "save"})
    assert "Audience saved: 1 lead(s) added (0 were already recipients)." in saved.text
    with unit_of_work(runtime.session_factory) as db:
        enrolled = db.scalars(
            select(CampaignRecipient.lead_id).where(CampaignRecipient.campaign_id == target)
        )
        assert list(enrolled) == [ann]


def test_unknown_names_are_named_and_the_form_is_kept(
    client: TestClient, runtime: Runtime, org: OrgFixture
) -> None:
    ids, url = _seeded_as_owner(client, runtime, org)
    form = {
        "csrf_token": token(client, url),
        "lists": ["Fair", "Fiar"],
        "exclude_lists": ["Nope"],
        "exclude_campaigns": ["Launch week"],
        "require_vars": "first_name, company",
        "exclude_recent_days": "7",
        "one_per_domain": "1",
    }
    for action in ("preview", "save"):
        bad = client.post(url, data={**form, "action": action})
        assert bad.status_code == 422
        error = by_testid(bad.text, "audience-error")
        assert error == "no list is called &#39;Fiar&#39;; no list is called &#39;Nope&#39;"
        html = bad.text
        assert _typed(html, "lists") == ["Fair", "Fiar", ""]
        assert _typed(html, "exclude_lists") == ["Nope", "", ""]
        assert _typed(html, "exclude_campaigns") == ["Launch week", "", ""]
        assert 'value="Fiar" list="list-hints" maxlength="200" aria-label="Include list 2"' in html
        assert 'aria-label="Include list 2" aria-invalid="true">' in html
        assert 'aria-label="Include list 1">' in html  # "Fair" is fine
        assert 'aria-label="Exclude list 1" aria-invalid="true">' in html
        assert 'value="first_name, company"' in html
        assert 'name="exclude_recent_days" min="0" max="3650" value="7"' in html
        assert 'name="one_per_domain" value="1" checked' in html
        assert 'name="exclude_suppressed" value="1" checked' not in html  # it was unticked
        assert 'data-testid="audience-total"' not in html
    assert _recipients(runtime, ids["campaign"]) == 0


def test_campaigns_sharing_a_name_are_told_apart_by_number(
    client: TestClient, runtime: Runtime, org: OrgFixture
) -> None:
    _, url = _seeded_as_owner(client, runtime, org)
    first, second = (draft_campaign(runtime, org, "Spring") for _ in range(2))
    (ann,) = seed_leads(runtime, org, [{"email": "spring@acme.com", "first_name": "S"}])
    with unit_of_work(runtime.session_factory) as db:
        campaigns.add_recipients(db, owner(org), second, lead_ids=[ann])
    csrf = token(client, url)
    page = client.get(url).text
    assert page.count('<option value="Spring">') == 1
    both = client.post(url, data={"csrf_token": csrf, "exclude_campaigns": "Spring"})
    assert both.status_code == 422
    assert by_testid(both.text, "audience-error") == (
        f"2 campaigns are called &#39;Spring&#39;: type #{first} or #{second} instead"
    )
    one = client.post(url, data={"csrf_token": csrf, "exclude_campaigns": f"#{second}"})
    assert one.status_code == 200
    assert _reasons(one.text)["in_campaign"] == "1"
    assert _typed(one.text, "exclude_campaigns") == [f"#{second}", "", ""]
