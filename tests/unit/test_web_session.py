"""Pure parts of the dashboard: session codec, CSRF tokens, next-URL guard, login throttle."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from starlette.requests import Request
from starlette.responses import Response

from outreach.config import Settings
from outreach.web import mailview
from outreach.web.auth import SESSION_COOKIE, SessionCodec, WebSession, safe_next
from outreach.web.throttle import LoginThrottle


def _settings(**kw: object) -> Settings:
    return Settings(secret_key="unit-secret-key-0123456789", **kw)  # type: ignore[arg-type]


def _request_with(cookie: str) -> Request:
    header = f"{SESSION_COOKIE}={cookie}".encode()
    return Request({"type": "http", "headers": [(b"cookie", header)]})


def _cookie(response: Response) -> str:
    raw = response.headers["set-cookie"]
    return raw.split(";", 1)[0].split("=", 1)[1]


def test_session_round_trip_and_cookie_flags() -> None:
    codec = SessionCodec(_settings(cookie_secure=True, session_max_age=3600))
    response = Response()
    codec.write(response, WebSession(sid="abc", user_id=7, pw="f" * 16))
    header = response.headers["set-cookie"]
    for flag in ("HttpOnly", "Secure", "Max-Age=3600", "Path=/"):
        assert flag in header
    assert "samesite=lax" in header.lower()
    assert codec.read(_request_with(_cookie(response))) == WebSession("abc", 7, "f" * 16)


def test_cookie_signed_with_another_key_is_rejected() -> None:
    response = Response()
    SessionCodec(_settings()).write(response, WebSession(sid="abc", user_id=1, pw="x"))
    other = SessionCodec(Settings(secret_key="a-different-secret-key-000"))  # type: ignore[arg-type]
    assert other.read(_request_with(_cookie(response))) is None
    assert SessionCodec(_settings()).read(_request_with("garbage")) is None


def test_csrf_token_is_bound_to_the_session() -> None:
    codec = SessionCodec(_settings())
    one, two = WebSession.anonymous(), WebSession.anonymous()
    assert one.sid != two.sid
    assert codec.csrf_ok(one, codec.csrf_token(one))
    assert not codec.csrf_ok(two, codec.csrf_token(one))
    assert not codec.csrf_ok(one, "")
    assert not codec.csrf_ok(None, codec.csrf_token(one))


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("/leads?page=2", "/leads?page=2"),
        (None, "/campaigns"),
        ("", "/campaigns"),
        ("https://evil.example.com/", "/campaigns"),
        ("//evil.example.com", "/campaigns"),
        ("/\\evil.example.com", "/campaigns"),
        ("javascript:alert(1)", "/campaigns"),
    ],
)
def test_safe_next(target: str | None, expected: str) -> None:
    assert safe_next(target) == expected


def test_throttle_blocks_per_email_and_forgets_after_window() -> None:
    now = [datetime(2026, 1, 1, tzinfo=UTC)]
    throttle = LoginThrottle(per_email=3, per_ip=100, clock=lambda: now[0])
    for _ in range(3):
        assert not throttle.blocked("1.1.1.1", "A@x.com")
        throttle.failed("1.1.1.1", "A@x.com")
    assert throttle.blocked("2.2.2.2", "a@x.com")
    assert not throttle.blocked("1.1.1.1", "b@x.com")
    now[0] += timedelta(minutes=15, seconds=1)
    assert not throttle.blocked("2.2.2.2", "a@x.com")


def test_throttle_blocks_per_ip_and_success_clears_email_only() -> None:
    throttle = LoginThrottle(per_email=3, per_ip=4)
    for i in range(4):
        throttle.failed("9.9.9.9", f"user{i}@x.com")
    assert throttle.blocked("9.9.9.9", "new@x.com")
    throttle.succeeded("user0@x.com")
    assert throttle.blocked("9.9.9.9", "user0@x.com")
    assert not throttle.blocked("8.8.8.8", "user0@x.com")


def test_mailview_parses_parts_and_bad_charsets() -> None:
    raw = (
        b"From: a@example.com\r\nTo: b@example.com\r\nSubject: =?utf-8?q?Gr=C3=BC=C3=9Fe?=\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=x-unknown-charset\r\n\r\n"
        b"caf\xe9\r\n"
    )
    view = mailview.parse(raw)
    assert ("Subject", "Grüße") in view.headers
    assert view.html is None
    assert view.text is not None
    assert view.text.startswith("caf")
