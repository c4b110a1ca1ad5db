"""Turning one raw input row (CSV or JSON) into clean lead fields, vars and per-column errors."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from email_validator import SPECIAL_USE_DOMAIN_NAMES, EmailNotValidError, validate_email

from outreach.db.models.leads import LEAD_IMPORT_FIELDS
from outreach.leads.freemail import is_free_mail

# Columns that map to lead fields; every other column goes into ``vars``.
LEAD_FIELDS = LEAD_IMPORT_FIELDS
FIELD_MAX = {
    "email": 320,
    "first_name": 200,
    "last_name": 200,
    "company": 300,
    "title": 300,
    "url": 1000,
    "linkedin_url": 1000,
    "phone": 100,
    "timezone": 64,
}
# Common spellings of the field columns in exports from other tools.
ALIASES = {
    "e_mail": "email",
    "email_address": "email",
    "mail": "email",
    "firstname": "first_name",
    "first": "first_name",
    "lastname": "last_name",
    "last": "last_name",
    "surname": "last_name",
    "company_name": "company",
    "organization": "company",
    "job_title": "title",
    "website": "url",
    "linkedin": "linkedin_url",
    "phone_number": "phone",
    "time_zone": "timezone",
    "tz": "timezone",
}
_SEPARATORS = re.compile(r"[\s\-.]+")


@lru_cache(maxsize=4096)
def column_key(header: str) -> str:
    """The lead field a column header maps to, or '' when it is a custom variable."""
    key = _SEPARATORS.sub("_", header.strip().lower()).strip("_")
    key = ALIASES.get(key, key)
    return key if key in LEAD_FIELDS else ""


def normalize_email(value: str) -> str:
    """Trim and lower-case an address."""
    return value.strip().lower()


# The fast path accepts only addresses that email-validator accepts with a normalised form
# equal to the input: an ASCII dot-atom local part of at most 64 characters and a host name of
# LDH labels with an all-letter TLD, no "--" anywhere (Punycode "xn--" and RFC 5890 R-LDH labels
# need IDNA checks) and no special-use name. email-validator judges everything else.
# tests/unit/test_email_fastpath.py checks the subset claim with hypothesis.
_PLAIN_ADDRESS = re.compile(
    r"[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63})"
)
_PLAIN_DOMAIN_CACHE: dict[str, bool] = {}


def _plain_domain(domain: str) -> bool:
    ok = _PLAIN_DOMAIN_CACHE.get(domain)
    if ok is None:
        ok = (
            len(domain) <= 253
            and "--" not in domain
            and not any(domain == s or domain.endswith("." + s) for s in SPECIAL_USE_DOMAIN_NAMES)
        )
        if len(_PLAIN_DOMAIN_CACHE) >= 65536:  # bounded: a file has far fewer domains than rows
            _PLAIN_DOMAIN_CACHE.clear()
        _PLAIN_DOMAIN_CACHE[domain] = ok
    return ok


def is_plain_email(address: str) -> bool:
    """True for a trimmed, lower-case address in the subset email-validator accepts unchanged."""
    if len(address) > 254:
        return False
    match = _PLAIN_ADDRESS.fullmatch(address)
    return match is not None and match.start(1) <= 65 and _plain_domain(match.group(1))


def check_email(value: str) -> str:
    """Normalise an address and check its syntax; raise ValueError with a reason if invalid."""
    address = normalize_email(value)
    if not address:
        raise ValueError("email is empty")
    if is_plain_email(address):
        return address
    try:
        validate_email(address, check_deliverability=False)
    except EmailNotValidError as exc:
        raise ValueError(str(exc)) from exc
    return address


def host_of(url: str) -> str:
    """The host name of a URL written with or without a scheme, without ``www.``."""
    text = url.strip()
    if not text:
        return ""
    if "://" not in text:
        text = "http://" + text
    try:
        host = (urlsplit(text).hostname or "").lower()
    except ValueError:
        return ""
    host = host.removeprefix("www.")
    return host if "." in host else ""


def company_domain(email: str, url: str | None) -> str | None:
    """The company's domain: the email's unless it is a free-mail provider, else the url's."""
    domain = email.rpartition("@")[2].lower()
    if domain and not is_free_mail(domain):
        return domain
    host = host_of(url or "")
    if host and not is_free_mail(host):
        return host
    return None


@dataclass
class CleanRow:
    """A row made ready for the database, or the reasons it cannot be."""

    fields: dict[str, Any] = field(default_factory=dict)
    vars: dict[str, Any] = field(default_factory=dict)
    errors: list[tuple[str, str]] = field(default_factory=list)


def _text(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


NUL_REASON = "contains a NUL character"


def _has_nul(value: Any) -> bool:
    # Neither PostgreSQL text nor jsonb can hold U+0000; such a row is reported, not loaded.
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_nul(v) for v in value)
    return False


def clean_row(raw: dict[str, Any]) -> CleanRow:
    """Map columns to fields and vars, trim values, validate email and lengths."""
    out = CleanRow()
    for header, value in raw.items():
        if header is None:  # csv puts surplus cells under the None key
            continue
        key = column_key(header)
        if not key:
            name = header.strip()
            if name and value not in (None, ""):
                if _has_nul(value):
                    out.errors.append((name, NUL_REASON))
                    continue
                out.vars[name] = value.strip() if isinstance(value, str) else value
            continue
        text = _text(value).strip()
        if key != "email" and "\x00" in text:
            out.errors.append((header.strip(), NUL_REASON))
            continue
        if key == "email":
            try:
                text = check_email(text)
            except ValueError as exc:
                out.errors.append(("email", str(exc)))
                continue
        elif len(text) > FIELD_MAX[key]:
            out.errors.append((header.strip(), f"longer than {FIELD_MAX[key]} characters"))
            continue
        out.fields[key] = text or None
    if "email" not in out.fields and not out.errors:
        out.errors.append(("email", "email is empty"))
    if not out.errors:
        out.fields["company_domain"] = company_domain(out.fields["email"], out.fields.get("url"))
    return out
