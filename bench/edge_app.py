"""Apps served by bench/edge_bench.py: the real app and a bare Starlette GIF route."""

from __future__ import annotations

import base64
import os

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from outreach.app import create_app
from outreach.config import Settings

GIF = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==")


async def _pixel(_request: Request) -> Response:
    return Response(GIF, media_type="image/gif", headers={"Cache-Control": "no-store"})


bare = Starlette(routes=[Route("/t/o/{token}.gif", _pixel)])
app = (
    create_app(Settings(database_url=os.environ["BENCH_DB"], secret_key=os.environ["BENCH_SECRET"]))  # type: ignore[arg-type]
    if "BENCH_DB" in os.environ
    else bare
)
