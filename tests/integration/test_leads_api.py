"""Leads API: create, read, search, import; everything scoped to the caller's organization."""

from __future__ import annotations

import io

import pytest
from starlette.testclient import TestClient

from outreach.db.runtime import Runtime
from tests.conftest import OrgFixture


def _upload(api: TestClient, body: bytes | str, *, name: str = "leads.csv", **form: str) -> dict:
    data = body.encode() if isinstance(body, str) else body
    resp = api.post("/api/v1/leads/import", files={"file": (name, io.BytesIO(data))}, data=form)
    assert resp.status_code == 202, resp.text
    return resp.json()


def test_create_get_and_normalise(api: TestClient) -> None:
    resp = api.post(
        "/api/v1/leads",
        json={"email": "  Ann@Acme.COM ", "first_name": " Ann ", "vars": {"plan": "pro"}},
    )
    assert resp.status_code == 201, resp.text
    lead = resp.json()
    assert lead["email"] == "ann@acme.com"
    assert lead["first_name"] == "Ann"
    assert lead["company_domain"] == "acme.com"
    assert lead["vars"] == {"plan": "pro"}
    assert lead["status"] == "active"
    got = api.get(f"/api/v1/leads/{lead['id']}").json()
    assert got["email"] == "ann@acme.com"


def test_free_mail_is_not_a_company(api: TestClient) -> None:
    lead = api.post(
        "/api/v1/leads", json={"email": "bob@gmail.com", "url": "https://www.bobco.io/about"}
    ).json()
    assert lead["company_domain"] == "bobco.io"
    lead = api.post("/api/v1/leads", json={"email": "eve@hotmail.com"}).json()
    assert lead["company_domain"] is None


def test_create_rejects_bad_email_and_duplicates(api: TestClient) -> None:
    bad = api.post("/api/v1/leads", json={"email": "not-an-email"})
    assert bad.status_code == 422
    assert bad.json()["error"]["code"] == "CONTACT_EMAIL_INVALID"
    assert api.post("/api/v1/leads", json={"email": "a@x.com"}).status_code == 201
    dup = api.post("/api/v1/leads", json={"email": "A@X.com"})
    assert dup.status_code == 409
    assert dup.json()["error"]["code"] == "LEAD_EXISTS"


