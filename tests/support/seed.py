"""Build a running campaign with queued messages through the services (no HTTP)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from outreach.campaigns import launch, service
from outreach.db.models import Lead
from outreach.db.runtime import Runtime
from outreach.db.uow import unit_of_work
from outreach.sending import mailboxes
from outreach.templates import service as templates
from outreach.tenancy.auth import AuthContext

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

HTML = (
    "<html><body><p>Hi {{ first_name }},</p>"
    '<p>See <a href="https://example.org/offer?a=1&amp;b=2">our offer</a> and '
    '<a href="https://example.org/about">about us</a>.</p></body></html>'
)


@dataclass
class Seeded:
    """Ids of what was created."""

    campaign_id: int
    mailbox_id: int
    template_id: int
    lead_ids: list[int]


def seed_campaign(
    runtime: Runtime,
    org_id: int,
    *,
    smtp_port: int,
    emails: list[str],
    subject: str = "Hello {{ first_name }}",
    html: str = HTML,
    text: str = "",
    launch_now: bool = True,
    lead_vars: dict[str, dict[str, Any]] | None = None,
) -> Seeded:
    """A template, a mailbox on 127.0.0.1:smtp_port, leads and a (launched) campaign."""
    auth = AuthContext(org_id=org_id, role="owner")
    with unit_of_work(runtime.session_factory) as session:
        tpl = templates.create_template(
            session, auth, data={"name": "t", "subject": subject, "html": html, "text": text}
        )
        box = mailboxes.create_mailbox(
            session,
            auth,
            data={
                "name": "box",
                "from_email": "sender@sender.example",
                "from_name": "Sam Sender",
                "smtp_host": "127.0.0.1",
                "smtp_port": smtp_port,
                "smtp_security": "none",
            },
            secret_key=runtime.secret_key,
        )
        leads = []
        for i, address in enumerate(emails):
            lead = Lead(
                org_id=org_id,
                email=address,
                first_name=f"Lead{i}",
                vars=(lead_vars or {}).get(address, {}),
            )
            session.add(lead)
            leads.append(lead)
        session.flush()
        campaign = service.create_campaign(
            session,
            auth,
            data={"name": "c", "template_id": tpl.id, "mailbox_ids": [box.id]},
            now=NOW,
        )
        service.add_recipients(session, auth, campaign.id, lead_ids=[lead.id for lead in leads])
        if launch_now:
            launch.launch(session, auth, campaign.id, now=NOW)
        return Seeded(campaign.id, box.id, tpl.id, [lead.id for lead in leads])
