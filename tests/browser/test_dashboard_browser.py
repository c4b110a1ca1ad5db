"""The dashboard in a real headless Chromium: log in, read a campaign's numbers, log out."""

from __future__ import annotations

import pytest

from outreach.db.runtime import Runtime
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, NEEDS_CHROMIUM
from tests.conftest import OrgFixture
from tests.web_support import SeededCampaign, seed_campaign

pytestmark = NEEDS_CHROMIUM


def test_login_campaign_numbers_logout(server: str, runtime: Runtime, org: OrgFixture) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    seeded: SeededCampaign = seed_campaign(runtime, org.org_id, recipients=10, sent=8, opened=2)
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.goto(f"{server}/campaigns/{seeded.campaign_id}")
            # Not logged in: the dashboard sends us to the login form and back afterwards.
            assert "/login" in page.url
            page.fill("input[name=email]", org.owner_email)
            page.fill("input[name=password]", "wrong password")
            page.click("button[type=submit]")
            assert page.text_content("[data-testid=login-error]") == "Wrong email or password."
            page.fill("input[name=password]", org.password)
            page.click("button[type=submit]")
            page.wait_for_url(f"{server}/campaigns/{seeded.campaign_id}")

            assert page.text_content("[data-testid=org-name]") == org.name
            assert page.text_content("[data-testid=stat-sent]") == "8"
            assert page.text_content("[data-testid=stat-opened]") == "2"
            assert page.text_content("[data-testid=stat-recipients]") == "10"
            assert page.text_content("[data-testid=stat-open-rate]") == "25.0%"
            # The stylesheet loaded under the dashboard's CSP (no inline styles, no CDN).
            assert page.eval_on_selector(".topbar", "e => getComputedStyle(e).display") == "flex"

            page.click("text=Pause")
            page.wait_for_selector("text=Campaign paused.")
            assert page.is_visible("button:has-text('Resume')")

            page.click("text=Campaigns")
            page.wait_for_url(f"{server}/campaigns")
            assert page.is_visible(f"text={seeded.name}")

            page.click("button:has-text('Logout')")
            page.wait_for_url(f"{server}/login")
            assert page.is_visible("text=You are logged out.")
            page.goto(f"{server}/campaigns")
            assert "/login" in page.url
        finally:
            browser.close()
