"""Audience preview and saving (seed 002 filters), the same on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, update
from starlette.testclient import TestClient

from outreach.db.models import CampaignStep, Lead, Message
from outreach.db.runtime import Runtime
from outreach.db.uow import unit_of_work
from outreach.kit.clock import utcnow
from tests.conftest import OrgFixture
from tests.integration.helpers import MAILBOX


def _lead(api: TestClient, email: str, **extra: object) -> int:
    resp = api.post("/api/v1/leads", json={"email": email, **extra})
    assert resp.status_code == 201, resp.text
    return int(resp.json()["id"])


def _campaign(api: TestClient, name: str = "C") -> int:
    tpl = api.post(
        "/api/v1/templates", json={"name": f"t-{name}", "subject": "Hi", "text": "Hello"}
    ).json()
    assert "id" in tpl, tpl
    resp = api.post("/api/v1/campaigns", json={"name": name, "template_id": tpl["id"]})
    assert resp.status_code == 201, resp.text
    return int(resp.json()["id"])


def _set(runtime: Runtime, lead_id: int, **values: object) -> None:
    with unit_of_work(runtime.session_factory) as session:
        session.execute(update(Lead).where(Lead.id == lead_id).values(**values))


def _world(api: TestClient, runtime: Runtime) -> dict[str, int]:
    ids = {
        "ok": _lead(api, "ok@alpha.com", company="Alpha", vars={"pain": "seo"}),
        "no_var": _lead(api, "novar@beta.com", company="Beta"),
        "same_domain": _lead(api, "second@alpha.com", company="Alpha", vars={"pain": "x"}),
        "free": _lead(api, "me@gmail.com", company="Solo", vars={"pain": "y"}),
        "free2": _lead(api, "you@gmail.com", company="Duo", vars={"pain": "z"}),
        "unsub": _lead(api, "u@gamma.com", company="G", vars={"pain": "p"}),
        "stopped": _lead(api, "s@delta.com", company="D", vars={"pain": "p"}),
        "recent": _lead(api, "r@eps.com", company="E", vars={"pain": "p"}),
        "msg_recent": _lead(api, "m@zeta.com", company="Z", vars={"pain": "p"}),
        "excluded": _lead(api, "x@eta.com", company="H", vars={"pain": "p"}),
        "in_other": _lead(api, "o@theta.com", company="T", vars={"pain": "p"}),
        "deleted": _lead(api, "d@iota.com", company="I", vars={"pain": "p"}),
        "outside": _lead(api, "out@kappa.com", company="K", vars={"pain": "p"}),
    }
    target = api.post("/api/v1/lists", json={"name": "Target"}).json()["id"]
    block = api.post("/api/v1/lists", json={"name": "Block"}).json()["id"]
    members = [v for k, v in ids.items() if k != "outside"]
    api.post(f"/api/v1/lists/{target}/leads", json={"lead_ids": members})
    api.post(f"/api/v1/lists/{block}/leads", json={"lead_ids": [ids["excluded"]]})
    api.post("/api/v1/suppressions", json={"email": "u@gamma.com", "reason": "unsubscribed"})
    api.patch(f"/api/v1/leads/{ids['stopped']}", json={"stopped": True})
    api.delete(f"/api/v1/leads/{ids['deleted']}")
    _set(runtime, ids["recent"], last_emailed_at=utcnow() - timedelta(days=3))
    _set(runtime, ids["ok"], last_emailed_at=utcnow() - timedelta(days=30))
    other = _campaign(api, "other")
    api.post(f"/api/v1/campaigns/{other}/recipients", json={"lead_ids": [ids["in_other"]]})
    api.post(f"/api/v1/campaigns/{other}/recipients", json={"lead_ids": [ids["msg_recent"]]})
    recipient = api.get(f"/api/v1/campaigns/{other}/recipients").json()["items"]
    rid = next(r["id"] for r in recipient if r["lead_id"] == ids["msg_recent"])
    sent_at = utcnow() - timedelta(days=1)
    with unit_of_work(runtime.session_factory) as session:
        step = session.scalar(select(CampaignStep).where(CampaignStep.campaign_id == other))
        assert step is not None
        session.add(
            Message(
                org_id=step.org_id,
                campaign_id=other,
                recipient_id=rid,
                step_id=step.id,
                lead_id=ids["msg_recent"],
                to_email="m@zeta.com",
                status="sent",
                sent_at=sent_at,
            )
        )
    # as the send path does in the same transaction (sending/outcomes.py, ADR 0012)
    _set(runtime, ids["msg_recent"], last_emailed_at=sent_at)
    return {**ids, "target": target, "block": block, "other": other}


def test_preview_counts_each_lead_under_its_first_reason(api: TestClient, runtime: Runtime) -> None:
    w = _world(api, runtime)
    body = {
        "lists": ["Target"],
        "exclude_lists": [w["block"]],
        "require_vars": ["pain", "company"],
        "exclude_suppressed": True,
        "exclude_recent_days": 14,
        "one_per_domain": True,
        "exclude_campaigns": [w["other"]],
    }
    resp = api.post("/api/v1/audiences/preview", json=body)
    assert resp.status_code == 200, resp.text
    result = resp.json()
    assert result["total"] == 11  # 12 in the list, one soft-deleted
    assert result["excluded"] == {
        "excluded_list": 1,
        "unsubscribed": 1,
        "bounced": 0,
        "suppressed": 0,
        "stopped": 1,
        "in_campaign": 2,  # in_other and msg_recent: in_campaign comes before recently_emailed
        "recently_emailed": 1,
        "missing_vars": 1,
        "duplicate_domain": 1,
    }
    assert result["included"] == 3
    assert {s["email"] for s in result["sample"]} == {
        "ok@alpha.com",
        "me@gmail.com",
        "you@gmail.com",
    }
    # without the campaign exclusion, the recent message is what excludes msg_recent
    result = api.post("/api/v1/audiences/preview", json={**body, "exclude_campaigns": []}).json()
    assert result["excluded"]["in_campaign"] == 0
    assert result["excluded"]["recently_emailed"] == 2
    assert result["included"] == 4


def test_preview_without_filters_and_with_unknown_things(api: TestClient) -> None:
    _lead(api, "a@a.com")
    _lead(api, "b@b.com")
    result = api.post("/api/v1/audiences/preview", json={}).json()
    assert (result["total"], result["included"]) == (2, 2)
    nobody = api.post("/api/v1/audiences/preview", json={"require_vars": ["favourite_colour"]})
    assert nobody.status_code == 200
    assert nobody.json()["included"] == 0
    assert nobody.json()["excluded"]["missing_vars"] == 2
    unknown = api.post("/api/v1/audiences/preview", json={"lists": ["Nope", 999999]})
    assert unknown.status_code == 404
    assert unknown.json()["error"]["code"] == "LIST_NOT_FOUND"
    assert unknown.json()["error"]["details"] == ["Nope", 999999]
    bad = api.post("/api/v1/audiences/preview", json={"exclude_campaigns": [424242]})
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "CAMPAIGN_NOT_FOUND"


def test_save_snapshots_and_enrolls_in_bulk(api: TestClient, runtime: Runtime) -> None:
    ids = [_lead(api, f"p{i}@c{i}.com", vars={"pain": "x"}) for i in range(5)]
    _lead(api, "novar@c9.com")
    campaign = _campaign(api)
    api.post(f"/api/v1/campaigns/{campaign}/recipients", json={"lead_ids": [ids[0]]})
    resp = api.post(f"/api/v1/campaigns/{campaign}/audience", json={"require_vars": ["pain"]})
    assert resp.status_code == 201, resp.text
    saved = resp.json()
    assert (saved["total"], saved["included"], saved["enrolled"]) == (6, 5, 4)
    assert saved["excluded"]["missing_vars"] == 1
    recipients = api.get(f"/api/v1/campaigns/{campaign}/recipients").json()["items"]
    assert sorted(r["lead_id"] for r in recipients) == ids
    again = api.post(f"/api/v1/campaigns/{campaign}/audience", json={"require_vars": ["pain"]})
    assert again.json()["enrolled"] == 0


def test_audiences_are_isolated(client: TestClient, org: OrgFixture, other_org: OrgFixture) -> None:
    client.post("/api/v1/leads", json={"email": "a@a.com"}, headers=org.headers)
    mine = client.post("/api/v1/lists", json={"name": "Mine"}, headers=org.headers).json()
    h = other_org.headers
    assert client.post("/api/v1/audiences/preview", json={}, headers=h).json()["total"] == 0
    resp = client.post("/api/v1/audiences/preview", json={"lists": [mine["id"]]}, headers=h)
    assert resp.status_code == 404
    resp = client.post("/api/v1/audiences/preview", json={"lists": ["Mine"]}, headers=h)
    assert resp.status_code == 404
    tpl = client.post(
        "/api/v1/templates", json={"name": "t", "subject": "s", "text": "x"}, headers=org.headers
    )
    camp = client.post(
        "/api/v1/campaigns",
        json={"name": "c", "template_id": tpl.json()["id"]},
        headers=org.headers,
    ).json()
    assert (
        client.post(f"/api/v1/campaigns/{camp['id']}/audience", json={}, headers=h).status_code
        == 404
    )


def test_audience_saved_on_a_running_campaign_is_queued(api: TestClient, runtime: Runtime) -> None:
    first = _lead(api, "first@run1.com", first_name="First")
    campaign = _campaign(api)
    box = api.post("/api/v1/mailboxes", json=MAILBOX).json()["id"]
    api.put(f"/api/v1/campaigns/{campaign}", json={"mailbox_ids": [box]})
    api.post(f"/api/v1/campaigns/{campaign}/recipients", json={"lead_ids": [first]})
    launched = api.post(f"/api/v1/campaigns/{campaign}/launch")
    assert launched.status_code == 200, launched.text
    _lead(api, "late@run2.com", first_name="Late")
    resp = api.post(f"/api/v1/campaigns/{campaign}/audience", json={"exclude_recent_days": None})
    assert resp.status_code == 201, resp.text
    assert (resp.json()["enrolled"], resp.json()["queued"]) == (1, 1)
    with runtime.session_factory() as session:
        queued = session.scalars(
            select(Message.to_email).where(Message.campaign_id == campaign)
        ).all()
    assert sorted(queued) == ["first@run1.com", "late@run2.com"]
