"""Import edge cases: encodings, delimiters, JSON lines, bad rows, formula cells, big files."""

from __future__ import annotations

import csv
import io
import json
import time
from pathlib import Path

import pytest
from starlette.testclient import TestClient
from typer.testing import CliRunner

from outreach.cli.main import app as cli_app
from outreach.db.models import ImportJob
from outreach.db.runtime import Runtime
from outreach.db.uow import unit_of_work
from outreach.kit.clock import utcnow
from outreach.leads import imports, jobrun, upsert
from outreach.tenancy.auth import AuthContext
from tests.conftest import OrgFixture


def _upload(api: TestClient, data: bytes, name: str = "leads.csv", **form: str) -> dict:
    resp = api.post("/api/v1/leads/import", files={"file": (name, io.BytesIO(data))}, data=form)
    assert resp.status_code == 202, resp.text
    return resp.json()


def _emails(api: TestClient) -> dict[str, dict]:
    return {x["email"]: x for x in api.get("/api/v1/leads", params={"limit": 500}).json()["items"]}


def test_latin1_bom_tabs_and_quoted_newlines(api: TestClient) -> None:
    latin = "email\tfirst_name\tcity\nrene@acme.com\tRené\tKöln\n".encode("latin-1")
    assert _upload(api, latin)["rows_imported"] == 1
    bom = '\ufeffEmail,Company,Note\nzoe@beta.io,Beta,"line one\nline two"\n'.encode()
    assert _upload(api, bom)["rows_imported"] == 1
    leads = _emails(api)
    assert leads["rene@acme.com"]["first_name"] == "René"
    assert leads["rene@acme.com"]["vars"] == {"city": "Köln"}
    assert leads["zoe@beta.io"]["vars"]["Note"] == "line one\nline two"


def test_json_lines(api: TestClient) -> None:
    lines = [
        {"email": "j@acme.com", "first_name": "J", "score": 7, "tags": ["a"]},
        "not json",
        [1, 2],
        {"first_name": "no email"},
    ]
    body = "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines).encode()
    job = _upload(api, body, name="leads.jsonl")
    assert (job["rows_imported"], job["rows_failed"]) == (1, 3)
    lead = _emails(api)["j@acme.com"]
    assert lead["vars"] == {"score": 7, "tags": ["a"]}


def test_thirty_percent_invalid_rows_are_reported_and_good_rows_kept(api: TestClient) -> None:
    rows = ["email,first_name"]
    for i in range(100):
        rows.append(f"bad{i}-at-nowhere,X" if i % 10 < 3 else f"good{i}@acme.com,G{i}")
    job = _upload(api, "\n".join(rows).encode())
    assert (job["rows_seen"], job["rows_imported"], job["rows_failed"]) == (100, 70, 30)
    report = list(csv.reader(io.StringIO(api.get(job["errors_url"]).text)))
    assert len(report) == 31
    assert {r[1] for r in report[1:]} == {"email"}
    assert report[1][0] == "2"  # spreadsheet row numbers: the header is row 1


def test_formula_cells_are_neutralised_in_the_error_report(api: TestClient) -> None:
    body = 'email,first_name\n"=HYPERLINK(""http://evil"")",x\n+cmd@x,y\n'
    job = _upload(api, body.encode())
    assert job["rows_failed"] == 2
    text = api.get(job["errors_url"]).text
    for row in list(csv.reader(io.StringIO(text)))[1:]:
        assert not row[2].startswith(("=", "+", "-", "@"))
    # the report's reasons quote the bad value only after a safe prefix
    assert "=HYPERLINK" not in [r[2][:10] for r in csv.reader(io.StringIO(text))]


def test_unknown_list_in_import_is_created(api: TestClient) -> None:
    job = _upload(api, b"email\na@b.com\n", list="Fresh")
    lists = api.get("/api/v1/lists").json()["items"]
    assert [(x["name"], x["lead_count"]) for x in lists] == [("Fresh", 1)]
    assert job["list_id"] == lists[0]["id"]


