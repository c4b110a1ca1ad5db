"""Lists, tags, lifecycle, suppression and GDPR over the API, scoped per organization."""

from __future__ import annotations

import csv
import io

from starlette.testclient import TestClient

from tests.conftest import OrgFixture


def _lead(api: TestClient, email: str, **extra: object) -> dict:
    resp = api.post("/api/v1/leads", json={"email": email, **extra})
    assert resp.status_code == 201, resp.text
    return resp.json()


def test_lists_crud_and_bulk_membership(api: TestClient) -> None:
    a, b = _lead(api, "a@acme.com"), _lead(api, "b@acme.com")
    lst = api.post("/api/v1/lists", json={"name": "Q1"}).json()
    other = api.post("/api/v1/lists", json={"name": "Q2"}).json()
    assert api.post("/api/v1/lists", json={"name": "Q1"}).json()["error"]["code"] == "LIST_EXISTS"
    added = api.post(f"/api/v1/lists/{lst['id']}/leads", json={"lead_ids": [a["id"], b["id"]]})
    assert added.json() == {"added": 2}
    api.post(f"/api/v1/lists/{other['id']}/leads", json={"lead_ids": [a["id"]]})
    assert api.get(f"/api/v1/lists/{lst['id']}").json()["lead_count"] == 2
    assert sorted(api.get(f"/api/v1/leads/{a['id']}").json()["list_ids"]) == sorted(
        [lst["id"], other["id"]]
    )
    in_list = api.get("/api/v1/leads", params={"list": other["id"]}).json()["items"]
    assert [x["email"] for x in in_list] == ["a@acme.com"]
    removed = api.request(
        "DELETE", f"/api/v1/lists/{lst['id']}/leads", json={"lead_ids": [b["id"]]}
    )
    assert removed.json() == {"removed": 1}
    renamed = api.patch(f"/api/v1/lists/{lst['id']}", json={"name": "Q1 2025"}).json()
    assert renamed["name"] == "Q1 2025"
    assert api.delete(f"/api/v1/lists/{lst['id']}").status_code == 200
    assert api.get(f"/api/v1/leads/{b['id']}").status_code == 200


def test_tags_status_stop_and_soft_delete(api: TestClient) -> None:
    lead = _lead(api, "t@acme.com", tags=["vip", "nl"])
    assert lead["tags"] == ["nl", "vip"]
    assert [x["id"] for x in api.get("/api/v1/leads", params={"tag": "vip"}).json()["items"]] == [
        lead["id"]
    ]
    changed = api.patch(f"/api/v1/leads/{lead['id']}", json={"stopped": True, "status": "bounced"})
    assert changed.json()["stopped"] is True and changed.json()["status"] == "bounced"
    bad = api.patch(f"/api/v1/leads/{lead['id']}", json={"status": "gone"})
    assert bad.status_code == 422
    assert api.delete(f"/api/v1/leads/{lead['id']}").status_code == 200
    assert api.get(f"/api/v1/leads/{lead['id']}").status_code == 404
    assert api.get("/api/v1/leads").json()["items"] == []


def test_lists_are_isolated(client: TestClient, org: OrgFixture, other_org: OrgFixture) -> None:
    lst = client.post("/api/v1/lists", json={"name": "mine"}, headers=org.headers).json()
    theirs = client.post(
        "/api/v1/leads", json={"email": "x@y.com"}, headers=other_org.headers
    ).json()
    h = other_org.headers
    assert client.get(f"/api/v1/lists/{lst['id']}", headers=h).status_code == 404
    assert client.get("/api/v1/lists", headers=h).json()["items"] == []
    resp = client.post(
        f"/api/v1/lists/{lst['id']}/leads", json={"lead_ids": [theirs["id"]]}, headers=h
    )
    assert resp.status_code == 404
    # and my list cannot take their lead
    resp = client.post(
        f"/api/v1/lists/{lst['id']}/leads", json={"lead_ids": [theirs["id"]]}, headers=org.headers
    )
    assert resp.status_code == 404 and resp.json()["error"]["code"] == "LEAD_NOT_FOUND"


