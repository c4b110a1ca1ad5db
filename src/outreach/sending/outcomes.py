"""Record what happened to each job in one transaction; complete finished campaigns."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, insert, or_, select, update
from sqlalchemy.orm import Session

from outreach.db.base import JSONType, UTCDateTime
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


_AT = bindparam("at", type_=UTCDateTime())
_MARK_SENT = (
    update(Message)
    .where(
        Message.id == bindparam("mid"), or_(Message.status == "sending", Message.status == "review")
    )
    .values(
        status="sent",
        sent_at=_AT,
        subject=bindparam("subj"),
        links=bindparam("lnk", type_=JSONType),
        last_error=None,
    )
)
_MARK_FAILED = (
    update(Message)
    .where(Message.id == bindparam("mid"), Message.status == "sending")
    .values(status="failed", subject=bindparam("subj"), last_error=bindparam("error"))
)
_MARK_RETRY = (
    update(Message)
    .where(Message.id == bindparam("mid"), Message.status == "sending")
    .values(
        status="queued",
        send_after=bindparam("after", type_=UTCDateTime()),
        last_error=bindparam("error"),
    )
)
_RECIPIENT = (
    update(CampaignRecipient)
    .where(CampaignRecipient.id == bindparam("rid"))
    .values(status=bindparam("new_status"), updated_at=_AT)
)
_LEAD_EMAILED = update(Lead).where(Lead.id == bindparam("lid")).values(last_emailed_at=_AT)
_MAILBOX_SENT = update(Mailbox).where(Mailbox.id == bindparam("bid")).values(last_sent_at=_AT)


def _event(o: Outcome, kind: str, at: datetime) -> dict[str, Any]:
    data = {"smtp_message_id": o.job.message_id} if kind == "sent" else {"error": o.error}
    return {
        "org_id": o.job.org_id,
        "campaign_id": o.job.campaign_id,
        "message_id": o.job.id,
        "lead_id": o.job.lead_id,
        "kind": kind,
        "data": data,
        "created_at": at,
    }


def record_outcomes(session: Session, outcomes: list[Outcome], *, now: datetime) -> None:
    """Write every outcome with executemany (a few statements per batch, not per message)."""
    sent = [o for o in outcomes if o.status == "sent"]
    failed = [o for o in outcomes if o.status == "failed"]
    retry = [o for o in outcomes if o.status == "retry"]
    conn = session.connection()
    batches: list[tuple[Any, list[dict[str, Any]]]] = [
        (
            _MARK_SENT,
            [{"mid": o.job.id, "at": now, "subj": o.subject, "lnk": o.links} for o in sent],
        ),
        (_MARK_FAILED, [{"mid": o.job.id, "subj": o.subject, "error": o.error} for o in failed]),
        (
            _MARK_RETRY,
            [
                {
                    "mid": o.job.id,
                    "error": o.error,
                    "after": now + RETRY_DELAYS[min(o.job.attempts, 3) - 1],
                }
                for o in retry
            ],
        ),
        (
            _RECIPIENT,
            [{"rid": o.job.recipient_id, "new_status": o.status, "at": now} for o in sent + failed],
        ),
        (_LEAD_EMAILED, [{"lid": o.job.lead_id, "at": now} for o in sent]),
        (_MAILBOX_SENT, [{"bid": bid, "at": now} for bid in {o.job.sender.id for o in sent}]),
        (
            insert(Event),
            [_event(o, "sent", now) for o in sent] + [_event(o, "failed", now) for o in failed],
        ),
    ]
    for stmt, params in batches:
        if params:
            conn.execute(stmt, params)


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
