"""Audience filters (seed 002) compiled to portable SQL statements (SQLAlchemy Core).

Every candidate lead gets the FIRST reason that excludes it, in ``REASON_ORDER``:

1. ``excluded_list``     — in one of ``exclude_lists``
2. ``unsubscribed``, ``bounced``, ``suppressed`` — lead status (``exclude_suppressed``)
3. ``stopped``           — the stop flag is set (``exclude_suppressed``)
4. ``in_campaign``       — already a recipient of one of ``exclude_campaigns``
5. ``recently_emailed``  — ``last_emailed_at`` within ``exclude_recent_days`` days (the send
   path sets it with every sent message, so it stands for "any message sent since", ADR 0012)
6. ``missing_vars``      — a ``require_vars`` variable is absent or empty (is_complete)
7. ``duplicate_domain``  — ``one_per_domain``: another eligible lead with this company_domain
   is older (created_at, then id); leads without a company domain count individually

Candidates are the organization's live (not soft-deleted) leads in any of ``lists``
(or all of them when ``lists`` is empty); soft-deleted leads are never candidates.

Two forms of the same rows (ADR 0013). ``candidates`` tests the excluded sets with correlated
``EXISTS``: an index probe per lead, right for the sample's short scan. ``scan_candidates``
LEFT JOINs each excluded set (``SELECT DISTINCT lead_id``) on the lead id, right for a pass over
the whole audience: every set can be read in lead order from its primary key, so PostgreSQL can
merge-join them instead of hashing hundreds of thousands of ids. An uncorrelated
``IN (subquery)`` inside a CASE is the form to avoid: PostgreSQL rescans it for every lead when
its hash would not fit in work_mem.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, case, func, literal, null, or_, select, true
from sqlalchemy.orm import aliased
from sqlalchemy.sql import Select

from outreach.db.models import CampaignRecipient, Lead, ListMember
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


def _in_lists(lead: Any, list_ids: list[int]) -> Any:
    return (
        select(ListMember.lead_id)
        .where(ListMember.list_id.in_(list_ids), ListMember.lead_id == lead.id)
        .exists()
    )


def _in_campaigns(lead: Any, campaign_ids: list[int]) -> Any:
    return (
        select(CampaignRecipient.lead_id)
        .where(
            CampaignRecipient.campaign_id.in_(campaign_ids), CampaignRecipient.lead_id == lead.id
        )
        .exists()
    )


@dataclass(frozen=True)
class SetTests:
    """How the reason CASE tests the excluded lists and campaigns (None: no such filter)."""

    in_excluded_list: Any = None
    in_excluded_campaign: Any = None


def probes(f: AudienceFilters, lead: Any) -> SetTests:
    """Correlated EXISTS per lead: an index probe each, for short scans."""
    return SetTests(
        _in_lists(lead, f.exclude_lists) if f.exclude_lists else None,
        _in_campaigns(lead, f.exclude_campaigns) if f.exclude_campaigns else None,
    )


def _missing(lead: Any, name: str) -> Any:
    # coalesce(trim(v), '') = '' is "absent or blank" with one read of the value (a JSON
    # extraction for vars), where NOT (v IS NOT NULL AND trim(v) != '') reads it twice.
    value = getattr(lead, name) if name in TEXT_FIELDS else lead.vars[name].as_string()
    return func.coalesce(func.trim(value), "") == ""


def _reasons(f: AudienceFilters, lead: Any, now: datetime, sets: SetTests) -> list[tuple[Any, str]]:
    whens: list[tuple[Any, str]] = []
    if sets.in_excluded_list is not None:
        whens.append((sets.in_excluded_list, "excluded_list"))
    if f.exclude_suppressed:
        whens += [(lead.status == s, s) for s in ("unsubscribed", "bounced", "suppressed")]
        whens.append((lead.stopped == true(), "stopped"))
    if sets.in_excluded_campaign is not None:
        whens.append((sets.in_excluded_campaign, "in_campaign"))
    if f.exclude_recent_days:
        since = now - timedelta(days=f.exclude_recent_days)
        whens.append((lead.last_emailed_at >= since, "recently_emailed"))
    if f.require_vars:
        whens.append((or_(*(_missing(lead, v) for v in f.require_vars)), "missing_vars"))
    return whens


def first_reason(f: AudienceFilters, lead: Any, now: datetime, sets: SetTests) -> Any:
    """The CASE giving ``lead`` its first reason before duplicate_domain (NULL = eligible)."""
    whens = _reasons(f, lead, now, sets)
    return case(*whens, else_=null()) if whens else null()


def _eligible(f: AudienceFilters, lead: Any, now: datetime) -> Any:
    whens = _reasons(f, lead, now, probes(f, lead))
    return case(*whens, else_=null()).is_(None) if whens else true()


def is_candidate(f: AudienceFilters, lead: Any, org_id: int) -> Any:
    """``lead`` is a live lead of the organization in one of the filter's lists."""
    where = and_(lead.org_id == org_id, lead.deleted_at.is_(None))
    return and_(where, _in_lists(lead, f.lists)) if f.lists else where


