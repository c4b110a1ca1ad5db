"""Mailbox CRUD; SMTP passwords are encrypted at rest and never returned."""

from __future__ import annotations

from typing import Any

from email_validator import EmailNotValidError, validate_email
from sqlalchemy.orm import Session

from outreach.db.models import Mailbox
from outreach.errors import ValidationFailed
from outreach.kit.crypto import decrypt_secret, encrypt_secret
from outreach.kit.pagination import Page, paginate
from outreach.tenancy.auth import AuthContext
from outreach.tenancy.scope import get_owned, scoped

SECURITY_MODES = ("none", "starttls", "ssl")
PLAIN_FIELDS = (
    "name",
    "from_email",
    "from_name",
    "reply_to",
    "smtp_host",
    "smtp_port",
    "smtp_security",
    "smtp_username",
    "daily_limit",
    "hourly_limit",
    "min_gap_seconds",
    "status",
)


def _check_email(value: str, field: str) -> str:
    try:
        return validate_email(value, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise ValidationFailed(f"{field}: {exc}", code="INVALID_EMAIL", field=field) from exc


def _validate(data: dict[str, Any]) -> dict[str, Any]:
    clean = dict(data)
    if "name" in clean and not str(clean["name"] or "").strip():
        raise ValidationFailed("name is required", field="name")
    if "from_email" in clean:
        clean["from_email"] = _check_email(str(clean["from_email"]), "from_email")
    if clean.get("reply_to"):
        clean["reply_to"] = _check_email(str(clean["reply_to"]), "reply_to")
    if "smtp_security" in clean and clean["smtp_security"] not in SECURITY_MODES:
        raise ValidationFailed(
            f"smtp_security must be one of {', '.join(SECURITY_MODES)}", field="smtp_security"
        )
    port = clean.get("smtp_port")
    if port is not None and not 0 < int(port) < 65536:
        raise ValidationFailed("smtp_port must be between 1 and 65535", field="smtp_port")
    if "smtp_host" in clean and not str(clean["smtp_host"] or "").strip():
        raise ValidationFailed("smtp_host is required", field="smtp_host")
    if "status" in clean and clean["status"] not in ("active", "paused"):
        raise ValidationFailed("status must be active or paused", field="status")
    return clean


def create_mailbox(
    session: Session, auth: AuthContext, *, data: dict[str, Any], secret_key: str
) -> Mailbox:
    """Create a mailbox; ``smtp_password`` is stored encrypted."""
    auth.require("admin")
    clean = _validate(data)
    for required in ("name", "from_email", "smtp_host"):
        if not clean.get(required):
            raise ValidationFailed(f"{required} is required", field=required)
    box = Mailbox(org_id=auth.org_id, **{k: clean[k] for k in PLAIN_FIELDS if k in clean})
    if clean.get("smtp_password"):
        box.smtp_password_enc = encrypt_secret(secret_key, str(clean["smtp_password"]))
    session.add(box)
    session.flush()
    return box


def update_mailbox(
    session: Session, auth: AuthContext, mailbox_id: int, *, data: dict[str, Any], secret_key: str
) -> Mailbox:
    """Change a mailbox; a given ``smtp_password`` replaces the stored one."""
    auth.require("admin")
    box = get_owned(session, Mailbox, mailbox_id, auth)
    clean = _validate({k: v for k, v in data.items() if v is not None})
    for key in PLAIN_FIELDS:
        if key in clean:
            setattr(box, key, clean[key])
    if clean.get("smtp_password"):
        box.smtp_password_enc = encrypt_secret(secret_key, str(clean["smtp_password"]))
    session.flush()
    return box


def get_mailbox(session: Session, auth: AuthContext, mailbox_id: int) -> Mailbox:
    """One mailbox of the caller's organization."""
    return get_owned(session, Mailbox, mailbox_id, auth)


def delete_mailbox(session: Session, auth: AuthContext, mailbox_id: int) -> None:
    """Delete a mailbox."""
    auth.require("admin")
    session.delete(get_owned(session, Mailbox, mailbox_id, auth))
    session.flush()


def list_mailboxes(
    session: Session, auth: AuthContext, *, cursor: str | None, limit: int | None
) -> Page[Mailbox]:
    """A page of mailboxes."""
    return paginate(session, scoped(Mailbox, auth), Mailbox.id, cursor=cursor, limit=limit)


def smtp_password(box: Mailbox, secret_key: str) -> str | None:
    """Decrypt a mailbox's SMTP password for the transport."""
    return decrypt_secret(secret_key, box.smtp_password_enc) if box.smtp_password_enc else None
