"""No organization can read or change another's rows through any API endpoint.

The test walks the OpenAPI document, so a new endpoint with an id in its path is covered
automatically; an id parameter it does not know fails the test until it is added to IDS.
"""

from __future__ import annotations

import re
from typing import Any

from starlette.testclient import TestClient

from outreach.db.runtime import Runtime
from tests.conftest import OrgFixture
from tests.integration.helpers import MAILBOX, TEMPLATE, add_leads

# Endpoints that are org-independent by design.
PUBLIC_PATHS: set[str] = set()

# Plausible bodies so that a request is not rejected by body validation before the lookup.
BODIES: dict[str, Any] = {
    "recipients": {"lead_ids": [1]},
    "preview": {"context": {}},
    "test": {"email": "probe@example.com"},
    "leads": {"lead_ids": [1]},
    "tags": {"tags": ["hijack"]},
    "audience": {"lists": []},
    "resume": {},  # POST /imports/{job_id}/resume takes no body
}


def _seed_org_a(api_a: TestClient, runtime: Runtime, org_a: OrgFixture) -> dict[str, int]:
    tpl = api_a.post("/api/v1/templates", json=TEMPLATE).json()["id"]
    box = api_a.post("/api/v1/mailboxes", json=MAILBOX).json()["id"]
    cid = api_a.post(
        "/api/v1/campaigns", json={"name": "A's", "template_id": tpl, "mailbox_ids": [box]}
    ).json()["id"]
    lead = add_leads(runtime, org_a.org_id, ["a-lead@a.example"])[0]
    api_a.post(f"/api/v1/campaigns/{cid}/recipients", json={"lead_ids": [lead]})
    rid = api_a.get(f"/api/v1/campaigns/{cid}/recipients").json()["items"][0]["id"]
    list_id = api_a.post("/api/v1/lists", json={"name": "A list"}).json()["id"]
    entry = api_a.post("/api/v1/suppressions", json={"email": "x@a.example", "reason": "manual"})
    job = api_a.post(
        "/api/v1/leads/import",
        files={"file": ("a.csv", b"email,first_name\nimp@a.example,Imp\nbad,Bad\n", "text/csv")},
    )
    return {
        "campaign_id": cid,
        "template_id": tpl,
        "mailbox_id": box,
        "recipient_id": rid,
        "lead_id": lead,
        "list_id": list_id,
        "entry_id": entry.json()["id"],
        "job_id": job.json()["id"],
    }


def _snapshot(api_a: TestClient, ids: dict[str, int]) -> list[Any]:
    return [
        api_a.get(f"/api/v1/campaigns/{ids['campaign_id']}").json(),
        api_a.get(f"/api/v1/templates/{ids['template_id']}").json(),
        api_a.get(f"/api/v1/mailboxes/{ids['mailbox_id']}").json(),
        api_a.get(f"/api/v1/campaigns/{ids['campaign_id']}/recipients").json(),
        api_a.get(f"/api/v1/leads/{ids['lead_id']}").json(),
        api_a.get(f"/api/v1/lists/{ids['list_id']}").json(),
        api_a.get("/api/v1/suppressions").json(),
        api_a.get(f"/api/v1/imports/{ids['job_id']}").json(),
    ]


def test_other_org_gets_404_on_every_id_endpoint(
    client: TestClient, runtime: Runtime, org: OrgFixture, other_org: OrgFixture
) -> None:
    api_a = TestClient(client.app, headers=org.headers)
    ids = _seed_org_a(api_a, runtime, org)
    before = _snapshot(api_a, ids)
    spec = client.get("/api/openapi.json").json()
    checked = 0
    for path, methods in spec["paths"].items():
        params = re.findall(r"{(\w+)}", path)
        if not params or path in PUBLIC_PATHS:
            continue
        unknown = [p for p in params if p not in ids]
        assert not unknown, f"add {unknown} of {path} to the isolation test"
        url = "/api" + path.format(**ids)
        for method in methods:
            body = BODIES.get(path.rstrip("/").rsplit("/", 1)[-1], {"name": "hijack"})
            resp = client.request(
                method.upper(),
                url,
                headers=other_org.headers,
                json=body if method != "get" else None,
            )
            assert resp.status_code == 404, (
                f"{method.upper()} {path}: {resp.status_code} {resp.text}"
            )
            checked += 1
    assert checked >= 10
    assert _snapshot(api_a, ids) == before


