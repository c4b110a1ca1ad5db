"""The public edge: pixel, click redirect, unsubscribe page and RFC 8058 one-click."""

from __future__ import annotations

import re

from sqlalchemy import func, select
from starlette.testclient import TestClient

from outreach.db.models import CampaignRecipient, Event, Lead, Message, Suppression
from outreach.db.runtime import Runtime
from outreach.db.uow import unit_of_work
from outreach.sending.dispatcher import dispatch_batch
from outreach.sending.transport import SMTPTransport
from outreach.suppression.service import is_suppressed
from outreach.tracking.tokens import signers_for
from tests.conftest import OrgFixture
from tests.support.seed import NOW, seed_campaign
from tests.support.smtp import SmtpServer


def _send_one(runtime: Runtime, org: OrgFixture, smtp: SmtpServer) -> tuple[Message, str]:
    seed_campaign(runtime, org.org_id, smtp_port=smtp.port, emails=["reader@example.com"])
    dispatch_batch(
        runtime.session_factory,
        now=NOW,
        transport_factory=SMTPTransport,
        secret_key=runtime.secret_key,
        base_url="http://testserver",
        batch_size=10,
    )
    msg = smtp.capture.received[0].message
    html = str(msg.get_body(("html",)).get_content())  # type: ignore[union-attr]
    with unit_of_work(runtime.session_factory) as session:
        row = session.scalars(select(Message)).one()
    return row, html


def _count(runtime: Runtime, kind: str) -> int:
    with unit_of_work(runtime.session_factory) as session:
        return int(session.scalar(select(func.count()).where(Event.kind == kind)) or 0)


def _row(runtime: Runtime, message_id: int) -> Message:
    with unit_of_work(runtime.session_factory) as session:
        row = session.get(Message, message_id)
        assert row is not None
        return row


def test_open_pixel_records_an_open_once_per_message(
    runtime: Runtime, client: TestClient, org: OrgFixture, smtp: SmtpServer
) -> None:
    message, html = _send_one(runtime, org, smtp)
    pixel = re.search(r'src="http://testserver(/t/o/[^"]+\.gif)"', html).group(1)  # type: ignore[union-attr]
    for _ in range(2):
        resp = client.get(pixel, headers={"User-Agent": "Mail/1.0"})
        assert resp.status_code == 200
        assert resp.headers["content-type"] == "image/gif"
        assert len(resp.content) == 43
        assert "no-store" in resp.headers["cache-control"]
    client.app.state.events.flush()  # type: ignore[attr-defined]
    assert _count(runtime, "open") == 2
    first = _row(runtime, message.id).opened_at
    assert first is not None
    client.get(pixel)
    client.app.state.events.flush()  # type: ignore[attr-defined]
    assert _row(runtime, message.id).opened_at == first


def test_click_redirects_only_to_the_messages_own_links(
    runtime: Runtime, client: TestClient, org: OrgFixture, smtp: SmtpServer
) -> None:
    message, html = _send_one(runtime, org, smtp)
    links = re.findall(r'href="http://testserver(/t/c/[^"]+)"', html)
    assert len(links) == 2
    resp = client.get(links[0], follow_redirects=False)
    assert resp.status_code == 302
    assert resp.headers["location"] == "https://example.org/offer?a=1&b=2"
    resp = client.get(links[1], follow_redirects=False)
    assert resp.headers["location"] == "https://example.org/about"
    client.app.state.events.flush()  # type: ignore[attr-defined]
    assert _count(runtime, "click") == 2
    assert _row(runtime, message.id).clicked_at is not None
    # A validly signed token for a link index the message does not have: no redirect.
    signers = signers_for(runtime.secret_key)
    resp = client.get(f"/t/c/{signers.click.sign(message.id, 9)}", follow_redirects=False)
    assert resp.status_code == 404 and "location" not in resp.headers


def test_forged_and_tampered_tokens_get_404_and_change_nothing(
    runtime: Runtime, client: TestClient, org: OrgFixture, smtp: SmtpServer
) -> None:
    message, html = _send_one(runtime, org, smtp)
    good = re.findall(r'href="http://testserver/t/c/([^"]+)"', html)[0]
    payload, sig = good.split(".")
    tampered = f"{payload}.{sig[::-1]}"
    other_key = signers_for("attacker-key").click.sign(message.id, 0)
    for token in (tampered, other_key, "garbage", "a.b.c"):
        resp = client.get(f"/t/c/{token}", follow_redirects=False)
        assert resp.status_code == 404
        assert "location" not in resp.headers
        assert "not valid" in resp.text
    evil = client.get("/t/c/https%3A%2F%2Fevil.example", follow_redirects=False)
    assert evil.status_code == 404 and "location" not in evil.headers
    assert client.get("/t/o/forged.sig.gif").status_code == 404
    for token in ("forged.sig", signers_for(runtime.secret_key).open.sign(message.id)):
        assert client.get(f"/u/{token}").status_code == 404
        assert client.post(f"/u/{token}", content=b"List-Unsubscribe=One-Click").status_code == 404
    client.app.state.events.flush()  # type: ignore[attr-defined]
    assert _count(runtime, "click") == 0 and _count(runtime, "open") == 0
    with unit_of_work(runtime.session_factory) as session:
        assert session.scalar(select(func.count()).select_from(Suppression)) == 0


def test_unsubscribe_page_asks_and_one_click_post_suppresses(
    runtime: Runtime, client: TestClient, org: OrgFixture, smtp: SmtpServer
) -> None:
    message, _html = _send_one(runtime, org, smtp)
    header = smtp.capture.received[0].message["List-Unsubscribe"]
    url = re.search(r"<http://testserver(/u/[^>]+)>", header).group(1)  # type: ignore[union-attr]
    page = client.get(url)
    assert page.status_code == 200 and 'method="post"' in page.text
    with unit_of_work(runtime.session_factory) as session:
        assert not is_suppressed(session, org_id=org.org_id, email="reader@example.com")
    resp = client.post(
        url,
        content=b"List-Unsubscribe=One-Click",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert resp.status_code == 200 and "unsubscribed" in resp.text
    assert client.post(url, content=b"List-Unsubscribe=One-Click").status_code == 200
    with unit_of_work(runtime.session_factory) as session:
        assert is_suppressed(session, org_id=org.org_id, email="reader@example.com")
        lead = session.scalars(select(Lead)).one()
        assert lead.status == "unsubscribed"
        recipient = session.get(CampaignRecipient, message.recipient_id)
        assert recipient is not None and recipient.status == "unsubscribed"
        events = session.scalars(select(Event).where(Event.kind == "unsubscribe")).all()
        assert len(events) == 1 and events[0].data == {"source": "one_click"}
