"""The built-in mail catcher's inbox: what the embedded SMTP sink received (owner/admin only).

The catcher is one per installation (it is the development and first-run sink), so its pages
need the admin right; caught HTML is shown in a sandboxed frame served with a CSP that blocks
scripts and every remote load, so opening a message never fires its tracking pixel.
"""

from __future__ import annotations

from starlette.responses import HTMLResponse, Response
from starlette.routing import BaseRoute, Route

from outreach.errors import NotFound
from outreach.sending import catcher
from outreach.tenancy.auth import AuthContext
from outreach.web import mailview
from outreach.web.pages import Page, page, show
from outreach.web.render import NavItem

PAGE_SIZE = 100
MAX_ID = 2**63 - 1
HTML_CSP = (
    "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "font-src data:; frame-ancestors 'self'"
)


def _message_id(p: Page) -> int:
    value = int(p.request.path_params["message_id"])
    if value > MAX_ID:
        raise NotFound(f"message {value} not found")
    return value


@page
def inbox(p: Page) -> Response:
    """Caught messages, newest first."""
    p.auth.require("admin")
    cursor = p.request.query_params.get("cursor") or None
    result = catcher.list_messages(p.db, cursor=cursor, limit=PAGE_SIZE)
    return show(p, "catcher/inbox.html", {"rows": result.items, "next_cursor": result.next_cursor})


@page
def message(p: Page) -> Response:
    """One caught message: headers, text part and the HTML part in a sandboxed frame."""
    p.auth.require("admin")
    row = catcher.get_message(p.db, _message_id(p))
    view = mailview.parse(row.raw)
    return show(p, "catcher/message.html", {"message": row, "view": view})


@page
def message_html(p: Page) -> Response:
    """The HTML part alone, for the frame: sandboxed, no scripts, no remote loads."""
    p.auth.require("admin")
    view = mailview.parse(catcher.get_message(p.db, _message_id(p)).raw)
    if view.html is None:
        raise NotFound("this message has no HTML part")
    headers = {
        "content-security-policy": HTML_CSP,
        "x-frame-options": "SAMEORIGIN",
    }
    return HTMLResponse(view.html, headers=headers)


def _admins(auth: AuthContext) -> bool:
    return auth.can("admin")


routes: list[BaseRoute] = [
    Route("/catcher", inbox, methods=["GET"]),
    Route("/catcher/{message_id:int}", message, methods=["GET"]),
    Route("/catcher/{message_id:int}/html", message_html, methods=["GET"]),
]
nav = [NavItem("Mail catcher", "/catcher", order=90, visible=_admins)]
