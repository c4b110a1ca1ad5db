"""Reading ids, numbers and choices from dashboard URLs and forms, with domain errors."""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import urlencode

from starlette.datastructures import UploadFile

from outreach.errors import NotFound, ValidationFailed
from outreach.web.pages import Page

# Ids beyond BIGINT would be a database error, not the "not found" they are.
MAX_ID = 2**63 - 1


def path_id(p: Page, name: str, *, what: str) -> int:
    """An integer id from the URL path; too large to exist is a 404."""
    value = int(p.request.path_params[name])
    if value > MAX_ID:
        raise NotFound(f"{what} {value} not found", code=f"{what.upper()}_NOT_FOUND")
    return value


def _to_id(raw: str, field: str) -> int:
    if not raw.isdigit() or int(raw) > MAX_ID:
        raise ValidationFailed(f"{field} must be an id", field=field)
    return int(raw)


def query(p: Page, name: str) -> str:
    """A query-string parameter, stripped ("" when absent)."""
    return (p.request.query_params.get(name) or "").strip()


def query_id(p: Page, name: str) -> int | None:
    """An optional integer id from the query string."""
    raw = query(p, name)
    return _to_id(raw, name) if raw else None


def form_id(p: Page, name: str) -> int | None:
    """An optional integer id from the posted form."""
    raw = p.field(name)
    return _to_id(raw, name) if raw else None


def form_ids(p: Page, name: str) -> list[int]:
    """Every id posted under ``name`` (checkboxes, multiple selects), in order, once each."""
    if p.form is None:
        return []
    values = [v.strip() for v in p.form.getlist(name) if isinstance(v, str) and v.strip()]
    return list(dict.fromkeys(_to_id(v, name) for v in values))


def form_texts(p: Page, name: str) -> list[str]:
    """Every non-empty text posted under ``name`` (one field per entry), stripped, once each."""
    if p.form is None:
        return []
    values = [v.strip() for v in p.form.getlist(name) if isinstance(v, str)]
    return list(dict.fromkeys(v for v in values if v))


def checked(p: Page, name: str) -> bool:
    """True when a checkbox named ``name`` was posted."""
    return p.form is not None and name in p.form


def form_file(p: Page, name: str, *, missing: str) -> UploadFile:
    """The uploaded file under ``name``; ValidationFailed(``missing``) when none was chosen."""
    value = p.form.get(name) if p.form is not None else None
    if isinstance(value, UploadFile) and value.filename:
        return value
    raise ValidationFailed(missing, field=name)


def url_with(path: str, params: dict[str, object]) -> str:
    """``path`` with the non-empty ``params`` as its query string."""
    clean = {k: v for k, v in params.items() if v not in (None, "")}
    return f"{path}?{urlencode(clean)}" if clean else path


def next_url(path: str, params: Mapping[str, object], cursor: str | None) -> str | None:
    """The link to the page after this one (same ``params``), or None on the last page."""
    return url_with(path, {**params, "cursor": cursor}) if cursor else None


def local_url(value: str, *, default: str, prefix: str) -> str:
    """``value`` when it is a path of this dashboard under ``prefix``, else ``default``."""
    # Only same-site paths: a posted "back" must never become an open redirect.
    if value.startswith(prefix) and not value.startswith("//") and "\\" not in value:
        return value
    return default
