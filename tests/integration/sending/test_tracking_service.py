"""tracking.service on a real database: first-seen timestamps, unknown ids, batches."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from outreach.db.models import Event, Message
from outreach.db.runtime import Runtime
from outreach.db.uow import unit_of_work
from outreach.tracking.service import TrackedEvent, record_click, record_events, record_open
from tests.conftest import OrgFixture
from tests.support.seed import NOW, seed_campaign


def test_first_open_and_click_win_and_unknown_messages_are_ignored(
    runtime: Runtime, org: OrgFixture
) -> None:
    seeded = seed_campaign(runtime, org.org_id, smtp_port=2525, emails=["t@example.com"])
    with unit_of_work(runtime.session_factory) as session:
        message = session.scalars(select(Message)).one()
        later = NOW + timedelta(hours=1)
        record_events(
            session,
            [
                TrackedEvent("open", message.id, later, ip="10.0.0.1", user_agent="UA"),
                TrackedEvent("open", message.id, NOW, ip="10.0.0.2"),
                TrackedEvent("open", 999_999, NOW),  # no such message: nothing written
            ],
        )
        record_click(session, message_id=message.id, url="https://example.org/a", now=later)
        record_open(session, message_id=message.id, now=later + timedelta(hours=1))
    with unit_of_work(runtime.session_factory) as session:
        row = session.get(Message, message.id)
        assert row is not None and row.opened_at == NOW and row.clicked_at == later
        events = session.scalars(select(Event).order_by(Event.id)).all()
        assert [e.kind for e in events] == ["open", "open", "click", "open"]
        assert all(e.org_id == org.org_id and e.campaign_id == seeded.campaign_id for e in events)
        assert events[2].url == "https://example.org/a"
        assert events[0].ip == "10.0.0.1" and events[0].user_agent == "UA"
        assert session.scalar(select(func.count()).where(Event.message_id == 999_999)) == 0
