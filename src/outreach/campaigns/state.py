"""The campaign status machine and its guarded transitions."""

from __future__ import annotations

from outreach.db.models.campaigns import ACCEPTS_RECIPIENTS
from outreach.errors import InvalidState

__all__ = ["ACCEPTS_RECIPIENTS", "next_status"]

# action -> (statuses it may start from, status it leads to)
TRANSITIONS: dict[str, tuple[frozenset[str], str]] = {
    "schedule": (frozenset({"draft"}), "scheduled"),
    "launch": (frozenset({"draft", "scheduled"}), "running"),
    "pause": (frozenset({"running", "scheduled"}), "paused"),
    "resume": (frozenset({"paused"}), "running"),
    "complete": (frozenset({"running", "paused"}), "completed"),
    "cancel": (frozenset({"draft", "scheduled", "running", "paused"}), "cancelled"),
    "archive": (frozenset({"completed", "cancelled", "failed"}), "archived"),
    "fail": (frozenset({"running", "paused", "scheduled"}), "failed"),
}

EDITABLE = frozenset({"draft", "scheduled", "paused"})
DELETABLE = frozenset({"draft", "paused", "completed", "cancelled", "failed", "archived"})


def next_status(current: str, action: str) -> str:
    """The status after ``action`` or InvalidState with a seed-004-style code."""
    allowed, target = TRANSITIONS[action]
    if current not in allowed:
        if action == "launch" and current == "running":
            raise InvalidState("campaign is already active", code="CAMPAIGN_ALREADY_ACTIVE")
        raise InvalidState(
            f"cannot {action} a campaign that is {current}",
            code=f"CAMPAIGN_CANNOT_{action.upper()}",
            details={"status": current, "allowed_from": sorted(allowed)},
        )
    return target
