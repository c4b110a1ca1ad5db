"""A campaign from CSV to inbox through the HTTP API only; then opens and clicks count.

Template, mailbox, leads (CSV upload), campaign, recipients, launch and stats all go through
/api/v1; the worker iteration is the same DispatchLoop `outreach worker` runs; the mailbox's
SMTP server is a real aiosmtpd.
"""

from __future__ import annotations

import io
import re

from starlette.testclient import TestClient

from outreach.db.runtime import Runtime
from outreach.worker.loops import DispatchLoop
from tests.conftest import OrgFixture
from tests.support.smtp import SmtpServer

CSV = (
    "email,first_name,company\n"
    "ada@analytical.example,Ada,Analytical Engines\n"
    "grace@cobol.example,Grace,Compilers Inc\n"
    "alan@bletchley.example,Alan,Bletchley Labs\n"
    "zoe@umlaut.example,Zoë,Grüne Straße GmbH\n"
)
HTML = (
    "<html><body><p>Hi {{ first_name }},</p>"
    "<p>How is {{ company }} doing? "
    '<a href="https://example.org/case-study?ref=mail">Read the case study</a>.</p>'
    "</body></html>"
)


def _ok(resp, code: int = 200):  # type: ignore[no-untyped-def]
    assert resp.status_code == code, resp.text
    return resp.json()


def test_campaign_from_csv_to_inbox_with_tracking(
    runtime: Runtime, api: TestClient, org: OrgFixture, smtp: SmtpServer
) -> None:
    template = _ok(
        api.post(
            "/api/v1/templates",
            json={
                "name": "First touch",
                "subject": "Quick question, {{ first_name }}",
                "html": HTML,
            },
        ),
        201,
    )
    mailbox = _ok(
        api.post(
            "/api/v1/mailboxes",
            json={
                "name": "Local",
                "from_email": "sam@sender.example",
                "from_name": "Sam Sender",
                "smtp_host": "127.0.0.1",
                "smtp_port": smtp.port,
                "smtp_security": "none",
            },
        ),
        201,
    )
    job = _ok(
        api.post(
            "/api/v1/leads/import",
            files={"file": ("leads.csv", io.BytesIO(CSV.encode()), "text/csv")},
        ),
        202,
    )
    job = _ok(api.get(f"/api/v1/imports/{job['id']}"))
    assert job["status"] == "done" and job["rows_imported"] == 4, job
    leads = _ok(api.get("/api/v1/leads", params={"limit": 100}))["items"]
    by_email = {lead["email"]: lead for lead in leads}
    assert len(by_email) == 4

    campaign = _ok(
        api.post(
            "/api/v1/campaigns",
            json={
                "name": "E2E",
                "template_id": template["id"],
                "mailbox_ids": [mailbox["id"]],
            },
        ),
        201,
    )
    cid = campaign["id"]
    added = _ok(
        api.post(
            f"/api/v1/campaigns/{cid}/recipients", json={"lead_ids": [lead["id"] for lead in leads]}
        )
    )
    assert added["added"] == 4
    # (launch's "queued" count is not asserted: campaigns.launch reports -1 on PostgreSQL)
    assert _ok(api.post(f"/api/v1/campaigns/{cid}/launch"))["status"] == "running"

    assert DispatchLoop(runtime).drain() == 4  # one worker iteration per batch until idle

    messages = _ok(api.get(f"/api/v1/campaigns/{cid}/messages"))["items"]
    stored_ids = {m["to_email"]: m["message_id"] for m in messages}
    assert {m["status"] for m in messages} == {"sent"}
    for email, lead in by_email.items():
        received = smtp.capture.to(email)
        assert len(received) == 1, email  # exactly one message per lead
        msg = received[0].message
        assert msg["Subject"] == f"Quick question, {lead['first_name']}"
        html = str(msg.get_body(("html",)).get_content())  # type: ignore[union-attr]
        assert f"Hi {lead['first_name']}," in html
        assert stored_ids[email] and msg["Message-ID"] == stored_ids[email]
        assert msg["List-Unsubscribe"].startswith("<mailto:sam@sender.example")
        assert "<http://testserver/u/" in msg["List-Unsubscribe"]
        assert msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "Grüne Straße GmbH" in str(
        smtp.capture.to("zoe@umlaut.example")[0].message.get_body(("html",)).get_content()  # type: ignore[union-attr]
    )
    assert len(smtp.capture.received) == 4

    before = _ok(api.get(f"/api/v1/campaigns/{cid}/stats"))
    assert before["emails_sent"] == 4 and before["emails_opened"] == 0
    assert before["emails_clicked"] == 0 and before["status"] == "completed"

    html = str(
        smtp.capture.to("ada@analytical.example")[0].message.get_body(("html",)).get_content()
    )  # type: ignore[union-attr]
    pixel = re.search(r'src="http://testserver(/t/o/[^"]+)"', html).group(1)  # type: ignore[union-attr]
    link = re.search(r'href="http://testserver(/t/c/[^"]+)"', html).group(1)  # type: ignore[union-attr]
    assert api.get(pixel).status_code == 200
    click = api.get(link, follow_redirects=False)
    assert click.status_code == 302
    assert click.headers["location"] == "https://example.org/case-study?ref=mail"
    api.app.state.events.flush()  # type: ignore[attr-defined]

    after = _ok(api.get(f"/api/v1/campaigns/{cid}/stats"))
    assert after["emails_opened"] == 1 and after["emails_clicked"] == 1
    assert after["open_rate"] == 25.0 and after["click_rate"] == 25.0
