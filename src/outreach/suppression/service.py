"""The suppression list; ``is_suppressed`` is the single gate every send goes through."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, or_, select, update
from sqlalchemy.orm import Session

from outreach.db.models import Lead, Suppression
from outreach.db.models.suppression import SUPPRESSION_REASONS
from outreach.errors import ValidationFailed
from outreach.kit.crypto import sha256_hex

LEAD_STATUS_FOR_REASON = {
    "unsubscribed": "unsubscribed",
    "hard_bounce": "bounced",
    "complaint": "suppressed",
    "manual": "suppressed",
}


def normalize_email(value: str) -> str:
    """Trim and lower-case an address."""
    return value.strip().lower()


def email_domain(value: str) -> str:
    """The domain part of an address."""
    return normalize_email(value).rpartition("@")[2]


def is_suppressed(session: Session, *, org_id: int, email: str) -> bool:
    """True when the address or its whole domain is on the organization's suppression list."""
    address = normalize_email(email)
    hit = session.scalar(
        select(Suppression.id)
        .where(
            Suppression.org_id == org_id,
            or_(
                (Suppression.kind == "email") & (Suppression.value_hash == sha256_hex(address)),
                (Suppression.kind == "domain")
                & (Suppression.value_hash == sha256_hex(email_domain(address))),
            ),
        )
        .limit(1)
    )
    return hit is not None


def suppressed_among(session: Session, *, org_id: int, emails: list[str]) -> set[str]:
    """The subset of ``emails`` that is_suppressed() would refuse, in one query (send batches)."""
    if not emails:
        return set()
    by_hash: dict[str, list[str]] = {}
    for original in emails:
        address = normalize_email(original)
        for digest in (sha256_hex(address), sha256_hex(email_domain(address))):
            by_hash.setdefault(digest, []).append(original)
    hits = session.execute(
        select(Suppression.kind, Suppression.value_hash).where(
            Suppression.org_id == org_id, Suppression.value_hash.in_(list(by_hash))
        )
    )
    blocked: set[str] = set()
    for kind, digest in hits:
        for original in by_hash.get(digest, []):
            address = normalize_email(original)
            own = sha256_hex(address) if kind == "email" else sha256_hex(email_domain(address))
            if own == digest:
                blocked.add(original)
    return blocked


def check_reason(reason: str) -> str:
    """Raise ValidationFailed unless ``reason`` is one of SUPPRESSION_REASONS."""
    if reason not in SUPPRESSION_REASONS:
        raise ValidationFailed(
            f"unknown reason '{reason}'; use one of {', '.join(SUPPRESSION_REASONS)}",
            code="INVALID_REASON",
            field="reason",
        )
    return reason


def _upsert_entry(
    session: Session, *, org_id: int, kind: str, value: str, reason: str, source: str, now: datetime
) -> Suppression:
    digest = sha256_hex(value)
    row = session.scalar(
        select(Suppression).where(
            Suppression.org_id == org_id, Suppression.kind == kind, Suppression.value_hash == digest
        )
    )
    if row is None:
        row = Suppression(
            org_id=org_id,
            kind=kind,
            value=value,
            value_hash=digest,
            reason=reason,
            source=source,
            created_at=now,
        )
        session.add(row)
        session.flush()
    return row


def suppress_email(
    session: Session, *, org_id: int, email: str, reason: str, source: str, now: datetime
) -> Suppression:
    """Add an address (idempotent) and mark matching leads at once."""
    check_reason(reason)
    address = normalize_email(email)
    row = _upsert_entry(
        session, org_id=org_id, kind="email", value=address, reason=reason, source=source, now=now
    )
    session.execute(
        update(Lead)
        .where(Lead.org_id == org_id, Lead.email == address, Lead.status == "active")
        .values(status=LEAD_STATUS_FOR_REASON[reason], updated_at=now)
    )
    session.flush()
    return row


def suppress_domain(
    session: Session, *, org_id: int, domain: str, reason: str, source: str, now: datetime
) -> Suppression:
    """Add a whole domain (idempotent) and mark every lead with an address there at once."""
    check_reason(reason)
    name = domain.strip().lower().removeprefix("@")
    row = _upsert_entry(
        session, org_id=org_id, kind="domain", value=name, reason=reason, source=source, now=now
    )
    pattern = "%@" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    session.execute(
        update(Lead)
        .where(
            Lead.org_id == org_id,
            Lead.email.like(pattern, escape="\\"),
            Lead.status == "active",
        )
        .values(status=LEAD_STATUS_FOR_REASON[reason], updated_at=now)
    )
    session.flush()
    return row


def apply_to_emails(
    conn: Connection,
    *,
    org_id: int,
    emails: Iterable[str],
    now: datetime,
    candidates: Any = None,
) -> int:
    """Mark active leads among ``emails`` whose address or domain is suppressed; returns count.

    Matches on hashes, so an erased (value NULL) entry still suppresses a re-imported address.
    ``candidates`` may be a SELECT of those hashes (e.g. from a staging table) so that a big
    chunk is not sent as thousands of bound parameters.
    """
    by_hash: dict[str, list[str]] = {}
    for address in emails:
        by_hash.setdefault(sha256_hex(address), []).append(address)
        by_hash.setdefault(sha256_hex(email_domain(address)), []).append(address)
    if not by_hash:
        return 0
    hits = conn.execute(
        select(Suppression.value_hash, Suppression.reason).where(
            Suppression.org_id == org_id,
            Suppression.value_hash.in_(list(by_hash) if candidates is None else candidates),
        )
    ).all()
    changed = 0
    for digest, reason in hits:
        result = conn.execute(
            update(Lead)
            .where(Lead.org_id == org_id, Lead.email.in_(by_hash[digest]), Lead.status == "active")
            .values(status=LEAD_STATUS_FOR_REASON[reason], updated_at=now)
        )
        changed += result.rowcount or 0
    return changed
