"""Read helpers for screens that show leads: recent imports first, list names by id."""

from __future__ import annotations

from sqlalchemy.orm import Session

from outreach.db.models import ImportJob, LeadList
from outreach.kit.pagination import Page, paginate
from outreach.tenancy.auth import AuthContext
from outreach.tenancy.scope import scoped


def recent_imports(
    session: Session, auth: AuthContext, *, cursor: str | None, limit: int | None
) -> Page[ImportJob]:
    """The organization's import jobs, newest first."""
    auth.require("read")
    return paginate(
        session,
        scoped(ImportJob, auth),
        ImportJob.id,
        cursor=cursor,
        limit=limit,
        newest_first=True,
    )


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
