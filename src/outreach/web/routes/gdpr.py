"""GDPR pages for one lead (admins): download everything held about it, or erase it."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal

from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from outreach.db.models import Lead
from outreach.leads import gdpr, service
from outreach.web import forms
from outreach.web.pages import Page, page, redirect, show
from outreach.web.render import NavItem


def _plain(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    raise TypeError(f"cannot export {type(value).__name__}")


def _lead(p: Page) -> Lead:
    return service.get_lead(p.db, p.auth, forms.path_id(p, "lead_id", what="lead"))


@page
def export_json(p: Page) -> Response:
    """Everything held about the lead's address, as a JSON download."""
    lead = _lead(p)
    data = gdpr.export(p.db, p.auth, email=lead.email)
    body = json.dumps(data, default=_plain, indent=2, ensure_ascii=False)
    return Response(
        body,
        media_type="application/json",
        headers={"Content-Disposition": f'attachment; filename="lead-{lead.id}-export.json"'},
    )


@page
def erase_confirm(p: Page) -> Response:
    """Ask for the address again before erasing."""
    p.auth.require("admin")
    return show(p, "leads/erase.html", {"lead": _lead(p)})


@page
def erase(p: Page) -> Response:
    """Delete the lead and its data for good, keeping only a hashed suppression entry."""
    lead = _lead(p)
    p.auth.require("admin")
    if p.field("confirm").lower() != lead.email:
        return redirect(
            p,
            f"/leads/{lead.id}/erase",
            flash=("error", "Type the lead's email address exactly to confirm."),
        )
    email = lead.email
    gdpr.erase(p.db, p.auth, email=email, now=p.now)
    text = f"Erased {email}: only a hash is kept, so the address is never emailed again."
    return redirect(p, "/leads", flash=("ok", text))


routes: list[BaseRoute] = [
    Route("/leads/{lead_id:int}/export.json", export_json, methods=["GET"]),
    Route("/leads/{lead_id:int}/erase", erase_confirm, methods=["GET"]),
    Route("/leads/{lead_id:int}/erase", erase, methods=["POST"]),
]
nav: list[NavItem] = []
