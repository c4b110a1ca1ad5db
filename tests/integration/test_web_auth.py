"""Dashboard login, logout, sessions and CSRF, through the real app."""

from __future__ import annotations

from starlette.testclient import TestClient

from outreach.db.runtime import Runtime
from outreach.db.uow import unit_of_work
from outreach.tenancy import service as tenancy
from outreach.tenancy.passwords import hash_password
from tests.conftest import OrgFixture
from tests.web_support import NOW, csrf_from, login


def test_login_page_renders_with_csrf_field(client: TestClient) -> None:
    page = client.get("/login")
    assert page.status_code == 200
    assert "Log in" in page.text
    assert csrf_from(page.text)
    cookie = page.headers["set-cookie"]
    assert "HttpOnly" in cookie
    assert "SameSite=lax" in cookie or "samesite=lax" in cookie.lower()
    assert "Max-Age=" in cookie
    assert page.headers["x-frame-options"] == "DENY"
    assert "script-src" not in page.headers["content-security-policy"]


def test_login_ok_sets_session_and_shows_layout(client: TestClient, org: OrgFixture) -> None:
    response = login(client, org.owner_email, org.password)
    assert response.status_code == 303
    assert response.headers["location"] == "/campaigns"
    page = client.get("/campaigns")
    assert page.status_code == 200
    assert org.name in page.text
    assert org.owner_email in page.text
    for label in ("Campaigns", "Templates", "Mailboxes", "Mail catcher", "Logout"):
        assert label in page.text


def test_login_wrong_password_shows_message(client: TestClient, org: OrgFixture) -> None:
    response = login(client, org.owner_email, "not the password")
    assert response.status_code == 401
    assert "Wrong email or password." in response.text
    assert client.get("/campaigns", follow_redirects=False).status_code == 303


def test_login_unknown_email_same_message(client: TestClient, org: OrgFixture) -> None:
    response = login(client, "nobody@example.com", org.password)
    assert response.status_code == 401
    assert "Wrong email or password." in response.text


def test_login_redirects_to_next_but_never_off_site(client: TestClient, org: OrgFixture) -> None:
    assert (
        login(client, org.owner_email, org.password, next_url="/templates").headers["location"]
        == "/templates"
    )
    client.cookies.clear()
    for evil in ("//evil.example.com/x", "https://evil.example.com", "/\\evil.example.com"):
        response = login(client, org.owner_email, org.password, next_url=evil)
        assert response.headers["location"] == "/campaigns"
        client.cookies.clear()


def test_session_required_redirects_to_login(client: TestClient) -> None:
    for path in ("/", "/campaigns", "/campaigns/1", "/templates", "/mailboxes", "/catcher"):
        response = client.get(path, follow_redirects=False)
        assert response.status_code == 303, path
        assert response.headers["location"].startswith("/login?next=")


def test_logout_ends_session(client: TestClient, org: OrgFixture) -> None:
    login(client, org.owner_email, org.password)
    page = client.get("/campaigns")
    response = client.post(
        "/logout", data={"csrf_token": csrf_from(page.text)}, follow_redirects=False
    )
    assert response.status_code == 303
    assert response.headers["location"] == "/login"
    assert "You are logged out." in client.get("/login").text
    assert client.get("/campaigns", follow_redirects=False).status_code == 303


def test_old_cookie_is_useless_after_password_change(
    client: TestClient, runtime: Runtime, org: OrgFixture
) -> None:
    login(client, org.owner_email, org.password)
    assert client.get("/campaigns").status_code == 200
    with unit_of_work(runtime.session_factory) as db:
        user = tenancy.authenticate_user(db, email=org.owner_email, password=org.password, now=NOW)
        user.password_hash = hash_password("a brand new password")
    assert client.get("/campaigns", follow_redirects=False).status_code == 303


def test_post_without_or_with_wrong_csrf_is_403(client: TestClient, org: OrgFixture) -> None:
    login(client, org.owner_email, org.password)
    assert client.post("/logout", follow_redirects=False).status_code == 403
    assert client.post("/logout", data={"csrf_token": "x" * 64}).status_code == 403
    # The session survived the rejected logouts.
    assert client.get("/campaigns", follow_redirects=False).status_code == 200


def test_login_post_needs_csrf(client: TestClient, org: OrgFixture) -> None:
    client.get("/login")
    response = client.post(
        "/login", data={"email": org.owner_email, "password": org.password}, follow_redirects=False
    )
    assert response.status_code == 403
    # No cookie at all (a cross-site form post) is refused the same way.
    client.cookies.clear()
    response = client.post(
        "/login",
        data={"email": org.owner_email, "password": org.password, "csrf_token": "abc"},
        follow_redirects=False,
    )
    assert response.status_code == 403


def test_csrf_token_of_another_session_is_rejected(client: TestClient, org: OrgFixture) -> None:
    stolen = csrf_from(client.get("/login").text)
    client.cookies.clear()
    client.get("/login")
    response = client.post(
        "/login",
        data={"email": org.owner_email, "password": org.password, "csrf_token": stolen},
        follow_redirects=False,
    )
    assert response.status_code == 403


def test_forged_session_cookie_is_ignored(client: TestClient, org: OrgFixture) -> None:
    login(client, org.owner_email, org.password)
    value = client.cookies.get("outreach_session")
    assert value
    client.cookies.set("outreach_session", value[:-2] + ("AA" if value[-2:] != "AA" else "BB"))
    assert client.get("/campaigns", follow_redirects=False).status_code == 303


def test_login_is_throttled_after_repeated_failures(client: TestClient, org: OrgFixture) -> None:
    for _ in range(5):
        assert login(client, org.owner_email, "wrong password").status_code == 401
    response = login(client, org.owner_email, org.password)
    assert response.status_code == 429
    assert "Too many failed logins" in response.text


def test_inactive_user_cannot_log_in(client: TestClient, runtime: Runtime, org: OrgFixture) -> None:
    with unit_of_work(runtime.session_factory) as db:
        owner = tenancy.get_organization_by_name(db, org.name)
        user = tenancy.create_user(
            db, org=owner, email="gone@example.com", password="password123", role="member"
        )
        user.is_active = False
    assert login(client, "gone@example.com", "password123").status_code == 401


def test_api_and_healthz_are_not_taken_by_the_dashboard(
    client: TestClient, org: OrgFixture
) -> None:
    assert client.get("/healthz").text == "ok"
    response = client.get("/api/v1/campaigns", headers=org.headers)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    assert client.get("/api/v1/nope").json()["error"]["code"] == "NOT_FOUND"


def test_next_survives_a_failed_attempt(client: TestClient, org: OrgFixture) -> None:
    first = client.get("/login?next=/templates")
    data = {"email": org.owner_email, "password": "nope", "csrf_token": csrf_from(first.text)}
    retry = client.post("/login", data={**data, "next": "/templates"})
    assert 'name="next" value="/templates"' in retry.text
    ok = client.post(
        "/login",
        data={**data, "password": org.password, "next": "/templates"},
        follow_redirects=False,
    )
    assert ok.headers["location"] == "/templates"
