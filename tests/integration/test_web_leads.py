"""Dashboard lead pages: search and filters, keyset pages, one lead, stop/delete, bulk list
edits, GDPR export/erase; org isolation, CSRF and roles."""

from __future__ import annotations

import json
import re

from sqlalchemy import select
from starlette.testclient import TestClient

from outreach.db.models import Lead, ListMember, Suppression
from outreach.db.runtime import Runtime
from outreach.db.uow import unit_of_work
from tests.conftest import OrgFixture
from tests.web_leads_support import by_testid, login_as, make_list, seed_leads, token

PEOPLE: list[dict[str, object]] = [
    {"email": "ann.lee@acme.com", "first_name": "Ann", "last_name": "Lee", "company": "Acme Inc"},
    {
        "email": "bob@beta.io",
        "first_name": "Bob",
        "last_name": "Annan",
        "company_domain": "beta.io",
    },
    {"email": "carol@gamma.org", "first_name": "Carol", "last_name": "Smith", "company": "Gamma"},
]


def _emails(html: str) -> list[str]:
    return re.findall(r'<a href="/leads/\d+">([^<]+)</a>', html)


def test_list_shows_columns_and_searches_by_prefix(
    client: TestClient, runtime: Runtime, org: OrgFixture
) -> None:
    seed_leads(runtime, org, PEOPLE[:2], list_name="Prospects")
    seed_leads(runtime, org, PEOPLE[2:])
    login_as(client, runtime, org, "owner")
    page = client.get("/leads")
    assert page.status_code == 200
    assert _emails(page.text) == ["ann.lee@acme.com", "bob@beta.io", "carol@gamma.org"]
    row = re.search(r'<tr data-lead-id="\d+">(.*?)</tr>', page.text, re.S)
    assert row and "Ann Lee" in row.group(1) and "Acme Inc" in row.group(1)
    assert "Prospects" in row.group(1) and "badge-active" in row.group(1)
    # "ann" starts Ann's first name and Bob's last name; case does not matter.
    assert _emails(client.get("/leads", params={"q": "ANN"}).text) == [
        "ann.lee@acme.com",
        "bob@beta.io",
    ]
    assert _emails(client.get("/leads", params={"q": "carol@g"}).text) == ["carol@gamma.org"]
    assert _emails(client.get("/leads", params={"q": "acme inc"}).text) == ["ann.lee@acme.com"]
    assert _emails(client.get("/leads", params={"q": "Carol Smith"}).text) == ["carol@gamma.org"]
    assert _emails(client.get("/leads", params={"q": "beta.io"}).text) == ["bob@beta.io"]
    # Prefix, not substring: "mith" is inside "Smith" but starts nothing.
    assert "No leads match." in client.get("/leads", params={"q": "mith"}).text
    # Wildcards in the search text are literal.
    assert "No leads match." in client.get("/leads", params={"q": "%"}).text


def test_filters_by_status_list_tag_and_stop_flag(
    client: TestClient, runtime: Runtime, org: OrgFixture
) -> None:
    ids = seed_leads(runtime, org, PEOPLE[:1], list_name="Prospects")
    seed_leads(runtime, org, [{**PEOPLE[1], "status": "bounced"}])
    seed_leads(runtime, org, [{**PEOPLE[2], "stopped": True}])
    login_as(client, runtime, org, "owner")
    assert _emails(client.get("/leads", params={"status": "bounced"}).text) == ["bob@beta.io"]
    assert _emails(client.get("/leads", params={"stopped": "yes"}).text) == ["carol@gamma.org"]
    assert len(_emails(client.get("/leads", params={"stopped": "no"}).text)) == 2
    with unit_of_work(runtime.session_factory) as db:
        list_id = db.scalar(select(ListMember.list_id).where(ListMember.lead_id == ids[0]))
    listed = client.get("/leads", params={"list": list_id})
    assert _emails(listed.text) == ["ann.lee@acme.com"]
    assert 'name="list_name" value="Prospects"' in listed.text
    assert "No leads match." in client.get("/leads", params={"tag": "nope"}).text
    assert client.get("/leads", params={"status": "weird"}).status_code == 422
    assert client.get("/leads", params={"list": "x"}).status_code == 422
    assert client.get("/leads", params={"stopped": "maybe"}).status_code == 422


def test_keyset_pages_keep_the_filters(
    client: TestClient, runtime: Runtime, org: OrgFixture
) -> None:
    seed_leads(runtime, org, [{"email": f"p{i:03}@acme.com"} for i in range(60)])
    seed_leads(runtime, org, [{"email": "zed@other.org"}])
    login_as(client, runtime, org, "owner")
    first = client.get("/leads", params={"q": "p"})
    assert len(_emails(first.text)) == 50
    link = re.search(r'<a href="([^"]+)">Next page', first.text)
    assert link and "q=p" in link.group(1) and "cursor=" in link.group(1)
    second = client.get(link.group(1).replace("&amp;", "&"))
    assert _emails(second.text) == [f"p{i:03}@acme.com" for i in range(50, 60)]
    assert "Next page" not in second.text
    assert "OFFSET" not in second.text  # keyset cursor, no page numbers


