"""/api/v1/lists: static lead lists and bulk membership."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, status
from pydantic import BaseModel, Field

from outreach.api.deps import AuthDep, SessionDep
from outreach.api.schemas import Ok, ORMModel
from outreach.leads import lists

router = APIRouter(prefix="/lists", tags=["lists"])


class ListIn(BaseModel):
    """A new list."""

    name: str = Field(min_length=1, max_length=200)
    description: str = ""


class ListPatch(BaseModel):
    """Fields to change."""

    name: str | None = Field(default=None, min_length=1, max_length=200)
    description: str | None = None


class ListOut(ORMModel):
    """A list with its number of leads."""

    id: int
    name: str
    description: str
    created_at: datetime
    lead_count: int = 0


class ListPage(BaseModel):
    """A keyset page of lists."""

    items: list[ListOut]
    next_cursor: str | None


class LeadIds(BaseModel):
    """Leads to add or remove."""

    lead_ids: list[int] = Field(min_length=1, max_length=lists.MAX_IDS_PER_CALL)


def _out(session: Any, rows: list[Any]) -> list[ListOut]:
    counts = lists.member_counts(session, [r.id for r in rows])
    return [
        ListOut.model_validate(r).model_copy(update={"lead_count": counts.get(r.id, 0)})
        for r in rows
    ]


@router.post("", status_code=status.HTTP_201_CREATED, response_model=ListOut)
def create_list(body: ListIn, session: SessionDep, auth: AuthDep) -> Any:
    """Create a list (409 LIST_EXISTS on a duplicate name)."""
    return _out(session, [lists.create_list(session, auth, **body.model_dump())])[0]


@router.get("", response_model=ListPage)
def list_lists(
    session: SessionDep,
    auth: AuthDep,
    cursor: str | None = None,
    limit: int | None = None,
    q: str | None = None,
) -> Any:
    """The organization's lists; ``q`` keeps those whose name contains it (any case)."""
    page = lists.list_lists(session, auth, cursor=cursor, limit=limit, q=q)
    return ListPage(items=_out(session, page.items), next_cursor=page.next_cursor)


@router.get("/{list_id}", response_model=ListOut)
def get_list(list_id: int, session: SessionDep, auth: AuthDep) -> Any:
    """One list."""
    return _out(session, [lists.get_list(session, auth, list_id)])[0]


@router.patch("/{list_id}", response_model=ListOut)
def update_list(list_id: int, body: ListPatch, session: SessionDep, auth: AuthDep) -> Any:
    """Rename a list or change its description."""
    row = lists.update_list(session, auth, list_id, data=body.model_dump(exclude_unset=True))
    return _out(session, [row])[0]


@router.delete("/{list_id}", response_model=Ok)
def delete_list(list_id: int, session: SessionDep, auth: AuthDep) -> Any:
    """Delete a list; its leads stay."""
    lists.delete_list(session, auth, list_id)
    return Ok()


@router.post("/{list_id}/leads")
def add_leads(list_id: int, body: LeadIds, session: SessionDep, auth: AuthDep) -> dict[str, int]:
    """Add leads to the list."""
    return {"added": lists.add_members(session, auth, list_id, body.lead_ids)}


@router.delete("/{list_id}/leads")
def remove_leads(list_id: int, body: LeadIds, session: SessionDep, auth: AuthDep) -> dict[str, int]:
    """Remove leads from the list."""
    return {"removed": lists.remove_members(session, auth, list_id, body.lead_ids)}
