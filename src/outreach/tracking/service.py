"""Record opens, clicks and unsubscribes against the message a token names."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from outreach.db.base import JSONType, UTCDateTime
from outreach.db.models import CampaignRecipient, Event, Message
from outreach.suppression.service import suppress_email

TRACKED_KINDS = ("open", "click")


@dataclass(frozen=True, slots=True)
class TrackedEvent:
    """An open or click seen on the public edge, waiting to be written."""

    kind: str
    message_id: int
    at: datetime
    url: str | None = None
    ip: str | None = None
    user_agent: str | None = None
    data: dict[str, Any] = field(default_factory=dict)


# One INSERT … SELECT per event copies org/campaign/lead from the message, so the hot edge
# never reads the database; a token for a missing message simply inserts nothing.
_INSERT_EVENT = insert(Event).from_select(
    [
        "org_id",
        "campaign_id",
        "message_id",
        "lead_id",
        "kind",
        "url",
        "ip",
        "user_agent",
        "data",
        "created_at",
    ],
    select(
        Message.org_id,
        Message.campaign_id,
        Message.id,
        Message.lead_id,
        bindparam("kind"),
        bindparam("url"),
        bindparam("ip"),
        bindparam("ua"),
        bindparam("data", type_=JSONType),
        bindparam("at", type_=UTCDateTime()),
    ).where(Message.id == bindparam("mid")),
)


def _first_seen(column: Any) -> Any:
    return (
        update(Message)
        .where(Message.id == bindparam("mid"), column.is_(None))
        .values({column.key: bindparam("at", type_=UTCDateTime())})
    )


_FIRST_OPEN = _first_seen(Message.opened_at)
_FIRST_CLICK = _first_seen(Message.clicked_at)


def record_events(session: Session, events: list[TrackedEvent]) -> int:
    """Write a batch of opens/clicks (executemany) and set first opened_at/clicked_at."""
    if not events:
        return 0
    conn = session.connection()
    conn.execute(
        _INSERT_EVENT,
        [
            {
                "mid": e.message_id,
                "kind": e.kind,
                "url": e.url,
                "ip": e.ip,
                "ua": (e.user_agent or "")[:500] or None,
                "data": e.data,
                "at": e.at,
            }
            for e in events
        ],
    )
    for kind, stmt in (("open", _FIRST_OPEN), ("click", _FIRST_CLICK)):
        # The earliest event of each message wins; executemany keeps it one round trip.
        first: dict[int, datetime] = {}
        for e in events:
            if e.kind == kind and (e.message_id not in first or e.at < first[e.message_id]):
                first[e.message_id] = e.at
        if first:
            conn.execute(stmt, [{"mid": mid, "at": at} for mid, at in first.items()])
    return len(events)


def record_open(session: Session, *, message_id: int, now: datetime, **seen: Any) -> None:
    """Record one open (ip=, user_agent= optional)."""
    record_events(session, [TrackedEvent("open", message_id, now, **seen)])


def record_click(
    session: Session, *, message_id: int, url: str, now: datetime, **seen: Any
) -> None:
    """Record one click on ``url``."""
    record_events(session, [TrackedEvent("click", message_id, now, url=url, **seen)])


def message_links(session: Session, *, message_id: int) -> list[str] | None:
    """The tracked links stored on a message (None when it has none or does not exist)."""
    links = session.scalar(select(Message.links).where(Message.id == message_id))
    return links if isinstance(links, list) else None


def pick_link(links: list[str] | None, index: int) -> str | None:
    """Link ``index`` if it exists and is http(s); the only URLs a redirect may go to."""
    if not links or not 0 <= index < len(links):
        return None
    url = links[index]
    return url if isinstance(url, str) and url.startswith(("http://", "https://")) else None


def unsubscribe(
    session: Session,
    *,
    message_id: int,
    now: datetime,
    source: str,
    ip: str | None = None,
    user_agent: str | None = None,
) -> bool:
    """Suppress the message's recipient org-wide; False when the message does not exist."""
    message = session.get(Message, message_id)
    if message is None:
        return False
    suppress_email(
        session,
        org_id=message.org_id,
        email=message.to_email,
        reason="unsubscribed",
        source=source,
        now=now,
    )
    recipient = session.get(CampaignRecipient, message.recipient_id)
    already = recipient is not None and recipient.status == "unsubscribed"
    if recipient is not None:
        recipient.status = "unsubscribed"
    if not already:
        session.add(
            Event(
                org_id=message.org_id,
                campaign_id=message.campaign_id,
                message_id=message.id,
                lead_id=message.lead_id,
                kind="unsubscribe",
                ip=ip,
                user_agent=(user_agent or "")[:500] or None,
                data={"source": source},
                created_at=now,
            )
        )
    session.flush()
    return True
