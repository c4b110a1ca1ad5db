"""Settings pages: templates and mailboxes (read-only lists; SMTP passwords are never shown)."""

from __future__ import annotations

from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from outreach.sending import mailboxes
from outreach.templates import service as templates
from outreach.web.pages import Page, page, show
from outreach.web.render import NavItem

PAGE_SIZE = 100


def _cursor(p: Page) -> str | None:
    return p.request.query_params.get("cursor") or None


@page
def template_list(p: Page) -> Response:
    """The organization's templates."""
    result = templates.list_templates(p.db, p.auth, cursor=_cursor(p), limit=PAGE_SIZE)
    return show(
        p, "settings/templates.html", {"rows": result.items, "next_cursor": result.next_cursor}
    )


@page
def mailbox_list(p: Page) -> Response:
    """The organization's sending mailboxes and their limits."""
    result = mailboxes.list_mailboxes(p.db, p.auth, cursor=_cursor(p), limit=PAGE_SIZE)
    return show(
        p, "settings/mailboxes.html", {"rows": result.items, "next_cursor": result.next_cursor}
    )


routes: list[BaseRoute] = [
    Route("/templates", template_list, methods=["GET"]),
    Route("/mailboxes", mailbox_list, methods=["GET"]),
]
nav = [
    NavItem("Templates", "/templates", order=30),
    NavItem("Mailboxes", "/mailboxes", order=40),
]
