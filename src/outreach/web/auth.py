"""Dashboard sessions: a signed cookie with a session id and user id, and CSRF tokens.

The cookie is stateless (itsdangerous, signed with the secret key). It always carries a random
session id ``sid``, also before login, so the login form itself is CSRF-protected; login issues
a fresh ``sid`` so a planted cookie cannot be promoted to a logged-in one. The CSRF token is an
HMAC of the ``sid``; the ``pw`` fingerprint of the password hash ends every session of a user
whose password changes.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Any

from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy.orm import Session
from starlette.requests import Request
from starlette.responses import Response

from outreach.config import Settings
from outreach.db.models import Organization, User
from outreach.errors import Unauthenticated
from outreach.tenancy import service as tenancy

SESSION_COOKIE = "outreach_session"
FLASH_COOKIE = "outreach_flash"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
FLASH_MAX_AGE = 120


@dataclass(frozen=True, slots=True)
class WebSession:
    """What the session cookie carries: a session id and, once logged in, the user."""

    sid: str
    user_id: int | None = None
    pw: str | None = None

    @classmethod
    def anonymous(cls) -> WebSession:
        """A new session with no user."""
        return cls(sid=secrets.token_urlsafe(24))


class SessionCodec:
    """Signs and reads the session and flash cookies and derives CSRF tokens."""

    def __init__(self, settings: Settings) -> None:
        self._secret = settings.secret_key.get_secret_value()
        self._max_age = settings.session_max_age
        self._secure = settings.cookie_secure
        self._sessions = URLSafeTimedSerializer(self._secret, salt="outreach.web.session")
        self._flashes = URLSafeTimedSerializer(self._secret, salt="outreach.web.flash")

    def read(self, request: Request) -> WebSession | None:
        """The session in the request's cookie, or None when absent, forged or expired."""
        raw = request.cookies.get(SESSION_COOKIE)
        if not raw:
            return None
        try:
            data = self._sessions.loads(raw, max_age=self._max_age)
        except BadSignature:
            return None
        if not isinstance(data, dict) or not isinstance(data.get("sid"), str):
            return None
        uid = data.get("uid")
        pw = data.get("pw")
        return WebSession(
            sid=data["sid"],
            user_id=uid if isinstance(uid, int) else None,
            pw=pw if isinstance(pw, str) else None,
        )

    def write(self, response: Response, session: WebSession) -> None:
        """Set the session cookie on ``response``."""
        payload: dict[str, Any] = {"sid": session.sid}
        if session.user_id is not None:
            payload.update(uid=session.user_id, pw=session.pw)
        self._set(response, SESSION_COOKIE, self._sessions.dumps(payload), self._max_age)

    def clear(self, response: Response) -> None:
        """Remove the session cookie."""
        response.delete_cookie(
            SESSION_COOKIE, httponly=True, samesite="lax", secure=self._secure, path="/"
        )

    def password_fingerprint(self, password_hash: str) -> str:
        """A short keyed digest of the password hash; sessions die when it changes."""
        digest = hmac.new(self._secret.encode(), password_hash.encode(), hashlib.sha256)
        return digest.hexdigest()[:16]

    def csrf_token(self, session: WebSession) -> str:
        """The CSRF token of a session: HMAC(secret, sid)."""
        message = f"csrf:{session.sid}".encode()
        return hmac.new(self._secret.encode(), message, hashlib.sha256).hexdigest()

    def csrf_ok(self, session: WebSession | None, token: str | None) -> bool:
        """True when ``token`` is this session's CSRF token."""
        if session is None or not token:
            return False
        return hmac.compare_digest(self.csrf_token(session), token)

    def set_flash(self, response: Response, kind: str, text: str) -> None:
        """Carry a one-time message to the next page (after a redirect)."""
        value = self._flashes.dumps({"kind": kind, "text": text})
        self._set(response, FLASH_COOKIE, value, FLASH_MAX_AGE)

    def read_flash(self, request: Request) -> dict[str, str] | None:
        """The pending flash message, if any and genuine."""
        raw = request.cookies.get(FLASH_COOKIE)
        if not raw:
            return None
        try:
            data = self._flashes.loads(raw, max_age=FLASH_MAX_AGE)
        except BadSignature:
            return None
        if not isinstance(data, dict):
            return None
        return {"kind": str(data.get("kind", "ok")), "text": str(data.get("text", ""))}

    def clear_flash(self, response: Response) -> None:
        """Drop the flash cookie once shown."""
        response.delete_cookie(
            FLASH_COOKIE, httponly=True, samesite="lax", secure=self._secure, path="/"
        )

    def _set(self, response: Response, name: str, value: str, max_age: int) -> None:
        response.set_cookie(
            name,
            value,
            max_age=max_age,
            path="/",
            httponly=True,
            samesite="lax",
            secure=self._secure,
        )


def safe_next(target: str | None, default: str = "/campaigns") -> str:
    """A local path to go to after login; anything else (other hosts, schemes) is ignored."""
    if not target or not target.startswith("/") or target.startswith(("//", "/\\")):
        return default
    return target


def current_user(
    db: Session, codec: SessionCodec, session: WebSession | None
) -> tuple[User, Organization] | None:
    """The logged-in user and organization of a session, or None when it is not (any more)."""
    if session is None or session.user_id is None:
        return None
    try:
        user, org = tenancy.load_user(db, session.user_id)
    except Unauthenticated:
        return None
    if session.pw != codec.password_fingerprint(user.password_hash):
        return None
    return user, org
