"""Request-scoped dependencies: the runtime, a unit-of-work session, the caller's AuthContext."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from outreach.db.runtime import Runtime
from outreach.errors import Unauthenticated
from outreach.tenancy import service as tenancy
from outreach.tenancy.auth import AuthContext


def get_runtime(request: Request) -> Runtime:
    """The process runtime stored on the app."""
    runtime: Runtime = request.app.state.runtime
    return runtime


def get_session(runtime: Annotated[Runtime, Depends(get_runtime)]) -> Iterator[Session]:
    """One session per request; committed when the endpoint returns without error."""
    session = runtime.session_factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def get_auth(request: Request, session: Annotated[Session, Depends(get_session)]) -> AuthContext:
    """Authenticate ``Authorization: Bearer <api key>``."""
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthenticated(
            "missing API key: send Authorization: Bearer <key>", code="NO_API_KEY"
        )
    return tenancy.authenticate_api_key(session, token.strip())


RuntimeDep = Annotated[Runtime, Depends(get_runtime)]
SessionDep = Annotated[Session, Depends(get_session)]
AuthDep = Annotated[AuthContext, Depends(get_auth)]
