"""Dashboard list pages: counts, create, rename, delete; org isolation, CSRF and roles."""

from __future__ import annotations

from sqlalchemy import select
from starlette.testclient import TestClient

from outreach.db.models import Lead, LeadList
from outreach.db.runtime import Runtime
from outreach.db.uow import unit_of_work
from tests.conftest import OrgFixture
from tests.web_leads_support import by_testid, login_as, make_list, seed_leads, token


def _list_id(runtime: Runtime, org: OrgFixture, name: str) -> int:
    with unit_of_work(runtime.session_factory) as db:
        found = db.scalar(
            select(LeadList.id).where(LeadList.org_id == org.org_id, LeadList.name == name)
        )
        assert found is not None
        return found


def test_index_shows_counts_and_links_to_filtered_leads(
    client: TestClient, runtime: Runtime, org: OrgFixture
) -> None:
    seed_leads(runtime, org, [{"email": f"p{i}@acme.com"} for i in range(3)], list_name="Fair")
    empty = make_list(runtime, org, "Empty")
    login_as(client, runtime, org, "owner")
    page = client.get("/lists")
    fair = _list_id(runtime, org, "Fair")
    assert page.status_code == 200
    assert f'<tr data-list-id="{fair}">' in page.text
    row = page.text.split(f'<tr data-list-id="{fair}">')[1].split("</tr>")[0]
    assert by_testid(row, "list-count") == "3"
    assert f'href="/leads?list={fair}"' in row
    row = page.text.split(f'<tr data-list-id="{empty}">')[1].split("</tr>")[0]
    assert by_testid(row, "list-count") == "0"
    assert by_testid(client.get(f"/lists/{fair}").text, "list-count") == "3"


def test_create_rename_and_delete(client: TestClient, runtime: Runtime, org: OrgFixture) -> None:
    (lead_id,) = seed_leads(runtime, org, [{"email": "a@acme.com"}], list_name="Old")
    login_as(client, runtime, org, "owner")
    csrf = token(client, "/lists")
    created = client.post("/lists", data={"csrf_token": csrf, "name": "  Hot  "})
    assert "List Hot created." in created.text
    dup = client.post("/lists", data={"csrf_token": csrf, "name": "Hot"})
    assert "List not created: list &#39;Hot&#39; already exists" in dup.text
    blank = client.post("/lists", data={"csrf_token": csrf, "name": " "})
    assert "List not created: list name is required" in blank.text
    old = _list_id(runtime, org, "Old")
    clash = client.post(f"/lists/{old}", data={"csrf_token": csrf, "name": "Hot"})
    assert "Not saved: list &#39;Hot&#39; already exists" in clash.text
    renamed = client.post(
        f"/lists/{old}", data={"csrf_token": csrf, "name": "Warm", "description": "Met at fair"}
    )
    assert "List saved." in renamed.text and 'value="Warm"' in renamed.text
    deleted = client.post(f"/lists/{old}/delete", data={"csrf_token": csrf})
    assert "List Warm deleted; its leads stay." in deleted.text
    assert client.get(f"/lists/{old}").status_code == 404
    with unit_of_work(runtime.session_factory) as db:
        assert db.get(Lead, lead_id) is not None


def test_other_org_gets_404_and_nothing_changes(
    client: TestClient, runtime: Runtime, org: OrgFixture, other_org: OrgFixture
) -> None:
    list_id = make_list(runtime, org, "Secret")
    login_as(client, runtime, other_org, "owner")
    assert "Secret" not in client.get("/lists").text
    assert client.get(f"/lists/{list_id}").status_code == 404
    csrf = token(client, "/lists")
    assert (
        client.post(f"/lists/{list_id}", data={"csrf_token": csrf, "name": "Mine"}).status_code
        == 404
    )
    assert client.post(f"/lists/{list_id}/delete", data={"csrf_token": csrf}).status_code == 404
    assert client.get(f"/lists/{2**64}").status_code == 404
    assert _list_id(runtime, org, "Secret") == list_id


def test_csrf_and_viewer_role(client: TestClient, runtime: Runtime, org: OrgFixture) -> None:
    list_id = make_list(runtime, org, "Keep")
    login_as(client, runtime, org, "owner")
    assert client.post("/lists", data={"name": "New"}).status_code == 403
    assert client.post(f"/lists/{list_id}/delete").status_code == 403
    login_as(client, runtime, org, "viewer")
    page = client.get("/lists")
    assert "Keep" in page.text and 'method="post" action="/lists"' not in page.text
    assert f'action="/lists/{list_id}/delete"' not in client.get(f"/lists/{list_id}").text
    csrf = token(client, "/lists")
    assert client.post("/lists", data={"csrf_token": csrf, "name": "New"}).status_code == 403
    rename = {"csrf_token": csrf, "name": "Gone"}
    assert client.post(f"/lists/{list_id}", data=rename).status_code == 403
    assert client.post(f"/lists/{list_id}/delete", data={"csrf_token": csrf}).status_code == 403
    assert _list_id(runtime, org, "Keep") == list_id
    with unit_of_work(runtime.session_factory) as db:
        assert db.scalar(select(LeadList).where(LeadList.name == "New")) is None
