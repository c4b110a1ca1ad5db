"""`outreach init`, `migrate` and `apikey create`."""

from __future__ import annotations

import typer

from outreach.cli.context import console, handle_errors, print_json, session_scope
from outreach.config import Settings
from outreach.db import migrate as migrations
from outreach.tenancy import service as tenancy

apikey_app = typer.Typer(help="Manage API keys.", no_args_is_help=True)


@handle_errors
def init(
    org: str = typer.Option(..., "--org", help="Organization name"),
    email: str = typer.Option(..., "--email", help="Owner's login email"),
    password: str = typer.Option(
        ..., "--password", prompt=True, hide_input=True, help="Owner's password (≥ 8 characters)"
    ),
    json_out: bool = typer.Option(False, "--json", help="Print JSON"),
) -> None:
    """Create an organization and its owner (migrates first)."""
    migrations.upgrade(Settings().database_url)
    with session_scope() as (_rt, session):
        organization = tenancy.create_organization(session, name=org)
        user = tenancy.create_user(
            session, org=organization, email=email, password=password, role="owner"
        )
        result = {"org_id": organization.id, "org": organization.name, "email": user.email}
    if json_out:
        print_json(result)
    else:
        console.print(f"Created organization [bold]{org}[/bold] with owner {email}")


@handle_errors
def migrate(revision: str = typer.Argument("head", help="Target revision")) -> None:
    """Migrate the database (SQLite or PostgreSQL) to the latest schema."""
    migrations.upgrade(Settings().database_url, revision)
    console.print(f"Database migrated to {revision}")


@apikey_app.command("create")
@handle_errors
def apikey_create(
    org: str = typer.Option(..., "--org", help="Organization name"),
    name: str = typer.Option("cli", "--name", help="A label for the key"),
    role: str = typer.Option("admin", "--role", help="owner|admin|manager|member|viewer"),
    json_out: bool = typer.Option(False, "--json", help='Print {"key": "..."}'),
) -> None:
    """Create an API key; it is shown once and stored hashed."""
    with session_scope() as (_rt, session):
        organization = tenancy.get_organization_by_name(session, org)
        _key, plaintext = tenancy.create_api_key(session, org=organization, name=name, role=role)
    if json_out:
        print_json({"key": plaintext})
    else:
        console.print("API key (shown once, store it now):")
        console.print(plaintext, markup=False, highlight=False)
