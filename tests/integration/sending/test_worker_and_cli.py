"""Worker loop, built-in mail catcher and the `demo` / `worker --once` commands."""

from __future__ import annotations

import smtplib
import threading

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from outreach.cli.main import app as cli
from outreach.db.models import Campaign, Lead, Mailbox, Message, Organization, SinkMessage
from outreach.db.runtime import Runtime
from outreach.db.uow import unit_of_work
from outreach.worker.loops import DispatchLoop
from outreach.worker.mailsink import start_mailsink
from outreach.worker.runner import Loop
from tests.conftest import OrgFixture
from tests.support.seed import NOW, seed_campaign
from tests.support.smtp import SmtpServer, free_port


def test_mail_catcher_stores_what_it_receives(runtime: Runtime) -> None:
    port = free_port()
    sink = start_mailsink(runtime, host="127.0.0.1", port=port)
    try:
        with smtplib.SMTP("127.0.0.1", port) as conn:
            conn.sendmail(
                "a@x.example",
                ["b@y.example"],
                b"Subject: =?utf-8?q?Gr=C3=BC=C3=9Fe?=\r\nMessage-ID: <m1@x>\r\n\r\nhi\r\n",
            )
    finally:
        sink.stop()
    with unit_of_work(runtime.session_factory) as session:
        row = session.scalars(select(SinkMessage)).one()
    assert row.subject == "Grüße" and row.message_id == "<m1@x>"
    assert row.rcpt_to == "b@y.example" and b"hi" in row.raw


def test_dispatch_loop_runs_until_stopped(
    runtime: Runtime, org: OrgFixture, smtp: SmtpServer
) -> None:
    seed_campaign(
        runtime, org.org_id, smtp_port=smtp.port, emails=[f"w{i}@example.com" for i in range(3)]
    )
    stop = threading.Event()
    loop = DispatchLoop(runtime, clock=lambda: NOW)
    loop.idle_seconds = 0.01
    thread = threading.Thread(target=loop.run, args=(stop,))
    thread.start()
    for _ in range(500):
        if len(smtp.capture.received) == 3:
            break
        stop.wait(0.01)
    stop.set()
    thread.join(timeout=10)
    assert not thread.is_alive()
    assert len(smtp.capture.received) == 3


def test_a_failing_iteration_is_logged_and_the_loop_goes_on() -> None:
    calls: list[int] = []
    stop = threading.Event()

    class Flaky(Loop):
        def one_iteration(self) -> int:
            calls.append(1)
            if len(calls) == 1:
                raise RuntimeError("boom")
            stop.set()
            return 0

    Flaky(idle_seconds=0.0).run(stop)
    assert len(calls) == 2


@pytest.fixture
def cli_env(runtime: Runtime, monkeypatch: pytest.MonkeyPatch) -> Runtime:
    monkeypatch.setenv("OUTREACH_DATABASE_URL", runtime.settings.database_url)
    monkeypatch.setenv("OUTREACH_SECRET_KEY", runtime.secret_key)
    monkeypatch.setenv("OUTREACH_BASE_URL", "http://testserver")
    return runtime


def test_demo_creates_a_sendable_setup_once(
    cli_env: Runtime, smtp: SmtpServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OUTREACH_MAILSINK_PORT", str(smtp.port))
    first = CliRunner().invoke(cli, ["demo"])
    assert first.exit_code == 0, first.output
    assert "demo@example.com" in first.output and "password:" in first.output
    again = CliRunner().invoke(cli, ["demo"])
    assert again.exit_code == 0 and "password:" not in again.output
    with unit_of_work(cli_env.session_factory) as session:
        assert session.scalars(select(Organization.name)).all() == ["Demo"]
        assert len(session.scalars(select(Lead)).all()) == 5
        box = session.scalars(select(Mailbox)).one()
        assert (box.smtp_port, box.smtp_security) == (smtp.port, "none")
        campaign = session.scalars(select(Campaign)).one()
        assert campaign.status == "draft"
        org_name = session.scalars(select(Organization.name)).one()
    launched = CliRunner().invoke(cli, ["campaign", "launch", str(campaign.id), "--org", org_name])
    assert launched.exit_code == 0, launched.output
    once = CliRunner().invoke(cli, ["worker", "--once"])
    assert once.exit_code == 0 and "dispatched 5" in once.output
    assert len(smtp.capture.received) == 5
    with unit_of_work(cli_env.session_factory) as session:
        assert {m.status for m in session.scalars(select(Message))} == {"sent"}
