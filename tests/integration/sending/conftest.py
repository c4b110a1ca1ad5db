"""Fixtures of the sending tests: a real aiosmtpd server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.smtp import SmtpServer


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    """An aiosmtpd server on a free local port."""
    with SmtpServer() as server:
        yield server
