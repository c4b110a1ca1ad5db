"""/api/v1/campaigns — CRUD, recipients, launch/pause/resume and stats (seed 001 paths)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, status
from pydantic import BaseModel, Field

from outreach.api.deps import AuthDep, SessionDep
from outreach.api.schemas import Ok, ORMModel, PageOut
from outreach.campaigns import launch, service, stats
from outreach.kit.clock import utcnow

router = APIRouter(prefix="/campaigns", tags=["campaigns"])


class CampaignIn(BaseModel):
    """A new campaign: a name, a template and the mailboxes it sends from."""

    name: str = Field(min_length=1, max_length=255)
    template_id: int
    mailbox_ids: list[int] = Field(default_factory=list)
    description: str = ""
    timezone: str = "UTC"
    scheduled_at: datetime | None = None
    settings: dict[str, Any] = Field(default_factory=dict)


class CampaignPatch(BaseModel):
    """Fields to change."""

    name: str | None = Field(default=None, min_length=1, max_length=255)
    template_id: int | None = None
    mailbox_ids: list[int] | None = None
    description: str | None = None
    timezone: str | None = None
    settings: dict[str, Any] | None = None


class CampaignOut(ORMModel):
    """A campaign."""

    id: int
    name: str
    description: str
    status: str
    template_id: int | None
    mailbox_ids: list[int] = Field(default_factory=list)
    timezone: str
    settings: dict[str, Any]
    scheduled_at: datetime | None
    started_at: datetime | None
    completed_at: datetime | None
    created_at: datetime
    updated_at: datetime


class RecipientsIn(BaseModel):
    """Leads to enroll."""

    lead_ids: list[int] = Field(min_length=1)


class RecipientOut(ORMModel):
    """A recipient of a campaign."""

    id: int
    lead_id: int
    email: str
    status: str
    mailbox_id: int | None
    created_at: datetime


def _out(session: Any, campaign: Any, mailbox_ids: list[int] | None = None) -> CampaignOut:
    out = CampaignOut.model_validate(campaign)
    out.mailbox_ids = service.mailbox_ids(session, campaign) if mailbox_ids is None else mailbox_ids
    return out


@router.post("", status_code=status.HTTP_201_CREATED, response_model=CampaignOut)
def create_campaign(body: CampaignIn, session: SessionDep, auth: AuthDep) -> Any:
    """Create a draft campaign."""
    campaign = service.create_campaign(session, auth, data=body.model_dump(), now=utcnow())
    return _out(session, campaign)


@router.get("", response_model=PageOut[CampaignOut])
def list_campaigns(
    session: SessionDep,
    auth: AuthDep,
    cursor: str | None = None,
    limit: int | None = None,
    status: str | None = None,
) -> Any:
    """List campaigns (keyset pagination)."""
    page = service.list_campaigns(session, auth, cursor=cursor, limit=limit, status=status)
    boxes = service.mailbox_ids_for(session, [c.id for c in page.items])
    items = [_out(session, c, boxes[c.id]) for c in page.items]
    return {"items": items, "next_cursor": page.next_cursor}


@router.get("/{campaign_id}", response_model=CampaignOut)
def get_campaign(campaign_id: int, session: SessionDep, auth: AuthDep) -> Any:
    """One campaign."""
    return _out(session, service.get_campaign(session, auth, campaign_id))


@router.put("/{campaign_id}", response_model=CampaignOut)
def update_campaign(
    campaign_id: int, body: CampaignPatch, session: SessionDep, auth: AuthDep
) -> Any:
    """Change a campaign that is not sending."""
    campaign = service.update_campaign(session, auth, campaign_id, data=body.model_dump())
    return _out(session, campaign)


@router.delete("/{campaign_id}", response_model=Ok)
def delete_campaign(campaign_id: int, session: SessionDep, auth: AuthDep) -> Any:
    """Soft-delete a campaign that is not running."""
    service.delete_campaign(session, auth, campaign_id, now=utcnow())
    return Ok()


@router.post("/{campaign_id}/recipients")
def add_recipients(
    campaign_id: int, body: RecipientsIn, session: SessionDep, auth: AuthDep
) -> dict[str, Any]:
    """Enroll leads by id; returns added, already_present and not_found."""
    result = service.add_recipients(session, auth, campaign_id, lead_ids=body.lead_ids)
    if result["added"]:
        queued = launch.enqueue_if_running(session, auth, campaign_id, now=utcnow())
        if queued is not None:
            result["queued"] = queued
    return result


@router.get("/{campaign_id}/recipients", response_model=PageOut[RecipientOut])
def list_recipients(
    campaign_id: int,
    session: SessionDep,
    auth: AuthDep,
    cursor: str | None = None,
    limit: int | None = None,
    status: str | None = None,
) -> Any:
    """List a campaign's recipients."""
    return service.list_recipients(
        session, auth, campaign_id, cursor=cursor, limit=limit, status=status
    )


@router.delete("/{campaign_id}/recipients/{recipient_id}", response_model=Ok)
def remove_recipient(
    campaign_id: int, recipient_id: int, session: SessionDep, auth: AuthDep
) -> Any:
    """Remove a recipient who has not been emailed."""
    service.remove_recipient(session, auth, campaign_id, recipient_id)
    return Ok()


@router.post("/{campaign_id}/launch")
def launch_campaign(campaign_id: int, session: SessionDep, auth: AuthDep) -> dict[str, Any]:
    """Start sending."""
    return launch.launch(session, auth, campaign_id, now=utcnow())


@router.post("/{campaign_id}/pause", response_model=CampaignOut)
def pause_campaign(campaign_id: int, session: SessionDep, auth: AuthDep) -> Any:
    """Pause sending."""
    return _out(session, launch.pause(session, auth, campaign_id))


@router.post("/{campaign_id}/resume", response_model=CampaignOut)
def resume_campaign(campaign_id: int, session: SessionDep, auth: AuthDep) -> Any:
    """Resume a paused campaign."""
    return _out(session, launch.resume(session, auth, campaign_id, now=utcnow()))


@router.get("/{campaign_id}/stats")
def campaign_stats(campaign_id: int, session: SessionDep, auth: AuthDep) -> dict[str, Any]:
    """Counts and rates."""
    return stats.campaign_stats(session, auth, campaign_id)
