"""The result type of the inbound classifier."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

KINDS = ("bounce", "autoreply", "complaint", "human", "unknown")

# Every reason the classifier may give: Sisimai's vocabulary as the issue and
# docs/inbound.md use it (tests/inbound/test_vocabulary.py holds every label, rule, code
# map and model class to it).
REASONS = frozenset(
    {
        "authfailure", "badreputation", "blocked", "contenterror", "delivered", "exceedlimit",
        "expired", "feedback", "filtered", "hasmoved", "hostunknown", "mailboxfull",
        "mesgtoobig", "networkerror", "norelaying", "notaccept", "notcompliantrfc", "onhold",
        "policyviolation", "ratelimited", "rejected", "requireptr", "securityerror",
        "spamdetected", "suspend", "syntaxerror", "systemerror", "systemfull", "toomanyconn",
        "undefined", "userunknown", "vacation", "virusdetected",
    }
)  # fmt: skip

# Reasons that mean the address itself is bad; only these make a bounce "hard".
HARD_REASONS = frozenset({"userunknown", "hostunknown", "hasmoved"})


@dataclass(frozen=True)
class Classification:
    """What one inbound message is, and whom it concerns."""

    kind: str = "unknown"
    recipient: str | None = None
    recipients: tuple[str, ...] = ()
    status: str | None = None
    permanent: bool | None = None
    hard: bool = False
    reason: str | None = None
    diagnostic: str | None = None
    smtp_remote: str | None = None
    original_message_id: str | None = None
    x_headers: dict[str, str] = field(default_factory=dict)
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict with the field names of the public contract."""
        return {
            "kind": self.kind,
            "recipient": self.recipient,
            "recipients": list(self.recipients),
            "status": self.status,
            "permanent": self.permanent,
            "hard": self.hard,
            "reason": self.reason,
            "diagnostic": self.diagnostic,
            "smtp_remote": self.smtp_remote,
            "original_message_id": self.original_message_id,
            "x_headers": dict(self.x_headers),
            "in_reply_to": self.in_reply_to,
            "references": list(self.references),
        }
