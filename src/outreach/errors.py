"""Domain errors: each carries a kind (mapped to HTTP status at the edges) and a stable code."""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class ErrorKind(StrEnum):
    """What went wrong, independent of transport."""

    NOT_FOUND = "not_found"
    VALIDATION = "validation"
    CONFLICT = "conflict"
    STATE = "state"
    UNAUTHENTICATED = "unauthenticated"
    FORBIDDEN = "forbidden"
    RATE_LIMITED = "rate_limited"
    GONE = "gone"
    TOO_LARGE = "too_large"


# The HTTP status each kind maps to; shared by the JSON API and the dashboard.
STATUS_FOR_KIND = {
    ErrorKind.NOT_FOUND: 404,
    ErrorKind.VALIDATION: 422,
    ErrorKind.CONFLICT: 409,
    ErrorKind.STATE: 409,
    ErrorKind.UNAUTHENTICATED: 401,
    ErrorKind.FORBIDDEN: 403,
    ErrorKind.RATE_LIMITED: 429,
    ErrorKind.GONE: 410,
    ErrorKind.TOO_LARGE: 413,
}


class DomainError(Exception):
    """Base of every error a service raises on purpose."""

    kind: ErrorKind = ErrorKind.VALIDATION
    code: str = "VALIDATION_ERROR"

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        field: str | None = None,
        details: Any = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.field = field
        self.details = details

    def to_dict(self) -> dict[str, Any]:
        """Serialise for JSON error bodies."""
        body: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.field:
            body["field"] = self.field
        if self.details is not None:
            body["details"] = self.details
        return body


class NotFound(DomainError):
    """The row does not exist or belongs to another organization."""

    kind = ErrorKind.NOT_FOUND
    code = "NOT_FOUND"


class ValidationFailed(DomainError):
    """Input is well-formed JSON but breaks a rule."""

    kind = ErrorKind.VALIDATION
    code = "VALIDATION_ERROR"


class Conflict(DomainError):
    """The request would duplicate something unique."""

    kind = ErrorKind.CONFLICT
    code = "CONFLICT"


class InvalidState(DomainError):
    """The object's status does not allow this action."""

    kind = ErrorKind.STATE
    code = "INVALID_STATE"


class Gone(DomainError):
    """The thing existed but was deleted on purpose (e.g. by a retention period)."""

    kind = ErrorKind.GONE
    code = "GONE"


class TooLarge(DomainError):
    """The input is larger than the limit for it (refused before it is all read)."""

    kind = ErrorKind.TOO_LARGE
    code = "TOO_LARGE"


class Unauthenticated(DomainError):
    """No valid credentials."""

    kind = ErrorKind.UNAUTHENTICATED
    code = "UNAUTHENTICATED"


class Forbidden(DomainError):
    """Credentials are valid but the role does not allow the action."""

    kind = ErrorKind.FORBIDDEN
    code = "FORBIDDEN"
