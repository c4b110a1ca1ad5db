"""The server-rendered dashboard: a Starlette app mounted at / by ``outreach.app``."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Mount
from starlette.staticfiles import StaticFiles

from outreach.db.runtime import Runtime
from outreach.kit.clock import Clock, utcnow
from outreach.web.auth import SessionCodec
from outreach.web.headers import SecurityHeaders
from outreach.web.pages import WebState, error_page, web_state
from outreach.web.render import STATIC_DIR, NavItem, build_templates
from outreach.web.routes import (
    audiences,
    campaigns,
    catcher,
    gdpr,
    imports,
    inbound,
    leads,
    lists,
    login,
    settings,
    suppressions,
)
from outreach.web.throttle import LoginThrottle

# Each module exposes ``routes`` and ``nav``; add a module here to add pages (docs/conventions.md).
ROUTE_MODULES = [
    login,
    campaigns,
    settings,
    catcher,
    leads,
    imports,
    gdpr,
    lists,
    suppressions,
    audiences,
    inbound,
]


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    web = web_state(request)
    titles = {404: "Not found", 405: "Method not allowed"}
    return error_page(
        request,
        status_code=exc.status_code,
        title=titles.get(exc.status_code, "Error"),
        message="There is no such page." if exc.status_code == 404 else str(exc.detail),
        session=web.codec.read(request),
        viewer=None,
    )


def create_web(runtime: Runtime, *, clock: Clock = utcnow) -> Starlette:
    """Build the dashboard around one runtime."""
    routes: list[BaseRoute] = [Mount("/static", StaticFiles(directory=STATIC_DIR), name="static")]
    nav: list[NavItem] = []
    for module in ROUTE_MODULES:
        routes.extend(module.routes)
        nav.extend(module.nav)
    web = Starlette(
        routes=routes,
        middleware=[Middleware(SecurityHeaders)],
        exception_handlers={HTTPException: _http_error},
    )
    web.state.web = WebState(
        runtime=runtime,
        codec=SessionCodec(runtime.settings),
        templates=build_templates(),
        nav=sorted(nav, key=lambda item: item.order),
        clock=clock,
        throttle=LoginThrottle(clock=clock),
    )
    return web
