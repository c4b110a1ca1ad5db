"""Helpers for the lead, list, import, suppression and audience page tests."""

from __future__ import annotations

import io
import re
import time
from pathlib import Path
from typing import Any

from starlette.testclient import TestClient

from outreach.campaigns import service as campaigns
from outreach.db.models import Lead
from outreach.db.runtime import Runtime
from outreach.db.uow import unit_of_work
from outreach.kit.clock import utcnow
from outreach.leads import imports, lists
from outreach.sending import mailboxes
from outreach.templates import service as templates
from outreach.tenancy import service as tenancy
from outreach.tenancy.auth import AuthContext
from tests.conftest import OrgFixture
from tests.web_support import NOW, csrf_from, login

PASSWORD = "password-123"


def owner(org: OrgFixture) -> AuthContext:
    """An owner's AuthContext for seeding through services."""
    return AuthContext(org_id=org.org_id, role="owner")


def add_user(runtime: Runtime, org: OrgFixture, role: str) -> str:
    """Create a user with ``role`` in ``org``; returns the email (password PASSWORD)."""
    email = f"{role}@{org.name}.example.com"
    with unit_of_work(runtime.session_factory) as db:
        found = tenancy.get_organization_by_name(db, org.name)
        tenancy.create_user(db, org=found, email=email, password=PASSWORD, role=role)
    return email


def login_as(client: TestClient, runtime: Runtime, org: OrgFixture, role: str) -> None:
    """Log ``client`` in as a new user of ``org`` with ``role`` (owner: the org's owner)."""
    client.cookies.clear()
    if role == "owner":
        login(client, org.owner_email, org.password)
    else:
        login(client, add_user(runtime, org, role), PASSWORD)


def token(client: TestClient, url: str = "/leads") -> str:
    """A CSRF token for the logged-in session."""
    return csrf_from(client.get(url).text)


def seed_leads(
    runtime: Runtime, org: OrgFixture, rows: list[dict[str, object]], *, list_name: str = ""
) -> list[int]:
    """Insert leads (and put them in ``list_name`` when given); returns their ids."""
    with unit_of_work(runtime.session_factory) as db:
        leads = [Lead(org_id=org.org_id, **{"vars": {}, **row}) for row in rows]
        db.add_all(leads)
        db.flush()
        ids = [lead.id for lead in leads]
        if list_name:
            row = lists.create_list(db, owner(org), name=list_name)
            lists.add_members(db, owner(org), row.id, ids)
    return ids


def make_list(runtime: Runtime, org: OrgFixture, name: str) -> int:
    """Create an empty list; returns its id."""
    with unit_of_work(runtime.session_factory) as db:
        return lists.create_list(db, owner(org), name=name).id


def draft_campaign(runtime: Runtime, org: OrgFixture, name: str = "Draft") -> int:
    """A draft campaign with a template and a mailbox; returns its id."""
    auth = owner(org)
    with unit_of_work(runtime.session_factory) as db:
        tpl = templates.create_template(db, auth, data={"name": "T", "subject": "S", "text": "B"})
        box = mailboxes.create_mailbox(
            db,
            auth,
            data={"name": "M", "from_email": "m@example.com", "smtp_host": "localhost"},
            secret_key=runtime.secret_key,
        )
        campaign = campaigns.create_campaign(
            db,
            auth,
            data={"name": name, "template_id": tpl.id, "mailbox_ids": [box.id]},
            now=NOW,
        )
        return campaign.id


def by_testid(html: str, key: str) -> str:
    """Text of the element with ``data-testid=key`` (tags inside stripped)."""
    match = re.search(rf'data-testid="{key}"[^>]*>(.*?)</', html, re.S)
    assert match, key
    return re.sub(r"<[^>]+>", "", match.group(1)).strip()


def stored_import(
    runtime: Runtime,
    org: OrgFixture,
    body: bytes,
    *,
    data_dir: Path,
    filename: str = "leads.csv",
    **options: Any,
) -> int:
    """A pending import job of ``body`` (not run); returns its id."""
    with unit_of_work(runtime.session_factory) as db:
        job = imports.create_import(
            db,
            owner(org),
            upload=io.BytesIO(body),
            filename=filename,
            data_dir=data_dir,
            now=utcnow(),
            max_bytes=None,
            **options,
        )
        return job.id


def wait_for_job(client: TestClient, url: str, *, seconds: float = 120) -> str:
    """Reload an import job page until it stops refreshing itself; returns the final HTML."""
    deadline = time.monotonic() + seconds
    while True:
        html = client.get(url).text
        if 'http-equiv="refresh"' not in html or time.monotonic() > deadline:
            return html
        time.sleep(0.1)
