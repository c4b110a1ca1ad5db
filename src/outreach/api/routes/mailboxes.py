"""/api/v1/mailboxes"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from fastapi import APIRouter, status
from pydantic import BaseModel, Field

from outreach.api.deps import AuthDep, RuntimeDep, SessionDep
from outreach.api.schemas import Ok, ORMModel, PageOut
from outreach.sending import mailboxes as service

router = APIRouter(prefix="/mailboxes", tags=["mailboxes"])

Security = Literal["none", "starttls", "ssl"]


class MailboxIn(BaseModel):
    """A new SMTP mailbox."""

    name: str = Field(min_length=1, max_length=200)
    from_email: str
    from_name: str = ""
    reply_to: str | None = None
    smtp_host: str = Field(min_length=1)
    smtp_port: int = Field(default=587, ge=1, le=65535)
    smtp_security: Security = "starttls"
    smtp_username: str | None = None
    smtp_password: str | None = None
    daily_limit: int | None = Field(default=None, ge=0)
    hourly_limit: int | None = Field(default=None, ge=0)
    min_gap_seconds: int | None = Field(default=None, ge=0)


class MailboxPatch(BaseModel):
    """Fields to change."""

    name: str | None = None
    from_email: str | None = None
    from_name: str | None = None
    reply_to: str | None = None
    smtp_host: str | None = None
    smtp_port: int | None = Field(default=None, ge=1, le=65535)
    smtp_security: Security | None = None
    smtp_username: str | None = None
    smtp_password: str | None = None
    daily_limit: int | None = Field(default=None, ge=0)
    hourly_limit: int | None = Field(default=None, ge=0)
    min_gap_seconds: int | None = Field(default=None, ge=0)
    status: Literal["active", "paused"] | None = None


class MailboxOut(ORMModel):
    """A mailbox; the password is never returned, only whether one is set."""

    id: int
    name: str
    from_email: str
    from_name: str
    reply_to: str | None
    smtp_host: str
    smtp_port: int
    smtp_security: str
    smtp_username: str | None
    has_password: bool
    daily_limit: int | None
    hourly_limit: int | None
    min_gap_seconds: int | None
    status: str
    created_at: datetime


def _out(box: Any) -> MailboxOut:
    data = {k: getattr(box, k) for k in MailboxOut.model_fields if k != "has_password"}
    return MailboxOut(**data, has_password=box.smtp_password_enc is not None)


@router.post("", status_code=status.HTTP_201_CREATED, response_model=MailboxOut)
def create_mailbox(body: MailboxIn, session: SessionDep, auth: AuthDep, runtime: RuntimeDep) -> Any:
    """Create a mailbox (the SMTP password is stored encrypted)."""
    box = service.create_mailbox(
        session, auth, data=body.model_dump(), secret_key=runtime.secret_key
    )
    return _out(box)


@router.get("", response_model=PageOut[MailboxOut])
def list_mailboxes(
    session: SessionDep, auth: AuthDep, cursor: str | None = None, limit: int | None = None
) -> Any:
    """List mailboxes."""
    page = service.list_mailboxes(session, auth, cursor=cursor, limit=limit)
    return {"items": [_out(b) for b in page.items], "next_cursor": page.next_cursor}


@router.get("/{mailbox_id}", response_model=MailboxOut)
def get_mailbox(mailbox_id: int, session: SessionDep, auth: AuthDep) -> Any:
    """One mailbox."""
    return _out(service.get_mailbox(session, auth, mailbox_id))


@router.put("/{mailbox_id}", response_model=MailboxOut)
def update_mailbox(
    mailbox_id: int, body: MailboxPatch, session: SessionDep, auth: AuthDep, runtime: RuntimeDep
) -> Any:
    """Change a mailbox."""
    box = service.update_mailbox(
        session, auth, mailbox_id, data=body.model_dump(), secret_key=runtime.secret_key
    )
    return _out(box)


@router.delete("/{mailbox_id}", response_model=Ok)
def delete_mailbox(mailbox_id: int, session: SessionDep, auth: AuthDep) -> Any:
    """Delete a mailbox."""
    service.delete_mailbox(session, auth, mailbox_id)
    return Ok()
