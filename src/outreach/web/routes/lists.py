"""List pages: every list with its member count, create, rename and delete."""

from __future__ import annotations

from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from outreach.errors import Conflict, ValidationFailed
from outreach.leads import lists
from outreach.web import forms
from outreach.web.pages import Page, page, redirect, refused, show
from outreach.web.render import NavItem

PAGE_SIZE = 100


@page
def list_index(p: Page) -> Response:
    """The organization's lists with member counts, a keyset page at a time, by name."""
    q = forms.query(p, "q")
    result = lists.list_lists(
        p.db, p.auth, cursor=forms.query(p, "cursor") or None, limit=PAGE_SIZE, q=q or None
    )
    counts = lists.member_counts(p.db, [row.id for row in result.items])
    rows = [(row, counts.get(row.id, 0)) for row in result.items]
    next_url = forms.next_url("/lists", {"q": q}, result.next_cursor)
    context = {"rows": rows, "q": q, "next_url": next_url, "can_edit": p.auth.can("edit")}
    return show(p, "lists/index.html", context)


@page
def list_create(p: Page) -> Response:
    """Create a list."""
    try:
        row = lists.create_list(
            p.db, p.auth, name=p.field("name"), description=p.field("description")
        )
    except (ValidationFailed, Conflict) as exc:
        return refused(p, "/lists", "List not created", exc)
    return redirect(p, "/lists", flash=("ok", f"List {row.name} created."))


def _list_id(p: Page) -> int:
    return forms.path_id(p, "list_id", what="list")


@page
def list_detail(p: Page) -> Response:
    """One list: its name and description to edit, its size, and a link to its leads."""
    row = lists.get_list(p.db, p.auth, _list_id(p))
    context = {
        "row": row,
        "count": lists.member_counts(p.db, [row.id]).get(row.id, 0),
        "can_edit": p.auth.can("edit"),
    }
    return show(p, "lists/detail.html", context)


@page
def list_update(p: Page) -> Response:
    """Rename a list or change its description."""
    list_id = lists.get_list(p.db, p.auth, _list_id(p)).id
    data = {"name": p.field("name"), "description": p.field("description")}
    try:
        row = lists.update_list(p.db, p.auth, list_id, data=data)
    except (ValidationFailed, Conflict) as exc:
        return refused(p, f"/lists/{list_id}", "Not saved", exc)
    return redirect(p, f"/lists/{row.id}", flash=("ok", "List saved."))


@page
def list_delete(p: Page) -> Response:
    """Delete a list; its leads stay."""
    row = lists.get_list(p.db, p.auth, _list_id(p))
    name = row.name
    lists.delete_list(p.db, p.auth, row.id)
    return redirect(p, "/lists", flash=("ok", f"List {name} deleted; its leads stay."))


routes: list[BaseRoute] = [
    Route("/lists", list_index, methods=["GET"]),
    Route("/lists", list_create, methods=["POST"]),
    Route("/lists/{list_id:int}", list_detail, methods=["GET"]),
    Route("/lists/{list_id:int}", list_update, methods=["POST"]),
    Route("/lists/{list_id:int}/delete", list_delete, methods=["POST"]),
]
nav = [NavItem("Lists", "/lists", order=22)]
