"""Audience preview (who is in, who is out and why) and saving it to a campaign."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Table, func, literal, select, true
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from outreach.audiences.filters import AudienceFilters, classify
from outreach.audiences.planner import audience_settings
from outreach.audiences.tally import sample_ids, tally
from outreach.db.base import UTCDateTime
from outreach.db.models import Campaign, CampaignAudience, CampaignRecipient, Lead
from outreach.db.models.campaigns import ACCEPTS_RECIPIENTS
from outreach.errors import InvalidState, ValidationFailed
from outreach.leads.lists import resolve_lists
from outreach.tenancy.auth import AuthContext
from outreach.tenancy.scope import get_owned, owned_ids

SAMPLE_SIZE = 10
MAX_RECENT_DAYS = 3650


def build_filters(session: Session, auth: AuthContext, data: dict[str, Any]) -> AudienceFilters:
    """Check raw filter input and resolve list names/ids and campaign ids of the caller's org."""
    days = data.get("exclude_recent_days", 14)
    if days is not None and not (0 <= int(days) <= MAX_RECENT_DAYS):
        raise ValidationFailed(
            f"exclude_recent_days must be between 0 and {MAX_RECENT_DAYS}",
            field="exclude_recent_days",
        )
    campaigns = [int(c) for c in data.get("exclude_campaigns") or []]
    missing = sorted(set(campaigns) - owned_ids(session, Campaign, campaigns, auth))
    if missing:
        raise ValidationFailed(
            f"campaigns not found: {missing}",
            code="CAMPAIGN_NOT_FOUND",
            field="exclude_campaigns",
        )
    names = [str(v).strip() for v in data.get("require_vars") or [] if str(v).strip()]
    return AudienceFilters(
        lists=resolve_lists(session, auth, list(data.get("lists") or [])),
        exclude_lists=resolve_lists(session, auth, list(data.get("exclude_lists") or [])),
        require_vars=list(dict.fromkeys(names)),
        exclude_suppressed=bool(data.get("exclude_suppressed", True)),
        exclude_recent_days=int(days) if days else None,
        one_per_domain=bool(data.get("one_per_domain", False)),
        exclude_campaigns=campaigns,
    )


def preview(
    session: Session, auth: AuthContext, *, data: dict[str, Any], now: datetime
) -> dict[str, Any]:
    """Counts of the audience: total candidates, included, excluded per first reason, a sample."""
    auth.require("read")
    filters = build_filters(session, auth, data)
    with audience_settings(session):
        counts = tally(session, filters, auth.org_id, now)
        ids = sample_ids(session, filters, auth.org_id, now, SAMPLE_SIZE) if counts.included else []
    sample = list(session.scalars(select(Lead).where(Lead.id.in_(ids)).order_by(Lead.id)))
    return {
        "total": counts.total,
        "included": counts.included,
        "excluded": counts.excluded,
        "sample": [_sample(lead) for lead in sample],
        "filters": filters.as_dict(),
    }


def _sample(lead: Lead) -> dict[str, Any]:
    return {
        "id": lead.id,
        "email": lead.email,
        "first_name": lead.first_name,
        "last_name": lead.last_name,
        "company": lead.company,
        "company_domain": lead.company_domain,
    }


def save_to_campaign(
    session: Session, auth: AuthContext, campaign_id: int, *, data: dict[str, Any], now: datetime
) -> dict[str, Any]:
    """Snapshot the filters and counts on the campaign and enroll the included leads in bulk."""
    auth.require("edit")
    campaign = get_owned(session, Campaign, campaign_id, auth, what="campaign")
    if campaign.status not in ACCEPTS_RECIPIENTS:
        raise InvalidState(
            f"cannot add recipients to a campaign that is {campaign.status}",
            code="CAMPAIGN_NOT_EDITABLE",
        )
    filters = build_filters(session, auth, data)
    with audience_settings(session):
        counts = tally(session, filters, auth.org_id, now)
        total, included, excluded = counts.total, counts.included, counts.excluded
        audience = CampaignAudience(
            org_id=auth.org_id,
            campaign_id=campaign.id,
            filters=filters.as_dict(),
            total=total,
            included=included,
            excluded=excluded,
            created_at=now,
        )
        session.add(audience)
        session.flush()
        stmt = classify(filters, auth.org_id, now)
        enrolled = _enroll(session, auth, campaign.id, audience.id, stmt, now)
    return {
        "audience_id": audience.id,
        "total": total,
        "included": included,
        "excluded": excluded,
        "enrolled": enrolled,
        "already_enrolled": included - enrolled,
    }


def _enroll(
    session: Session, auth: AuthContext, campaign_id: int, audience_id: int, stmt: Any, now: Any
) -> int:
    sub = stmt.subquery()
    stamp = literal(now, UTCDateTime())
    source = select(
        literal(auth.org_id),
        literal(campaign_id),
        sub.c.lead_id,
        literal(audience_id),
        sub.c.email,
        literal("pending"),
        literal(0),
        stamp,
        stamp,
    ).where(sub.c.reason.is_(None), true())
    columns = [
        "org_id",
        "campaign_id",
        "lead_id",
        "audience_id",
        "email",
        "status",
        "current_step",
        "created_at",
        "updated_at",
    ]
    pg = session.get_bind().dialect.name == "postgresql"
    dialect_insert = postgresql.insert if pg else sqlite.insert
    table: Table = CampaignRecipient.__table__  # type: ignore[assignment]
    insert = dialect_insert(table).from_select(columns, source)
    # rowcount of INSERT … SELECT is not reported by every driver: count the campaign instead.
    count = select(func.count()).where(CampaignRecipient.campaign_id == campaign_id)
    before = session.scalar(count) or 0
    session.execute(insert.on_conflict_do_nothing(index_elements=["campaign_id", "lead_id"]))
    return int(session.scalar(count) or 0) - before
