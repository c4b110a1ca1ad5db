"""The `outreach` command line."""

from __future__ import annotations

import logging

import typer

from outreach.cli import admin, campaigns, demo, inbound, leads, run

app = typer.Typer(
    help="outreach — self-hosted email outreach campaigns.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
)
app.command("init")(admin.init)
app.command("migrate")(admin.migrate)
app.add_typer(admin.apikey_app, name="apikey")
app.add_typer(campaigns.app, name="campaign")
app.command("serve")(run.serve)
app.command("web")(run.web)
app.command("worker")(run.worker)
app.command("mailsink")(run.mailsink)
app.command("demo")(demo.demo)
app.add_typer(leads.leads_app, name="leads")
app.add_typer(leads.suppression_app, name="suppression")
app.add_typer(leads.gdpr_app, name="gdpr")
app.add_typer(inbound.app, name="inbound")


def main() -> None:
    """Entry point of the console script."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    app()
