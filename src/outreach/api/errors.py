"""Map domain errors and validation failures to JSON error bodies with stable codes."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from outreach.errors import STATUS_FOR_KIND, DomainError, ErrorKind


def _domain_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, DomainError)
    headers = {"WWW-Authenticate": "Bearer"} if exc.kind is ErrorKind.UNAUTHENTICATED else None
    return JSONResponse(
        {"error": exc.to_dict()}, status_code=STATUS_FOR_KIND[exc.kind], headers=headers
    )


def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [
        {
            "field": ".".join(str(p) for p in err["loc"] if p not in ("body", "query", "path")),
            "message": err["msg"],
        }
        for err in exc.errors()
    ]
    first = errors[0] if errors else {"field": "", "message": "invalid request"}
    body = {
        "code": "VALIDATION_ERROR",
        "message": f"{first['field']}: {first['message']}" if first["field"] else first["message"],
        "field": first["field"],
        "details": errors,
    }
    return JSONResponse({"error": body}, status_code=422)


def _http_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = {404: "NOT_FOUND", 405: "METHOD_NOT_ALLOWED"}.get(exc.status_code, "HTTP_ERROR")
    return JSONResponse(
        {"error": {"code": code, "message": str(exc.detail)}}, status_code=exc.status_code
    )


def install(app: FastAPI) -> None:
    """Register the error handlers on the API app."""
    app.add_exception_handler(DomainError, _domain_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
