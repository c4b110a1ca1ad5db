"""Login and logout."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from outreach.db.uow import unit_of_work
from outreach.errors import Unauthenticated
from outreach.tenancy import service as tenancy
from outreach.web.auth import WebSession, current_user, safe_next
from outreach.web.pages import (
    WebState,
    csrf_failure,
    read_checked_form,
    redirect,
    render,
    web_state,
)
from outreach.web.render import NavItem

WRONG_CREDENTIALS = "Wrong email or password."
TOO_MANY = "Too many failed logins. Wait 15 minutes and try again."


def _logged_in(web: WebState, session: WebSession | None) -> bool:
    with unit_of_work(web.runtime.session_factory) as db:
        return current_user(db, web.codec, session) is not None


def _authenticate(web: WebState, email: str, password: str) -> WebSession | None:
    """A fresh logged-in session for these credentials, or None."""
    try:
        with unit_of_work(web.runtime.session_factory) as db:
            user = tenancy.authenticate_user(db, email=email, password=password, now=web.clock())
            fingerprint = web.codec.password_fingerprint(user.password_hash)
            # A new session id on login: a cookie planted before login is never promoted.
            return WebSession(sid=WebSession.anonymous().sid, user_id=user.id, pw=fingerprint)
    except Unauthenticated:
        return None


def _form_page(
    request: Request,
    session: WebSession,
    *,
    next_url: str,
    email: str = "",
    error: str | None = None,
    status_code: int = 200,
) -> Response:
    response = render(
        request,
        "login.html",
        {"email": email, "error": error, "next": next_url},
        session=session,
        viewer=None,
        status_code=status_code,
    )
    web_state(request).codec.write(response, session)
    return response


async def login_form(request: Request) -> Response:
    """The login form (or straight on when already logged in)."""
    web = web_state(request)
    session = web.codec.read(request)
    if await run_in_threadpool(_logged_in, web, session):
        return RedirectResponse(safe_next(request.query_params.get("next")), status_code=303)
    if session is None or session.user_id is not None:
        session = WebSession.anonymous()
    return _form_page(request, session, next_url=safe_next(request.query_params.get("next")))


async def login(request: Request) -> Response:
    """Check the credentials; on success start a new session and go to ``next``."""
    web = web_state(request)
    session = web.codec.read(request)
    form = await read_checked_form(request, session)
    if form is None or session is None:
        return csrf_failure(request, session)
    email = str(form.get("email") or "").strip()
    password = str(form.get("password") or "")
    next_url = safe_next(str(form.get("next") or ""))
    ip = request.client.host if request.client else "unknown"
    if web.throttle.blocked(ip, email):
        return _form_page(
            request, session, next_url=next_url, email=email, error=TOO_MANY, status_code=429
        )
    fresh = None
    if email and password:
        fresh = await run_in_threadpool(_authenticate, web, email, password)
    if fresh is None:
        web.throttle.failed(ip, email)
        return _form_page(
            request,
            session,
            next_url=next_url,
            email=email,
            error=WRONG_CREDENTIALS,
            status_code=401,
        )
    web.throttle.succeeded(email)
    response = RedirectResponse(next_url, status_code=303)
    web.codec.write(response, fresh)
    return response


async def logout(request: Request) -> Response:
    """End the session."""
    web = web_state(request)
    session = web.codec.read(request)
    if await read_checked_form(request, session) is None:
        return csrf_failure(request, session)
    response = redirect(request, "/login", flash=("ok", "You are logged out."))
    web.codec.clear(response)
    return response


routes: list[BaseRoute] = [
    Route("/login", login_form, methods=["GET"]),
    Route("/login", login, methods=["POST"]),
    Route("/logout", logout, methods=["POST"]),
]
nav: list[NavItem] = []
