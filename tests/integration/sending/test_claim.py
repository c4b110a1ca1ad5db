"""The claim on a real database: honours LIMIT, skips paused campaigns and future rows."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, update

from outreach.db.claim import claim_due_messages, release_stale
from outreach.db.models import Campaign, Message
from outreach.db.runtime import Runtime
from outreach.db.uow import unit_of_work
from tests.conftest import OrgFixture
from tests.support.seed import NOW, seed_campaign


def test_claim_takes_at_most_limit_due_rows_in_order(runtime: Runtime, org: OrgFixture) -> None:
    seed_campaign(
        runtime, org.org_id, smtp_port=2525, emails=[f"c{i}@example.com" for i in range(12)]
    )
    with unit_of_work(runtime.session_factory) as session:
        first = session.scalars(select(Message.id).order_by(Message.id)).all()
        session.execute(
            update(Message)
            .where(Message.id == first[0])
            .values(send_after=NOW + timedelta(hours=1))
        )
    with unit_of_work(runtime.session_factory) as session:
        ids = claim_due_messages(session, now=NOW, limit=5)
    assert ids == first[1:6]
    with unit_of_work(runtime.session_factory) as session:
        assert claim_due_messages(session, now=NOW, limit=100) == first[6:]
        assert claim_due_messages(session, now=NOW, limit=100) == []
        rows = session.scalars(select(Message).where(Message.id.in_(first[1:]))).all()
        assert {(m.status, m.attempts, m.claimed_at) for m in rows} == {("sending", 1, NOW)}


def test_claim_ignores_campaigns_that_are_not_running(runtime: Runtime, org: OrgFixture) -> None:
    seeded = seed_campaign(runtime, org.org_id, smtp_port=2525, emails=["p@example.com"])
    with unit_of_work(runtime.session_factory) as session:
        session.execute(
            update(Campaign).where(Campaign.id == seeded.campaign_id).values(status="paused")
        )
    with unit_of_work(runtime.session_factory) as session:
        assert claim_due_messages(session, now=NOW, limit=10) == []


def test_release_stale_only_touches_old_sending_rows(runtime: Runtime, org: OrgFixture) -> None:
    seed_campaign(runtime, org.org_id, smtp_port=2525, emails=["a@example.com", "b@example.com"])
    with unit_of_work(runtime.session_factory) as session:
        old, fresh = session.scalars(select(Message).order_by(Message.id)).all()
        old.status, old.claimed_at = "sending", NOW - timedelta(hours=2)
        fresh.status, fresh.claimed_at = "sending", NOW
    with unit_of_work(runtime.session_factory) as session:
        assert release_stale(session, older_than=NOW - timedelta(minutes=15)) == 1
        statuses = session.scalars(select(Message.status).order_by(Message.id)).all()
    assert statuses == ["review", "sending"]
