"""GDPR: export everything held about one address, and erase it keeping only a hash."""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from sqlalchemy import delete, inspect, select
from sqlalchemy.orm import Session

from outreach.db.models import (
    CampaignRecipient,
    Event,
    Lead,
    LeadList,
    LeadTag,
    ListMember,
    Message,
    Suppression,
    Tag,
)
from outreach.kit.crypto import sha256_hex
from outreach.leads.gdpr_files import scrub_import_files
from outreach.leads.normalize import normalize_email
from outreach.suppression.service import email_domain
from outreach.tenancy.auth import AuthContext
from outreach.tenancy.scope import scoped


def _row(obj: Any) -> dict[str, Any]:
    return {c.key: getattr(obj, c.key) for c in inspect(obj).mapper.column_attrs}


def _suppressions(session: Session, auth: AuthContext, address: str) -> list[Suppression]:
    hashes = [sha256_hex(address), sha256_hex(email_domain(address))]
    return list(
        session.scalars(scoped(Suppression, auth).where(Suppression.value_hash.in_(hashes)))
    )


def export(session: Session, auth: AuthContext, *, email: str) -> dict[str, Any]:
    """Everything held about ``email`` in the caller's organization, as plain data."""
    auth.require("admin")
    address = normalize_email(email)
    leads: list[Lead] = list(session.scalars(scoped(Lead, auth).where(Lead.email == address)))
    ids = [lead.id for lead in leads]
    lists = session.execute(
        select(ListMember.lead_id, LeadList.id, LeadList.name, ListMember.created_at)
        .join(LeadList, LeadList.id == ListMember.list_id)
        .where(ListMember.lead_id.in_(ids))
    ).all()
    tags = session.execute(
        select(LeadTag.lead_id, Tag.name)
        .join(Tag, Tag.id == LeadTag.tag_id)
        .where(LeadTag.lead_id.in_(ids))
    ).all()
    return {
        "email": address,
        "leads": [_row(lead) for lead in leads],
        "lists": [
            {"lead_id": r[0], "list_id": r[1], "name": r[2], "added_at": r[3]} for r in lists
        ],
        "tags": [{"lead_id": r[0], "tag": r[1]} for r in tags],
        "campaign_recipients": [
            _row(r)
            for r in session.scalars(
                select(CampaignRecipient).where(CampaignRecipient.lead_id.in_(ids))
            )
        ],
        "messages": [
            _row(m) for m in session.scalars(select(Message).where(Message.lead_id.in_(ids)))
        ],
        "events": [_row(e) for e in session.scalars(select(Event).where(Event.lead_id.in_(ids)))],
        "suppressions": [_row(s) for s in _suppressions(session, auth, address)],
    }


def erase(session: Session, auth: AuthContext, *, email: str, now: datetime) -> dict[str, Any]:
    """Delete the lead and all its data; keep a hashed suppression so it is never mailed again."""
    auth.require("admin")
    address = normalize_email(email)
    digest = sha256_hex(address)
    ids = list(
        session.scalars(scoped(Lead, auth).with_only_columns(Lead.id).where(Lead.email == address))
    )
    counts: dict[str, int] = {}
    # Children first, explicitly: the result must not depend on FK cascades being enabled.
    for name, model, column in (
        ("events", Event, Event.lead_id),
        ("messages", Message, Message.lead_id),
        ("campaign_recipients", CampaignRecipient, CampaignRecipient.lead_id),
        ("list_members", ListMember, ListMember.lead_id),
        ("lead_tags", LeadTag, LeadTag.lead_id),
        ("leads", Lead, Lead.id),
    ):
        result = session.execute(
            delete(model).where(column.in_(ids)).execution_options(synchronize_session=False)
        )
        counts[name] = int(result.rowcount or 0)  # type: ignore[attr-defined]
    entry = session.scalar(
        scoped(Suppression, auth).where(
            Suppression.kind == "email", Suppression.value_hash == digest
        )
    )
    if entry is None:
        session.add(
            Suppression(
                org_id=auth.org_id,
                kind="email",
                value=None,
                value_hash=digest,
                reason="manual",
                source="gdpr_erase",
                created_at=now,
            )
        )
    else:
        cast(Suppression, entry).value = None
    session.flush()
    files = scrub_import_files(session, auth, address)
    return {"email_hash": digest, "deleted": counts, "files": files}
