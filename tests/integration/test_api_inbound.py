"""POST /api/v1/inbound/classify: a raw message or a form of files in, the verdict out."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import anyio
from starlette.testclient import TestClient
from starlette.types import Message

from outreach.config import Settings
from outreach.inbound import Classification
from tests.conftest import OrgFixture

URL = "/api/v1/inbound/classify"
OWN = Path(__file__).resolve().parents[1] / "data" / "inbound" / "own"
BOUNCE = (OWN / "postfix_userunknown.eml").read_bytes()
HUMAN = (OWN / "human_interested.eml").read_bytes()
# The public contract's fields (tests/inbound/test_api.py spells them out).
FIELDS = {f.name for f in dataclasses.fields(Classification)}


def test_needs_an_api_key(client: TestClient) -> None:
    resp = client.post(URL, content=BOUNCE, headers={"content-type": "message/rfc822"})
    assert resp.status_code == 401
    assert resp.headers["www-authenticate"] == "Bearer"
    assert resp.json()["error"]["code"] == "NO_API_KEY"
    wrong = client.post(URL, content=BOUNCE, headers={"Authorization": "Bearer not-a-key"})
    assert wrong.status_code == 401
    assert set(wrong.json()["error"]) >= {"code", "message"}


def test_a_bounce_comes_back_with_every_field(api: TestClient) -> None:
    resp = api.post(URL, content=BOUNCE, headers={"content-type": "message/rfc822"})
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert set(body) == FIELDS
    assert body["kind"] == "bounce"
    assert body["reason"] == "userunknown"
    assert body["hard"] is True
    assert body["permanent"] is True
    assert body["status"] == "5.1.1"
    assert body["recipient"] == "alice@example.org"
    assert body["recipients"] == ["alice@example.org"]
    assert body["smtp_remote"] == "mx1.example.org"
    assert body["original_message_id"] == "<postfix_userunknown@mail.outreach.example>"
    assert body["x_headers"]["X-Outreach-Campaign"] == "c-42"


def test_any_content_type_is_one_raw_message(api: TestClient) -> None:
    for content_type in ("application/octet-stream", "text/plain", "application/json"):
        resp = api.post(URL, content=BOUNCE, headers={"content-type": content_type})
        assert resp.status_code == 200, content_type
        assert resp.json()["reason"] == "userunknown"
    assert api.post(URL, content=HUMAN).json()["kind"] == "human"


def test_an_empty_body_is_a_validation_error(api: TestClient) -> None:
    for body in (b"", b"  \r\n\r\n "):
        resp = api.post(URL, content=body)
        assert resp.status_code == 422
        error = resp.json()["error"]
        assert error["code"] == "EMPTY_MESSAGE"
        assert error["field"] == "body"
        assert "empty" in error["message"]


def test_a_body_over_the_limit_is_413(api: TestClient, settings: Settings) -> None:
    limit = settings.inbound_max_bytes
    assert limit == 10 * 1024 * 1024
    resp = api.post(URL, content=BOUNCE + b"x" * (limit + 1 - len(BOUNCE)))
    assert resp.status_code == 413
    error = resp.json()["error"]
    assert error["code"] == "MESSAGE_TOO_LARGE"
    assert "10,485,760-byte limit" in error["message"]
    # Exactly the limit is still classified.
    assert api.post(URL, content=BOUNCE + b"x" * (limit - len(BOUNCE))).status_code == 200


def test_a_streamed_body_is_refused_without_reading_it_all(
    client: TestClient, org: OrgFixture
) -> None:
    # Straight at the ASGI app: 1 MiB messages, no Content-Length, 40 MiB on offer.
    pulled = 0
    sent: list[Message] = []

    async def receive() -> Message:
        nonlocal pulled
        pulled += 1
        return {"type": "http.request", "body": b"x" * (1024 * 1024), "more_body": pulled < 40}

    async def send(message: Message) -> None:
        sent.append(message)

    headers = [(b"host", b"testserver"), (b"authorization", org.headers["Authorization"].encode())]
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": URL,
        "raw_path": URL.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": headers,
        "client": ("127.0.0.1", 50000),
        "server": ("testserver", 80),
    }
    anyio.run(client.app, scope, receive, send)
    assert sent[0]["status"] == 413
    assert json.loads(b"".join(m.get("body", b"") for m in sent[1:]))["error"]["code"] == (
        "MESSAGE_TOO_LARGE"
    )
    assert pulled == 11  # 10 MiB, then the chunk that crossed the limit; never the rest


def test_a_form_of_files_gives_one_verdict_each_in_order(api: TestClient) -> None:
    files = [("file", ("bounce.eml", BOUNCE)), ("file", ("reply.eml", HUMAN))]
    resp = api.post(URL, files=files)
    assert resp.status_code == 200, resp.text
    items = resp.json()["items"]
    assert [i["file"] for i in items] == ["bounce.eml", "reply.eml"]
    assert [i["kind"] for i in items] == ["bounce", "human"]
    assert set(items[0]) == FIELDS | {"file"}
    assert items[0]["reason"] == "userunknown"


def test_a_form_is_refused_when_empty_wrong_or_too_big(api: TestClient, settings: Settings) -> None:
    no_file = api.post(URL, files=[("other", ("a.eml", BOUNCE))])
    assert no_file.status_code == 422
    assert no_file.json()["error"]["code"] == "NO_FILES"
    empty = api.post(URL, files=[("file", ("a.eml", BOUNCE)), ("file", ("b.eml", b""))])
    assert empty.status_code == 422
    assert empty.json()["error"] == {
        "code": "EMPTY_MESSAGE",
        "message": "file 'b.eml' is empty: send one raw RFC 5322 message",
        "field": "file",
    }
    many = api.post(URL, files=[("file", (f"{i}.eml", BOUNCE)) for i in range(101)])
    assert many.status_code == 422
    assert "Maximum number of files is 100" in many.json()["error"]["message"]
    big = api.post(URL, files=[("file", ("big.eml", b"x" * (settings.inbound_max_bytes + 1)))])
    assert big.status_code == 413
    assert big.json()["error"]["code"] == "MESSAGE_TOO_LARGE"


def test_the_endpoint_is_in_the_openapi_document(client: TestClient) -> None:
    spec = client.get("/api/openapi.json").json()
    post = spec["paths"]["/v1/inbound/classify"]["post"]
    assert set(post["requestBody"]["content"]) >= {"message/rfc822", "multipart/form-data"}
    assert "413" in post["responses"]
