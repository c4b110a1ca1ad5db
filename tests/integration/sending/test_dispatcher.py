"""The dispatcher against a real database and a real aiosmtpd server."""

from __future__ import annotations

import re
import threading
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from outreach.campaigns import launch
from outreach.db.models import Campaign, CampaignRecipient, Event, Lead, Message, Template
from outreach.db.runtime import Runtime
from outreach.db.uow import unit_of_work
from outreach.sending.dispatcher import dispatch_batch
from outreach.sending.transport import SMTPTransport
from outreach.suppression.service import suppress_email
from outreach.tenancy.auth import AuthContext
from tests.conftest import BACKEND, OrgFixture
from tests.support.seed import NOW, seed_campaign
from tests.support.smtp import SmtpServer


def _dispatch(runtime: Runtime, *, now=NOW, batch_size: int = 100) -> int:  # type: ignore[no-untyped-def]
    return dispatch_batch(
        runtime.session_factory,
        now=now,
        transport_factory=SMTPTransport,
        secret_key=runtime.secret_key,
        base_url="http://testserver",
        batch_size=batch_size,
    )


def _drain(runtime: Runtime, **kw: object) -> int:
    total = 0
    while n := _dispatch(runtime, **kw):  # type: ignore[arg-type]
        total += n
    return total


def _messages(runtime: Runtime, campaign_id: int) -> list[Message]:
    with unit_of_work(runtime.session_factory) as session:
        return list(
            session.scalars(
                select(Message).where(Message.campaign_id == campaign_id).order_by(Message.id)
            )
        )


def test_sends_personalised_tracked_messages_and_records_them(
    runtime: Runtime, org: OrgFixture, smtp: SmtpServer
) -> None:
    emails = [f"lead{i}@example.com" for i in range(5)]
    seeded = seed_campaign(runtime, org.org_id, smtp_port=smtp.port, emails=emails)
    assert _drain(runtime, batch_size=2) == 5
    assert sorted(r.rcpt_tos[0] for r in smtp.capture.received) == emails
    rows = _messages(runtime, seeded.campaign_id)
    assert {m.status for m in rows} == {"sent"}
    for m in rows:
        got = smtp.capture.to(m.to_email)
        assert len(got) == 1
        msg = got[0].message
        assert msg["Message-ID"] == m.message_id
        assert msg["Subject"] == m.subject and m.subject.startswith("Hello Lead")
        assert msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        assert "http://testserver/u/" in msg["List-Unsubscribe"]
        html = msg.get_body(("html",)).get_content()  # type: ignore[union-attr]
        assert "example.org" not in html and "/t/o/" in html
        assert len(re.findall(r"/t/c/", html)) == 2
        assert m.links == ["https://example.org/offer?a=1&b=2", "https://example.org/about"]
        assert got[0].mail_from == "sender@sender.example"
    with unit_of_work(runtime.session_factory) as session:
        assert session.get(Campaign, seeded.campaign_id).status == "completed"  # type: ignore[union-attr]
        sent_events = session.scalars(select(Event).where(Event.kind == "sent")).all()
        assert len(sent_events) == 5
        leads = session.scalars(select(Lead).where(Lead.org_id == org.org_id)).all()
        assert all(lead.last_emailed_at == NOW for lead in leads)
        statuses = session.scalars(select(CampaignRecipient.status)).all()
        assert set(statuses) == {"sent"}


def test_suppression_wins_even_when_already_queued(
    runtime: Runtime, org: OrgFixture, smtp: SmtpServer
) -> None:
    seeded = seed_campaign(
        runtime,
        org.org_id,
        smtp_port=smtp.port,
        emails=["keep@example.com", "gone@example.com", "x@blocked.example"],
    )
    with unit_of_work(runtime.session_factory) as session:
        suppress_email(
            session,
            org_id=org.org_id,
            email="GONE@example.com",
            reason="unsubscribed",
            source="test",
            now=NOW,
        )
        from outreach.db.models import Suppression
        from outreach.kit.crypto import sha256_hex

        session.add(
            Suppression(
                org_id=org.org_id,
                kind="domain",
                value="blocked.example",
                value_hash=sha256_hex("blocked.example"),
                reason="manual",
            )
        )
    _drain(runtime)
    assert [r.rcpt_tos for r in smtp.capture.received] == [["keep@example.com"]]
    by_email = {m.to_email: m.status for m in _messages(runtime, seeded.campaign_id)}
    assert by_email == {
        "keep@example.com": "sent",
        "gone@example.com": "suppressed",
        "x@blocked.example": "suppressed",
    }


def test_render_failure_is_isolated_to_its_message(
    runtime: Runtime, org: OrgFixture, smtp: SmtpServer
) -> None:
    seeded = seed_campaign(
        runtime, org.org_id, smtp_port=smtp.port, emails=["a@example.com", "b@example.com"]
    )
    with unit_of_work(runtime.session_factory) as session:
        # A lead's data changes after launch so that rendering now fails for it only.
        session.execute(
            update(Template)
            .where(Template.id == seeded.template_id)
            .values(subject="Hi {{ first_name }} {{ 1 / (company|length) }}")
        )
        session.execute(update(Lead).where(Lead.email == "b@example.com").values(company="Acme"))
        session.execute(update(Lead).where(Lead.email == "a@example.com").values(company=""))
    _drain(runtime)
    rows = {m.to_email: m for m in _messages(runtime, seeded.campaign_id)}
    assert rows["b@example.com"].status == "sent"
    assert rows["a@example.com"].status == "failed"
    assert "TEMPLATE" in (rows["a@example.com"].last_error or "")
    assert [r.rcpt_tos for r in smtp.capture.received] == [["b@example.com"]]