def test_suppression_changes_lead_status_at_once(api: TestClient) -> None:
    a = _lead(api, "a@acme.com")
    b = _lead(api, "b@spam.example")
    c = _lead(api, "c@spam.example")
    resp = api.post("/api/v1/suppressions", json={"email": "A@acme.com", "reason": "unsubscribed"})
    assert resp.status_code == 201, resp.text
    assert api.get(f"/api/v1/leads/{a['id']}").json()["status"] == "unsubscribed"
    api.post("/api/v1/suppressions", json={"domain": "spam.example", "reason": "complaint"})
    for lead in (b, c):
        assert api.get(f"/api/v1/leads/{lead['id']}").json()["status"] == "suppressed"
    # a lead created after the suppression starts suppressed
    d = _lead(api, "d@spam.example")
    assert d["status"] == "suppressed"
    # and so does one imported later
    api.post(
        "/api/v1/leads/import", files={"file": ("x.csv", io.BytesIO(b"email\ne@spam.example\n"))}
    )
    found = api.get("/api/v1/leads", params={"q": "e@spam"}).json()["items"]
    assert found[0]["status"] == "suppressed"
    items = api.get("/api/v1/suppressions").json()["items"]
    assert {(s["kind"], s["value"]) for s in items} == {
        ("email", "a@acme.com"),
        ("domain", "spam.example"),
    }
    bad = api.post("/api/v1/suppressions", json={"email": "x@y.com", "reason": "because"})
    assert bad.json()["error"]["code"] == "INVALID_REASON"
    both = api.post("/api/v1/suppressions", json={"email": "x@y.com", "domain": "y.com"})
    assert both.status_code == 422
    assert api.delete(f"/api/v1/suppressions/{items[0]['id']}").status_code == 200
    assert len(api.get("/api/v1/suppressions").json()["items"]) == 1


def test_suppression_csv_import_and_formula_safe_export(api: TestClient) -> None:
    body = "email,reason,source\nx@y.com,hard_bounce,esp\n=cmd|' /C calc'!A0,manual,x\n"
    body += 'evil.example,manual,=HYPERLINK("http://x")\n'
    resp = api.post(
        "/api/v1/suppressions/import", files={"file": ("s.csv", io.BytesIO(body.encode()))}
    )
    result = resp.json()
    assert result["imported"] == 2 and result["failed"] == 1, result
    export = api.get("/api/v1/suppressions/export.csv")
    rows = list(csv.reader(io.StringIO(export.text)))
    assert rows[0] == ["kind", "value", "value_hash", "reason", "source", "created_at"]
    sources = {r[1]: r[4] for r in rows[1:]}
    assert sources["x@y.com"] == "esp"
    assert sources["evil.example"].startswith("'=")


def test_suppressions_are_isolated(
    client: TestClient, org: OrgFixture, other_org: OrgFixture
) -> None:
    client.post("/api/v1/leads", json={"email": "a@x.com"}, headers=other_org.headers)
    entry = client.post(
        "/api/v1/suppressions", json={"domain": "x.com"}, headers=org.headers
    ).json()
    lead = client.get("/api/v1/leads", headers=other_org.headers).json()["items"][0]
    assert lead["status"] == "active"
    assert client.get("/api/v1/suppressions", headers=other_org.headers).json()["items"] == []
    assert (
        "x.com" not in client.get("/api/v1/suppressions/export.csv", headers=other_org.headers).text
    )
    assert (
        client.delete(f"/api/v1/suppressions/{entry['id']}", headers=other_org.headers).status_code
        == 404
    )


def test_gdpr_export_and_erase(client: TestClient, org: OrgFixture, other_org: OrgFixture) -> None:
    h = org.headers
    lead = client.post(
        "/api/v1/leads", json={"email": "Gone@acme.com", "tags": ["x"]}, headers=h
    ).json()
    lst = client.post("/api/v1/lists", json={"name": "L"}, headers=h).json()
    client.post(f"/api/v1/lists/{lst['id']}/leads", json={"lead_ids": [lead["id"]]}, headers=h)
    client.post("/api/v1/leads", json={"email": "gone@acme.com"}, headers=other_org.headers)
    data = client.get("/api/v1/gdpr/export", params={"email": "gone@acme.com"}, headers=h).json()
    assert [x["email"] for x in data["leads"]] == ["gone@acme.com"]
    assert data["lists"][0]["name"] == "L" and data["tags"][0]["tag"] == "x"
    erased = client.post("/api/v1/gdpr/erase", json={"email": "gone@acme.com"}, headers=h).json()
    assert erased["deleted"]["leads"] == 1
    assert client.get(f"/api/v1/leads/{lead['id']}", headers=h).status_code == 404
    entries = client.get("/api/v1/suppressions", headers=h).json()["items"]
    assert entries[0]["value"] is None
    after = client.get("/api/v1/gdpr/export", params={"email": "gone@acme.com"}, headers=h).json()
    assert after["leads"] == [] and after["suppressions"][0]["value"] is None
    # re-adding the address: it is suppressed at once, by hash
    again = client.post("/api/v1/leads", json={"email": "gone@acme.com"}, headers=h).json()
    assert again["status"] == "suppressed"
    # the other organization's lead is untouched
    theirs = client.get("/api/v1/leads", headers=other_org.headers).json()["items"]
    assert theirs[0]["status"] == "active"
