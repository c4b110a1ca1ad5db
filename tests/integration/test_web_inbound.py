"""Dashboard inbound page: upload or paste a raw message, see the verdict; errors on the page."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
from starlette.testclient import TestClient

from outreach.config import Settings
from outreach.db.runtime import Runtime
from outreach.db.uow import unit_of_work
from outreach.tenancy import service as tenancy
from tests.conftest import OrgFixture
from tests.web_support import csrf_from, login

OWN = Path(__file__).resolve().parents[1] / "data" / "inbound" / "own"
BOUNCE = (OWN / "postfix_userunknown.eml").read_bytes()
NO_FILE = {"file": ("", b"")}  # what a browser posts when no file is chosen


def _cell(page: httpx.Response, name: str) -> str:
    match = re.search(rf'data-testid="verdict-{name}">(.*?)</td>', page.text, re.S)
    assert match, f"no {name} cell"
    return re.sub(r"<[^>]+>", "", match.group(1)).strip()


def _error(page: httpx.Response) -> str:
    match = re.search(r'data-testid="inbound-error">(.*?)</p>', page.text)
    assert match, "no error on the page"
    return match.group(1)


def _open(client: TestClient, org: OrgFixture) -> str:
    login(client, org.owner_email, org.password)
    page = client.get("/inbound")
    assert page.status_code == 200
    return csrf_from(page.text)


def test_not_logged_in_goes_to_login(client: TestClient) -> None:
    response = client.get("/inbound", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=%2Finbound"


def test_page_has_the_form_and_a_nav_entry(client: TestClient, org: OrgFixture) -> None:
    login(client, org.owner_email, org.password)
    page = client.get("/inbound")
    assert page.status_code == 200
    assert re.search(
        r'<a href="/inbound" class="active" aria-current="page">Inbound</a>', page.text
    )
    assert 'enctype="multipart/form-data"' in page.text
    assert 'name="message"' in page.text
    assert 'type="file" name="file"' in page.text
    assert 'name="csrf_token"' in page.text
    assert 'data-testid="verdict"' not in page.text
    # Every page's navigation links to it.
    assert 'href="/inbound"' in client.get("/campaigns").text


def test_upload_a_file_shows_every_field(client: TestClient, org: OrgFixture) -> None:
    token = _open(client, org)
    page = client.post(
        "/inbound", data={"csrf_token": token}, files={"file": ("bounce.eml", BOUNCE)}
    )
    assert page.status_code == 200
    assert "Verdict on the file bounce.eml" in page.text
    assert _cell(page, "kind") == "bounce"
    assert _cell(page, "recipient") == "alice@example.org"
    assert _cell(page, "status") == "5.1.1"
    assert _cell(page, "permanent") == "True"
    assert _cell(page, "hard") == "True"
    assert _cell(page, "reason") == "userunknown"
    assert "User unknown in virtual mailbox table" in _cell(page, "diagnostic")
    assert _cell(page, "remote") == "mx1.example.org"
    assert _cell(page, "message-id") == "&lt;postfix_userunknown@mail.outreach.example&gt;"
    assert "X-Outreach-Campaign: c-42" in _cell(page, "x-headers")
    assert _cell(page, "in-reply-to") == "—"
    assert _cell(page, "references") == "—"


def test_paste_a_message(client: TestClient, org: OrgFixture) -> None:
    token = _open(client, org)
    page = client.post(
        "/inbound", data={"csrf_token": token, "message": BOUNCE.decode()}, files=NO_FILE
    )
    assert page.status_code == 200
    assert "Verdict on the pasted message" in page.text
    assert _cell(page, "kind") == "bounce"
    assert _cell(page, "reason") == "userunknown"
    # The pasted text is put back in the form, escaped.
    assert "Recipient address rejected" in page.text.split("<textarea", 1)[1]


def test_a_reply_shows_its_threading_headers(client: TestClient, org: OrgFixture) -> None:
    token = _open(client, org)
    reply = (
        "From: Kim <kim@example.org>\r\nTo: sam@outreach.example\r\nSubject: Re: hello\r\n"
        "In-Reply-To: <m1@outreach.example>\r\n"
        "References: <m0@outreach.example> <m1@outreach.example>\r\n\r\n"
        "Thanks, let's talk on Tuesday.\r\n"
    )
    page = client.post("/inbound", data={"csrf_token": token, "message": reply}, files=NO_FILE)
    assert page.status_code == 200
    assert _cell(page, "kind") == "human"
    assert _cell(page, "in-reply-to") == "&lt;m1@outreach.example&gt;"
    assert "&lt;m0@outreach.example&gt;" in _cell(page, "references")


def test_untrusted_text_is_escaped(client: TestClient, org: OrgFixture) -> None:
    token = _open(client, org)
    hostile = BOUNCE.replace(
        b"User unknown in virtual mailbox table", b"User unknown <script>alert(1)</script>"
    )
    pasted = hostile.decode() + "\n</textarea><img src=x onerror=alert(2)>\n"
    for files in ({"file": ("<b>x</b>.eml", hostile)}, NO_FILE):
        page = client.post("/inbound", data={"csrf_token": token, "message": pasted}, files=files)
        assert page.status_code == 200
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in _cell(page, "diagnostic")
        assert "<script>" not in page.text
        assert "<img src=x" not in page.text
        assert "<b>x</b>" not in page.text


def test_empty_input_is_an_error_on_the_page(client: TestClient, org: OrgFixture) -> None:
    token = _open(client, org)
    page = client.post("/inbound", data={"csrf_token": token, "message": " \r\n "}, files=NO_FILE)
    assert page.status_code == 422
    assert _error(page) == "Paste a raw message or choose an .eml file."
    assert 'name="message"' in page.text
    empty_file = client.post(
        "/inbound", data={"csrf_token": token}, files={"file": ("empty.eml", b"")}
    )
    assert empty_file.status_code == 422
    assert _error(empty_file) == "The file empty.eml is empty."


def test_too_large_input_is_an_error_on_the_page(
    client: TestClient, org: OrgFixture, settings: Settings
) -> None:
    token = _open(client, org)
    too_big = b"x" * (settings.inbound_max_bytes + 1)
    page = client.post("/inbound", data={"csrf_token": token}, files={"file": ("big.eml", too_big)})
    assert page.status_code == 413
    assert _error(page) == "The file big.eml is larger than the 10,485,760-byte limit."
    pasted = client.post(
        "/inbound", data={"csrf_token": token, "message": too_big.decode()}, files=NO_FILE
    )
    assert pasted.status_code == 413
    assert _error(pasted) == "The pasted message is larger than the 10,485,760-byte limit."
    assert "x" * 1000 not in pasted.text  # not echoed back


def test_post_without_csrf_is_403(client: TestClient, org: OrgFixture) -> None:
    login(client, org.owner_email, org.password)
    response = client.post("/inbound", data={"message": BOUNCE.decode()}, files=NO_FILE)
    assert response.status_code == 403
    assert 'data-testid="verdict"' not in response.text


def test_a_viewer_may_classify(client: TestClient, runtime: Runtime, org: OrgFixture) -> None:
    with unit_of_work(runtime.session_factory) as session:
        organization = tenancy.get_organization_by_name(session, org.name)
        tenancy.create_user(
            session, org=organization, email="viewer@example.org", password="pw " * 5, role="viewer"
        )
    login(client, "viewer@example.org", "pw " * 5)
    page = client.get("/inbound")
    assert page.status_code == 200
    page = client.post(
        "/inbound",
        data={"csrf_token": csrf_from(page.text)},
        files={"file": ("bounce.eml", BOUNCE)},
    )
    assert page.status_code == 200
    assert _cell(page, "reason") == "userunknown"
