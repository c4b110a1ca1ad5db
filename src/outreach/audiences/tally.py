"""Audience counts per first reason in one pass, and the first included leads by id.

The counts come from one aggregate over the candidates (no window, no sort): with
``one_per_domain`` the eligible leads are grouped by company_domain, so each domain keeps one
lead and the rest are ``duplicate_domain`` — the same numbers the ``row_number()`` window of
``filters.classify`` gives, without sorting the audience. The counts read the candidates in
their scan form (excluded sets joined, ``filters.scan_candidates``); the sample is a separate
short scan in id order, in the probe form (``filters.candidates``), that stops after ``limit``
included leads.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Integer, case, func, literal_column, null, or_, select
from sqlalchemy.orm import Session

from outreach.audiences.filters import (
    REASON_ORDER,
    AudienceFilters,
    candidates,
    has_older_twin,
    scan_candidates,
)


@dataclass(frozen=True)
class Tally:
    """Candidates, included leads and excluded leads per first reason (every reason present)."""

    total: int
    included: int
    excluded: dict[str, int]


def count_statement(f: AudienceFilters, org_id: int, now: datetime) -> Any:
    """SELECT reason, leads, domains, leads without a domain — one row per first reason.

    ``domains`` counts the distinct company domains of eligible leads (0 for other reasons).
    """
    # OFFSET 0 keeps the candidates a subquery: flattened, PostgreSQL would copy the reason CASE
    # (and its set lookups) into every expression that reads it and run it twice per lead.
    cand = scan_candidates(f, org_id, now).offset(literal_column("0")).subquery("cand")
    if not f.one_per_domain:
        zero = literal_column("0", Integer)
        return select(
            cand.c.reason, func.count(), zero.label("domains"), zero.label("no_domain")
        ).group_by(cand.c.reason)
    domain = case((cand.c.reason.is_(None), cand.c.company_domain), else_=null())
    no_domain = func.sum(case((cand.c.company_domain.is_(None), 1), else_=0))
    groups = (
        select(
            cand.c.reason.label("reason"),
            domain.label("domain"),
            func.count().label("leads"),
            no_domain.label("no_domain"),
        )
        .group_by(cand.c.reason, domain)
        .subquery("groups")
    )
    return select(
        groups.c.reason,
        func.sum(groups.c.leads),
        func.count(groups.c.domain),
        func.sum(groups.c.no_domain),
    ).group_by(groups.c.reason)


def tally(session: Session, f: AudienceFilters, org_id: int, now: datetime) -> Tally:
    """Run the count statement and fold its rows into a Tally."""
    excluded = dict.fromkeys(REASON_ORDER, 0)
    included = 0
    for reason, leads, domains, no_domain in session.execute(count_statement(f, org_id, now)):
        if reason is not None:
            excluded[reason] = int(leads)
        elif f.one_per_domain:
            included = int(domains) + int(no_domain or 0)
            excluded["duplicate_domain"] = int(leads) - included
        else:
            included = int(leads)
    return Tally(included + sum(excluded.values()), included, excluded)


def sample_statement(f: AudienceFilters, org_id: int, now: datetime, limit: int) -> Any:
    """SELECT the ids of the first ``limit`` included leads, by id."""
    cand = candidates(f, org_id, now).subquery("cand")
    stmt = select(cand.c.lead_id).where(cand.c.reason.is_(None))
    if f.one_per_domain:
        twin = has_older_twin(f, org_id, now, cand)
        stmt = stmt.where(or_(cand.c.company_domain.is_(None), ~twin))
    return stmt.order_by(cand.c.lead_id).limit(limit)


def sample_ids(
    session: Session, f: AudienceFilters, org_id: int, now: datetime, limit: int
) -> list[int]:
    """Ids of the first ``limit`` included leads, by id."""
    return list(session.scalars(sample_statement(f, org_id, now, limit)))
