"""In a real headless Chromium: an interrupted import is resumed from its page and refreshes
itself to done; leads are filtered and put in a list by typing the list's name."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import update

from outreach.db.models import ImportJob
from outreach.db.runtime import Runtime
from outreach.db.uow import unit_of_work
from outreach.kit.clock import utcnow
from outreach.leads import jobstate
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, NEEDS_CHROMIUM, logged_in_page
from tests.conftest import OrgFixture
from tests.web_leads_support import make_list, stored_import

SHOTS = os.environ.get("OUTREACH_BROWSER_SHOTS")  # a folder to save screenshots in, if set
pytestmark = NEEDS_CHROMIUM
BODY = "email,first_name\n" + "".join(f"p{i}@acme.com,P{i}\n" for i in range(40)) + "bad,X\n"


def _shot(page: object, name: str) -> None:
    if SHOTS:
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"), full_page=True)  # type: ignore[attr-defined]


def test_resume_an_interrupted_import_then_list_by_name(
    server: str, runtime: Runtime, org: OrgFixture
) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    job_id = stored_import(runtime, org, BODY.encode(), data_dir=runtime.settings.data_dir)
    old = utcnow() - jobstate.STALE_AFTER * 2
    with unit_of_work(runtime.session_factory) as db:
        db.execute(
            update(ImportJob).values(status="running", attempt=1, heartbeat_at=old, started_at=old)
        )
    make_list(runtime, org, "Spring fair")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = logged_in_page(
                browser, server, f"/leads/import/{job_id}", org.owner_email, org.password
            )
            assert page.text_content("[data-testid=job-status]") == "interrupted"
            _shot(page, "job-interrupted")
            page.click("[data-testid=job-resume]")
            page.wait_for_selector("[data-testid=job-status] .badge-done", timeout=120_000)
            assert page.text_content("[data-testid=job-imported]") == "40"
            assert not page.is_visible("[data-testid=job-resume]")
            _shot(page, "job-resumed-done")

            page.goto(f"{server}/leads?q=p1")
            page.check("input[name=lead_ids] >> nth=0")
            page.fill("[data-testid=bulk-list]", "Spring fair")
            page.click("button:has-text('Add to list')")
            page.wait_for_selector(".flash")
            assert "Added 1 lead(s) to Spring fair." in (page.text_content(".flash") or "")
            page.fill("[data-testid=list-filter]", "Spring fair")
            page.fill("[data-testid=lead-search]", "")
            page.press("[data-testid=list-filter]", "Enter")
            page.wait_for_url(f"{server}/leads?*list_name=Spring+fair*")
            assert page.locator("[data-testid=lead-table] tbody tr").count() == 1
            _shot(page, "leads-by-list-name")
        finally:
            browser.close()
