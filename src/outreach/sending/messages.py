"""Read a campaign's messages (status, stored Message-ID, timestamps)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from outreach.campaigns.service import page_of_campaign
from outreach.db.models import Message
from outreach.kit.pagination import Page
from outreach.tenancy.auth import AuthContext


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
    return page_of_campaign(
        session, auth, Message, campaign_id, cursor=cursor, limit=limit, status=status
    )
