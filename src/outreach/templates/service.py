"""Template CRUD; every save checks the Jinja2 syntax of subject, HTML and text."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from outreach.db.models import Template
from outreach.errors import ValidationFailed
from outreach.kit.pagination import Page, paginate
from outreach.templates import render
from outreach.tenancy.auth import AuthContext
from outreach.tenancy.scope import get_owned, scoped

FIELDS = ("name", "subject", "html", "text")


def _validate(data: dict[str, Any]) -> None:
    if "name" in data and not str(data["name"]).strip():
        raise ValidationFailed("name is required", code="TEMPLATE_NAME_REQUIRED", field="name")
    if "subject" in data:
        if not str(data["subject"]).strip():
            raise ValidationFailed("subject is required", field="subject")
        render.check_syntax(data["subject"], field="subject")
    if "html" in data:
        render.check_syntax(data["html"] or "", field="html", html=True)
    if "text" in data:
        render.check_syntax(data["text"] or "", field="text")


def create_template(session: Session, auth: AuthContext, *, data: dict[str, Any]) -> Template:
    """Create a template after checking its syntax."""
    auth.require("edit")
    _validate(data)
    if not (data.get("html") or data.get("text")):
        raise ValidationFailed("a template needs an html or a text body", field="html")
    tpl = Template(org_id=auth.org_id, **{k: data.get(k) or "" for k in FIELDS})
    session.add(tpl)
    session.flush()
    return tpl


def get_template(session: Session, auth: AuthContext, template_id: int) -> Template:
    """One template of the caller's organization."""
    return get_owned(session, Template, template_id, auth)


def update_template(
    session: Session, auth: AuthContext, template_id: int, *, data: dict[str, Any]
) -> Template:
    """Change some fields of a template."""
    auth.require("edit")
    tpl = get_owned(session, Template, template_id, auth)
    changes = {k: v for k, v in data.items() if k in FIELDS and v is not None}
    _validate(changes)
    for key, value in changes.items():
        setattr(tpl, key, value)
    session.flush()
    return tpl


def delete_template(session: Session, auth: AuthContext, template_id: int) -> None:
    """Delete a template (campaigns that used it keep running with no default template)."""
    auth.require("edit")
    session.delete(get_owned(session, Template, template_id, auth))
    session.flush()


def list_templates(
    session: Session, auth: AuthContext, *, cursor: str | None, limit: int | None
) -> Page[Template]:
    """A page of templates, oldest first."""
    return paginate(session, scoped(Template, auth), Template.id, cursor=cursor, limit=limit)


def preview(session: Session, auth: AuthContext, template_id: int, context: dict[str, Any]) -> Any:
    """Render a template with a given context."""
    tpl = get_owned(session, Template, template_id, auth)
    return render.render(tpl.subject, tpl.html, tpl.text, context)
