"""Recipient-facing edge as plain Starlette routes: open pixel, click redirect, unsubscribe.

Opens and clicks go to an in-memory EventBuffer (no DB write per request); the click reads
the message's stored links once and caches them, since links never change after sending.
"""

from __future__ import annotations

import base64
from collections import OrderedDict

from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from outreach.db.uow import read_only, unit_of_work
from outreach.kit.clock import utcnow
from outreach.public import pages
from outreach.tracking import service
from outreach.tracking.buffer import EventBuffer
from outreach.tracking.service import TrackedEvent
from outreach.tracking.tokens import Signers, click_from, message_id_from

GIF = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==")
NO_STORE = {"Cache-Control": "no-store, no-cache, must-revalidate, max-age=0", "Pragma": "no-cache"}
NOT_FOUND_HEADERS = {"Cache-Control": "no-store", "X-Robots-Tag": "noindex"}


class _LinkCache:
    """A small LRU of message id → links (bounded so memory stays flat)."""

    def __init__(self, size: int = 10_000) -> None:
        self._data: OrderedDict[int, list[str] | None] = OrderedDict()
        self._size = size

    def get(self, key: int) -> tuple[bool, list[str] | None]:
        if key in self._data:
            self._data.move_to_end(key)
            return True, self._data[key]
        return False, None

    def put(self, key: int, links: list[str] | None) -> None:
        self._data[key] = links
        if len(self._data) > self._size:
            self._data.popitem(last=False)


def _seen(request: Request) -> tuple[str | None, str | None]:
    return (request.client.host if request.client else None), request.headers.get("user-agent")


def _invalid() -> HTMLResponse:
    return HTMLResponse(pages.invalid_link(), status_code=404, headers=NOT_FOUND_HEADERS)


def build_routes(
    *, signers: Signers, buffer: EventBuffer, session_factory: sessionmaker[Session]
) -> list[Route]:
    """The /t and /u routes bound to one buffer and one set of signers."""
    links_cache = _LinkCache()

    def _links(message_id: int) -> list[str] | None:
        with read_only(session_factory) as session:
            return service.message_links(session, message_id=message_id)

    async def open_pixel(request: Request) -> Response:
        message_id = message_id_from(signers.open, request.path_params["token"])
        if message_id is None:
            return Response(status_code=404, headers=NOT_FOUND_HEADERS)
        ip, agent = _seen(request)
        if not buffer.add(TrackedEvent("open", message_id, utcnow(), ip=ip, user_agent=agent)):
            await run_in_threadpool(buffer.flush)
            buffer.add(TrackedEvent("open", message_id, utcnow(), ip=ip, user_agent=agent))
        return Response(GIF, media_type="image/gif", headers=NO_STORE)

    async def click(request: Request) -> Response:
        parsed = click_from(signers.click, request.path_params["token"])
        if parsed is None:
            return _invalid()
        message_id, index = parsed
        hit, links = links_cache.get(message_id)
        if not hit:
            links = await run_in_threadpool(_links, message_id)
            links_cache.put(message_id, links)
        url = service.pick_link(links, index)
        if url is None:
            return _invalid()
        ip, agent = _seen(request)
        event = TrackedEvent("click", message_id, utcnow(), url=url, ip=ip, user_agent=agent)
        if not buffer.add(event):
            await run_in_threadpool(buffer.flush)
            buffer.add(event)
        return RedirectResponse(url, status_code=302, headers={"Cache-Control": "no-store"})

    async def unsubscribe_page(request: Request) -> Response:
        if message_id_from(signers.unsubscribe, request.path_params["token"]) is None:
            return _invalid()
        return HTMLResponse(pages.unsubscribe_form(), headers={"Cache-Control": "no-store"})

    async def unsubscribe_post(request: Request) -> Response:
        message_id = message_id_from(signers.unsubscribe, request.path_params["token"])
        if message_id is None:
            return _invalid()
        # RFC 8058 clients POST "List-Unsubscribe=One-Click"; our own form posts the same.
        body = await request.body()
        source = "one_click" if b"One-Click" in body else "unsubscribe_page"
        ip, agent = _seen(request)

        def apply() -> bool:
            with unit_of_work(session_factory) as session:
                return service.unsubscribe(
                    session,
                    message_id=message_id,
                    now=utcnow(),
                    source=source,
                    ip=ip,
                    user_agent=agent,
                )

        if not await run_in_threadpool(apply):
            return _invalid()
        return HTMLResponse(pages.unsubscribed(), headers={"Cache-Control": "no-store"})

    return [
        Route("/t/o/{token}.gif", open_pixel, methods=["GET"]),
        Route("/t/c/{token}", click, methods=["GET"]),
        Route("/u/{token}", unsubscribe_page, methods=["GET"]),
        Route("/u/{token}", unsubscribe_post, methods=["POST"]),
    ]
