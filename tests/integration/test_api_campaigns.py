"""Campaign API: CRUD, recipients, status machine, stats and bad input."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from starlette.testclient import TestClient

from outreach.db.models import Mailbox, Message
from outreach.db.runtime import Runtime
from tests.conftest import OrgFixture
from tests.integration.helpers import MAILBOX, TEMPLATE, add_leads


def _setup(api: TestClient) -> tuple[int, int]:
    tpl = api.post("/api/v1/templates", json=TEMPLATE)
    assert tpl.status_code == 201, tpl.text
    box = api.post("/api/v1/mailboxes", json=MAILBOX)
    assert box.status_code == 201, box.text
    return tpl.json()["id"], box.json()["id"]


def _campaign(api: TestClient, **extra: Any) -> dict[str, Any]:
    tpl_id, box_id = _setup(api)
    body = {"name": "Q1 outreach", "template_id": tpl_id, "mailbox_ids": [box_id], **extra}
    resp = api.post("/api/v1/campaigns", json=body)
    assert resp.status_code == 201, resp.text
    return dict(resp.json())


def test_create_get_update_list_delete(api: TestClient) -> None:
    created = _campaign(api)
    assert created["status"] == "draft"
    assert len(created["mailbox_ids"]) == 1
    cid = created["id"]
    assert api.get(f"/api/v1/campaigns/{cid}").json()["name"] == "Q1 outreach"
    updated = api.put(f"/api/v1/campaigns/{cid}", json={"name": "Renamed"})
    assert updated.json()["name"] == "Renamed"
    listing = api.get("/api/v1/campaigns").json()
    assert [c["id"] for c in listing["items"]] == [cid]
    assert listing["next_cursor"] is None
    assert api.delete(f"/api/v1/campaigns/{cid}").status_code == 200
    assert api.get(f"/api/v1/campaigns/{cid}").status_code == 404


def test_keyset_pagination(api: TestClient) -> None:
    tpl_id, _box_id = _setup(api)
    for i in range(5):
        api.post("/api/v1/campaigns", json={"name": f"c{i}", "template_id": tpl_id})
    seen: list[str] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 2}
        if cursor:
            params["cursor"] = cursor
        page = api.get("/api/v1/campaigns", params=params).json()
        seen += [c["name"] for c in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert seen == [f"c{i}" for i in range(5)]
    assert api.get("/api/v1/campaigns", params={"cursor": "!!bad"}).json()["error"]["code"] == (
        "INVALID_CURSOR"
    )


def test_recipients_launch_pause_resume(api: TestClient, runtime: Runtime, org: OrgFixture) -> None:
    cid = _campaign(api)["id"]
    lead_ids = add_leads(runtime, org.org_id, ["ann@a.example", "bob@b.example"])
    added = api.post(f"/api/v1/campaigns/{cid}/recipients", json={"lead_ids": [*lead_ids, 999999]})
    assert added.json() == {"added": 2, "already_present": 0, "not_found": [999999]}
    again = api.post(f"/api/v1/campaigns/{cid}/recipients", json={"lead_ids": lead_ids})
    assert again.json()["already_present"] == 2
    recipients = api.get(f"/api/v1/campaigns/{cid}/recipients").json()["items"]
    assert {r["email"] for r in recipients} == {"ann@a.example", "bob@b.example"}

    launched = api.post(f"/api/v1/campaigns/{cid}/launch")
    assert launched.status_code == 200, launched.text
    assert launched.json() == {"status": "running", "queued": 2}
    again = api.post(f"/api/v1/campaigns/{cid}/launch")
    assert again.status_code == 409
    assert again.json()["error"]["code"] == "CAMPAIGN_ALREADY_ACTIVE"
    assert api.post(f"/api/v1/campaigns/{cid}/pause").json()["status"] == "paused"
    assert api.post(f"/api/v1/campaigns/{cid}/pause").status_code == 409
    assert api.post(f"/api/v1/campaigns/{cid}/resume").json()["status"] == "running"
    with runtime.session_factory() as session:
        msgs = session.scalars(select(Message).where(Message.campaign_id == cid)).all()
    assert len(msgs) == 2
    assert {m.status for m in msgs} == {"queued"}
    stats = api.get(f"/api/v1/campaigns/{cid}/stats").json()
    assert stats["total_recipients"] == 2
    assert stats["emails_sent"] == 0
    for key in (
        "emails_opened",
        "emails_clicked",
        "emails_replied",
        "emails_bounced",
        "open_rate",
        "click_rate",
        "reply_rate",
        "bounce_rate",
    ):
        assert key in stats


def test_remove_recipient(api: TestClient, runtime: Runtime, org: OrgFixture) -> None:
    cid = _campaign(api)["id"]
    lead_ids = add_leads(runtime, org.org_id, ["x@x.example"])
    api.post(f"/api/v1/campaigns/{cid}/recipients", json={"lead_ids": lead_ids})
    rid = api.get(f"/api/v1/campaigns/{cid}/recipients").json()["items"][0]["id"]
    assert api.delete(f"/api/v1/campaigns/{cid}/recipients/{rid}").status_code == 200
    assert api.get(f"/api/v1/campaigns/{cid}/recipients").json()["items"] == []
    assert api.delete(f"/api/v1/campaigns/{cid}/recipients/{rid}").status_code == 404


def test_launch_with_no_recipients_is_rejected(api: TestClient) -> None:
    cid = _campaign(api)["id"]
    resp = api.post(f"/api/v1/campaigns/{cid}/launch")
    assert resp.status_code == 422
    assert resp.json()["error"]["code"] == "CAMPAIGN_NO_CONTACTS"
    assert api.get(f"/api/v1/campaigns/{cid}").json()["status"] == "draft"


def test_launch_names_leads_missing_variables(
    api: TestClient, runtime: Runtime, org: OrgFixture
) -> None:
    tpl = api.post("/api/v1/templates", json={**TEMPLATE, "subject": "Hi {{ nickname }}"}).json()
    box = api.post("/api/v1/mailboxes", json=MAILBOX).json()
    cid = api.post(
        "/api/v1/campaigns",
        json={"name": "c", "template_id": tpl["id"], "mailbox_ids": [box["id"]]},
    ).json()["id"]
    lead_ids = add_leads(runtime, org.org_id, ["nonick@a.example"])
    api.post(f"/api/v1/campaigns/{cid}/recipients", json={"lead_ids": lead_ids})
    resp = api.post(f"/api/v1/campaigns/{cid}/launch")
    assert resp.status_code == 422
    body = resp.json()["error"]
    assert body["code"] == "TEMPLATE_MISSING_VARIABLES"
    assert body["details"][0]["email"] == "nonick@a.example"
    assert body["details"][0]["missing"] == ["nickname"]
    assert api.get(f"/api/v1/campaigns/{cid}").json()["status"] == "draft"


def test_launch_allows_defaulted_variables(
    api: TestClient, runtime: Runtime, org: OrgFixture
) -> None:
    tpl = api.post(
        "/api/v1/templates", json={**TEMPLATE, "subject": "Hi {{ nickname | default('there') }}"}
    ).json()
    box = api.post("/api/v1/mailboxes", json=MAILBOX).json()
    cid = api.post(
        "/api/v1/campaigns",
        json={"name": "c", "template_id": tpl["id"], "mailbox_ids": [box["id"]]},
    ).json()["id"]
    api.post(
        f"/api/v1/campaigns/{cid}/recipients",
        json={"lead_ids": add_leads(runtime, org.org_id, ["d@a.example"])},
    )
    assert api.post(f"/api/v1/campaigns/{cid}/launch").status_code == 200


def test_validation_errors_name_the_field(api: TestClient) -> None:
    resp = api.post("/api/v1/campaigns", json={"name": "", "template_id": 1})
    assert resp.status_code == 422
    assert resp.json()["error"]["field"] == "name"
    resp = api.post("/api/v1/campaigns", json={"name": "x", "template_id": 424242})
    assert resp.status_code == 404
    assert resp.json()["error"]["code"] == "TEMPLATE_NOT_FOUND"
    tpl_id, _ = _setup(api)
    resp = api.post(
        "/api/v1/campaigns", json={"name": "x", "template_id": tpl_id, "mailbox_ids": [31337]}
    )
    assert resp.status_code == 422
    assert resp.json()["error"]["code"] == "MAILBOX_NOT_FOUND"


def test_template_syntax_error_is_rejected(api: TestClient) -> None:
    resp = api.post("/api/v1/templates", json={**TEMPLATE, "html": "<p>{{ first_name </p>"})
    assert resp.status_code == 422
    assert resp.json()["error"]["code"] == "TEMPLATE_SYNTAX_ERROR"
    assert resp.json()["error"]["field"] == "html"
    assert api.get("/api/v1/templates").json()["items"] == []


def test_template_preview_undefined_variable(api: TestClient) -> None:
    tpl_id = api.post("/api/v1/templates", json=TEMPLATE).json()["id"]
    ok = api.post(f"/api/v1/templates/{tpl_id}/preview", json={"context": {"first_name": "Ann"}})
    assert ok.json()["subject"] == "Hello Ann"
    bad = api.post(f"/api/v1/templates/{tpl_id}/preview", json={"context": {}})
    assert bad.status_code == 422
    assert bad.json()["error"]["code"] == "TEMPLATE_UNDEFINED_VARIABLE"


def test_template_sandbox_blocks_unsafe_access(api: TestClient) -> None:
    evil = {**TEMPLATE, "text": "{{ ''.__class__.__mro__[1].__subclasses__() }}"}
    tpl_id = api.post("/api/v1/templates", json=evil).json()["id"]
    resp = api.post(f"/api/v1/templates/{tpl_id}/preview", json={"context": {"first_name": "A"}})
    assert resp.status_code == 422
    assert resp.json()["error"]["code"] == "TEMPLATE_SECURITY"


def test_mailbox_password_is_encrypted_and_never_returned(
    api: TestClient, runtime: Runtime
) -> None:
    resp = api.post("/api/v1/mailboxes", json=MAILBOX)
    body = resp.json()
    assert "smtp_password" not in body
    assert body["has_password"] is True
    with runtime.session_factory() as session:
        box = session.get(Mailbox, body["id"])
        assert box is not None
        assert box.smtp_password_enc
        assert "s3cret-pass" not in box.smtp_password_enc
    bad = api.post("/api/v1/mailboxes", json={**MAILBOX, "from_email": "not-an-email"})
    assert bad.status_code == 422
    assert bad.json()["error"]["field"] == "from_email"
    bad = api.post("/api/v1/mailboxes", json={**MAILBOX, "smtp_security": "tls13"})
    assert bad.status_code == 422


def test_missing_or_wrong_api_key(client: TestClient) -> None:
    resp = client.get("/api/v1/campaigns")
    assert resp.status_code == 401
    assert resp.json()["error"]["code"] == "NO_API_KEY"
    resp = client.get("/api/v1/campaigns", headers={"Authorization": "Bearer ok_forged"})
    assert resp.status_code == 401
    assert resp.json()["error"]["code"] == "INVALID_API_KEY"


def test_openapi_docs_served(client: TestClient) -> None:
    assert client.get("/api/docs").status_code == 200
    spec = client.get("/api/openapi.json").json()
    assert "/v1/campaigns/{campaign_id}/launch" in spec["paths"]
