"""The single place tenant filters are built: every query on org-owned rows goes through here."""

from __future__ import annotations

from typing import Any, Protocol, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from outreach.errors import NotFound
from outreach.tenancy.auth import AuthContext


class OrgOwned(Protocol):
    """A model with an ``org_id`` column."""

    org_id: Any


M = TypeVar("M")


def scoped(model: type[M], auth: AuthContext) -> Select[Any]:
    """``SELECT model WHERE org_id = caller's org``; the base of every tenant query."""
    column: InstrumentedAttribute[int] = model.org_id  # type: ignore[attr-defined]
    return select(model).where(column == auth.org_id)


def get_owned(
    session: Session, model: type[M], row_id: int, auth: AuthContext, *, what: str = ""
) -> M:
    """Fetch one row of the caller's organization or raise NotFound (never another org's)."""
    row = session.get(model, row_id)
    # Another org's row and a soft-deleted row look exactly like a missing one.
    if (
        row is None
        or row.org_id != auth.org_id  # type: ignore[attr-defined]
        or getattr(row, "deleted_at", None) is not None
    ):
        label = what or model.__name__.lower()
        raise NotFound(f"{label} {row_id} not found", code=f"{label.upper()}_NOT_FOUND")
    return row


def owned_ids(session: Session, model: type[M], ids: list[int], auth: AuthContext) -> set[int]:
    """The subset of ``ids`` that belong to the caller's organization."""
    if not ids:
        return set()
    id_col = model.id  # type: ignore[attr-defined]
    stmt = scoped(model, auth).with_only_columns(id_col).where(id_col.in_(ids))
    return set(session.scalars(stmt))
