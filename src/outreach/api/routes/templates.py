"""/api/v1/templates"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, status
from pydantic import BaseModel, Field

from outreach.api.deps import AuthDep, SessionDep
from outreach.api.schemas import Ok, ORMModel, PageOut
from outreach.templates import service

router = APIRouter(prefix="/templates", tags=["templates"])


class TemplateIn(BaseModel):
    """A new template."""

    name: str = Field(min_length=1, max_length=200)
    subject: str = Field(min_length=1, max_length=998)
    html: str = ""
    text: str = ""


class TemplatePatch(BaseModel):
    """Fields to change."""

    name: str | None = Field(default=None, min_length=1, max_length=200)
    subject: str | None = Field(default=None, min_length=1, max_length=998)
    html: str | None = None
    text: str | None = None


class TemplateOut(ORMModel):
    """A template."""

    id: int
    name: str
    subject: str
    html: str
    text: str
    created_at: datetime
    updated_at: datetime


class PreviewIn(BaseModel):
    """Variables to render a template with."""

    context: dict[str, Any] = Field(default_factory=dict)


@router.post("", status_code=status.HTTP_201_CREATED, response_model=TemplateOut)
def create_template(body: TemplateIn, session: SessionDep, auth: AuthDep) -> Any:
    """Create a template (Jinja2 syntax is checked)."""
    return service.create_template(session, auth, data=body.model_dump())


@router.get("", response_model=PageOut[TemplateOut])
def list_templates(
    session: SessionDep, auth: AuthDep, cursor: str | None = None, limit: int | None = None
) -> Any:
    """List templates."""
    return service.list_templates(session, auth, cursor=cursor, limit=limit)


@router.get("/{template_id}", response_model=TemplateOut)
def get_template(template_id: int, session: SessionDep, auth: AuthDep) -> Any:
    """One template."""
    return service.get_template(session, auth, template_id)


@router.put("/{template_id}", response_model=TemplateOut)
def update_template(
    template_id: int, body: TemplatePatch, session: SessionDep, auth: AuthDep
) -> Any:
    """Change a template."""
    return service.update_template(session, auth, template_id, data=body.model_dump())


@router.delete("/{template_id}", response_model=Ok)
def delete_template(template_id: int, session: SessionDep, auth: AuthDep) -> Any:
    """Delete a template."""
    service.delete_template(session, auth, template_id)
    return Ok()


@router.post("/{template_id}/preview")
def preview_template(
    template_id: int, body: PreviewIn, session: SessionDep, auth: AuthDep
) -> dict[str, str]:
    """Render a template with the given variables."""
    rendered = service.preview(session, auth, template_id, body.context)
    return {"subject": rendered.subject, "html": rendered.html, "text": rendered.text}
