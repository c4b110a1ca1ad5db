"""Composition root of the HTTP side: API at /api, public edge at /t, dashboard at /."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from sqlalchemy import text
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse
from starlette.routing import Mount, Route

from outreach.api.router import create_api
from outreach.config import Settings
from outreach.db.runtime import Runtime, build_runtime
from outreach.public.routes import build_routes
from outreach.tracking.buffer import EventBuffer
from outreach.tracking.tokens import signers_for
from outreach.web.app import create_web


async def healthz(request: Request) -> PlainTextResponse:
    """200 when the database answers."""
    runtime: Runtime = request.app.state.runtime
    try:
        with runtime.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001 — any database failure means not ready
        return PlainTextResponse(f"database unavailable: {type(exc).__name__}", status_code=503)
    return PlainTextResponse("ok")


async def not_found(_request: Request) -> JSONResponse:
    """Fallback for unknown paths."""
    return JSONResponse({"error": {"code": "NOT_FOUND", "message": "not found"}}, status_code=404)


def create_app(settings: Settings | None = None, runtime: Runtime | None = None) -> Starlette:
    """Build the whole HTTP application around one runtime."""
    runtime = runtime or build_runtime(settings or Settings())
    api = create_api()
    api.state.runtime = runtime
    events = EventBuffer(runtime.session_factory)
    # Tracking routes are plain Starlette routes at the top level (no Mount, no FastAPI):
    # they are the hot path and FastAPI costs ~60% of Starlette's throughput there.
    public = build_routes(
        signers=signers_for(runtime.secret_key),
        buffer=events,
        session_factory=runtime.session_factory,
    )

    @asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        events.start()
        try:
            yield
        finally:
            events.stop()

    routes = [
        *public,
        Route("/healthz", healthz),
        Mount("/api", app=api),
        # The dashboard takes every other path, so it is mounted last.
        Mount("/", app=create_web(runtime)),
    ]
    app = Starlette(routes=routes, lifespan=lifespan)
    app.state.runtime = runtime
    app.state.events = events
    return app