def test_detail_stop_unstop_and_soft_delete(
    client: TestClient, runtime: Runtime, org: OrgFixture
) -> None:
    (lead_id,) = seed_leads(
        runtime, org, [{**PEOPLE[0], "vars": {"pain": "seo"}}], list_name="Prospects"
    )
    login_as(client, runtime, org, "owner")
    url = f"/leads/{lead_id}"
    page = client.get(url)
    assert by_testid(page.text, "lead-email") == "ann.lee@acme.com"
    assert by_testid(page.text, "lead-lists") == "Prospects"
    assert "<dt>pain</dt><dd>seo</dd>" in page.text
    csrf = token(client, url)
    stopped = client.post(f"{url}/stop", data={"csrf_token": csrf})
    assert "Lead stopped" in stopped.text and "badge-stopped" in stopped.text
    assert f'action="{url}/unstop"' in stopped.text
    unstopped = client.post(f"{url}/unstop", data={"csrf_token": csrf})
    assert "Lead unstopped." in unstopped.text and "badge-stopped" not in unstopped.text
    deleted = client.post(f"{url}/delete", data={"csrf_token": csrf})
    assert "Deleted ann.lee@acme.com." in deleted.text
    assert client.get(url).status_code == 404
    assert "ann.lee@acme.com" not in client.get("/leads").text
    with unit_of_work(runtime.session_factory) as db:
        assert db.get(Lead, lead_id).deleted_at is not None  # type: ignore[union-attr]


def test_bulk_add_and_remove_from_a_list(
    client: TestClient, runtime: Runtime, org: OrgFixture
) -> None:
    ids = seed_leads(runtime, org, PEOPLE)
    list_id = make_list(runtime, org, "Hot")
    login_as(client, runtime, org, "owner")
    csrf = token(client)
    form = {"csrf_token": csrf, "list_id": str(list_id), "back": "/leads?q=a"}
    added = client.post("/leads/bulk", data={**form, "action": "add", "lead_ids": ids[:2]})
    assert "Added 2 lead(s) to Hot." in added.text
    assert str(added.url).endswith("/leads?q=a")
    assert _emails(client.get("/leads", params={"list": list_id}).text) == [
        "ann.lee@acme.com",
        "bob@beta.io",
    ]
    removed = client.post("/leads/bulk", data={**form, "action": "remove", "lead_ids": ids[:1]})
    assert "Removed 1 lead(s) from Hot." in removed.text
    assert _emails(client.get("/leads", params={"list": list_id}).text) == ["bob@beta.io"]
    nothing = client.post("/leads/bulk", data={**form, "action": "add"})
    assert "Nothing changed: tick at least one lead" in nothing.text
    # "back" only ever leads to a dashboard page.
    away = client.post(
        "/leads/bulk",
        data={**form, "back": "https://evil.example/", "action": "add", "lead_ids": ids[2:]},
        follow_redirects=False,
    )
    assert away.headers["location"] == "/leads"


def test_gdpr_export_and_erase_for_admins(
    client: TestClient, runtime: Runtime, org: OrgFixture
) -> None:
    (lead_id,) = seed_leads(runtime, org, PEOPLE[:1], list_name="Prospects")
    login_as(client, runtime, org, "owner")
    url = f"/leads/{lead_id}"
    assert f'href="{url}/export.json"' in client.get(url).text
    export = client.get(f"{url}/export.json")
    assert export.status_code == 200
    assert "attachment" in export.headers["content-disposition"]
    data = json.loads(export.text)
    assert data["email"] == "ann.lee@acme.com"
    assert data["leads"][0]["first_name"] == "Ann"
    assert data["lists"][0]["name"] == "Prospects"
    confirm = client.get(f"{url}/erase")
    assert "Erase this lead?" in confirm.text
    csrf = csrf_of(confirm.text)
    wrong = client.post(f"{url}/erase", data={"csrf_token": csrf, "confirm": "nope"})
    assert "Type the lead&#39;s email address exactly" in wrong.text
    assert client.get(url).status_code == 200
    done = client.post(f"{url}/erase", data={"csrf_token": csrf, "confirm": "Ann.Lee@acme.com"})
    assert "Erased ann.lee@acme.com" in done.text
    assert client.get(url).status_code == 404
    with unit_of_work(runtime.session_factory) as db:
        assert db.get(Lead, lead_id) is None
        entry = db.scalar(select(Suppression).where(Suppression.org_id == org.org_id))
        assert entry is not None and entry.value is None and entry.source == "gdpr_erase"


