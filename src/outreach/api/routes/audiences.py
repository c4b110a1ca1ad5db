"""/api/v1/audiences/preview and /api/v1/campaigns/{id}/audience (seed 002 filters)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, status
from pydantic import BaseModel, Field

from outreach.api.deps import AuthDep, SessionDep
from outreach.audiences import service
from outreach.campaigns import launch
from outreach.kit.clock import utcnow

router = APIRouter(tags=["audiences"])


class AudienceIn(BaseModel):
    """Audience filters; lists by id or name."""

    lists: list[int | str] = Field(default_factory=list)
    exclude_lists: list[int | str] = Field(default_factory=list)
    require_vars: list[str] = Field(default_factory=list)
    exclude_suppressed: bool = True
    exclude_recent_days: int | None = Field(default=14, ge=0, le=service.MAX_RECENT_DAYS)
    one_per_domain: bool = False
    exclude_campaigns: list[int] = Field(default_factory=list)


@router.post("/audiences/preview")
def preview(body: AudienceIn, session: SessionDep, auth: AuthDep) -> dict[str, Any]:
    """Count who the filters include and, per first reason, who they exclude."""
    return service.preview(session, auth, data=body.model_dump(), now=utcnow())


@router.post("/campaigns/{campaign_id}/audience", status_code=status.HTTP_201_CREATED)
def save(campaign_id: int, body: AudienceIn, session: SessionDep, auth: AuthDep) -> dict[str, Any]:
    """Save the filters as the campaign's audience snapshot and enroll the included leads."""
    now = utcnow()
    result = service.save_to_campaign(session, auth, campaign_id, data=body.model_dump(), now=now)
    # Leads enrolled into a running campaign are queued now, as with POST .../recipients.
    queued = launch.enqueue_if_running(session, auth, campaign_id, now=now)
    if queued is not None:
        result["queued"] = queued
    return result
