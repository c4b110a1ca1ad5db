"""The inbound page in a real headless Chromium: paste a bounce, read the verdict."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, NEEDS_CHROMIUM, logged_in_page
from tests.conftest import OrgFixture

OWN = Path(__file__).resolve().parents[1] / "data" / "inbound" / "own"
BOUNCE = OWN / "postfix_userunknown.eml"
pytestmark = NEEDS_CHROMIUM


def test_paste_a_bounce_and_see_the_verdict(server: str, org: OrgFixture) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = logged_in_page(browser, server, "/inbound", org.owner_email, org.password)
            assert page.is_visible("nav >> text=Inbound")
            page.click("button:has-text('Classify')")
            page.wait_for_selector("[data-testid=inbound-error]")
            assert "Paste a raw message" in page.text_content("[data-testid=inbound-error]")

            page.fill("textarea[name=message]", BOUNCE.read_text())
            page.click("button:has-text('Classify')")
            page.wait_for_selector("[data-testid=verdict]")
            assert page.text_content("[data-testid=verdict-kind]") == "bounce"
            assert page.text_content("[data-testid=verdict-reason]") == "userunknown"
            assert page.text_content("[data-testid=verdict-hard]") == "True"
            assert page.text_content("[data-testid=verdict-recipient]") == "alice@example.org"
        finally:
            browser.close()
