"""/api/v1/suppressions: the organization-wide do-not-mail list of emails and domains."""

from __future__ import annotations

import io
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, UploadFile, status
from fastapi.responses import Response
from pydantic import BaseModel, Field

from outreach.api.deps import AuthDep, SessionDep
from outreach.api.schemas import Ok, ORMModel
from outreach.kit.clock import utcnow
from outreach.suppression import entries

router = APIRouter(prefix="/suppressions", tags=["suppression"])


class SuppressionIn(BaseModel):
    """One email or one domain, with a reason."""

    email: str | None = Field(default=None, max_length=320)
    domain: str | None = Field(default=None, max_length=253)
    reason: str = "manual"
    source: str = Field(default="api", max_length=50)


class SuppressionOut(ORMModel):
    """An entry; value is null once the address was erased (only its hash is kept)."""

    id: int
    kind: str
    value: str | None
    reason: str
    source: str
    created_at: datetime


class SuppressionPage(BaseModel):
    """A keyset page of entries."""

    items: list[SuppressionOut]
    next_cursor: str | None


@router.post("", status_code=status.HTTP_201_CREATED, response_model=SuppressionOut)
def add(body: SuppressionIn, session: SessionDep, auth: AuthDep) -> Any:
    """Suppress an email or domain; matching leads change status at once."""
    return entries.add_suppression(session, auth, **body.model_dump(), now=utcnow())


@router.get("", response_model=SuppressionPage)
def list_entries(
    session: SessionDep,
    auth: AuthDep,
    cursor: str | None = None,
    limit: int | None = None,
    kind: str | None = None,
    q: str | None = None,
) -> Any:
    """The suppression list."""
    return entries.list_suppressions(session, auth, cursor=cursor, limit=limit, kind=kind, q=q)


@router.get("/export.csv", response_class=Response)
def export(session: SessionDep, auth: AuthDep) -> Response:
    """The whole list as CSV (formula-safe)."""
    body = "".join(entries.export_csv(session, auth))
    return Response(
        body,
        media_type="text/csv",
        headers={"Content-Disposition": 'attachment; filename="suppressions.csv"'},
    )


@router.post("/import")
def import_entries(
    session: SessionDep,
    auth: AuthDep,
    file: Annotated[UploadFile, File(description="CSV with email or domain column")],
    source: Annotated[str, Form()] = "import",
) -> dict[str, Any]:
    """Import a CSV of emails/domains (columns email|domain|value, reason, source)."""
    text = io.TextIOWrapper(file.file, encoding="utf-8-sig", errors="replace", newline="")
    return entries.import_csv(session, auth, text, source=source[:50], now=utcnow())


@router.delete("/{entry_id}", response_model=Ok)
def remove(entry_id: int, session: SessionDep, auth: AuthDep) -> Any:
    """Remove an entry (admin)."""
    entries.delete_suppression(session, auth, entry_id)
    return Ok()
