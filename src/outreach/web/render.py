"""The dashboard's Jinja2 environment (autoescape on), display filters and navigation entries."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import jinja2
from starlette.templating import Jinja2Templates

from outreach.tenancy.auth import AuthContext

TEMPLATE_DIR = Path(__file__).parent / "templates"
STATIC_DIR = Path(__file__).parent / "static"


def _always(_auth: AuthContext) -> bool:
    return True


@dataclass(frozen=True, slots=True)
class NavItem:
    """One entry of the top navigation; ``order`` places it, ``visible`` hides it by role."""

    label: str
    href: str
    order: int
    visible: Callable[[AuthContext], bool] = _always


def percent(value: Any) -> str:
    """Format a rate already in percent (12.5 -> "12.5%")."""
    if value is None:
        return "—"
    return f"{float(value):.1f}%"


def when(value: datetime | None) -> str:
    """Format a UTC timestamp for tables ("2026-05-01 09:30 UTC")."""
    if value is None:
        return "—"
    return value.strftime("%Y-%m-%d %H:%M UTC")


def build_templates() -> Jinja2Templates:
    """The template renderer; every ``.html`` value is escaped unless marked safe."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["percent"] = percent
    env.filters["when"] = when
    return Jinja2Templates(env=env)
