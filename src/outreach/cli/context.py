"""Shared CLI plumbing: settings, runtime, JSON output, error exit codes."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import Any, TypeVar

import typer
from rich.console import Console
from sqlalchemy.orm import Session

from outreach.config import Settings
from outreach.db.runtime import Runtime, build_runtime
from outreach.db.uow import unit_of_work
from outreach.errors import DomainError

console = Console()
err_console = Console(stderr=True)

F = TypeVar("F", bound=Callable[..., Any])


def runtime() -> Runtime:
    """Build a runtime from the environment."""
    return build_runtime(Settings())


@contextmanager
def session_scope() -> Iterator[tuple[Runtime, Session]]:
    """A runtime and a unit-of-work session (committed on success)."""
    rt = runtime()
    try:
        with unit_of_work(rt.session_factory) as session:
            yield rt, session
    finally:
        rt.engine.dispose()


def print_json(data: Any) -> None:
    """Print one JSON document on stdout."""
    sys.stdout.write(json.dumps(data, default=str) + "\n")


def handle_errors(func: F) -> F:
    """Turn domain errors into a red message and exit code 1."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except DomainError as exc:
            err_console.print(f"[red]error[/red] {exc.code}: {exc.message}")
            raise typer.Exit(code=1) from exc

    return wrapper  # type: ignore[return-value]
