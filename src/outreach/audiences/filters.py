"""Audience filters (seed 002) compiled to one portable SQL statement (SQLAlchemy Core).

Every candidate lead gets the FIRST reason that excludes it, in ``REASON_ORDER``:

1. ``excluded_list``     — in one of ``exclude_lists``
2. ``unsubscribed``, ``bounced``, ``suppressed`` — lead status (``exclude_suppressed``)
3. ``stopped``           — the stop flag is set (``exclude_suppressed``)
4. ``in_campaign``       — already a recipient of one of ``exclude_campaigns``
5. ``recently_emailed``  — emailed by any campaign in the last ``exclude_recent_days`` days
6. ``missing_vars``      — a ``require_vars`` variable is absent or empty (is_complete)
7. ``duplicate_domain``  — ``one_per_domain``: another, older, eligible lead has this
   company_domain (leads without a company domain count individually)

Candidates are the organization's live (not soft-deleted) leads in any of ``lists``
(or all of them when ``lists`` is empty); soft-deleted leads are never candidates.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, case, func, literal, or_, select, true
from sqlalchemy.sql import Select

from outreach.db.models import CampaignRecipient, Lead, ListMember, Message
from outreach.leads.normalize import LEAD_FIELDS

REASON_ORDER = (
    "excluded_list",
    "unsubscribed",
    "bounced",
    "suppressed",
    "stopped",
    "in_campaign",
    "recently_emailed",
    "missing_vars",
    "duplicate_domain",
)
TEXT_FIELDS = (*LEAD_FIELDS, "company_domain")


@dataclass
class AudienceFilters:
    """What a campaign manager picks; list references are resolved to ids before compiling."""

    lists: list[int] = field(default_factory=list)
    exclude_lists: list[int] = field(default_factory=list)
    require_vars: list[str] = field(default_factory=list)
    exclude_suppressed: bool = True
    exclude_recent_days: int | None = 14
    one_per_domain: bool = False
    exclude_campaigns: list[int] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """For the CampaignAudience snapshot."""
        return asdict(self)


def _in_lists(list_ids: list[int]) -> Any:
    return (
        select(ListMember.lead_id)
        .where(ListMember.list_id.in_(list_ids), ListMember.lead_id == Lead.id)
        .exists()
    )


def _has_var(name: str) -> Any:
    if name in TEXT_FIELDS:
        column = getattr(Lead, name)
        return and_(column.is_not(None), func.trim(column) != "")
    value = Lead.vars[name].as_string()
    return and_(value.is_not(None), func.trim(value) != "")


def _recently_emailed(org_id: int, since: datetime) -> Any:
    recent = select(Message.lead_id).where(Message.org_id == org_id, Message.sent_at >= since)
    return or_(Lead.last_emailed_at >= since, Lead.id.in_(recent))


def _reasons(f: AudienceFilters, org_id: int, now: datetime) -> list[tuple[Any, str]]:
    whens: list[tuple[Any, str]] = []
    if f.exclude_lists:
        whens.append((_in_lists(f.exclude_lists), "excluded_list"))
    if f.exclude_suppressed:
        whens += [(Lead.status == s, s) for s in ("unsubscribed", "bounced", "suppressed")]
        whens.append((Lead.stopped == true(), "stopped"))
    if f.exclude_campaigns:
        in_campaign = select(CampaignRecipient.lead_id).where(
            CampaignRecipient.campaign_id.in_(f.exclude_campaigns)
        )
        whens.append((Lead.id.in_(in_campaign), "in_campaign"))
    if f.exclude_recent_days:
        since = now - timedelta(days=f.exclude_recent_days)
        whens.append((_recently_emailed(org_id, since), "recently_emailed"))
    if f.require_vars:
        complete = and_(*(_has_var(v) for v in f.require_vars))
        whens.append((~complete, "missing_vars"))
    return whens


def classify(f: AudienceFilters, org_id: int, now: datetime) -> Select[Any]:
    """SELECT lead_id, email, reason for every candidate (reason NULL = included)."""
    whens = _reasons(f, org_id, now)
    first_reason = case(*whens, else_=literal(None)) if whens else literal(None)
    base = select(
        Lead.id.label("lead_id"),
        Lead.email.label("email"),
        Lead.company_domain.label("company_domain"),
        Lead.created_at.label("created_at"),
        first_reason.label("reason"),
    ).where(Lead.org_id == org_id, Lead.deleted_at.is_(None))
    if f.lists:
        base = base.where(_in_lists(f.lists))
    if not f.one_per_domain:
        return base
    cand = base.subquery("cand")
    eligible = case((cand.c.reason.is_(None), 1), else_=0)
    rank = (
        func.row_number()
        .over(
            partition_by=(cand.c.company_domain, eligible),
            order_by=(cand.c.created_at, cand.c.lead_id),
        )
        .label("rank")
    )
    ranked = select(cand, rank).subquery("ranked")
    reason = case(
        (
            and_(
                ranked.c.reason.is_(None),
                ranked.c.company_domain.is_not(None),
                ranked.c.rank > 1,
            ),
            literal("duplicate_domain"),
        ),
        else_=ranked.c.reason,
    )
    return select(ranked.c.lead_id, ranked.c.email, reason.label("reason"))
