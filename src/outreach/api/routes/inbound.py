"""POST /api/v1/inbound/classify: what a returned message is (bounce, auto-reply, ...).

The body is one raw RFC 5322 message (any Content-Type), or a ``multipart/form-data`` form
with one or more ``file`` parts. Nothing is stored and no organization data is read; the
caller still needs an API key.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel

from outreach.api import bodies
from outreach.api.deps import RuntimeDep, get_auth
from outreach.inbound import classify

router = APIRouter(prefix="/inbound", tags=["inbound"])

MAX_FILES = 100

_BINARY = {"type": "string", "format": "binary"}
_REQUEST_BODY = {
    "requestBody": {
        "required": True,
        "description": "One raw message, or a form of `file` parts (at most 100); "
        "the whole body at most OUTREACH_INBOUND_MAX_BYTES (10 MiB).",
        "content": {
            "message/rfc822": {"schema": _BINARY},
            "application/octet-stream": {"schema": _BINARY},
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {"file": {"type": "array", "items": _BINARY}},
                    "required": ["file"],
                }
            },
        },
    }
}


class ClassificationOut(BaseModel):
    """The classifier's verdict (docs/inbound.md explains every field)."""

    kind: str
    recipient: str | None
    recipients: list[str]
    status: str | None
    permanent: bool | None
    hard: bool
    reason: str | None
    diagnostic: str | None
    smtp_remote: str | None
    original_message_id: str | None
    x_headers: dict[str, str]
    in_reply_to: str | None
    references: list[str]


class ClassifiedFile(ClassificationOut):
    """The verdict on one uploaded file."""

    file: str


class ClassifiedFiles(BaseModel):
    """The verdicts on a form's files, in the order they were sent."""

    items: list[ClassifiedFile]


@router.post(
    "/classify",
    response_model=ClassificationOut | ClassifiedFiles,
    dependencies=[Depends(get_auth)],
    openapi_extra=_REQUEST_BODY,
    responses={413: {"description": "The body is larger than the limit"}},
)
async def classify_message(request: Request, runtime: RuntimeDep) -> Any:
    """Classify one raw message, or each `file` part of a multipart form (422 when empty)."""
    limit = runtime.settings.inbound_max_bytes
    if bodies.is_multipart(request):
        files = await bodies.read_files(request, field="file", max_bytes=limit, max_files=MAX_FILES)
        return {"items": [{"file": name, **await _verdict(raw)} for name, raw in files]}
    return await _verdict(await bodies.read_body(request, max_bytes=limit))


async def _verdict(raw: bytes) -> dict[str, Any]:
    # Parsing a large message is CPU work: keep it off the event loop.
    result = await run_in_threadpool(classify, raw)
    return result.to_dict()
