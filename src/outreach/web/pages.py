"""The page decorator: session, CSRF check, logged-in user, one transaction, error pages."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import quote

from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.templating import Jinja2Templates

from outreach.db.models import Organization, User
from outreach.db.runtime import Runtime
from outreach.db.uow import unit_of_work
from outreach.errors import STATUS_FOR_KIND, DomainError
from outreach.kit.clock import Clock
from outreach.tenancy.auth import AuthContext
from outreach.tenancy.service import auth_for_user
from outreach.web.auth import CSRF_FIELD, CSRF_HEADER, SessionCodec, WebSession, current_user
from outreach.web.render import NavItem
from outreach.web.throttle import LoginThrottle


@dataclass
class WebState:
    """Everything the dashboard needs, built once by ``create_web``."""

    runtime: Runtime
    codec: SessionCodec
    templates: Jinja2Templates
    nav: list[NavItem]
    clock: Clock
    throttle: LoginThrottle


@dataclass(frozen=True, slots=True)
class Viewer:
    """Plain facts about the logged-in user, usable after the transaction ends."""

    user_id: int
    email: str
    role: str
    org_name: str
    auth: AuthContext

    @classmethod
    def of(cls, user: User, org: Organization) -> Viewer:
        """Capture a user and organization."""
        return cls(user.id, user.email, user.role, org.name, auth_for_user(user))


@dataclass
class Page:
    """One dashboard request of a logged-in user, inside its unit of work."""

    request: Request
    db: Session
    viewer: Viewer
    session: WebSession
    form: FormData | None
    now: datetime
    web: WebState

    @property
    def auth(self) -> AuthContext:
        """The caller's AuthContext, for services."""
        return self.viewer.auth

    def field(self, name: str) -> str:
        """A posted form field, stripped ("" when absent)."""
        value = self.form.get(name) if self.form is not None else None
        return value.strip() if isinstance(value, str) else ""


def web_state(request: Request) -> WebState:
    """The dashboard state stored on the web app."""
    state: WebState = request.app.state.web
    return state


def render(
    request: Request,
    name: str,
    context: dict[str, Any],
    *,
    session: WebSession,
    viewer: Viewer | None,
    status_code: int = 200,
) -> Response:
    """Render a template inside the layout; consumes the pending flash message."""
    web = web_state(request)
    flash = web.codec.read_flash(request)
    nav = [] if viewer is None else [i for i in web.nav if i.visible(viewer.auth)]
    base = {
        "viewer": viewer,
        "nav": nav,
        "path": request.url.path,
        "csrf_token": web.codec.csrf_token(session),
        "csrf_field": CSRF_FIELD,
        "flash": flash,
    }
    response = web.templates.TemplateResponse(
        request, name, {**base, **context}, status_code=status_code
    )
    if flash is not None:
        web.codec.clear_flash(response)
    return response


def show(p: Page, name: str, context: dict[str, Any], *, status_code: int = 200) -> Response:
    """Render a page for the logged-in user."""
    return render(
        p.request, name, context, session=p.session, viewer=p.viewer, status_code=status_code
    )


def redirect(p: Page | Request, url: str, *, flash: tuple[str, str] | None = None) -> Response:
    """303 to ``url`` (POST → GET), optionally carrying a flash message (kind, text)."""
    response = RedirectResponse(url, status_code=303)
    if flash is not None:
        request = p.request if isinstance(p, Page) else p
        web_state(request).codec.set_flash(response, *flash)
    return response


def refused(p: Page, url: str, text: str, exc: DomainError) -> Response:
    """Roll back a refused form's work and go back to ``url`` with "text: reason" as an error."""
    # Nothing of a refused action may be kept; the message goes back to the page.
    p.db.rollback()
    return redirect(p, url, flash=("error", f"{text}: {exc.message}"))


def error_page(
    request: Request,
    *,
    status_code: int,
    title: str,
    message: str,
    session: WebSession | None,
    viewer: Viewer | None,
) -> Response:
    """A plain error page in the layout."""
    return render(
        request,
        "error.html",
        {"title": title, "message": message, "status_code": status_code},
        session=session or WebSession.anonymous(),
        viewer=viewer,
        status_code=status_code,
    )


def csrf_failure(request: Request, session: WebSession | None) -> Response:
    """403 for a POST whose CSRF token is missing or wrong."""
    return error_page(
        request,
        status_code=403,
        title="Form expired",
        message="This form is no longer valid (missing or wrong security token). "
        "Go back, reload the page and try again.",
        session=session,
        viewer=None,
    )


# Starlette's bound on one posted text field (file parts are spooled to disk, not bounded).
FIELD_BYTES = 1024 * 1024


async def read_checked_form(
    request: Request, session: WebSession | None, *, field_bytes: int = FIELD_BYTES
) -> FormData | None:
    """The posted form when its CSRF token matches the session; None when it does not."""
    form = await request.form(max_part_size=field_bytes)
    token = form.get(CSRF_FIELD)
    if not isinstance(token, str):
        token = request.headers.get(CSRF_HEADER)
    return form if web_state(request).codec.csrf_ok(session, token) else None


Handler = Callable[[Page], Response]
Endpoint = Callable[[Request], Awaitable[Response]]


def page(handler: Handler) -> Endpoint:
    """Wrap a sync page handler: login required, CSRF on POST, one transaction, error pages."""
    return _endpoint(handler, lambda _web: FIELD_BYTES)


def large_form_page(field_bytes: Callable[[WebState], int]) -> Callable[[Handler], Endpoint]:
    """Like ``page``, for a form whose text fields may each hold ``field_bytes(web)`` bytes."""
    return lambda handler: _endpoint(handler, field_bytes)


def _endpoint(handler: Handler, field_bytes: Callable[[WebState], int]) -> Endpoint:
    async def endpoint(request: Request) -> Response:
        web = web_state(request)
        session = web.codec.read(request)
        form = None
        if request.method == "POST":
            form = await read_checked_form(request, session, field_bytes=field_bytes(web))
            if form is None:
                return csrf_failure(request, session)
        # Database work is blocking; run it off the event loop like FastAPI's def endpoints.
        return await run_in_threadpool(_run, handler, request, web, session, form)

    endpoint.__name__ = handler.__name__
    endpoint.__doc__ = handler.__doc__
    return endpoint


def _login_redirect(request: Request) -> Response:
    target = request.url.path if request.method == "GET" else "/campaigns"
    if request.method == "GET" and request.url.query:
        target += "?" + request.url.query
    return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)


def _run(
    handler: Handler,
    request: Request,
    web: WebState,
    session: WebSession | None,
    form: FormData | None,
) -> Response:
    viewer: Viewer | None = None
    try:
        with unit_of_work(web.runtime.session_factory) as db:
            found = current_user(db, web.codec, session)
            if found is None or session is None:
                return _login_redirect(request)
            viewer = Viewer.of(*found)
            return handler(Page(request, db, viewer, session, form, web.clock(), web))
    except DomainError as exc:
        status = STATUS_FOR_KIND.get(exc.kind, 400)
        title = {404: "Not found", 403: "Not allowed"}.get(status, "Something is wrong")
        return error_page(
            request,
            status_code=status,
            title=title,
            message=exc.message,
            session=session,
            viewer=viewer,
        )