def test_list_keyset_pagination_and_filters(api: TestClient) -> None:
    for i in range(7):
        api.post("/api/v1/leads", json={"email": f"p{i}@acme.com", "company": f"Acme {i % 2}"})
    api.post("/api/v1/leads", json={"email": "zed@other.org", "first_name": "Zed"})
    seen, cursor = [], None
    while True:
        params = {"limit": 3, **({"cursor": cursor} if cursor else {})}
        page = api.get("/api/v1/leads", params=params).json()
        seen += [lead["email"] for lead in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert len(seen) == 8 and len(set(seen)) == 8
    found = api.get("/api/v1/leads", params={"q": "zed"}).json()["items"]
    assert [lead["email"] for lead in found] == ["zed@other.org"]
    found = api.get("/api/v1/leads", params={"q": "ACME 1"}).json()["items"]
    assert len(found) == 3
    assert api.get("/api/v1/leads", params={"status": "bounced"}).json()["items"] == []
    assert api.get("/api/v1/leads", params={"limit": 0}).status_code == 422


def test_import_csv_inline_with_list_and_vars(api: TestClient) -> None:
    csv_text = (
        "Email;First Name;Company;Plan\n"
        "ann@acme.com;Ann;Acme;pro\n"
        '"bob@beta.io";"Bob; Jr";Beta;\n'
        "broken;X;Y;Z\n"
        "ANN@acme.com;Annie;Acme;free\n"
    )
    job = _upload(api, csv_text, list="Prospects")
    assert job["status"] == "done", job
    assert job["rows_seen"] == 4
    assert job["rows_imported"] == 2
    assert job["rows_failed"] == 1
    assert job["rows_skipped"] == 1
    leads = {lead["email"]: lead for lead in api.get("/api/v1/leads").json()["items"]}
    assert leads["ann@acme.com"]["first_name"] == "Ann"
    assert leads["ann@acme.com"]["vars"] == {"Plan": "pro"}
    assert leads["bob@beta.io"]["first_name"] == "Bob; Jr"
    assert leads["bob@beta.io"]["list_ids"] == [job["list_id"]]
    report = api.get(job["errors_url"])
    assert report.status_code == 200
    lines = report.text.strip().splitlines()
    assert lines[0] == "row,column,reason"
    assert lines[1].startswith("4,email,")
    assert lines[2].startswith("5,email,duplicate")
    status = api.get(f"/api/v1/imports/{job['id']}").json()
    assert status["processed_bytes"] == status["total_bytes"]


def test_import_modes(api: TestClient) -> None:
    api.post("/api/v1/leads", json={"email": "ann@acme.com", "first_name": "Ann", "title": ""})
    body = "email,first_name,title\nann@acme.com,Annette,CEO\n"
    job = _upload(api, body, mode="skip")
    assert (job["rows_imported"], job["rows_skipped"]) == (0, 1)
    lead = api.get("/api/v1/leads").json()["items"][0]
    assert (lead["first_name"], lead["title"]) == ("Ann", None)
    job = _upload(api, body, mode="fill")
    assert job["rows_updated"] == 1
    lead = api.get("/api/v1/leads").json()["items"][0]
    assert (lead["first_name"], lead["title"]) == ("Ann", "CEO")
    job = _upload(api, "email,first_name\nann@acme.com,Annette\n", mode="update")
    lead = api.get("/api/v1/leads").json()["items"][0]
    assert (lead["first_name"], lead["title"]) == ("Annette", "CEO")
    bad = api.post(
        "/api/v1/leads/import",
        files={"file": ("a.csv", io.BytesIO(body.encode()))},
        data={"mode": "merge"},
    )
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "INVALID_MODE"


def test_leads_are_isolated_between_orgs(
    client: TestClient, org: OrgFixture, other_org: OrgFixture
) -> None:
    mine = client.post("/api/v1/leads", json={"email": "a@x.com"}, headers=org.headers).json()
    resp = client.post(
        "/api/v1/leads/import",
        files={"file": ("l.csv", io.BytesIO(b"email\nb@y.com\n"))},
        headers=org.headers,
    )
    job = resp.json()
    other = other_org.headers
    assert client.get(f"/api/v1/leads/{mine['id']}", headers=other).status_code == 404
    assert client.get("/api/v1/leads", headers=other).json()["items"] == []
    assert client.get(f"/api/v1/imports/{job['id']}", headers=other).status_code == 404
    assert client.get(f"/api/v1/imports/{job['id']}/errors.csv", headers=other).status_code == 404
    assert (
        client.patch(
            f"/api/v1/leads/{mine['id']}", json={"first_name": "X"}, headers=other
        ).status_code
        == 404
    )
    assert client.delete(f"/api/v1/leads/{mine['id']}", headers=other).status_code == 404
    # the same email may exist in both organizations
    assert client.post("/api/v1/leads", json={"email": "a@x.com"}, headers=other).status_code == 201
    assert len(client.get("/api/v1/leads", headers=org.headers).json()["items"]) == 2


def test_requires_api_key(client: TestClient) -> None:
    assert client.get("/api/v1/leads").status_code == 401


def test_import_rejects_files_that_are_not_lead_files(api: TestClient) -> None:
    cases = {
        "EMPTY_FILE": b"",
        "MISSING_EMAIL_COLUMN": b"name,company\nAnn,Acme\n",
        "FILE_NOT_TEXT": bytes(range(256)) * 40,
    }
    for code, body in cases.items():
        resp = api.post("/api/v1/leads/import", files={"file": ("x.csv", io.BytesIO(body))})
        assert resp.status_code == 422, resp.text
        assert resp.json()["error"]["code"] == code
    assert api.get("/api/v1/imports").json()["items"] == []


def test_import_over_the_size_limit_is_refused_and_not_stored(
    api: TestClient, runtime: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(runtime.settings, "import_max_bytes", 64)
    folder = runtime.settings.data_dir / "imports"
    before = set(folder.rglob("*")) if folder.exists() else set()
    body = b"email\n" + b"".join(b"lead%03d@acme.com\n" % i for i in range(10))
    resp = api.post("/api/v1/leads/import", files={"file": ("x.csv", io.BytesIO(body))})
    assert resp.status_code == 422
    assert resp.json()["error"]["code"] == "FILE_TOO_LARGE"
    after = set(folder.rglob("*")) if folder.exists() else set()
    assert {p for p in after - before if p.is_file()} == set()
    assert api.get("/api/v1/imports").json()["items"] == []
