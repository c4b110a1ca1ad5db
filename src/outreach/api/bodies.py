"""Reading a request body under a size bound: the raw bytes, or the files of a multipart form.

The bound is checked on the declared Content-Length first and then on every chunk received,
so an over-long body (chunked or lying about its length) is refused with 413 after at most
``max_bytes`` plus one chunk, never buffered whole.
"""

from __future__ import annotations

from fastapi import Request
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.types import Message

from outreach.errors import TooLarge, ValidationFailed


def is_multipart(request: Request) -> bool:
    """True when the body is a ``multipart/form-data`` form."""
    content_type = request.headers.get("content-type", "")
    return content_type.split(";", 1)[0].strip().lower() == "multipart/form-data"


def _too_large(max_bytes: int) -> TooLarge:
    return TooLarge(
        f"the request body is larger than the {max_bytes:,}-byte limit",
        code="MESSAGE_TOO_LARGE",
    )


def bounded(request: Request, *, max_bytes: int) -> Request:
    """The same request whose body raises TooLarge once more than ``max_bytes`` arrived."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise _too_large(max_bytes)
    received = 0

    async def receive() -> Message:
        nonlocal received
        message = await request.receive()
        if message["type"] == "http.request":
            received += len(message.get("body", b""))
            if received > max_bytes:
                raise _too_large(max_bytes)
        return message

    return Request(request.scope, receive)


def _not_empty(raw: bytes, what: str, field: str) -> bytes:
    if not raw.strip():
        raise ValidationFailed(
            f"{what} is empty: send one raw RFC 5322 message", code="EMPTY_MESSAGE", field=field
        )
    return raw


async def read_body(request: Request, *, max_bytes: int) -> bytes:
    """The whole raw body (at most ``max_bytes``); an empty one is a validation error."""
    return _not_empty(
        await bounded(request, max_bytes=max_bytes).body(), "the request body", "body"
    )


async def read_files(
    request: Request, *, field: str, max_bytes: int, max_files: int
) -> list[tuple[str, bytes]]:
    """(file name, bytes) of every ``field`` part of a multipart body of at most ``max_bytes``."""
    try:
        form_reader = bounded(request, max_bytes=max_bytes).form(
            max_files=max_files, max_fields=max_files
        )
        async with form_reader as form:
            parts = [v for k, v in form.multi_items() if k == field and isinstance(v, UploadFile)]
            files = [(part.filename or "", await part.read()) for part in parts]
    except HTTPException as exc:  # Starlette's answer to a malformed form or too many files
        raise ValidationFailed(
            f"the form cannot be read: {exc.detail}", code="BAD_FORM", field=field
        ) from exc
    if not files:
        raise ValidationFailed(
            f"the form has no {field!r} part: send one or more messages as {field}",
            code="NO_FILES",
            field=field,
        )
    return [(name, _not_empty(raw, f"file {name!r}", field)) for name, raw in files]
