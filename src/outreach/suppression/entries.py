"""Managing the suppression list: add, list, delete, CSV import and export."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import datetime
from typing import IO, Any

from email_validator import EmailNotValidError, validate_email
from sqlalchemy import delete, or_
from sqlalchemy.orm import Session

from outreach.db.models import Suppression
from outreach.db.models.suppression import domain_part
from outreach.errors import ValidationFailed
from outreach.kit import like
from outreach.kit.csvsafe import SafeWriter
from outreach.kit.pagination import Page, paginate
from outreach.suppression.service import check_reason, suppress_domain, suppress_email
from outreach.tenancy.auth import AuthContext
from outreach.tenancy.scope import get_owned, scoped

EXPORT_HEADER = ["kind", "value", "value_hash", "reason", "source", "created_at"]
MAX_IMPORT_ERRORS = 1000
SEARCH_MAX_LENGTH = 320


def _check_email(value: str) -> str:
    try:
        validate_email(value.strip(), check_deliverability=False)
    except EmailNotValidError as exc:
        raise ValidationFailed(str(exc), code="CONTACT_EMAIL_INVALID", field="email") from exc
    return value.strip().lower()


def _check_domain(value: str) -> str:
    name = value.strip().lower().removeprefix("@")
    if "." not in name or "@" in name or " " in name or len(name) > 253:
        raise ValidationFailed(f"'{value}' is not a domain", code="INVALID_DOMAIN", field="domain")
    return name


def add_suppression(
    session: Session,
    auth: AuthContext,
    *,
    email: str | None = None,
    domain: str | None = None,
    reason: str = "manual",
    source: str = "manual",
    now: datetime,
) -> Suppression:
    """Suppress one email or a whole domain; matching leads change status at once."""
    auth.require("edit")
    check_reason(reason)
    if bool(email) == bool(domain):
        raise ValidationFailed("give exactly one of email or domain", code="EMAIL_OR_DOMAIN")
    if email:
        return suppress_email(
            session,
            org_id=auth.org_id,
            email=_check_email(email),
            reason=reason,
            source=source,
            now=now,
        )
    return suppress_domain(
        session,
        org_id=auth.org_id,
        domain=_check_domain(domain or ""),
        reason=reason,
        source=source,
        now=now,
    )


def list_suppressions(
    session: Session,
    auth: AuthContext,
    *,
    cursor: str | None = None,
    limit: int | None = None,
    kind: str | None = None,
    q: str | None = None,
) -> Page[Suppression]:
    """The organization's suppression entries, optionally by kind or search text."""
    auth.require("read")
    stmt = scoped_search(auth, q=q, kind=kind)
    return paginate(session, stmt, Suppression.id, cursor=cursor, limit=limit)


def scoped_search(auth: AuthContext, *, q: str | None = None, kind: str | None = None) -> Any:
    """The SELECT of the organization's entries of ``kind`` matching ``q``; no order."""
    stmt = scoped(Suppression, auth)
    if kind:
        stmt = stmt.where(Suppression.kind == kind)
    if q and q.strip():
        stmt = stmt.where(search_condition(q))
    return stmt


def search_condition(q: str) -> Any:
    """Case-insensitive prefix match on the value, or on an address's domain (ADR 0014).

    "bob" finds bob@acme.com, "acme" finds bob@acme.com and the domain acme.com, and
    "@acme" finds only addresses at a domain starting with acme.
    """
    # Values are stored lower-case, so lower-casing the text is enough; the expressions are
    # the ones the PostgreSQL text_pattern_ops indexes hold (models.suppression.SEARCH_INDEXES).
    term = q.strip().lower()[:SEARCH_MAX_LENGTH]
    domain = domain_part(Suppression.value)
    if term == "@":
        return domain != ""  # every address
    if term.startswith("@"):
        return domain.like(like.prefix_pattern(term[1:]), escape=like.ESCAPE)
    pattern = like.prefix_pattern(term)
    return or_(
        Suppression.value.like(pattern, escape=like.ESCAPE),
        domain.like(pattern, escape=like.ESCAPE),
    )


def delete_suppression(session: Session, auth: AuthContext, entry_id: int) -> None:
    """Remove an entry; leads keep their status (re-activate them explicitly)."""
    auth.require("admin")
    get_owned(session, Suppression, entry_id, auth, what="suppression")
    session.execute(
        delete(Suppression).where(Suppression.id == entry_id, Suppression.org_id == auth.org_id)
    )


def import_csv(
    session: Session, auth: AuthContext, stream: IO[str], *, source: str, now: datetime
) -> dict[str, Any]:
    """Import rows with an ``email`` or ``domain`` (or ``value``) column and optional reason."""
    auth.require("edit")
    reader = csv.DictReader(stream)
    headers = {(h or "").strip().lower() for h in reader.fieldnames or []}
    if not headers & {"email", "domain", "value"}:
        raise ValidationFailed(
            "the CSV needs an email, domain or value column", code="MISSING_EMAIL_COLUMN"
        )
    added, errors = 0, list[dict[str, Any]]()
    for number, row in enumerate(reader, start=2):
        clean = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
        value = clean.get("email") or clean.get("domain") or clean.get("value") or ""
        is_domain = bool(clean.get("domain")) or (
            clean.get("kind") == "domain" or ("@" not in value and bool(value))
        )
        try:
            add_suppression(
                session,
                auth,
                email=None if is_domain else value,
                domain=value if is_domain else None,
                reason=clean.get("reason") or "manual",
                source=clean.get("source") or source,
                now=now,
            )
            added += 1
        except ValidationFailed as exc:
            if len(errors) < MAX_IMPORT_ERRORS:
                errors.append({"row": number, "value": value, "reason": exc.message})
    return {"imported": added, "failed": len(errors), "errors": errors}


def export_csv(session: Session, auth: AuthContext) -> Iterator[str]:
    """The whole list as CSV text chunks, formula-safe, streamed in id order."""
    auth.require("read")
    buffer = io.StringIO()
    writer = SafeWriter(buffer)
    writer.writerow(EXPORT_HEADER)
    stmt = scoped(Suppression, auth).order_by(Suppression.id).execution_options(yield_per=1000)
    for row in session.scalars(stmt):
        writer.writerow([getattr(row, c) for c in EXPORT_HEADER])
        if buffer.tell() > 64 * 1024:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()
