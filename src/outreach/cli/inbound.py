"""`outreach inbound ...`: classify raw inbound messages from files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from outreach.inbound import classify

app = typer.Typer(help="Inbound mail: classify bounces, complaints, auto-replies and replies.")

_COLUMNS = ("kind", "recipient", "status", "permanent", "hard", "reason", "diagnostic")


@app.callback()
def _main() -> None:
    """Inbound mail tools."""


@app.command("classify")
def classify_cmd(
    files: Annotated[list[Path], typer.Argument(help="Raw RFC 5322 message files.")],
    as_json: Annotated[
        bool, typer.Option("--json", help="One JSON object per file and line.")
    ] = False,
) -> None:
    """Classify each FILE; exit non-zero only if a file cannot be read."""
    console = Console()
    table = Table(show_lines=False)
    for col in ("file", *_COLUMNS):
        # Short verdict columns never wrap; file and diagnostic take what is left.
        table.add_column(col, no_wrap=col not in ("file", "recipient", "diagnostic"))
    failed = False
    for path in files:
        try:
            raw = path.read_bytes()
        except OSError as exc:
            failed = True
            typer.echo(f"{path}: cannot read: {exc.strerror or exc}", err=True)
            continue
        row = {"file": str(path), **classify(raw).to_dict()}
        if as_json:
            typer.echo(json.dumps(row, ensure_ascii=False))
        else:
            table.add_row(*(_cell(row[c]) for c in ("file", *_COLUMNS)))
    if not as_json and table.row_count:
        console.print(table)
    if failed:
        raise typer.Exit(code=1)


def _cell(value: object) -> str:
    if value is None:
        return "-"
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "..."
