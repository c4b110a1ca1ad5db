"""`outreach demo`: a ready-to-try organization that sends into the built-in mail catcher."""

from __future__ import annotations

import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from outreach.campaigns import service as campaigns
from outreach.cli.context import console, handle_errors, session_scope
from outreach.config import Settings
from outreach.db import migrate as migrations
from outreach.db.models import Lead, Organization, User
from outreach.kit.clock import utcnow
from outreach.sending import mailboxes
from outreach.templates import service as templates
from outreach.tenancy import service as tenancy
from outreach.tenancy.auth import AuthContext

OWNER = "demo@example.com"
SAMPLE_LEADS = [
    ("ada@example.com", "Ada", "Lovelace", "Analytical Engines"),
    ("grace@example.com", "Grace", "Hopper", "Compilers Inc"),
    ("alan@example.com", "Alan", "Turing", "Bletchley Labs"),
    ("katherine@example.com", "Katherine", "Johnson", "Orbital Maths"),
    ("edsger@example.com", "Edsger", "Dijkstra", "Shortest Paths BV"),
]
SAMPLE_HTML = (
    "<p>Hi {{ first_name }},</p>\n"
    "<p>I noticed {{ company }} is growing fast. Would a 15-minute call next week help?</p>\n"
    '<p>Here is <a href="https://example.com/case-study">a short case study</a>.</p>\n'
    "<p>Best,<br>The demo team</p>\n"
)


def _create(session: Session, settings: Settings, password: str) -> None:
    org = tenancy.create_organization(session, name="Demo")
    tenancy.create_user(session, org=org, email=OWNER, password=password, role="owner")
    auth = AuthContext(org_id=org.id, role="owner")
    box = mailboxes.create_mailbox(
        session,
        auth,
        data={
            "name": "Built-in mail catcher",
            "from_email": "hello@demo.example.com",
            "from_name": "Demo Team",
            "smtp_host": settings.mailsink_host,
            "smtp_port": settings.mailsink_port,
            "smtp_security": "none",
        },
        secret_key=settings.secret_key.get_secret_value(),
    )
    tpl = templates.create_template(
        session,
        auth,
        data={
            "name": "First touch",
            "subject": "Quick question, {{ first_name }}",
            "html": SAMPLE_HTML,
            "text": "",
        },
    )
    for email, first, last, company in SAMPLE_LEADS:
        session.add(
            Lead(
                org_id=org.id,
                email=email,
                first_name=first,
                last_name=last,
                company=company,
                company_domain=email.rpartition("@")[2],
                source="demo",
            )
        )
    session.flush()
    campaign = campaigns.create_campaign(
        session,
        auth,
        data={"name": "Demo campaign", "template_id": tpl.id, "mailbox_ids": [box.id]},
        now=utcnow(),
    )
    lead_ids = list(session.scalars(select(Lead.id).where(Lead.org_id == org.id)))
    campaigns.add_recipients(session, auth, campaign.id, lead_ids=lead_ids)


@handle_errors
def demo() -> None:
    """Create the Demo organization on first run; print the URL and the login."""
    settings = Settings()
    migrations.upgrade(settings.database_url)
    password = secrets.token_urlsafe(12)
    with session_scope() as (_rt, session):
        existing = session.scalar(select(Organization).order_by(Organization.id).limit(1))
        owner = None
        if existing is None:
            _create(session, settings, password)
        else:
            owner = session.scalar(
                select(User.email)
                .where(User.org_id == existing.id, User.role == "owner")
                .order_by(User.id)
                .limit(1)
            )
    console.print(f"outreach: {settings.base_url}")
    if owner is None:
        console.print(f"login: {OWNER}  password: {password}", markup=False, highlight=False)
        console.print("A draft 'Demo campaign' with 5 leads sends into the built-in mail catcher.")
    else:
        console.print(
            f"login: {owner} (existing organization; password unchanged)",
            markup=False,
            highlight=False,
        )
