"""Record what happened to each job in one transaction; complete finished campaigns."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, insert, or_, select, update
from sqlalchemy.orm import Session

from outreach.db import bulk
from outreach.db.base import UTCDateTime
from outreach.db.models import Campaign, CampaignRecipient, Event, Lead, Mailbox, Message
from outreach.sending.jobs import Job

MAX_ATTEMPTS = 4
# Wait before attempt n+1 after a temporary failure of attempt n (n = 1, 2, 3).
RETRY_DELAYS = (timedelta(minutes=5), timedelta(minutes=30), timedelta(hours=2))
BUSY_STATUSES = ("queued", "sending")


@dataclass(frozen=True, slots=True)
class Outcome:
    """The result of one job: sent, failed (final) or retry (temporary failure)."""

    job: Job
    status: str
    subject: str | None = None
    links: list[str] | None = None
    error: str | None = None


def retry_or_fail(job: Job, error: str, *, permanent: bool) -> Outcome:
    """A temporary failure is retried with back-off until MAX_ATTEMPTS, then it fails."""
    if permanent or job.attempts >= MAX_ATTEMPTS:
        return Outcome(job, "failed", error=error)
    return Outcome(job, "retry", error=error)


_FAILED = (
    update(Message)
    .where(Message.id == bindparam("mid"), Message.status == "sending")
    .values(status="failed", subject=bindparam("subj"), last_error=bindparam("error"))
)
_RETRY = (
    update(Message)
    .where(Message.id == bindparam("mid"), Message.status == "sending")
    .values(
        status="queued",
        send_after=bindparam("after", type_=UTCDateTime()),
        last_error=bindparam("error"),
    )
)


def _event(o: Outcome, kind: str, at: datetime) -> dict[str, Any]:
    return {
        "org_id": o.job.org_id,
        "campaign_id": o.job.campaign_id,
        "message_id": o.job.id,
        "lead_id": o.job.lead_id,
        "kind": kind,
        "data": {"error": o.error} if o.error else {},
        "created_at": at,
    }


def _same_value_updates(
    session: Session, sent: list[Outcome], failed: list[Outcome], now: datetime
) -> None:
    """Rows that all get the same value: one UPDATE … WHERE id IN (…) each."""
    for status, group in (("sent", sent), ("failed", failed)):
        if group:
            session.execute(
                update(CampaignRecipient)
                .where(CampaignRecipient.id.in_([o.job.recipient_id for o in group]))
                .values(status=status, updated_at=now)
                .execution_options(synchronize_session=False)
            )
    if sent:
        session.execute(
            update(Lead)
            # Never move it back: a worker committing late must not hide a newer send from
            # audiences' recently_emailed (ADR 0012).
            .where(
                Lead.id.in_({o.job.lead_id for o in sent}),
                or_(Lead.last_emailed_at.is_(None), Lead.last_emailed_at < now),
            )
            .values(last_emailed_at=now)
            .execution_options(synchronize_session=False)
        )
        session.execute(
            update(Mailbox)
            .where(Mailbox.id.in_({o.job.sender.id for o in sent}))
            .values(last_sent_at=now)
            .execution_options(synchronize_session=False)
        )


def record_outcomes(session: Session, outcomes: list[Outcome], *, now: datetime) -> None:
    """Write every outcome in a few statements per batch, not per message."""
    sent = [o for o in outcomes if o.status == "sent"]
    failed = [o for o in outcomes if o.status == "failed"]
    retry = [o for o in outcomes if o.status == "retry"]
    bulk.mark_sent(session, [(o.job.id, o.subject, o.links) for o in sent], at=now)
    conn = session.connection()
    if failed:
        conn.execute(
            _FAILED, [{"mid": o.job.id, "subj": o.subject, "error": o.error} for o in failed]
        )
    if retry:
        conn.execute(
            _RETRY,
            [
                {
                    "mid": o.job.id,
                    "error": o.error,
                    "after": now + RETRY_DELAYS[min(o.job.attempts, 3) - 1],
                }
                for o in retry
            ],
        )
    _same_value_updates(session, sent, failed, now)
    events = [_event(o, "sent", now) for o in sent] + [_event(o, "failed", now) for o in failed]
    if events:
        conn.execute(insert(Event), events)


def complete_finished(session: Session, campaign_ids: set[int], *, now: datetime) -> list[int]:
    """Running campaigns with nothing queued or sending (and no pending recipient) complete."""
    done: list[int] = []
    for campaign_id in sorted(campaign_ids):
        busy = session.scalar(
            select(Message.id)
            .where(Message.campaign_id == campaign_id, Message.status.in_(BUSY_STATUSES))
            .limit(1)
        )
        pending = session.scalar(
            select(CampaignRecipient.id)
            .where(
                CampaignRecipient.campaign_id == campaign_id, CampaignRecipient.status == "pending"
            )
            .limit(1)
        )
        if busy is None and pending is None:
            # Conditional on 'running' so a pause or cancel that raced us is kept.
            result = session.execute(
                update(Campaign)
                .where(Campaign.id == campaign_id, Campaign.status == "running")
                .values(status="completed", completed_at=now, updated_at=now)
                .execution_options(synchronize_session=False)
            )
            if getattr(result, "rowcount", 0):
                done.append(campaign_id)
    return done
