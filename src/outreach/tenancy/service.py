"""Organizations, users and API keys."""

from __future__ import annotations

import secrets
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from outreach.db.models import ApiKey, Organization, User
from outreach.errors import Conflict, NotFound, Unauthenticated, ValidationFailed
from outreach.kit.crypto import sha256_hex
from outreach.tenancy.auth import ROLE_RANK, AuthContext
from outreach.tenancy.passwords import hash_password, verify_password

API_KEY_PREFIX = "ok_"


def create_organization(session: Session, *, name: str) -> Organization:
    """Create an organization with a unique name."""
    name = name.strip()
    if not name:
        raise ValidationFailed("organization name is required", field="name")
    if session.scalar(select(Organization).where(Organization.name == name)):
        raise Conflict(f"organization '{name}' already exists", code="ORG_EXISTS")
    org = Organization(name=name)
    session.add(org)
    session.flush()
    return org


def get_organization_by_name(session: Session, name: str) -> Organization:
    """Find an organization by name or raise NotFound."""
    org = session.scalar(select(Organization).where(Organization.name == name))
    if org is None:
        raise NotFound(f"organization '{name}' not found", code="ORG_NOT_FOUND")
    return org


def create_user(
    session: Session, *, org: Organization, email: str, password: str, role: str = "member"
) -> User:
    """Create a user with an argon2 password hash."""
    email = email.strip().lower()
    if role not in ROLE_RANK:
        raise ValidationFailed(f"unknown role '{role}'", field="role")
    if len(password) < 8:
        raise ValidationFailed("password must be at least 8 characters", field="password")
    if session.scalar(select(User).where(User.email == email)):
        raise Conflict(f"user '{email}' already exists", code="USER_EXISTS")
    user = User(org_id=org.id, email=email, password_hash=hash_password(password), role=role)
    session.add(user)
    session.flush()
    return user


def authenticate_user(session: Session, *, email: str, password: str, now: datetime) -> User:
    """Return the active user with these credentials or raise Unauthenticated."""
    user = session.scalar(select(User).where(User.email == email.strip().lower()))
    if user is None or not user.is_active or not verify_password(user.password_hash, password):
        raise Unauthenticated("wrong email or password", code="INVALID_CREDENTIALS")
    user.last_login_at = now
    return user


def create_api_key(
    session: Session, *, org: Organization, name: str = "", role: str = "admin"
) -> tuple[ApiKey, str]:
    """Create an API key; returns the row and the plaintext key, which is never stored."""
    if role not in ROLE_RANK:
        raise ValidationFailed(f"unknown role '{role}'", field="role")
    plaintext = API_KEY_PREFIX + secrets.token_urlsafe(32)
    key = ApiKey(
        org_id=org.id, name=name, prefix=plaintext[:10], key_hash=sha256_hex(plaintext), role=role
    )
    session.add(key)
    session.flush()
    return key, plaintext


def authenticate_api_key(session: Session, plaintext: str) -> AuthContext:
    """Resolve a bearer key to an AuthContext or raise Unauthenticated."""
    if not plaintext.startswith(API_KEY_PREFIX):
        raise Unauthenticated("invalid API key", code="INVALID_API_KEY")
    key = session.scalar(select(ApiKey).where(ApiKey.key_hash == sha256_hex(plaintext)))
    if key is None or key.revoked_at is not None:
        raise Unauthenticated("invalid API key", code="INVALID_API_KEY")
    return AuthContext(org_id=key.org_id, role=key.role, api_key_id=key.id)


def auth_for_user(user: User) -> AuthContext:
    """The AuthContext of a logged-in dashboard user."""
    return AuthContext(org_id=user.org_id, role=user.role, user_id=user.id)


def load_user(session: Session, user_id: int) -> tuple[User, Organization]:
    """The active user with this id and their organization, or Unauthenticated."""
    user = session.get(User, user_id)
    if user is None or not user.is_active:
        raise Unauthenticated("session user no longer exists", code="SESSION_INVALID")
    org = session.get(Organization, user.org_id)
    if org is None:
        raise Unauthenticated("session organization no longer exists", code="SESSION_INVALID")
    return user, org
