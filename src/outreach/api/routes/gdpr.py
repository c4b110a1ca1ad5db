"""/api/v1/gdpr: export or erase everything held about one email address."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.encoders import jsonable_encoder
from pydantic import BaseModel, Field

from outreach.api.deps import AuthDep, SessionDep
from outreach.kit.clock import utcnow
from outreach.leads import gdpr

router = APIRouter(prefix="/gdpr", tags=["gdpr"])


class EraseIn(BaseModel):
    """The address to forget."""

    email: str = Field(min_length=3, max_length=320)


@router.get("/export")
def export(email: str, session: SessionDep, auth: AuthDep) -> Any:
    """All data about one address as JSON (admin)."""
    return jsonable_encoder(gdpr.export(session, auth, email=email))


@router.post("/erase")
def erase(body: EraseIn, session: SessionDep, auth: AuthDep) -> dict[str, Any]:
    """Delete the address's lead and data; keep only a hashed suppression entry (admin)."""
    return gdpr.erase(session, auth, email=body.email, now=utcnow())
