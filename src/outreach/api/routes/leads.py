"""/api/v1/leads: create, search, read, change, soft delete, tags, and CSV/JSONL import."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Query, UploadFile, status
from pydantic import BaseModel, Field

from outreach.api.deps import AuthDep, RuntimeDep, SessionDep
from outreach.api.routes.imports import ImportJobOut, job_out
from outreach.api.schemas import Ok, ORMModel
from outreach.kit.clock import utcnow
from outreach.leads import imports, service

router = APIRouter(prefix="/leads", tags=["leads"])

# Uploads up to this size are imported within the request; larger ones in a thread.
INLINE_MAX_BYTES = 2 * 1024 * 1024


class LeadFields(BaseModel):
    """The optional contact fields shared by create and update."""

    first_name: str | None = None
    last_name: str | None = None
    company: str | None = None
    title: str | None = None
    url: str | None = None
    linkedin_url: str | None = None
    phone: str | None = None
    timezone: str | None = None


class LeadIn(LeadFields):
    """A new lead; unknown keys belong in ``vars``."""

    email: str = Field(min_length=3, max_length=320)
    vars: dict[str, Any] = Field(default_factory=dict)
    tags: list[str] = Field(default_factory=list)


class LeadPatch(LeadFields):
    """Fields to change; vars are merged into the existing ones."""

    vars: dict[str, Any] | None = None
    status: str | None = None
    stopped: bool | None = None
    tags: list[str] | None = None


class LeadOut(ORMModel):
    """A lead."""

    id: int
    email: str
    first_name: str | None
    last_name: str | None
    company: str | None
    title: str | None
    url: str | None
    linkedin_url: str | None
    phone: str | None
    timezone: str | None
    company_domain: str | None
    vars: dict[str, Any]
    status: str
    stopped: bool
    source: str | None
    last_emailed_at: datetime | None
    created_at: datetime
    updated_at: datetime
    tags: list[str] = Field(default_factory=list)
    list_ids: list[int] = Field(default_factory=list)


class LeadPage(BaseModel):
    """A keyset page of leads."""

    items: list[LeadOut]
    next_cursor: str | None


class TagsIn(BaseModel):
    """The full set of tags of a lead."""

    tags: list[str]


def _out(session: Any, leads: list[Any]) -> list[LeadOut]:
    ids = [lead.id for lead in leads]
    tags, lists = service.tags_of(session, ids), service.lists_of(session, ids)
    return [
        LeadOut.model_validate(lead).model_copy(
            update={"tags": tags.get(lead.id, []), "list_ids": sorted(lists.get(lead.id, []))}
        )
        for lead in leads
    ]


@router.post("", status_code=status.HTTP_201_CREATED, response_model=LeadOut)
def create_lead(body: LeadIn, session: SessionDep, auth: AuthDep) -> Any:
    """Create one lead (409 LEAD_EXISTS when the email is already there)."""
    lead = service.create_lead(session, auth, data=body.model_dump(), now=utcnow())
    return _out(session, [lead])[0]


@router.get("", response_model=LeadPage)
def list_leads(
    session: SessionDep,
    auth: AuthDep,
    cursor: str | None = None,
    limit: int | None = None,
    q: Annotated[
        str | None,
        Query(
            description="case-insensitive prefix of email, first or last name, company or "
            "company domain; several words must each start one of them"
        ),
    ] = None,
    lead_status: Annotated[str | None, Query(alias="status")] = None,
    list_id: Annotated[int | None, Query(alias="list")] = None,
    tag: str | None = None,
    stopped: bool | None = None,
) -> Any:
    """Search leads (prefix match, see README "Searching leads"); ``next_cursor`` pages on."""
    page = service.list_leads(
        session,
        auth,
        cursor=cursor,
        limit=limit,
        q=q,
        status=lead_status,
        list_id=list_id,
        tag=tag,
        stopped=stopped,
    )
    return LeadPage(items=_out(session, page.items), next_cursor=page.next_cursor)


@router.post("/import", status_code=status.HTTP_202_ACCEPTED, response_model=ImportJobOut)
def import_leads(
    session: SessionDep,
    auth: AuthDep,
    runtime: RuntimeDep,
    file: Annotated[UploadFile, File(description="CSV (any delimiter) or JSON lines")],
    list_name: Annotated[str | None, Form(alias="list")] = None,
    mode: Annotated[str, Form(description="skip | update | fill")] = "skip",
) -> Any:
    """Upload leads; small files finish within the request, larger ones run in the background."""
    job = imports.create_import(
        session,
        auth,
        upload=file.file,
        filename=file.filename or "upload",
        data_dir=runtime.settings.data_dir,
        max_bytes=runtime.settings.import_max_bytes,
        list_name=list_name or None,
        mode=mode,
        now=utcnow(),
    )
    if job.total_bytes <= INLINE_MAX_BYTES:
        imports.run_import(session.connection(), job.id, clock=utcnow, inline=True)
        session.refresh(job)
        return job_out(job)
    # The job row must be committed before the worker thread's own connection can see it.
    session.commit()
    imports.run_in_thread(runtime.engine, job.id, clock=utcnow)
    return job_out(job)


@router.get("/{lead_id}", response_model=LeadOut)
def get_lead(lead_id: int, session: SessionDep, auth: AuthDep) -> Any:
    """One lead."""
    return _out(session, [service.get_lead(session, auth, lead_id)])[0]


@router.patch("/{lead_id}", response_model=LeadOut)
def update_lead(lead_id: int, body: LeadPatch, session: SessionDep, auth: AuthDep) -> Any:
    """Change a lead's fields, vars, status, stop flag or tags."""
    lead = service.update_lead(
        session, auth, lead_id, data=body.model_dump(exclude_unset=True), now=utcnow()
    )
    return _out(session, [lead])[0]


@router.put("/{lead_id}/tags", response_model=LeadOut)
def set_tags(lead_id: int, body: TagsIn, session: SessionDep, auth: AuthDep) -> Any:
    """Replace a lead's tags."""
    service.set_tags(session, auth, lead_id, body.tags)
    return _out(session, [service.get_lead(session, auth, lead_id)])[0]


@router.delete("/{lead_id}", response_model=Ok)
def delete_lead(lead_id: int, session: SessionDep, auth: AuthDep) -> Any:
    """Soft-delete a lead."""
    service.delete_lead(session, auth, lead_id, now=utcnow())
    return Ok()
