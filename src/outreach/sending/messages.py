"""Read a campaign's messages (status, stored Message-ID, timestamps)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from outreach.db.models import Campaign, Message
from outreach.kit.pagination import Page, paginate
from outreach.tenancy.auth import AuthContext
from outreach.tenancy.scope import get_owned, scoped


def list_messages(
    session: Session,
    auth: AuthContext,
    campaign_id: int,
    *,
    cursor: str | None,
    limit: int | None,
    status: str | None = None,
) -> Page[Message]:
    """A page of one campaign's messages, optionally of one status."""
    campaign = get_owned(session, Campaign, campaign_id, auth)
    stmt = scoped(Message, auth).where(Message.campaign_id == campaign.id)
    if status:
        stmt = stmt.where(Message.status == status)
    return paginate(session, stmt, Message.id, cursor=cursor, limit=limit)
