"""Small builders shared by API tests (rows created through services, not HTTP)."""

from __future__ import annotations

from outreach.db.models import Lead
from outreach.db.runtime import Runtime
from outreach.db.uow import unit_of_work


def add_leads(runtime: Runtime, org_id: int, emails: list[str], **fields: object) -> list[int]:
    """Insert leads directly (the leads API is tested on its own)."""
    with unit_of_work(runtime.session_factory) as session:
        rows = [
            Lead(org_id=org_id, email=e, first_name=e.split("@")[0].title(), vars={}, **fields)
            for e in emails
        ]
        session.add_all(rows)
        session.flush()
        return [r.id for r in rows]


TEMPLATE = {
    "name": "Intro",
    "subject": "Hello {{ first_name }}",
    "html": '<p>Hi {{ first_name }}, see <a href="https://example.com/x">this</a>.</p>',
    "text": "Hi {{ first_name }}",
}

MAILBOX = {
    "name": "Sales",
    "from_email": "sales@sender.example",
    "from_name": "Sales Team",
    "smtp_host": "127.0.0.1",
    "smtp_port": 2525,
    "smtp_security": "none",
    "smtp_username": "sales",
    "smtp_password": "s3cret-pass",
}
