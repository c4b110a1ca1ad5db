"""Leads in a real headless Chromium: import a CSV through the upload page, watch the job page
refresh itself to done, find a lead by search, preview an audience and add it to a campaign."""

from __future__ import annotations

import csv
import os
import threading
from pathlib import Path
from typing import Any

import pytest

from outreach.db.runtime import Runtime
from outreach.leads import imports
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, NEEDS_CHROMIUM, logged_in_page
from tests.conftest import OrgFixture
from tests.web_leads_support import draft_campaign

ROWS = 30_000
SHOTS = os.environ.get("OUTREACH_BROWSER_SHOTS")  # a folder to save screenshots in, if set
pytestmark = NEEDS_CHROMIUM


def _csv(path: Path) -> Path:
    with path.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Email", "First Name", "Last Name", "Company", "plan"])
        for i in range(ROWS):
            writer.writerow(
                [f"person{i}@company{i % 997}.com", f"First{i}", f"Last{i}", "Co", "pro"]
            )
        writer.writerow(["zelda.quartz@quartzlabs.example", "Zelda", "Quartz", "Quartz Labs", ""])
        writer.writerow(["not-an-email", "Broken", "Row", "", ""])
    return path


def _shot(page: object, name: str) -> None:
    if SHOTS:
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"), full_page=True)  # type: ignore[attr-defined]


def _gate_imports(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Hold background imports until the returned event is set, so the first job page is
    seen before the job is done however fast the machine is."""
    gate = threading.Event()
    run = imports.run_in_thread

    def gated(engine: Any, job_id: int, *, clock: Any) -> threading.Thread:
        def target() -> None:
            gate.wait(timeout=60)
            run(engine, job_id, clock=clock).join()

        thread = threading.Thread(target=target, daemon=True)
        thread.start()
        return thread

    monkeypatch.setattr(imports, "run_in_thread", gated)
    return gate


def test_import_watch_search_and_add_audience(
    server: str,
    runtime: Runtime,
    org: OrgFixture,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    gate = _gate_imports(monkeypatch)
    campaign_id = draft_campaign(runtime, org, "Browser launch")
    upload = _csv(tmp_path / "fair-leads.csv")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = logged_in_page(browser, server, "/leads/import", org.owner_email, org.password)

            # Upload through the form; the job page comes back at once and runs in the background.
            page.set_input_files("input[name=file]", str(upload))
            page.fill("input[name=list]", "Browser fair")
            page.check("input[name=mode][value=update]")
            page.click("button:has-text('Upload and import')")
            page.wait_for_url(f"{server}/leads/import/*")
            job_url = page.url
            first_status = page.text_content("[data-testid=job-status]") or ""
            assert page.is_visible("[data-testid=job-progress]")
            _shot(page, "job-running")
            gate.set()
            # No script: the page's meta refresh reloads it until the job is done.
            page.wait_for_selector("[data-testid=job-status] .badge-done", timeout=180_000)
            assert page.url == job_url
            assert "pending" in first_status or "running" in first_status, first_status
            progress = page.locator("[data-testid=job-progress]")
            assert progress.get_attribute("value") == "100"
            assert page.text_content("[data-testid=job-imported]") == str(ROWS + 1)
            assert page.text_content("[data-testid=job-errors]") == "1"
            assert page.is_visible("[data-testid=job-errors-link]")
            _shot(page, "job-done")

            # Find the lead by a prefix of its last name.
            page.click("nav >> text=Leads")
            page.wait_for_url(f"{server}/leads")
            page.fill("[data-testid=lead-search]", "quar")
            page.press("[data-testid=lead-search]", "Enter")
            page.wait_for_url(f"{server}/leads?q=quar*")
            rows = page.locator("[data-testid=lead-table] tbody tr")
            assert rows.count() == 1
            _shot(page, "lead-search")
            page.click("text=zelda.quartz@quartzlabs.example")
            assert page.text_content("[data-testid=lead-lists]") == "Browser fair"
            _shot(page, "lead-detail")

            # Preview the audience of the list on the campaign, then add it.
            page.goto(f"{server}/campaigns/{campaign_id}")
            page.click("a:has-text('Audience')")
            page.wait_for_url(f"{server}/campaigns/{campaign_id}/audience")
            wanted = page.locator("fieldset", has_text="Leads in any of these lists")
            wanted.get_by_label("Browser fair").check()
            page.fill("input[name=require_vars]", "plan")
            page.click("button:has-text('Preview')")
            page.wait_for_selector("[data-testid=audience-included]")
            _shot(page, "audience-preview")
            assert page.text_content("[data-testid=audience-total]") == str(ROWS + 1)
            assert page.text_content("[data-testid=audience-included]") == str(ROWS)
            reason = page.locator("tr[data-reason=missing_vars] td.num")
            assert reason.text_content() == "1"  # Zelda has no plan
            _shot(page, "audience-preview")
            page.click("button:has-text('Add to campaign')")
            page.wait_for_url(f"{server}/campaigns/{campaign_id}")
            assert page.is_visible(f"text=Audience saved: {ROWS} lead(s) added")
            assert page.text_content("[data-testid=stat-recipients]") == str(ROWS)
            _shot(page, "campaign-after-audience")
        finally:
            browser.close()
