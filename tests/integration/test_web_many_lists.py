"""An organization with more lists than any menu holds: the Lists page pages through them and
searches them by name; lead filters and bulk actions take a typed list name."""

from __future__ import annotations

import re

from sqlalchemy import select
from starlette.testclient import TestClient

from outreach.db.models import LeadList, ListMember
from outreach.db.runtime import Runtime
from outreach.db.uow import unit_of_work
from tests.conftest import OrgFixture
from tests.web_leads_support import login_as, seed_leads, token

LISTS = 620


def _many_lists(runtime: Runtime, org: OrgFixture) -> dict[str, int]:
    with unit_of_work(runtime.session_factory) as db:
        rows = [LeadList(org_id=org.org_id, name=f"Segment {i:04d}") for i in range(LISTS)]
        db.add_all(rows)
        db.flush()
        return {row.name: row.id for row in rows}


def _list_names(html: str) -> list[str]:
    return re.findall(r'<td><a href="/lists/\d+">([^<]+)</a></td>', html)


def test_lists_page_pages_through_every_list_and_searches_names(
    client: TestClient, runtime: Runtime, org: OrgFixture
) -> None:
    ids = _many_lists(runtime, org)
    login_as(client, runtime, org, "viewer")
    seen: list[str] = []
    url: str | None = "/lists"
    while url:
        html = client.get(url).text
        seen += _list_names(html)
        found = re.search(r'<p class="pager"><a href="([^"]+)">', html)
        url = found.group(1).replace("&amp;", "&") if found else None
    assert seen == sorted(ids) and len(seen) == LISTS
    assert _list_names(client.get("/lists", params={"q": "segment 061"}).text) == [
        f"Segment {i:04d}" for i in range(610, 620)
    ]
    # Search and paging combine: the next page keeps the search.
    first = client.get("/lists", params={"q": "SEGMENT 0"}).text
    assert len(_list_names(first)) == 100
    assert 'href="/lists?q=SEGMENT+0&amp;cursor=' in first
    assert "No list name contains" in client.get("/lists", params={"q": "nothing"}).text
    api = client.get("/api/v1/lists", params={"q": "0613"}, headers=org.headers).json()
    assert [row["name"] for row in api["items"]] == ["Segment 0613"]


def test_leads_filter_and_bulk_actions_take_any_list_by_name(
    client: TestClient, runtime: Runtime, org: OrgFixture
) -> None:
    ids = _many_lists(runtime, org)
    lead_a, lead_b = seed_leads(runtime, org, [{"email": "a@acme.com"}, {"email": "b@acme.com"}])
    login_as(client, runtime, org, "owner")
    csrf = token(client)
    late = "Segment 0613"  # far beyond the first 500 lists
    added = client.post(
        "/leads/bulk",
        data={"csrf_token": csrf, "action": "add", "list_name": late, "lead_ids": [lead_a]},
    )
    assert f"Added 1 lead(s) to {late}." in added.text
    with unit_of_work(runtime.session_factory) as db:
        members = db.scalars(select(ListMember.lead_id).where(ListMember.list_id == ids[late]))
        assert list(members) == [lead_a]
    listed = client.get("/leads", params={"list_name": late})
    assert "a@acme.com" in listed.text and "b@acme.com" not in listed.text
    assert f'name="list_name" value="{late}"' in listed.text
    by_id = client.get("/leads", params={"list": ids[late]})
    assert "a@acme.com" in by_id.text and f'value="{late}"' in by_id.text
    unknown = client.get("/leads", params={"list_name": "Segment 9999"})
    assert unknown.status_code == 404
    assert "no list is called &#39;Segment 9999&#39;" in unknown.text
    assert 'name="list_name" value="Segment 9999"' in unknown.text  # kept, to correct it
    bad = client.post(
        "/leads/bulk",
        data={
            "csrf_token": csrf,
            "action": "add",
            "list_name": "Segmnt 0613",
            "lead_ids": [lead_b],
        },
    )
    assert "Nothing changed: no list is called" in bad.text
    # Suggestions are the newest lists, not a capped menu of the oldest.
    assert '<option value="Segment 0619">' in client.get("/leads").text
    assert '<option value="Segment 0619">' in client.get("/leads/import").text
