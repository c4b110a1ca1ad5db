"""Keyset pagination cursors: opaque strings that carry the last id seen."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import Select
from sqlalchemy.orm import Session

from outreach.errors import ValidationFailed

MAX_LIMIT = 500
DEFAULT_LIMIT = 50

T = TypeVar("T")


def encode_cursor(last_id: int) -> str:
    """Encode the last id of a page as an opaque cursor."""
    return base64.urlsafe_b64encode(f"id:{last_id}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> int | None:
    """Decode a cursor made by :func:`encode_cursor`; None means the first page."""
    if not cursor:
        return None
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        prefix, _, value = text.partition(":")
        if prefix != "id":
            raise ValueError(prefix)
        return int(value)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ValidationFailed(
            "cursor is malformed", code="INVALID_CURSOR", field="cursor"
        ) from exc


def clamp_limit(limit: int | None) -> int:
    """Bound a requested page size."""
    if limit is None:
        return DEFAULT_LIMIT
    if limit < 1 or limit > MAX_LIMIT:
        raise ValidationFailed(
            f"limit must be between 1 and {MAX_LIMIT}", code="INVALID_LIMIT", field="limit"
        )
    return limit


@dataclass
class Page(Generic[T]):
    """One page of rows and the cursor of the next page (None at the end)."""

    items: list[T]
    next_cursor: str | None


def paginate(
    session: Session,
    stmt: Select[Any],
    id_column: Any,
    *,
    cursor: str | None,
    limit: int | None,
    newest_first: bool = False,
) -> Page[T]:
    """Keyset pagination on an integer id: ``WHERE id > last ORDER BY id LIMIT n`` (or desc)."""
    size = clamp_limit(limit)
    last = decode_cursor(cursor)
    if last is not None:
        stmt = stmt.where(id_column < last if newest_first else id_column > last)
    order = id_column.desc() if newest_first else id_column
    rows: list[T] = list(session.scalars(stmt.order_by(order).limit(size + 1)))
    more = len(rows) > size
    rows = rows[:size]
    next_cursor = encode_cursor(rows[-1].id) if more and rows else None  # type: ignore[attr-defined]
    return Page(items=rows, next_cursor=next_cursor)
