"""Shared response shapes of the JSON API."""

from __future__ import annotations

from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict

T = TypeVar("T")


class ORMModel(BaseModel):
    """A response model read from ORM attributes."""

    model_config = ConfigDict(from_attributes=True)


class PageOut(BaseModel, Generic[T]):
    """A keyset-paginated list."""

    items: list[T]
    next_cursor: str | None


class Ok(BaseModel):
    """A plain success."""

    ok: bool = True
