"""Sandboxed Jinja2 rendering of subject, HTML and text; undefined variables are errors."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from jinja2 import StrictUndefined, TemplateSyntaxError, UndefinedError, meta
from jinja2.sandbox import SandboxedEnvironment, SecurityError

from outreach.db.models.leads import LEAD_TEMPLATE_FIELDS
from outreach.errors import ValidationFailed

_env = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=True)
_html_env = SandboxedEnvironment(
    undefined=StrictUndefined, autoescape=True, keep_trailing_newline=True
)


class TemplateRenderError(ValidationFailed):
    """A template could not be compiled or rendered (syntax error, undefined variable)."""

    code = "TEMPLATE_ERROR"


@dataclass(frozen=True, slots=True)
class Rendered:
    """The three rendered parts of a message."""

    subject: str
    html: str
    text: str


@lru_cache(maxsize=512)
def _compile(source: str, html: bool) -> Any:
    env = _html_env if html else _env
    return env.from_string(source)


def check_syntax(source: str, *, field: str, html: bool = False) -> None:
    """Raise TemplateRenderError naming ``field`` when ``source`` does not compile."""
    try:
        _compile(source, html)
    except TemplateSyntaxError as exc:
        raise TemplateRenderError(
            f"{field}: line {exc.lineno}: {exc.message}", code="TEMPLATE_SYNTAX_ERROR", field=field
        ) from exc


def render_part(source: str, context: dict[str, Any], *, field: str, html: bool = False) -> str:
    """Render one part; an undefined variable raises TemplateRenderError naming it."""
    check_syntax(source, field=field, html=html)
    try:
        return str(_compile(source, html).render(context))
    except UndefinedError as exc:
        raise TemplateRenderError(
            f"{field}: {exc.message}", code="TEMPLATE_UNDEFINED_VARIABLE", field=field
        ) from exc
    except SecurityError as exc:
        raise TemplateRenderError(
            f"{field}: not allowed in a template: {exc}", code="TEMPLATE_SECURITY", field=field
        ) from exc
    except Exception as exc:
        raise TemplateRenderError(
            f"{field}: {type(exc).__name__}: {exc}", code="TEMPLATE_ERROR", field=field
        ) from exc


def render(subject: str, html: str, text: str, context: dict[str, Any]) -> Rendered:
    """Render a whole message."""
    return Rendered(
        subject=render_part(subject, context, field="subject").strip(),
        html=render_part(html, context, field="html", html=True) if html else "",
        text=render_part(text, context, field="text") if text else "",
    )


def lead_context(lead: Any) -> dict[str, Any]:
    """The variables a template sees for a lead: its fields plus its custom ``vars``."""
    context: dict[str, Any] = dict(lead.vars or {})
    for name in LEAD_TEMPLATE_FIELDS:
        value = getattr(lead, name, None)
        if value is not None:
            context[name] = value
    context.setdefault("lead", dict(context))
    return context


def required_variables(*sources: str) -> set[str]:
    """Variables the given template sources read that are not defined inside them."""
    names: set[str] = set()
    for source in sources:
        if source:
            names |= meta.find_undeclared_variables(_env.parse(source))
    return names