def _big_csv(path: Path, rows: int) -> Path:
    with path.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["email", "first_name", "last_name", "company", "plan", "city"])
        for i in range(rows):
            key = i % (rows - rows // 20)  # the last 5% repeat earlier rows
            writer.writerow([f"user{key}@c{key % 997}.com", "F", "L", "Co", "p", "c"])
    return path


def test_large_upload_runs_in_a_background_thread(
    api: TestClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("outreach.api.routes.leads.INLINE_MAX_BYTES", 10_000)
    path = _big_csv(tmp_path / "big.csv", 20_000)
    job = _upload(api, path.read_bytes())
    assert job["status"] in ("pending", "running", "done")
    deadline = time.monotonic() + 120
    while job["status"] in ("pending", "running") and time.monotonic() < deadline:
        time.sleep(0.2)
        job = api.get(f"/api/v1/imports/{job['id']}").json()
    assert job["status"] == "done", job
    assert job["rows_seen"] == 20_000
    assert job["rows_imported"] == 19_000
    assert job["rows_skipped"] == 1_000  # the 5% duplicates
    assert job["processed_bytes"] == job["total_bytes"]


def test_streaming_keeps_chunks_and_memory_bounded(
    runtime: Runtime, org: OrgFixture, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _big_csv(tmp_path / "huge.csv", 100_000)
    auth = AuthContext(org_id=org.org_id, role="owner")
    with unit_of_work(runtime.session_factory) as session, path.open("rb") as fh:
        job = imports.create_import(
            session,
            auth,
            upload=fh,
            filename="huge.csv",
            data_dir=tmp_path,
            now=utcnow(),
            max_bytes=None,
        )
        job_id = job.id
    sizes: list[int] = []
    real = upsert.upsert_chunk

    def spy(conn, target, rows):  # type: ignore[no-untyped-def]
        sizes.append(len(rows))
        return real(conn, target, rows)

    monkeypatch.setattr(jobrun, "upsert_chunk", spy)
    progress: list[int] = []
    with runtime.engine.connect() as conn:
        imports.run_import(
            conn,
            job_id,
            clock=utcnow,
            chunk_rows=2_000,
            on_progress=lambda v: progress.append(v.processed_bytes),
        )
    assert max(sizes) <= 2_000 and len(sizes) >= 45
    assert progress == sorted(progress) and progress[-1] == path.stat().st_size
    with unit_of_work(runtime.session_factory) as session:
        done = session.get_one(ImportJob, job_id)
        assert (done.status, done.rows_imported, done.rows_skipped) == ("done", 95_000, 5_000)


def test_cli_import_with_list_and_json(
    runtime: Runtime, org: OrgFixture, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OUTREACH_DATABASE_URL", runtime.settings.database_url)
    monkeypatch.setenv("OUTREACH_DATA_DIR", str(tmp_path))
    src = tmp_path / "in.csv"
    src.write_text("email;name\na@acme.com;A\nbad;B\n")
    result = CliRunner().invoke(
        cli_app, ["leads", "import", str(src), "--org", org.name, "--list", "CLI", "--json"]
    )
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert (out["status"], out["rows_imported"], out["rows_failed"]) == ("done", 1, 1)
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    result = CliRunner().invoke(cli_app, ["leads", "import", str(empty), "--org", org.name])
    assert result.exit_code == 1


def test_cli_suppression_and_gdpr(
    runtime: Runtime, org: OrgFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OUTREACH_DATABASE_URL", runtime.settings.database_url)
    runner = CliRunner()
    assert (
        runner.invoke(cli_app, ["suppression", "add", "x@y.com", "--org", org.name]).exit_code == 0
    )
    assert (
        runner.invoke(cli_app, ["suppression", "add", "spam.example", "--org", org.name]).exit_code
        == 0
    )
    listed = runner.invoke(cli_app, ["suppression", "list", "--org", org.name, "--json"])
    assert {r["value"] for r in json.loads(listed.stdout)} == {"x@y.com", "spam.example"}
    exported = runner.invoke(cli_app, ["suppression", "export", "--org", org.name])
    assert "spam.example" in exported.stdout
    erased = runner.invoke(cli_app, ["gdpr", "erase", "x@y.com", "--org", org.name, "--yes"])
    assert erased.exit_code == 0, erased.output
    data = runner.invoke(cli_app, ["gdpr", "export", "x@y.com", "--org", org.name])
    assert json.loads(data.stdout)["suppressions"][0]["value"] is None


def test_gdpr_erase_deletes_finished_uploads(api: TestClient, runtime: Runtime) -> None:
    job = _upload(api, b"email,first_name\ngone@acme.com,Gone\nkeep@acme.com,Keep\n")
    with unit_of_work(runtime.session_factory) as session:
        stored = Path(session.get(ImportJob, job["id"]).stored_path)  # type: ignore[union-attr]
    assert stored.is_file()
    erased = api.post("/api/v1/gdpr/erase", json={"email": "gone@acme.com"}).json()
    assert erased["files"] == {"uploads_deleted": 1, "error_rows_removed": 0, "imports_running": 0}
    assert not stored.exists()
    # the job's counts and the other lead stay
    assert api.get(f"/api/v1/imports/{job['id']}").json()["rows_imported"] == 2
    assert "keep@acme.com" in _emails(api)
