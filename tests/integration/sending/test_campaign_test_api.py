"""POST /campaigns/{id}/test and GET /campaigns/{id}/messages, including org isolation."""

from __future__ import annotations

from starlette.testclient import TestClient

from outreach.db.runtime import Runtime
from outreach.sending.dispatcher import dispatch_batch
from outreach.sending.transport import SMTPTransport
from tests.conftest import OrgFixture
from tests.support.seed import NOW, seed_campaign
from tests.support.smtp import SmtpServer


def test_test_send_renders_step_one_for_a_lead_and_sends_now(
    runtime: Runtime, client: TestClient, org: OrgFixture, smtp: SmtpServer
) -> None:
    seeded = seed_campaign(
        runtime, org.org_id, smtp_port=smtp.port, emails=["l@example.com"], launch_now=False
    )
    resp = client.post(
        f"/api/v1/campaigns/{seeded.campaign_id}/test",
        headers=org.headers,
        json={"email": "me@example.com", "lead_id": seeded.lead_ids[0]},
    )
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body["sent"] is True and body["subject"] == "[TEST] Hello Lead0"
    got = smtp.capture.to("me@example.com")
    assert len(got) == 1
    msg = got[0].message
    assert msg["Message-ID"] == body["message_id"]
    html = str(msg.get_body(("html",)).get_content())  # type: ignore[union-attr]
    assert "Hi Lead0" in html and "https://example.org/offer" in html  # not tracked
    assert smtp.capture.to("l@example.com") == []


def test_test_send_errors_are_clear(
    runtime: Runtime, client: TestClient, org: OrgFixture, smtp: SmtpServer
) -> None:
    seeded = seed_campaign(
        runtime, org.org_id, smtp_port=smtp.port, emails=["l@example.com"], launch_now=False
    )
    url = f"/api/v1/campaigns/{seeded.campaign_id}/test"
    no_lead = client.post(url, headers=org.headers, json={"email": "me@example.com"})
    assert no_lead.status_code == 422
    assert no_lead.json()["error"]["code"] == "TEMPLATE_UNDEFINED_VARIABLE"
    bad = client.post(url, headers=org.headers, json={"email": "not-an-email"})
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "INVALID_EMAIL"
    smtp.capture.refuse = {"me@example.com": "550 5.1.1 nope"}
    refused = client.post(
        url, headers=org.headers, json={"email": "me@example.com", "lead_id": seeded.lead_ids[0]}
    )
    assert refused.status_code == 422
    assert refused.json()["error"]["code"] == "TEST_SEND_FAILED"
    assert smtp.capture.received == []


def test_other_org_cannot_test_send_or_read_messages(
    runtime: Runtime,
    client: TestClient,
    org: OrgFixture,
    other_org: OrgFixture,
    smtp: SmtpServer,
) -> None:
    seeded = seed_campaign(runtime, org.org_id, smtp_port=smtp.port, emails=["l@example.com"])
    dispatch_batch(
        runtime.session_factory,
        now=NOW,
        transport_factory=SMTPTransport,
        secret_key=runtime.secret_key,
        base_url="http://testserver",
        batch_size=10,
    )
    received_before = len(smtp.capture.received)
    cid = seeded.campaign_id
    resp = client.post(
        f"/api/v1/campaigns/{cid}/test",
        headers=other_org.headers,
        json={"email": "spy@example.com", "lead_id": seeded.lead_ids[0]},
    )
    assert resp.status_code == 404
    assert (
        client.get(f"/api/v1/campaigns/{cid}/messages", headers=other_org.headers).status_code
        == 404
    )
    assert len(smtp.capture.received) == received_before
    mine = client.get(f"/api/v1/campaigns/{cid}/messages", headers=org.headers)
    assert mine.status_code == 200
    items = mine.json()["items"]
    assert len(items) == 1 and items[0]["status"] == "sent"
    assert items[0]["message_id"] == smtp.capture.received[0].message["Message-ID"]
    assert (
        client.get(f"/api/v1/campaigns/{cid}/messages?status=queued", headers=org.headers).json()[
            "items"
        ]
        == []
    )
    assert (
        client.post(f"/api/v1/campaigns/{cid}/test", json={"email": "a@b.example"}).status_code
        == 401
    )


def test_test_send_needs_the_send_right(
    runtime: Runtime, client: TestClient, org: OrgFixture, smtp: SmtpServer
) -> None:
    from outreach.db.models import Organization
    from outreach.db.uow import unit_of_work
    from outreach.tenancy import service as tenancy

    seeded = seed_campaign(
        runtime, org.org_id, smtp_port=smtp.port, emails=["l@example.com"], launch_now=False
    )
    with unit_of_work(runtime.session_factory) as session:
        organization = session.get(Organization, org.org_id)
        assert organization is not None
        _key, member_key = tenancy.create_api_key(session, org=organization, role="member")
    resp = client.post(
        f"/api/v1/campaigns/{seeded.campaign_id}/test",
        headers={"Authorization": f"Bearer {member_key}"},
        json={"email": "me@example.com", "lead_id": seeded.lead_ids[0]},
    )
    assert resp.status_code == 403 and resp.json()["error"]["code"] == "FORBIDDEN"
    assert smtp.capture.received == []
    # Reading messages only needs "read".
    assert (
        client.get(
            f"/api/v1/campaigns/{seeded.campaign_id}/messages",
            headers={"Authorization": f"Bearer {member_key}"},
        ).status_code
        == 200
    )
