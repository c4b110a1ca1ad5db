"""Lead pages: search with filters, one lead with its lists, stop, delete and bulk list edits."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from outreach.db.models import LeadList
from outreach.db.models.leads import LEAD_STATUSES
from outreach.errors import NotFound, ValidationFailed
from outreach.leads import lists, service
from outreach.web import forms
from outreach.web.pages import Page, page, redirect, refused, show
from outreach.web.render import NavItem

PAGE_SIZE = 50
# The newest lists (and campaigns), offered as suggestions (<datalist>) where a name is typed.
HINT_LISTS = 50
STOPPED = {"": None, "yes": True, "no": False}


def _filters(p: Page) -> dict[str, object]:
    stopped = forms.query(p, "stopped")
    if stopped not in STOPPED:
        raise ValidationFailed("stopped must be yes or no", field="stopped")
    return {
        "q": forms.query(p, "q"),
        "status": forms.query(p, "status"),
        "list": forms.query_id(p, "list"),
        "tag": forms.query(p, "tag"),
        "stopped": stopped,
    }


def _chosen_list(p: Page, chosen: dict[str, object]) -> tuple[str, str]:
    """Resolve a typed list name into ``chosen["list"]``; (name shown, error or '')."""
    name = forms.query(p, "list_name")
    if name:
        try:
            chosen["list"] = lists.get_list_by_name(p.db, p.auth, name).id
        except NotFound as exc:
            chosen["list"] = None
            return name, exc.message
        return name, ""
    list_id = chosen["list"]
    if isinstance(list_id, int):
        return lists.list_names(p.db, p.auth, [list_id]).get(list_id, ""), ""
    return "", ""


def hint_lists(p: Page) -> list[str]:
    """Names of the newest lists, as suggestions for a typed list name."""
    page = lists.list_lists(p.db, p.auth, cursor=None, limit=HINT_LISTS, newest_first=True)
    return [row.name for row in page.items]


@page
def lead_list(p: Page) -> Response:
    """Search and filter leads, a keyset page at a time, with bulk list actions."""
    chosen = _filters(p)
    list_name, list_error = _chosen_list(p, chosen)
    if list_error:
        here = forms.url_with("/leads", {**chosen, "list_name": list_name})
        return _show(p, chosen, list_name, [], here=here, back="/leads", error=list_error)
    cursor = forms.query(p, "cursor") or None
    result = service.list_leads(
        p.db,
        p.auth,
        cursor=cursor,
        limit=PAGE_SIZE,
        q=chosen["q"] or None,
        status=chosen["status"] or None,
        list_id=chosen["list"],
        tag=chosen["tag"] or None,
        stopped=STOPPED[str(chosen["stopped"])],
    )
    ids = [lead.id for lead in result.items]
    memberships = service.lists_of(p.db, ids)
    names = lists.list_names(p.db, p.auth, sorted({i for m in memberships.values() for i in m}))
    rows = [
        (lead, sorted(names[i] for i in memberships.get(lead.id, []) if i in names))
        for lead in result.items
    ]
    return _show(
        p,
        chosen,
        list_name,
        rows,
        here=forms.url_with("/leads", chosen),
        # Bulk actions come back to this very page, not to the first one.
        back=forms.url_with("/leads", {**chosen, "cursor": cursor}),
        next_url=forms.next_url("/leads", chosen, result.next_cursor),
    )


def _show(
    p: Page,
    chosen: dict[str, object],
    list_name: str,
    rows: list[Any],
    *,
    here: str,
    back: str,
    next_url: str | None = None,
    error: str = "",
) -> Response:
    """The leads page; an unknown typed list name shows no rows, its error and a 404."""
    context = {
        "rows": rows,
        "chosen": chosen,
        "list_name": list_name,
        "list_error": error,
        "statuses": LEAD_STATUSES,
        "list_hints": hint_lists(p),
        "here": here,
        "back": back,
        "next_url": next_url,
        "can_edit": p.auth.can("edit"),
    }
    return show(p, "leads/list.html", context, status_code=404 if error else 200)


def _lead_id(p: Page) -> int:
    return forms.path_id(p, "lead_id", what="lead")


@page
def lead_detail(p: Page) -> Response:
    """One lead: fields, variables, tags, lists and the actions the role allows."""
    lead = service.get_lead(p.db, p.auth, _lead_id(p))
    list_ids = service.lists_of(p.db, [lead.id]).get(lead.id, [])
    names = lists.list_names(p.db, p.auth, list_ids)
    context = {
        "lead": lead,
        "lead_lists": sorted(names.items(), key=lambda item: item[1]),
        "tags": service.tags_of(p.db, [lead.id]).get(lead.id, []),
        "can_edit": p.auth.can("edit"),
        "can_admin": p.auth.can("admin"),
    }
    return show(p, "leads/detail.html", context)


def _set_stopped(p: Page, stopped: bool) -> Response:
    lead = service.update_lead(p.db, p.auth, _lead_id(p), data={"stopped": stopped}, now=p.now)
    text = "Lead stopped: it gets no further emails." if stopped else "Lead unstopped."
    return redirect(p, f"/leads/{lead.id}", flash=("ok", text))


@page
def lead_stop(p: Page) -> Response:
    """Set the stop flag: no further steps are sent to this lead."""
    return _set_stopped(p, True)


@page
def lead_unstop(p: Page) -> Response:
    """Clear the stop flag."""
    return _set_stopped(p, False)


@page
def lead_delete(p: Page) -> Response:
    """Soft-delete: the lead leaves lists and audiences; its history stays."""
    lead = service.get_lead(p.db, p.auth, _lead_id(p))
    email = lead.email
    service.delete_lead(p.db, p.auth, lead.id, now=p.now)
    return redirect(p, "/leads", flash=("ok", f"Deleted {email}."))


@page
def bulk_lists(p: Page) -> Response:
    """Add the ticked leads to a list (by its typed name), or remove them from it."""
    back = forms.local_url(p.field("back"), default="/leads", prefix="/leads")
    p.auth.require("edit")
    action = p.field("action")
    list_name = p.field("list_name")
    lead_ids = forms.form_ids(p, "lead_ids")
    try:
        if action not in ("add", "remove"):
            raise ValidationFailed("choose add or remove", field="action")
        if not lead_ids:
            raise ValidationFailed("tick at least one lead", field="lead_ids")
        row = _bulk_list(p, list_name)
        if action == "add":
            done = lists.add_members(p.db, p.auth, row.id, lead_ids)
            text = f"Added {done} lead(s) to {row.name}."
        else:
            done = lists.remove_members(p.db, p.auth, row.id, lead_ids)
            text = f"Removed {done} lead(s) from {row.name}."
    except ValidationFailed as exc:
        return refused(p, back, "Nothing changed", exc)
    return redirect(p, back, flash=("ok", text))


def _bulk_list(p: Page, name: str) -> LeadList:
    if name:
        try:
            return lists.get_list_by_name(p.db, p.auth, name)
        except NotFound as exc:
            # A typo the user can fix: a flash on the same page, not a 404 page.
            raise ValidationFailed(exc.message, code=exc.code, field="list_name") from exc
    # A list id (an older form, or a link) is looked up as an id: another org's is a 404.
    list_id = forms.form_id(p, "list_id")
    if list_id is None:
        raise ValidationFailed("type the name of a list", field="list_name")
    return lists.get_list(p.db, p.auth, list_id)


routes: list[BaseRoute] = [
    Route("/leads", lead_list, methods=["GET"]),
    Route("/leads/bulk", bulk_lists, methods=["POST"]),
    Route("/leads/{lead_id:int}", lead_detail, methods=["GET"]),
    Route("/leads/{lead_id:int}/stop", lead_stop, methods=["POST"]),
    Route("/leads/{lead_id:int}/unstop", lead_unstop, methods=["POST"]),
    Route("/leads/{lead_id:int}/delete", lead_delete, methods=["POST"]),
]
nav = [NavItem("Leads", "/leads", order=20)]
