"""The caller's identity and rights: who they are, which organization, which role."""

from __future__ import annotations

from dataclasses import dataclass

from outreach.errors import Forbidden

# Higher rank includes every right of the lower ones.
ROLE_RANK = {"viewer": 0, "member": 1, "manager": 2, "admin": 3, "owner": 4}

# What each action needs. "send" (launch/resume/test) is a right separate from "edit".
ACTION_MIN_ROLE = {
    "read": "viewer",
    "edit": "member",
    "send": "manager",
    "admin": "admin",
}


@dataclass(frozen=True, slots=True)
class AuthContext:
    """Who is calling: every service takes one and scopes its queries with it."""

    org_id: int
    role: str
    user_id: int | None = None
    api_key_id: int | None = None

    def can(self, action: str) -> bool:
        """True when the role allows ``action`` (read, edit, send, admin)."""
        return ROLE_RANK.get(self.role, -1) >= ROLE_RANK[ACTION_MIN_ROLE[action]]

    def require(self, action: str) -> None:
        """Raise Forbidden unless the role allows ``action``."""
        if not self.can(action):
            raise Forbidden(f"role '{self.role}' may not {action}", code="FORBIDDEN")
