"""Single-lead operations: create, read, search, change, stop, soft delete, tags."""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from sqlalchemy import and_, delete, or_, select
from sqlalchemy.orm import Session

from outreach.db.models import Lead, LeadList, LeadTag, ListMember, Tag
from outreach.db.models.leads import LEAD_STATUSES, SEARCH_EXPRESSIONS
from outreach.errors import Conflict, ValidationFailed
from outreach.kit import like
from outreach.kit.pagination import Page, paginate
from outreach.leads.normalize import LEAD_FIELDS, clean_row, company_domain
from outreach.suppression.service import apply_to_emails
from outreach.tenancy.auth import AuthContext
from outreach.tenancy.scope import get_owned, scoped

EDITABLE = tuple(f for f in LEAD_FIELDS if f != "email")


def _clean(data: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    raw = {k: data.get(k) for k in LEAD_FIELDS if k in data}
    row = clean_row(raw)
    if row.errors:
        column, reason = row.errors[0]
        code = "CONTACT_EMAIL_INVALID" if column == "email" else "VALIDATION_ERROR"
        raise ValidationFailed(f"{column}: {reason}", code=code, field=column)
    extra = data.get("vars") or {}
    if not isinstance(extra, dict):
        raise ValidationFailed("vars must be an object", field="vars")
    return row.fields, dict(extra)


def create_lead(
    session: Session, auth: AuthContext, *, data: dict[str, Any], now: datetime
) -> Lead:
    """Create one lead; its email must be unique in the organization."""
    auth.require("edit")
    fields, extra = _clean(data)
    exists = cast(
        Lead | None, session.scalar(scoped(Lead, auth).where(Lead.email == fields["email"]))
    )
    if exists is not None:
        raise Conflict(
            f"a lead with email {fields['email']} already exists",
            code="LEAD_EXISTS",
            field="email",
            details={"id": exists.id},
        )
    lead = Lead(
        org_id=auth.org_id,
        vars=extra,
        source=str(data.get("source") or "api")[:100],
        created_at=now,
        updated_at=now,
        **fields,
    )
    session.add(lead)
    session.flush()
    apply_to_emails(session.connection(), org_id=auth.org_id, emails=[lead.email], now=now)
    session.refresh(lead)
    if data.get("tags"):
        set_tags(session, auth, lead.id, list(data["tags"]))
    return lead


def get_lead(session: Session, auth: AuthContext, lead_id: int) -> Lead:
    """One live (not deleted) lead of the caller's organization."""
    auth.require("read")
    return get_owned(session, Lead, lead_id, auth, what="lead")


# Search is by prefix so PostgreSQL can answer it from the text_pattern_ops indexes
# (db/models/leads.SEARCH_INDEXES) instead of scanning the organization's leads.
SEARCH_MAX_WORDS = 5
SEARCH_MAX_LENGTH = 200


def searched_columns() -> tuple[Any, ...]:
    """The lead fields search matches: the search indexes' own expressions."""
    return tuple(expr for _key, expr in SEARCH_EXPRESSIONS)


def _starts_with(term: str) -> Any:
    """Some searchable field starts with ``term`` (already lower-cased)."""
    pattern = like.prefix_pattern(term)
    return or_(*(column.like(pattern, escape=like.ESCAPE) for column in searched_columns()))


def search_condition(q: str) -> Any:
    """Case-insensitive prefix search: the whole text, or every word, starts a field."""
    text = " ".join(q.lower().split())[:SEARCH_MAX_LENGTH]
    words = list(dict.fromkeys(text.split(" ")))[:SEARCH_MAX_WORDS]
    phrase = _starts_with(text)
    if len(words) < 2:
        return phrase
    return or_(phrase, and_(*(_starts_with(word) for word in words)))


def search_statement(
    auth: AuthContext,
    *,
    q: str | None = None,
    status: str | None = None,
    list_id: int | None = None,
    tag: str | None = None,
    stopped: bool | None = None,
    include_deleted: bool = False,
) -> Any:
    """The filtered SELECT of leads; keyset-paginated by id so no OFFSET is ever needed."""
    stmt = scoped(Lead, auth)
    if not include_deleted:
        stmt = stmt.where(Lead.deleted_at.is_(None))
    if status:
        if status not in LEAD_STATUSES:
            raise ValidationFailed(f"unknown status '{status}'", field="status")
        stmt = stmt.where(Lead.status == status)
    if stopped is not None:
        stmt = stmt.where(Lead.stopped == stopped)
    if list_id is not None:
        stmt = stmt.where(
            select(ListMember.lead_id)
            .where(ListMember.list_id == list_id, ListMember.lead_id == Lead.id)
            .exists()
        )
    if tag:
        stmt = stmt.where(
            select(LeadTag.lead_id)
            .join(Tag, Tag.id == LeadTag.tag_id)
            .where(Tag.org_id == auth.org_id, Tag.name == tag.strip(), LeadTag.lead_id == Lead.id)
            .exists()
        )
    if q and q.strip():
        stmt = stmt.where(search_condition(q))
    return stmt


def list_leads(
    session: Session,
    auth: AuthContext,
    *,
    cursor: str | None = None,
    limit: int | None = None,
    **filters: Any,
) -> Page[Lead]:
    """Search leads (prefix of email/name/company/domain, status, list, tag, stop flag), by id."""
    auth.require("read")
    if filters.get("list_id") is not None:
        get_owned(session, LeadList, filters["list_id"], auth, what="list")
    stmt = search_statement(auth, **filters)
    return paginate(session, stmt, Lead.id, cursor=cursor, limit=limit)


def update_lead(
    session: Session, auth: AuthContext, lead_id: int, *, data: dict[str, Any], now: datetime
) -> Lead:
    """Change fields, vars (merged), status, or the stop flag."""
    auth.require("edit")
    lead = get_owned(session, Lead, lead_id, auth, what="lead")
    changes = {k: v for k, v in data.items() if k in EDITABLE and v is not None}
    if changes:
        fields, _ = _clean({"email": lead.email, **changes})
        for key in changes:
            setattr(lead, key, fields.get(key))
        lead.company_domain = company_domain(lead.email, lead.url)
    if data.get("vars") is not None:
        if not isinstance(data["vars"], dict):
            raise ValidationFailed("vars must be an object", field="vars")
        lead.vars = {**(lead.vars or {}), **data["vars"]}
    if data.get("status") is not None:
        if data["status"] not in LEAD_STATUSES:
            raise ValidationFailed(f"unknown status '{data['status']}'", field="status")
        lead.status = data["status"]
    if data.get("stopped") is not None:
        lead.stopped = bool(data["stopped"])
    if data.get("tags") is not None:
        set_tags(session, auth, lead.id, list(data["tags"]))
    lead.updated_at = now
    session.flush()
    return lead


def delete_lead(session: Session, auth: AuthContext, lead_id: int, *, now: datetime) -> None:
    """Soft-delete: the lead disappears from lists and audiences but its history stays."""
    auth.require("edit")
    lead = get_owned(session, Lead, lead_id, auth, what="lead")
    lead.deleted_at = now
    lead.updated_at = now
    session.flush()


def _tag_ids(session: Session, auth: AuthContext, names: list[str]) -> list[int]:
    clean = list(dict.fromkeys(n.strip() for n in names if n and n.strip()))
    if any(len(n) > 100 for n in clean):
        raise ValidationFailed("tag longer than 100 characters", field="tags")
    tags = cast(list[Tag], list(session.scalars(scoped(Tag, auth).where(Tag.name.in_(clean)))))
    found = {t.name: t.id for t in tags}
    for name in clean:
        if name not in found:
            tag = Tag(org_id=auth.org_id, name=name)
            session.add(tag)
            session.flush()
            found[name] = tag.id
    return [found[n] for n in clean]


def set_tags(session: Session, auth: AuthContext, lead_id: int, names: list[str]) -> list[str]:
    """Replace a lead's tags (created on first use)."""
    auth.require("edit")
    lead = get_owned(session, Lead, lead_id, auth, what="lead")
    ids = _tag_ids(session, auth, names)
    session.execute(delete(LeadTag).where(LeadTag.lead_id == lead.id))
    session.add_all(LeadTag(lead_id=lead.id, tag_id=i, org_id=auth.org_id) for i in ids)
    session.flush()
    return tags_of(session, [lead.id]).get(lead.id, [])


def tags_of(session: Session, lead_ids: list[int]) -> dict[int, list[str]]:
    """Tag names per lead id."""
    if not lead_ids:
        return {}
    out: dict[int, list[str]] = {}
    rows = session.execute(
        select(LeadTag.lead_id, Tag.name)
        .join(Tag, Tag.id == LeadTag.tag_id)
        .where(LeadTag.lead_id.in_(lead_ids))
        .order_by(Tag.name)
    )
    for lead_id, name in rows:
        out.setdefault(lead_id, []).append(name)
    return out


def lists_of(session: Session, lead_ids: list[int]) -> dict[int, list[int]]:
    """List ids per lead id."""
    if not lead_ids:
        return {}
    out: dict[int, list[int]] = {}
    rows = session.execute(
        select(ListMember.lead_id, ListMember.list_id).where(ListMember.lead_id.in_(lead_ids))
    )
    for lead_id, list_id in rows:
        out.setdefault(lead_id, []).append(list_id)
    return out
