"""POST /api/v1/campaigns/{id}/test and GET /api/v1/campaigns/{id}/messages."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, Field

from outreach.api.deps import AuthDep, RuntimeDep, SessionDep
from outreach.api.schemas import ORMModel, PageOut
from outreach.kit.clock import utcnow
from outreach.sending import messages, testsend
from outreach.sending.transport import SMTPTransport

router = APIRouter(prefix="/campaigns", tags=["campaigns"])


class TestSendIn(BaseModel):
    """Where to send the test and, optionally, whose data to render it with."""

    email: str = Field(min_length=3, max_length=320)
    lead_id: int | None = None


class TestSendOut(BaseModel):
    """The test that was sent."""

    sent: bool
    to: str
    message_id: str
    subject: str
    mailbox_id: int


class MessageOut(ORMModel):
    """One message of a campaign; ``message_id`` is the Message-ID header stored before send."""

    id: int
    recipient_id: int
    lead_id: int
    mailbox_id: int | None
    to_email: str
    status: str
    message_id: str | None
    subject: str | None
    attempts: int
    last_error: str | None
    send_after: datetime
    sent_at: datetime | None
    opened_at: datetime | None
    clicked_at: datetime | None
    replied_at: datetime | None
    bounced_at: datetime | None


@router.post("/{campaign_id}/test", response_model=TestSendOut)
def send_test(
    campaign_id: int, body: TestSendIn, session: SessionDep, auth: AuthDep, runtime: RuntimeDep
) -> Any:
    """Send the rendered first step to one address now, via the campaign's first mailbox."""
    return testsend.send_test(
        session,
        auth,
        campaign_id,
        to_email=body.email,
        lead_id=body.lead_id,
        transport=SMTPTransport(),
        secret_key=runtime.secret_key,
        now=utcnow(),
    )


@router.get("/{campaign_id}/messages", response_model=PageOut[MessageOut])
def list_messages(
    campaign_id: int,
    session: SessionDep,
    auth: AuthDep,
    cursor: str | None = None,
    limit: int | None = None,
    status: str | None = None,
) -> Any:
    """A campaign's messages with their stored Message-IDs (keyset pagination)."""
    return messages.list_messages(
        session, auth, campaign_id, cursor=cursor, limit=limit, status=status
    )
