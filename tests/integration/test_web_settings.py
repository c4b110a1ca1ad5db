"""Dashboard templates and mailboxes lists: scoped to the organization, no secrets shown."""

from __future__ import annotations

from starlette.testclient import TestClient

from outreach.db.runtime import Runtime
from tests.conftest import OrgFixture
from tests.web_support import login, seed_campaign


def test_templates_and_mailboxes_are_listed(
    client: TestClient, runtime: Runtime, org: OrgFixture
) -> None:
    seed_campaign(runtime, org.org_id)
    login(client, org.owner_email, org.password)
    templates = client.get("/templates")
    assert templates.status_code == 200
    assert "Intro" in templates.text
    assert "Hi {{ first_name }}" in templates.text
    boxes = client.get("/mailboxes")
    assert boxes.status_code == 200
    assert "sales@example.com" in boxes.text
    assert "password set" in boxes.text
    assert "s3cret-smtp-password" not in boxes.text


def test_other_org_sees_none_of_them(
    client: TestClient, runtime: Runtime, org: OrgFixture, other_org: OrgFixture
) -> None:
    seed_campaign(runtime, org.org_id)
    login(client, other_org.owner_email, other_org.password)
    assert "Intro" not in client.get("/templates").text
    assert "sales@example.com" not in client.get("/mailboxes").text


def test_bad_cursor_is_a_clear_422(client: TestClient, org: OrgFixture) -> None:
    login(client, org.owner_email, org.password)
    response = client.get("/templates?cursor=%%%")
    assert response.status_code == 422
    assert "cursor is malformed" in response.text
