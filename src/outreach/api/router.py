"""The JSON API app mounted at /api."""

from __future__ import annotations

from fastapi import APIRouter, FastAPI

from outreach import __version__
from outreach.api import errors
from outreach.api.routes import (
    audiences,
    campaign_test,
    campaigns,
    gdpr,
    imports,
    inbound,
    leads,
    lists,
    mailboxes,
    suppressions,
    templates,
)

ROUTE_MODULES = [
    campaigns,
    templates,
    mailboxes,
    leads,
    imports,
    lists,
    suppressions,
    audiences,
    gdpr,
    campaign_test,
    inbound,
]


def create_api() -> FastAPI:
    """Build the API sub-application (OpenAPI at /api/docs)."""
    api = FastAPI(
        title="outreach API",
        version=__version__,
        docs_url="/docs",
        openapi_url="/openapi.json",
        redoc_url=None,
    )
    errors.install(api)
    v1 = APIRouter(prefix="/v1")
    for module in ROUTE_MODULES:
        v1.include_router(module.router)
    api.include_router(v1)
    return api