def csrf_of(html: str) -> str:
    """The CSRF token of a page already fetched."""
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match
    return match.group(1)


def test_other_org_gets_404_for_every_lead_page_and_action(
    client: TestClient, runtime: Runtime, org: OrgFixture, other_org: OrgFixture
) -> None:
    (lead_id,) = seed_leads(runtime, org, PEOPLE[:1], list_name="Prospects")
    with unit_of_work(runtime.session_factory) as db:
        list_id = db.scalar(select(ListMember.list_id).where(ListMember.lead_id == lead_id))
    own_list = make_list(runtime, other_org, "Mine")
    login_as(client, runtime, other_org, "owner")
    assert "ann.lee@acme.com" not in client.get("/leads").text
    url = f"/leads/{lead_id}"
    for path in (url, f"{url}/export.json", f"{url}/erase", f"/leads?list={list_id}"):
        assert client.get(path).status_code == 404, path
    csrf = token(client)
    for action in ("stop", "unstop", "delete", "erase"):
        data = {"csrf_token": csrf, "confirm": "ann.lee@acme.com"}
        assert client.post(f"{url}/{action}", data=data).status_code == 404, action
    bulk = {"csrf_token": csrf, "action": "add", "lead_ids": [lead_id]}
    assert client.post("/leads/bulk", data={**bulk, "list_id": own_list}).status_code == 404
    assert client.post("/leads/bulk", data={**bulk, "list_id": list_id}).status_code == 404
    assert client.get(f"/leads/{2**64}").status_code == 404
    with unit_of_work(runtime.session_factory) as db:
        lead = db.get(Lead, lead_id)
        assert lead is not None and lead.deleted_at is None and not lead.stopped
        assert db.scalar(select(ListMember).where(ListMember.list_id == own_list)) is None


def test_posts_without_csrf_are_403_and_change_nothing(
    client: TestClient, runtime: Runtime, org: OrgFixture
) -> None:
    (lead_id,) = seed_leads(runtime, org, PEOPLE[:1])
    list_id = make_list(runtime, org, "Hot")
    login_as(client, runtime, org, "owner")
    for action in ("stop", "delete"):
        assert client.post(f"/leads/{lead_id}/{action}").status_code == 403
    bad = {"csrf_token": "0" * 64, "confirm": "ann.lee@acme.com"}
    assert client.post(f"/leads/{lead_id}/erase", data=bad).status_code == 403
    bulk = {"action": "add", "list_id": list_id, "lead_ids": [lead_id]}
    assert client.post("/leads/bulk", data=bulk).status_code == 403
    with unit_of_work(runtime.session_factory) as db:
        lead = db.get(Lead, lead_id)
        assert lead is not None and lead.deleted_at is None and not lead.stopped
        assert db.scalar(select(ListMember)) is None


def test_viewer_reads_but_cannot_change_and_member_cannot_use_gdpr(
    client: TestClient, runtime: Runtime, org: OrgFixture
) -> None:
    (lead_id,) = seed_leads(runtime, org, PEOPLE[:1])
    list_id = make_list(runtime, org, "Hot")
    login_as(client, runtime, org, "viewer")
    page = client.get("/leads")
    assert _emails(page.text) == ["ann.lee@acme.com"]
    assert 'name="lead_ids"' not in page.text and "Import leads" not in page.text
    detail = client.get(f"/leads/{lead_id}")
    assert f'action="/leads/{lead_id}/stop"' not in detail.text
    assert "export.json" not in detail.text
    csrf = csrf_of(detail.text)
    for action in ("stop", "delete"):
        assert (
            client.post(f"/leads/{lead_id}/{action}", data={"csrf_token": csrf}).status_code == 403
        )
    bulk = {"csrf_token": csrf, "action": "add", "list_id": list_id, "lead_ids": [lead_id]}
    assert client.post("/leads/bulk", data=bulk).status_code == 403
    login_as(client, runtime, org, "member")
    assert f'action="/leads/{lead_id}/stop"' in client.get(f"/leads/{lead_id}").text
    assert client.get(f"/leads/{lead_id}/export.json").status_code == 403
    assert client.get(f"/leads/{lead_id}/erase").status_code == 403
    csrf = token(client)
    erase = {"csrf_token": csrf, "confirm": "ann.lee@acme.com"}
    assert client.post(f"/leads/{lead_id}/erase", data=erase).status_code == 403
    with unit_of_work(runtime.session_factory) as db:
        lead = db.get(Lead, lead_id)
        assert lead is not None and lead.deleted_at is None and not lead.stopped
