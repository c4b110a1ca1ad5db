"""Static lead lists and bulk membership changes."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from outreach.db.models import Lead, LeadList, ListMember
from outreach.errors import Conflict, NotFound, ValidationFailed
from outreach.kit import like
from outreach.kit.clock import utcnow
from outreach.kit.pagination import Page, paginate
from outreach.tenancy.auth import AuthContext
from outreach.tenancy.scope import get_owned, owned_ids, scoped

MAX_IDS_PER_CALL = 10_000


def _check_name(name: Any) -> str:
    text = str(name or "").strip()
    if not text:
        raise ValidationFailed("list name is required", code="LIST_NAME_REQUIRED", field="name")
    if len(text) > 200:
        raise ValidationFailed("list name is longer than 200 characters", field="name")
    return text


def _by_name(session: Session, auth: AuthContext, name: str) -> LeadList | None:
    # scoped() is typed as rows of tuples; scalar() returns the entity itself.
    return cast(
        LeadList | None, session.scalar(scoped(LeadList, auth).where(LeadList.name == name))
    )


def create_list(
    session: Session, auth: AuthContext, *, name: str, description: str = ""
) -> LeadList:
    """Create a list with a name unique in the organization."""
    auth.require("edit")
    name = _check_name(name)
    if _by_name(session, auth, name):
        raise Conflict(f"list '{name}' already exists", code="LIST_EXISTS", field="name")
    row = LeadList(org_id=auth.org_id, name=name, description=description or "")
    session.add(row)
    session.flush()
    return row


def get_or_create_list(session: Session, auth: AuthContext, *, name: str) -> LeadList:
    """The list called ``name``, created when it does not exist yet (imports into a list)."""
    auth.require("edit")
    return _by_name(session, auth, _check_name(name)) or create_list(session, auth, name=name)


def get_list(session: Session, auth: AuthContext, list_id: int) -> LeadList:
    """One list of the caller's organization."""
    auth.require("read")
    return get_owned(session, LeadList, list_id, auth, what="list")


def list_ids_by_name(session: Session, auth: AuthContext, names: list[str]) -> dict[str, int]:
    """Ids of the caller's lists called exactly one of ``names`` (one query)."""
    auth.require("read")
    if not names:
        return {}
    rows = session.execute(
        scoped(LeadList, auth)
        .with_only_columns(LeadList.name, LeadList.id)
        .where(LeadList.name.in_(set(names)))
    )
    return {name: list_id for name, list_id in rows}


def resolve_lists(session: Session, auth: AuthContext, refs: list[int | str]) -> list[int]:
    """Ids of lists given by id or name; raise LIST_NOT_FOUND naming the unknown ones."""

    def is_id(ref: int | str) -> bool:
        return isinstance(ref, int) or (isinstance(ref, str) and ref.isdigit())

    owned = owned_ids(session, LeadList, [int(r) for r in refs if is_id(r)], auth)
    named = list_ids_by_name(session, auth, [str(r).strip() for r in refs if not is_id(r)])
    ids: list[int] = []
    missing: list[int | str] = []
    for ref in refs:
        if is_id(ref):
            found = int(ref) if int(ref) in owned else None
        else:
            found = named.get(str(ref).strip())
        if found is None:
            missing.append(ref)
        else:
            ids.append(found)
    if missing:
        raise NotFound(
            f"lists not found: {missing}", code="LIST_NOT_FOUND", field="lists", details=missing
        )
    return list(dict.fromkeys(ids))


def list_lists(
    session: Session,
    auth: AuthContext,
    *,
    cursor: str | None,
    limit: int | None,
    q: str | None = None,
    newest_first: bool = False,
) -> Page[LeadList]:
    """The organization's lists, optionally those whose name contains ``q`` (any case)."""
    auth.require("read")
    stmt = scoped(LeadList, auth)
    if q and q.strip():
        # Substring, not prefix: an organization has hundreds or thousands of lists, not
        # millions, and "q3" should find "Fair Q3".
        pattern = f"%{like.escape_like(q.strip().lower())}%"
        stmt = stmt.where(func.lower(LeadList.name).like(pattern, escape=like.ESCAPE))
    return paginate(
        session, stmt, LeadList.id, cursor=cursor, limit=limit, newest_first=newest_first
    )


