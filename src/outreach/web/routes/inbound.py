"""The inbound page: classify one uploaded or pasted raw message and show the verdict.

Nothing is stored. The message is untrusted: the template only prints the verdict's fields
(autoescaped) and never the message's own HTML.
"""

from __future__ import annotations

from typing import Any

from starlette.datastructures import UploadFile
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from outreach.errors import STATUS_FOR_KIND, TooLarge, ValidationFailed
from outreach.inbound import classify
from outreach.web.pages import Page, WebState, large_form_page, page, show
from outreach.web.render import NavItem

# A pasted message up to this long is put back in the form with its verdict.
ECHO_CHARS = 256 * 1024


def _limit(web: WebState) -> int:
    return web.runtime.settings.inbound_max_bytes


def _field_bytes(web: WebState) -> int:
    # Parse pastes up to twice the limit, so one just over it gets this page's own message.
    return 2 * _limit(web)


def _too_large(what: str, limit: int) -> TooLarge:
    return TooLarge(f"{what} is larger than the {limit:,}-byte limit.", code="MESSAGE_TOO_LARGE")


def _uploaded(p: Page, limit: int) -> tuple[bytes, str] | None:
    upload = p.form.get("file") if p.form is not None else None
    if not isinstance(upload, UploadFile) or not upload.filename:
        return None
    raw = upload.file.read(limit + 1)
    if len(raw) > limit:
        raise _too_large(f"The file {upload.filename}", limit)
    if not raw.strip():
        raise ValidationFailed(f"The file {upload.filename} is empty.", field="file")
    return raw, f"the file {upload.filename}"


def _posted_message(p: Page, limit: int) -> tuple[bytes, str]:
    """The uploaded file's bytes if one was chosen, else the pasted text's; and which it was."""
    uploaded = _uploaded(p, limit)
    if uploaded is not None:
        return uploaded
    pasted = p.form.get("message") if p.form is not None else None
    text = pasted if isinstance(pasted, str) else ""
    if not text.strip():
        raise ValidationFailed("Paste a raw message or choose an .eml file.", field="message")
    raw = text.encode("utf-8", "replace")
    if len(raw) > limit:
        raise _too_large("The pasted message", limit)
    return raw, "the pasted message"


def _context(p: Page, **values: Any) -> dict[str, Any]:
    blank = {"result": None, "source": "", "error": "", "pasted": ""}
    return {"limit": _limit(p.web), **blank, **values}


@page
def inbound_form(p: Page) -> Response:
    """The form: upload an .eml file or paste a raw message."""
    return show(p, "inbound/classify.html", _context(p))


@large_form_page(_field_bytes)
def inbound_classify(p: Page) -> Response:
    """Classify the posted message and show the verdict (or why it was refused)."""
    try:
        raw, source = _posted_message(p, _limit(p.web))
    except (ValidationFailed, TooLarge) as exc:
        status = STATUS_FOR_KIND[exc.kind]
        return show(p, "inbound/classify.html", _context(p, error=exc.message), status_code=status)
    pasted = p.form.get("message") if p.form is not None else None
    echo = pasted if isinstance(pasted, str) and len(pasted) <= ECHO_CHARS else ""
    context = _context(p, result=classify(raw).to_dict(), source=source, pasted=echo)
    return show(p, "inbound/classify.html", context)


routes: list[BaseRoute] = [
    Route("/inbound", inbound_form, methods=["GET"]),
    Route("/inbound", inbound_classify, methods=["POST"]),
]
nav = [NavItem("Inbound", "/inbound", order=50)]