def test_permanent_refusal_fails_and_temporary_is_retried_with_backoff(
    runtime: Runtime, org: OrgFixture, smtp: SmtpServer
) -> None:
    smtp.capture.refuse = {
        "perm@example.com": "550 5.1.1 no such user",
        "temp@example.com": "451 4.3.0 try later",
    }
    seeded = seed_campaign(
        runtime,
        org.org_id,
        smtp_port=smtp.port,
        emails=["ok@example.com", "perm@example.com", "temp@example.com"],
    )
    _drain(runtime)
    rows = {m.to_email: m for m in _messages(runtime, seeded.campaign_id)}
    assert rows["ok@example.com"].status == "sent"
    assert rows["perm@example.com"].status == "failed"
    assert "550" in (rows["perm@example.com"].last_error or "")
    temp = rows["temp@example.com"]
    assert temp.status == "queued" and temp.send_after == NOW + timedelta(minutes=5)
    assert _dispatch(runtime) == 0  # not due yet
    smtp.capture.refuse = {}
    assert _dispatch(runtime, now=NOW + timedelta(minutes=6)) == 1
    assert _messages(runtime, seeded.campaign_id)[2].status == "sent"
    with unit_of_work(runtime.session_factory) as session:
        assert session.get(Campaign, seeded.campaign_id).status == "completed"  # type: ignore[union-attr]


def test_message_left_in_sending_after_a_crash_goes_to_review(
    runtime: Runtime, org: OrgFixture, smtp: SmtpServer
) -> None:
    seeded = seed_campaign(
        runtime, org.org_id, smtp_port=smtp.port, emails=["a@example.com", "b@example.com"]
    )
    with unit_of_work(runtime.session_factory) as session:
        first = session.scalars(select(Message).order_by(Message.id)).first()
        assert first is not None
        first.status, first.claimed_at = "sending", NOW - timedelta(hours=1)
    _drain(runtime)
    rows = {m.to_email: m for m in _messages(runtime, seeded.campaign_id)}
    assert rows["a@example.com"].status == "review"
    assert rows["b@example.com"].status == "sent"
    assert [r.rcpt_tos for r in smtp.capture.received] == [["b@example.com"]]


def test_paused_campaign_is_not_sent_until_resumed(
    runtime: Runtime, org: OrgFixture, smtp: SmtpServer
) -> None:
    seeded = seed_campaign(runtime, org.org_id, smtp_port=smtp.port, emails=["a@example.com"])
    auth = AuthContext(org_id=org.org_id, role="owner")
    with unit_of_work(runtime.session_factory) as session:
        launch.pause(session, auth, seeded.campaign_id)
    assert _dispatch(runtime) == 0
    assert smtp.capture.received == []
    with unit_of_work(runtime.session_factory) as session:
        launch.resume(session, auth, seeded.campaign_id, now=NOW)
    assert _dispatch(runtime) == 1
    assert len(smtp.capture.received) == 1


def test_future_messages_wait_and_other_org_data_is_not_mixed(
    runtime: Runtime, org: OrgFixture, other_org: OrgFixture, smtp: SmtpServer
) -> None:
    mine = seed_campaign(runtime, org.org_id, smtp_port=smtp.port, emails=["same@example.com"])
    theirs = seed_campaign(
        runtime, other_org.org_id, smtp_port=smtp.port, emails=["same@example.com"]
    )
    with unit_of_work(runtime.session_factory) as session:
        # Suppressed in the other organization only: ours must still go out.
        suppress_email(
            session,
            org_id=other_org.org_id,
            email="same@example.com",
            reason="unsubscribed",
            source="test",
            now=NOW,
        )
    assert _dispatch(runtime, now=NOW - timedelta(seconds=1)) == 0
    _drain(runtime)
    assert _messages(runtime, mine.campaign_id)[0].status == "sent"
    assert _messages(runtime, theirs.campaign_id)[0].status == "suppressed"


@pytest.mark.skipif(BACKEND != "postgres", reason="concurrent claims need PostgreSQL")
def test_two_racing_dispatchers_never_send_twice(
    runtime: Runtime, org: OrgFixture, smtp: SmtpServer
) -> None:
    emails = [f"r{i}@example.com" for i in range(120)]
    seeded = seed_campaign(runtime, org.org_id, smtp_port=smtp.port, emails=emails)
    counts: list[int] = []
    start = threading.Barrier(2)

    def worker() -> None:
        start.wait()
        counts.append(_drain(runtime, batch_size=7))

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(counts) == 120
    assert len(counts) == 2 and min(counts) > 0  # both really claimed batches
    delivered = sorted(r.rcpt_tos[0] for r in smtp.capture.received)
    assert delivered == sorted(emails)  # each exactly once
    assert {m.status for m in _messages(runtime, seeded.campaign_id)} == {"sent"}


def test_last_emailed_at_never_moves_back(
    runtime: Runtime, org: OrgFixture, smtp: SmtpServer
) -> None:
    later = NOW + timedelta(hours=1)
    seed_campaign(runtime, org.org_id, smtp_port=smtp.port, emails=["a@example.com", "b@ex.com"])
    with unit_of_work(runtime.session_factory) as session:
        # another worker already recorded a newer send to this lead
        session.execute(
            update(Lead).where(Lead.email == "a@example.com").values(last_emailed_at=later)
        )
    assert _drain(runtime, batch_size=10) == 2
    with unit_of_work(runtime.session_factory) as session:
        stamps = dict(session.execute(select(Lead.email, Lead.last_emailed_at)).tuples().all())
    assert stamps == {"a@example.com": later, "b@ex.com": NOW}
