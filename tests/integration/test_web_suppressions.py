"""Dashboard suppression pages: list, add, delete, CSV import/export (formula-safe);
org isolation, CSRF and roles."""

from __future__ import annotations

import io
import re

from sqlalchemy import select
from starlette.testclient import TestClient

from outreach.db.models import Lead, Suppression
from outreach.db.runtime import Runtime
from outreach.db.uow import unit_of_work
from outreach.kit.clock import utcnow
from outreach.suppression import entries
from tests.conftest import OrgFixture
from tests.web_leads_support import login_as, owner, seed_leads, token


def _entry(runtime: Runtime, org: OrgFixture, value: str) -> int:
    with unit_of_work(runtime.session_factory) as db:
        kind = "email" if "@" in value else "domain"
        row = entries.add_suppression(
            db, owner(org), **{kind: value}, reason="manual", now=utcnow()
        )
        return row.id


def _values(html: str) -> list[str]:
    rows = re.findall(r'<tr data-entry-id="\d+">\s*<td>\w+</td>\s*<td>([^<]*)</td>', html)
    return [r.strip() for r in rows]


def test_add_email_and_domain_marks_leads(
    client: TestClient, runtime: Runtime, org: OrgFixture
) -> None:
    ids = seed_leads(runtime, org, [{"email": "a@acme.com"}, {"email": "b@spam.example"}])
    login_as(client, runtime, org, "owner")
    csrf = token(client, "/suppressions")
    added = client.post(
        "/suppressions",
        data={"csrf_token": csrf, "kind": "email", "value": "A@acme.com", "reason": "unsubscribed"},
    )
    assert "Suppressed email a@acme.com." in added.text
    client.post(
        "/suppressions",
        data={"csrf_token": csrf, "kind": "domain", "value": "@spam.example", "reason": "manual"},
    )
    page = client.get("/suppressions")
    assert _values(page.text) == ["a@acme.com", "spam.example"]
    assert _values(client.get("/suppressions", params={"kind": "domain"}).text) == ["spam.example"]
    assert _values(client.get("/suppressions", params={"q": "acme"}).text) == ["a@acme.com"]
    bad = client.post(
        "/suppressions", data={"csrf_token": csrf, "kind": "email", "value": "not an email"}
    )
    assert "Not added:" in bad.text
    with unit_of_work(runtime.session_factory) as db:
        statuses = [db.get(Lead, i).status for i in ids]  # type: ignore[union-attr]
    assert statuses == ["unsubscribed", "suppressed"]


def test_import_and_formula_safe_export(
    client: TestClient, runtime: Runtime, org: OrgFixture
) -> None:
    login_as(client, runtime, org, "owner")
    csrf = token(client, "/suppressions")
    body = b"email,reason\n=cmd@evil.com,complaint\nok@fine.com,\nnot-an-email@,manual\n"
    result = client.post(
        "/suppressions/import",
        data={"csrf_token": csrf},
        files={"file": ("s.csv", io.BytesIO(body), "text/csv")},
    )
    assert "Imported 2 entries. 1 rows rejected (row 4:" in result.text
    export = client.get("/suppressions/export.csv")
    assert export.status_code == 200
    assert "attachment" in export.headers["content-disposition"]
    lines = export.text.splitlines()
    assert lines[0].startswith("kind,value,value_hash,reason")
    assert any(line.startswith("email,'=cmd@evil.com,") for line in lines), lines
    assert any(line.startswith("email,ok@fine.com,") for line in lines)
    missing = client.post(
        "/suppressions/import",
        data={"csrf_token": csrf},
        files={"file": ("s.csv", io.BytesIO(b"name\nx\n"), "text/csv")},
    )
    assert "Not imported:" in missing.text


def test_delete_is_for_admins(client: TestClient, runtime: Runtime, org: OrgFixture) -> None:
    entry_id = _entry(runtime, org, "a@acme.com")
    login_as(client, runtime, org, "member")
    page = client.get("/suppressions")
    assert f'action="/suppressions/{entry_id}/delete"' not in page.text
    assert 'method="post" action="/suppressions"' in page.text  # members may add
    csrf = token(client, "/suppressions")
    assert (
        client.post(f"/suppressions/{entry_id}/delete", data={"csrf_token": csrf}).status_code
        == 403
    )
    login_as(client, runtime, org, "owner")
    csrf = token(client, "/suppressions")
    removed = client.post(f"/suppressions/{entry_id}/delete", data={"csrf_token": csrf})
    assert "Entry removed." in removed.text
    assert _values(removed.text) == []


def test_other_org_sees_nothing_and_gets_404(
    client: TestClient, runtime: Runtime, org: OrgFixture, other_org: OrgFixture
) -> None:
    entry_id = _entry(runtime, org, "secret@acme.com")
    login_as(client, runtime, other_org, "owner")
    assert "secret@acme.com" not in client.get("/suppressions").text
    assert "secret@acme.com" not in client.get("/suppressions/export.csv").text
    csrf = token(client, "/suppressions")
    response = client.post(f"/suppressions/{entry_id}/delete", data={"csrf_token": csrf})
    assert response.status_code == 404
    with unit_of_work(runtime.session_factory) as db:
        assert db.get(Suppression, entry_id) is not None


def test_csrf_and_viewer(client: TestClient, runtime: Runtime, org: OrgFixture) -> None:
    entry_id = _entry(runtime, org, "a@acme.com")
    login_as(client, runtime, org, "owner")
    add = {"kind": "email", "value": "x@y.com"}
    assert client.post("/suppressions", data=add).status_code == 403
    assert client.post(f"/suppressions/{entry_id}/delete").status_code == 403
    files = {"file": ("s.csv", io.BytesIO(b"email\nz@y.com\n"), "text/csv")}
    assert client.post("/suppressions/import", files=files).status_code == 403
    login_as(client, runtime, org, "viewer")
    page = client.get("/suppressions")
    assert "a@acme.com" in page.text and 'method="post" action="/suppressions"' not in page.text
    csrf = token(client, "/suppressions")
    assert client.post("/suppressions", data={**add, "csrf_token": csrf}).status_code == 403
    files = {"file": ("s.csv", io.BytesIO(b"email\nz@y.com\n"), "text/csv")}
    response = client.post("/suppressions/import", data={"csrf_token": csrf}, files=files)
    assert response.status_code == 403
    with unit_of_work(runtime.session_factory) as db:
        values = set(db.scalars(select(Suppression.value)))
    assert values == {"a@acme.com"}
