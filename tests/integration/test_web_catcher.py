"""Dashboard mail catcher: owner/admin only, newest first, HTML shown sandboxed."""

from __future__ import annotations

import re
from email.message import EmailMessage

from starlette.testclient import TestClient

from outreach.db.runtime import Runtime
from outreach.db.uow import unit_of_work
from outreach.sending import catcher
from outreach.tenancy import service as tenancy
from tests.conftest import OrgFixture
from tests.web_support import NOW, login

HOSTILE_HTML = (
    '<p>Hello <b>Ada</b></p><script>alert("x")</script>'
    '<img src="https://tracker.example.com/pixel.gif">'
)


def _raw(subject: str, *, html: str | None = HOSTILE_HTML) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Sales <sales@example.com>"
    msg["To"] = "ada@example.org"
    msg["Subject"] = subject
    msg["Message-ID"] = "<abc@example.com>"
    msg.set_content("Hello Ada, plain text part.")
    if html is not None:
        msg.add_alternative(html, subtype="html")
    return msg.as_bytes()


def _catch(runtime: Runtime, subject: str, *, html: str | None = HOSTILE_HTML) -> int:
    with unit_of_work(runtime.session_factory) as db:
        row = catcher.store_message(
            db,
            mail_from="sales@example.com",
            rcpt_tos=["ada@example.org"],
            raw=_raw(subject, html=html),
            now=NOW,
        )
        return row.id


def test_owner_sees_inbox_newest_first(
    client: TestClient, runtime: Runtime, org: OrgFixture
) -> None:
    _catch(runtime, "First <mail>")
    _catch(runtime, "Second mail")
    login(client, org.owner_email, org.password)
    page = client.get("/catcher")
    assert page.status_code == 200
    assert page.text.index("Second mail") < page.text.index("First &lt;mail&gt;")
    assert "<mail>" not in page.text


def test_message_page_shows_headers_text_and_sandboxed_frame(
    client: TestClient, runtime: Runtime, org: OrgFixture
) -> None:
    message_id = _catch(runtime, "Hello Ada")
    login(client, org.owner_email, org.password)
    page = client.get(f"/catcher/{message_id}")
    assert page.status_code == 200
    assert "Hello Ada, plain text part." in page.text
    assert "&lt;abc@example.com&gt;" in page.text
    frame = re.search(r"<iframe[^>]*>", page.text)
    assert frame
    assert 'sandbox=""' in frame.group(0)
    assert f'src="/catcher/{message_id}/html"' in frame.group(0)
    # The hostile HTML is never inlined into the dashboard page itself.
    assert "<script>" not in page.text
    assert "tracker.example.com" not in page.text


def test_html_part_is_served_with_a_strict_csp(
    client: TestClient, runtime: Runtime, org: OrgFixture
) -> None:
    message_id = _catch(runtime, "Hello Ada")
    login(client, org.owner_email, org.password)
    response = client.get(f"/catcher/{message_id}/html")
    assert response.status_code == 200
    csp = response.headers["content-security-policy"]
    assert csp.startswith("sandbox;")
    assert "default-src 'none'" in csp
    assert "img-src data:" in csp
    assert response.headers["x-frame-options"] == "SAMEORIGIN"
    assert "<b>Ada</b>" in response.text


def test_message_without_html_part(client: TestClient, runtime: Runtime, org: OrgFixture) -> None:
    message_id = _catch(runtime, "Text only", html=None)
    login(client, org.owner_email, org.password)
    page = client.get(f"/catcher/{message_id}")
    assert "plain text part" in page.text
    assert "<iframe" not in page.text
    assert client.get(f"/catcher/{message_id}/html").status_code == 404
    assert client.get("/catcher/987654").status_code == 404


def test_catcher_is_for_owner_and_admin_only(
    client: TestClient, runtime: Runtime, org: OrgFixture
) -> None:
    message_id = _catch(runtime, "Secret")
    with unit_of_work(runtime.session_factory) as db:
        owner_org = tenancy.get_organization_by_name(db, org.name)
        for role in ("manager", "admin"):
            tenancy.create_user(
                db,
                org=owner_org,
                email=f"{role}@example.com",
                password="password-123",
                role=role,
            )
    login(client, "manager@example.com", "password-123")
    assert "Mail catcher" not in client.get("/campaigns").text
    for path in ("/catcher", f"/catcher/{message_id}", f"/catcher/{message_id}/html"):
        response = client.get(path)
        assert response.status_code == 403, path
        assert "Secret" not in response.text
    client.cookies.clear()
    login(client, "admin@example.com", "password-123")
    assert client.get("/catcher").status_code == 200