def _select_candidates(f: AudienceFilters, org_id: int, now: datetime, sets: SetTests) -> Any:
    return select(
        Lead.id.label("lead_id"),
        Lead.email.label("email"),
        Lead.company_domain.label("company_domain"),
        Lead.created_at.label("created_at"),
        first_reason(f, Lead, now, sets).label("reason"),
    ).where(is_candidate(f, Lead, org_id))


def candidates(f: AudienceFilters, org_id: int, now: datetime) -> Select[Any]:
    """SELECT lead_id, email, company_domain, created_at, reason before duplicate_domain.

    The excluded sets are probed per lead (``probes``): for scans that stop early.
    """
    stmt: Select[Any] = _select_candidates(f, org_id, now, probes(f, Lead))
    return stmt


def _lead_set(column: Any, key: Any, ids: list[int], name: str) -> Any:
    return select(column.label("lead_id")).where(key.in_(ids)).distinct().subquery(name)


def scan_candidates(f: AudienceFilters, org_id: int, now: datetime) -> Select[Any]:
    """The rows of ``candidates`` for a pass over the whole audience: excluded sets LEFT JOINed.

    Each set is ``SELECT DISTINCT lead_id`` of the chosen lists or campaigns, joined on the
    lead id; a lead is in the set when the joined id is not NULL. With one list or campaign the
    set comes out of its (list_id, lead_id) / (campaign_id, lead_id) key already in lead order.
    """
    lists = campaigns = None
    if f.exclude_lists:
        lists = _lead_set(ListMember.lead_id, ListMember.list_id, f.exclude_lists, "xl")
    if f.exclude_campaigns:
        campaigns = _lead_set(
            CampaignRecipient.lead_id, CampaignRecipient.campaign_id, f.exclude_campaigns, "xc"
        )
    sets = SetTests(
        None if lists is None else lists.c.lead_id.is_not(None),
        None if campaigns is None else campaigns.c.lead_id.is_not(None),
    )
    stmt: Select[Any] = _select_candidates(f, org_id, now, sets)
    for joined in (lists, campaigns):
        if joined is not None:
            stmt = stmt.outerjoin(joined, joined.c.lead_id == Lead.id)
    return stmt


def has_older_twin(f: AudienceFilters, org_id: int, now: datetime, cand: Any) -> Any:
    """EXISTS an eligible lead with ``cand``'s company_domain that is older (created_at, id).

    For a handful of rows (the sample) this is an index probe on (org_id, company_domain)
    per row, not a pass over the whole audience.
    """
    other = aliased(Lead)
    older = or_(
        other.created_at < cand.c.created_at,
        and_(other.created_at == cand.c.created_at, other.id < cand.c.lead_id),
    )
    return (
        select(other.id)
        .where(
            other.org_id == org_id,
            other.company_domain == cand.c.company_domain,
            older,
            is_candidate(f, other, org_id),
            _eligible(f, other, now),
        )
        .exists()
    )


def classify(f: AudienceFilters, org_id: int, now: datetime) -> Select[Any]:
    """SELECT lead_id, email, reason for every candidate (reason NULL = included)."""
    base = scan_candidates(f, org_id, now)
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
