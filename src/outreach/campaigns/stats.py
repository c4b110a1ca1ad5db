"""Campaign counts and rates (seed 000 names), read from message timestamps."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from outreach.db.models import Campaign, CampaignRecipient, Message
from outreach.tenancy.auth import AuthContext
from outreach.tenancy.scope import get_owned, scoped


def _rate(part: int, whole: int) -> float:
    return round(100.0 * part / whole, 2) if whole else 0.0


def _message_counts() -> tuple[Any, ...]:
    return (
        func.count().filter(Message.status == "sent"),
        func.count(Message.opened_at),
        func.count(Message.clicked_at),
        func.count(Message.replied_at),
        func.count(Message.bounced_at),
        func.count().filter(Message.status == "queued"),
        func.count().filter(Message.status == "failed"),
    )


def _shape(campaign: Campaign, recipients: int, counts: Sequence[Any] | None) -> dict[str, Any]:
    values = counts if counts is not None else (0,) * 7
    sent, opened, clicked, replied, bounced, queued, failed = (int(v or 0) for v in values)
    return {
        "campaign_id": campaign.id,
        "status": campaign.status,
        "total_recipients": int(recipients),
        "emails_queued": queued,
        "emails_sent": sent,
        "emails_failed": failed,
        "emails_opened": opened,
        "emails_clicked": clicked,
        "emails_replied": replied,
        "emails_bounced": bounced,
        "open_rate": _rate(opened, sent),
        "click_rate": _rate(clicked, sent),
        "reply_rate": _rate(replied, sent),
        "bounce_rate": _rate(bounced, sent),
    }


def campaign_stats(session: Session, auth: AuthContext, campaign_id: int) -> dict[str, Any]:
    """Counts of recipients, sent, opened, clicked, replied, bounced and their rates (%)."""
    campaign = get_owned(session, Campaign, campaign_id, auth)
    recipients = (
        session.scalar(
            select(func.count())
            .select_from(CampaignRecipient)
            .where(CampaignRecipient.campaign_id == campaign.id)
        )
        or 0
    )
    row = session.execute(
        select(*_message_counts()).where(Message.campaign_id == campaign.id)
    ).one()
    return _shape(campaign, recipients, tuple(row))


def stats_for_campaigns(
    session: Session, auth: AuthContext, campaigns: Sequence[Campaign]
) -> dict[int, dict[str, Any]]:
    """``campaign_stats`` for many campaigns of the caller's organization in two queries."""
    ids = [c.id for c in campaigns if c.org_id == auth.org_id]
    if not ids:
        return {}
    recipient_rows = session.execute(
        scoped(CampaignRecipient, auth)
        .with_only_columns(CampaignRecipient.campaign_id, func.count())
        .where(CampaignRecipient.campaign_id.in_(ids))
        .group_by(CampaignRecipient.campaign_id)
    )
    recipients = {int(row[0]): int(row[1]) for row in recipient_rows}
    counts = {
        row[0]: tuple(row[1:])
        for row in session.execute(
            scoped(Message, auth)
            .with_only_columns(Message.campaign_id, *_message_counts())
            .where(Message.campaign_id.in_(ids))
            .group_by(Message.campaign_id)
        )
    }
    return {
        c.id: _shape(c, recipients.get(c.id, 0), counts.get(c.id))
        for c in campaigns
        if c.org_id == auth.org_id
    }