def test_lists_show_only_own_rows(
    client: TestClient, runtime: Runtime, org: OrgFixture, other_org: OrgFixture
) -> None:
    api_a = TestClient(client.app, headers=org.headers)
    _seed_org_a(api_a, runtime, org)
    spec = client.get("/api/openapi.json").json()
    for path, methods in spec["paths"].items():
        if "{" in path or "get" not in methods:
            continue
        resp = client.get("/api" + path, headers=other_org.headers)
        assert "a.example" not in resp.text, path
        if resp.headers.get("content-type", "").startswith("application/json"):
            body = resp.json()
            if resp.status_code == 200 and isinstance(body, dict) and "items" in body:
                assert body["items"] == [], path


def test_roles_limit_actions(client: TestClient, runtime: Runtime, org: OrgFixture) -> None:
    from outreach.db.uow import unit_of_work
    from outreach.tenancy import service as tenancy

    with unit_of_work(runtime.session_factory) as session:
        organization = tenancy.get_organization_by_name(session, org.name)
        _k, viewer_key = tenancy.create_api_key(session, org=organization, role="viewer")
        _k, member_key = tenancy.create_api_key(session, org=organization, role="member")
    viewer = {"Authorization": f"Bearer {viewer_key}"}
    member = {"Authorization": f"Bearer {member_key}"}
    resp = client.post("/api/v1/templates", json=TEMPLATE, headers=viewer)
    assert resp.status_code == 403
    assert client.get("/api/v1/templates", headers=viewer).status_code == 200
    tpl = client.post("/api/v1/templates", json=TEMPLATE, headers=member).json()["id"]
    # Mailboxes hold credentials: admin only.
    assert client.post("/api/v1/mailboxes", json=MAILBOX, headers=member).status_code == 403
    box = client.post("/api/v1/mailboxes", json=MAILBOX, headers=org.headers).json()["id"]
    cid = client.post(
        "/api/v1/campaigns",
        json={"name": "m", "template_id": tpl, "mailbox_ids": [box]},
        headers=member,
    ).json()["id"]
    lead = add_leads(runtime, org.org_id, ["r@r.example"])
    client.post(f"/api/v1/campaigns/{cid}/recipients", json={"lead_ids": lead}, headers=member)
    # Sending is a separate right from editing.
    assert client.post(f"/api/v1/campaigns/{cid}/launch", headers=member).status_code == 403
    assert client.post(f"/api/v1/campaigns/{cid}/launch", headers=org.headers).status_code == 200


def test_gdpr_and_audiences_do_not_cross_orgs(
    client: TestClient, runtime: Runtime, org: OrgFixture, other_org: OrgFixture
) -> None:
    api_a = TestClient(client.app, headers=org.headers)
    ids = _seed_org_a(api_a, runtime, org)
    before = _snapshot(api_a, ids)
    exported = client.get(
        "/api/v1/gdpr/export", params={"email": "a-lead@a.example"}, headers=other_org.headers
    )
    assert exported.status_code in (200, 404)
    assert "a-lead@a.example" not in str(exported.json().get("lead") or "")
    client.post("/api/v1/gdpr/erase", json={"email": "a-lead@a.example"}, headers=other_org.headers)
    preview = client.post(
        "/api/v1/audiences/preview", json={"lists": [ids["list_id"]]}, headers=other_org.headers
    )
    assert preview.status_code in (404, 422)
    assert _snapshot(api_a, ids) == before
