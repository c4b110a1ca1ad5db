"""`outreach campaign list|launch|pause|resume`."""

from __future__ import annotations

import typer
from rich.table import Table

from outreach.campaigns import launch as launching
from outreach.campaigns import service
from outreach.cli.context import console, handle_errors, print_json, session_scope
from outreach.kit.clock import utcnow
from outreach.tenancy import service as tenancy
from outreach.tenancy.auth import AuthContext

app = typer.Typer(help="Work with campaigns.", no_args_is_help=True)

OrgOption = typer.Option(..., "--org", help="Organization name")


def _auth(session: object, org: str) -> AuthContext:
    organization = tenancy.get_organization_by_name(session, org)  # type: ignore[arg-type]
    return AuthContext(org_id=organization.id, role="owner")


@app.command("list")
@handle_errors
def list_(org: str = OrgOption, json_out: bool = typer.Option(False, "--json")) -> None:
    """List campaigns."""
    with session_scope() as (_rt, session):
        auth = _auth(session, org)
        rows, cursor = [], None
        while True:
            page = service.list_campaigns(session, auth, cursor=cursor, limit=500)
            rows += [{"id": c.id, "name": c.name, "status": c.status} for c in page.items]
            if not (cursor := page.next_cursor):
                break
    if json_out:
        print_json(rows)
        return
    table = Table("id", "name", "status")
    for row in rows:
        table.add_row(str(row["id"]), str(row["name"]), str(row["status"]))
    console.print(table)


@app.command("launch")
@handle_errors
def launch(campaign_id: int, org: str = OrgOption) -> None:
    """Launch a campaign."""
    with session_scope() as (_rt, session):
        result = launching.launch(session, _auth(session, org), campaign_id, now=utcnow())
    console.print(f"Campaign {campaign_id} is {result['status']}; {result['queued']} queued")


@app.command("pause")
@handle_errors
def pause(campaign_id: int, org: str = OrgOption) -> None:
    """Pause a running campaign."""
    with session_scope() as (_rt, session):
        campaign = launching.pause(session, _auth(session, org), campaign_id)
    console.print(f"Campaign {campaign_id} is {campaign.status}")


@app.command("resume")
@handle_errors
def resume(campaign_id: int, org: str = OrgOption) -> None:
    """Resume a paused campaign."""
    with session_scope() as (_rt, session):
        campaign = launching.resume(session, _auth(session, org), campaign_id, now=utcnow())
    console.print(f"Campaign {campaign_id} is {campaign.status}")
