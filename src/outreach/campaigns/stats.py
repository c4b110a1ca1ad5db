"""Campaign counts and rates (seed 000 names), read from message timestamps."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from outreach.db.models import Campaign, CampaignRecipient, Message
from outreach.tenancy.auth import AuthContext
from outreach.tenancy.scope import get_owned


def _rate(part: int, whole: int) -> float:
    return round(100.0 * part / whole, 2) if whole else 0.0


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
        select(
            func.count().filter(Message.status == "sent"),
            func.count(Message.opened_at),
            func.count(Message.clicked_at),
            func.count(Message.replied_at),
            func.count(Message.bounced_at),
            func.count().filter(Message.status == "queued"),
            func.count().filter(Message.status == "failed"),
        ).where(Message.campaign_id == campaign.id)
    ).one()
    sent, opened, clicked, replied, bounced, queued, failed = (int(v or 0) for v in row)
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