def get_list_by_name(session: Session, auth: AuthContext, name: str) -> LeadList:
    """The list called exactly ``name``; LIST_NOT_FOUND naming it when there is none."""
    auth.require("read")
    row = _by_name(session, auth, str(name or "").strip())
    if row is None:
        raise NotFound(f"no list is called '{name}'", code="LIST_NOT_FOUND", field="list")
    return row


def list_names(session: Session, auth: AuthContext, list_ids: list[int]) -> dict[int, str]:
    """Names of the caller's lists among ``list_ids``."""
    auth.require("read")
    if not list_ids:
        return {}
    rows = session.execute(
        scoped(LeadList, auth)
        .with_only_columns(LeadList.id, LeadList.name)
        .where(LeadList.id.in_(list_ids))
    )
    return {list_id: name for list_id, name in rows}


def member_counts(session: Session, list_ids: list[int]) -> dict[int, int]:
    """Number of leads in each list."""
    if not list_ids:
        return {}
    rows = session.execute(
        select(ListMember.list_id, func.count())
        .where(ListMember.list_id.in_(list_ids))
        .group_by(ListMember.list_id)
    )
    return {list_id: count for list_id, count in rows}


def update_list(
    session: Session, auth: AuthContext, list_id: int, *, data: dict[str, Any]
) -> LeadList:
    """Rename a list or change its description."""
    auth.require("edit")
    row = get_owned(session, LeadList, list_id, auth, what="list")
    if data.get("name") is not None:
        name = _check_name(data["name"])
        other = _by_name(session, auth, name)
        if other is not None and other.id != row.id:
            raise Conflict(f"list '{name}' already exists", code="LIST_EXISTS", field="name")
        row.name = name
    if data.get("description") is not None:
        row.description = str(data["description"])
    session.flush()
    return row


def delete_list(session: Session, auth: AuthContext, list_id: int) -> None:
    """Delete a list (its leads stay)."""
    auth.require("edit")
    session.delete(get_owned(session, LeadList, list_id, auth, what="list"))
    session.flush()


def _check_ids(lead_ids: list[int]) -> list[int]:
    ids = list(dict.fromkeys(lead_ids))
    if not ids:
        raise ValidationFailed("lead_ids is empty", field="lead_ids")
    if len(ids) > MAX_IDS_PER_CALL:
        raise ValidationFailed(f"at most {MAX_IDS_PER_CALL} lead_ids per call", field="lead_ids")
    return ids


def add_members(session: Session, auth: AuthContext, list_id: int, lead_ids: list[int]) -> int:
    """Add leads to a list (already-present ones are left alone); returns how many were added."""
    auth.require("edit")
    row = get_owned(session, LeadList, list_id, auth, what="list")
    ids = _check_ids(lead_ids)
    owned = owned_ids(session, Lead, ids, auth)
    missing = sorted(set(ids) - owned)
    if missing:
        raise NotFound(f"leads not found: {missing[:20]}", code="LEAD_NOT_FOUND", field="lead_ids")
    present = set(
        session.scalars(
            select(ListMember.lead_id).where(
                ListMember.list_id == row.id, ListMember.lead_id.in_(ids)
            )
        )
    )
    new = [i for i in ids if i not in present]
    now = utcnow()
    session.add_all(
        ListMember(list_id=row.id, lead_id=i, org_id=auth.org_id, created_at=now) for i in new
    )
    session.flush()
    return len(new)


def remove_members(session: Session, auth: AuthContext, list_id: int, lead_ids: list[int]) -> int:
    """Remove leads from a list; returns how many were removed."""
    auth.require("edit")
    row = get_owned(session, LeadList, list_id, auth, what="list")
    result = session.execute(
        delete(ListMember).where(
            ListMember.list_id == row.id,
            ListMember.org_id == auth.org_id,
            ListMember.lead_id.in_(_check_ids(lead_ids)),
        )
    )
    return result.rowcount or 0  # type: ignore[attr-defined]
