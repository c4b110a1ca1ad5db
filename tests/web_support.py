"""Helpers shared by the dashboard tests: log in through the form, read CSRF tokens, seed data."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import httpx
from sqlalchemy import select, update
from sqlalchemy.orm import Session
from starlette.testclient import TestClient

from outreach.campaigns import launch
from outreach.campaigns import service as campaigns
from outreach.db.models import Lead, Message
from outreach.db.runtime import Runtime
from outreach.db.uow import unit_of_work
from outreach.sending import mailboxes
from outreach.templates import service as templates
from outreach.tenancy.auth import AuthContext

CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')
NOW = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)


def csrf_from(html: str) -> str:
    """The CSRF token embedded in a rendered page."""
    match = CSRF_RE.search(html)
    assert match, "page has no CSRF field"
    return match.group(1)


def login(client: TestClient, email: str, password: str, *, next_url: str = "") -> httpx.Response:
    """Log in through the real form; returns the POST response (not followed)."""
    page = client.get("/login")
    data = {"email": email, "password": password, "csrf_token": csrf_from(page.text)}
    if next_url:
        data["next"] = next_url
    return client.post("/login", data=data, follow_redirects=False)


@dataclass
class SeededCampaign:
    """A launched campaign with some messages sent and opened."""

    campaign_id: int
    name: str
    recipients: int
    sent: int
    opened: int
    clicked: int


def seed_campaign(
    runtime: Runtime,
    org_id: int,
    *,
    name: str = "Spring outreach",
    recipients: int = 8,
    sent: int = 6,
    opened: int = 3,
    clicked: int = 1,
) -> SeededCampaign:
    """Template + mailbox + leads + launched campaign; mark the first messages sent/opened."""
    auth = AuthContext(org_id=org_id, role="owner")
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    with unit_of_work(runtime.session_factory) as db:
        tpl = templates.create_template(
            db, auth, data={"name": "Intro", "subject": "Hi {{ first_name }}", "text": "Hello"}
        )
        box = mailboxes.create_mailbox(
            db,
            auth,
            data={
                "name": "Sales",
                "from_email": "sales@example.com",
                "smtp_host": "127.0.0.1",
                "smtp_password": "s3cret-smtp-password",
            },
            secret_key=runtime.secret_key,
        )
        leads = [
            Lead(org_id=org_id, email=f"{slug}-lead{i}@example.org", first_name=f"Lead{i}")
            for i in range(recipients)
        ]
        db.add_all(leads)
        db.flush()
        campaign = campaigns.create_campaign(
            db,
            auth,
            data={"name": name, "template_id": tpl.id, "mailbox_ids": [box.id]},
            now=NOW,
        )
        campaigns.add_recipients(db, auth, campaign.id, lead_ids=[lead.id for lead in leads])
        launch.launch(db, auth, campaign.id, now=NOW)
        ids = list(
            db.scalars(
                select(Message.id).where(Message.campaign_id == campaign.id).order_by(Message.id)
            )
        )
        _mark(db, ids[:sent], status="sent", sent_at=NOW)
        _mark(db, ids[:opened], opened_at=NOW + timedelta(hours=1))
        _mark(db, ids[:clicked], clicked_at=NOW + timedelta(hours=2))
        campaign_id = campaign.id
    return SeededCampaign(campaign_id, name, recipients, sent, opened, clicked)


def _mark(db: Session, ids: list[int], **values: object) -> None:
    if ids:
        db.execute(update(Message).where(Message.id.in_(ids)).values(**values))
