"""The signed tokens of the public edge: one signer per purpose, all from the secret key."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from outreach.kit.tokens import TokenSigner


@dataclass(frozen=True, slots=True)
class Signers:
    """Token signers for opens, clicks, unsubscribes and the X-Outreach-Message header."""

    open: TokenSigner
    click: TokenSigner
    unsubscribe: TokenSigner
    message: TokenSigner


@lru_cache(maxsize=8)
def signers_for(secret_key: str) -> Signers:
    """The signers for ``secret_key`` (built once; deriving a key costs an HMAC)."""
    return Signers(
        open=TokenSigner(secret_key, "open"),
        click=TokenSigner(secret_key, "click"),
        unsubscribe=TokenSigner(secret_key, "unsubscribe"),
        message=TokenSigner(secret_key, "message"),
    )


def _ints(fields: list[str] | None, count: int) -> tuple[int, ...] | None:
    if fields is None or len(fields) != count:
        return None
    try:
        values = tuple(int(f) for f in fields)
    except ValueError:
        return None
    return values if all(v >= 0 for v in values) else None


def message_id_from(signer: TokenSigner, token: str) -> int | None:
    """The message id carried by an open/unsubscribe/message token, or None when invalid."""
    values = _ints(signer.verify(token), 1)
    return values[0] if values else None


def click_from(signer: TokenSigner, token: str) -> tuple[int, int] | None:
    """(message id, link index) carried by a click token, or None when invalid."""
    values = _ints(signer.verify(token), 2)
    return (values[0], values[1]) if values else None
