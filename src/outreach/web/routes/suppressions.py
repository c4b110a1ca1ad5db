"""Suppression pages: the do-not-mail list, add, delete, CSV import and export."""

from __future__ import annotations

import io

from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from outreach.db.models.suppression import SUPPRESSION_REASONS
from outreach.errors import ValidationFailed
from outreach.suppression import entries
from outreach.web import forms
from outreach.web.pages import Page, page, redirect, refused, show
from outreach.web.render import NavItem

PAGE_SIZE = 100
KINDS = ("email", "domain")
# How many rejected rows of a CSV import the flash message names.
SHOWN_ERRORS = 3


@page
def suppression_list(p: Page) -> Response:
    """Entries a page at a time, optionally of one kind or containing some text."""
    kind = forms.query(p, "kind")
    if kind and kind not in KINDS:
        raise ValidationFailed("kind must be email or domain", field="kind")
    q = forms.query(p, "q")
    result = entries.list_suppressions(
        p.db,
        p.auth,
        cursor=forms.query(p, "cursor") or None,
        limit=PAGE_SIZE,
        kind=kind or None,
        q=q or None,
    )
    chosen = {"kind": kind, "q": q}
    next_url = forms.next_url("/suppressions", chosen, result.next_cursor)
    context = {
        "rows": result.items,
        "chosen": chosen,
        "next_url": next_url,
        "kinds": KINDS,
        "reasons": SUPPRESSION_REASONS,
        "can_edit": p.auth.can("edit"),
        "can_admin": p.auth.can("admin"),
    }
    return show(p, "suppressions/list.html", context)


@page
def suppression_add(p: Page) -> Response:
    """Suppress one address or a whole domain."""
    kind, value = p.field("kind"), p.field("value")
    try:
        if kind not in KINDS:
            raise ValidationFailed("choose email or domain", field="kind")
        entry = entries.add_suppression(
            p.db,
            p.auth,
            email=value if kind == "email" else None,
            domain=value if kind == "domain" else None,
            reason=p.field("reason") or "manual",
            source="dashboard",
            now=p.now,
        )
    except ValidationFailed as exc:
        return refused(p, "/suppressions", "Not added", exc)
    return redirect(p, "/suppressions", flash=("ok", f"Suppressed {entry.kind} {entry.value}."))


@page
def suppression_delete(p: Page) -> Response:
    """Remove an entry (admins); leads keep their status."""
    entry_id = forms.path_id(p, "entry_id", what="suppression")
    entries.delete_suppression(p.db, p.auth, entry_id)
    text = "Entry removed. Leads it had marked keep their status."
    return redirect(p, "/suppressions", flash=("ok", text))


@page
def suppression_import(p: Page) -> Response:
    """Import a CSV with an email, domain or value column (and optional reason)."""
    p.auth.require("edit")
    try:
        upload = forms.form_file(p, "file", missing="choose a CSV file")
        text = io.TextIOWrapper(upload.file, encoding="utf-8-sig", errors="replace", newline="")
        result = entries.import_csv(p.db, p.auth, text, source="import", now=p.now)
    except ValidationFailed as exc:
        return refused(p, "/suppressions", "Not imported", exc)
    message = f"Imported {result['imported']} entries."
    if result["failed"]:
        shown = "; ".join(f"row {e['row']}: {e['reason']}" for e in result["errors"][:SHOWN_ERRORS])
        message += f" {result['failed']} rows rejected ({shown})."
    return redirect(p, "/suppressions", flash=("error" if result["failed"] else "ok", message))


@page
def suppression_export(p: Page) -> Response:
    """The whole list as CSV; cells that could run as spreadsheet formulas are neutralised."""
    body = "".join(entries.export_csv(p.db, p.auth))
    return Response(
        body,
        media_type="text/csv",
        headers={"Content-Disposition": 'attachment; filename="suppressions.csv"'},
    )


routes: list[BaseRoute] = [
    Route("/suppressions", suppression_list, methods=["GET"]),
    Route("/suppressions", suppression_add, methods=["POST"]),
    Route("/suppressions/import", suppression_import, methods=["POST"]),
    Route("/suppressions/export.csv", suppression_export, methods=["GET"]),
    Route("/suppressions/{entry_id:int}/delete", suppression_delete, methods=["POST"]),
]
nav = [NavItem("Suppression", "/suppressions", order=25)]
