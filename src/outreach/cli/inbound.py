"""`outreach inbound ...`: classify raw inbound messages from files, folders and mboxes."""

from __future__ import annotations

import json
import mailbox
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from outreach.inbound import classify

app = typer.Typer(help="Inbound mail: classify bounces, complaints, auto-replies and replies.")

_COLUMNS = ("kind", "recipient", "status", "permanent", "hard", "reason", "diagnostic")
# Fewer files than this finish before a progress bar would be worth drawing.
_PROGRESS_FROM = 20


@app.callback()
def _main() -> None:
    """Inbound mail tools."""


@app.command("classify")
def classify_cmd(
    files: Annotated[
        list[Path],
        typer.Argument(
            help="Raw RFC 5322 message files, folders of them (read recursively, hidden "
            "files skipped) or mbox files (each message classified as FILE#N)."
        ),
    ],
    as_json: Annotated[
        bool, typer.Option("--json", help="One JSON object per message and line.")
    ] = False,
) -> None:
    """Classify each message; exit non-zero only if a file cannot be read."""
    paths = list(_expand(files))
    failed = False
    if as_json:
        for path in paths:
            try:
                for row in _rows(path):
                    typer.echo(json.dumps(row, ensure_ascii=False))
            except OSError as exc:
                failed = _unreadable(path, exc)
    else:
        failed = _print_table(paths)
    if failed:
        raise typer.Exit(code=1)


def _expand(paths: list[Path]) -> Iterator[Path]:
    """Each path, with a folder replaced by the files under it (sorted, hidden ones left out)."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
                if child.is_file() and not hidden:
                    yield child
        else:
            yield path


def _rows(path: Path) -> Iterator[dict[str, object]]:
    """The verdict on each message of the file, with its name; OSError when unreadable."""
    for name, raw in _messages(path):
        yield {"file": name, **classify(raw).to_dict()}


def _messages(path: Path) -> Iterator[tuple[str, bytes]]:
    """(name, raw bytes) of the file's message, or of each of an mbox's as FILE#N."""
    with path.open("rb") as f:
        # An mbox starts with its envelope line "From sender date"; a message's own first
        # header is "From:" (with the colon) or another field. The file is read once:
        # whole for a message, by the mailbox module for an mbox.
        start = f.read(6)
        is_mbox = start.startswith(b"From ") and start != b"From: "
        raw = b"" if is_mbox else start + f.read()
    if is_mbox:
        box = mailbox.mbox(path, create=False)
        for number, key in enumerate(box.keys(), start=1):
            yield f"{path}#{number}", box.get_bytes(key)
    else:
        yield str(path), raw


def _unreadable(path: Path, exc: OSError) -> bool:
    typer.echo(f"{path}: cannot read: {exc.strerror or exc}", err=True)
    return True


def _print_table(paths: list[Path]) -> bool:
    """The verdicts as a table and a line of counts by kind, with a progress bar (by file)
    while it works; True when a file could not be read."""
    console = Console()
    table = Table(show_lines=False)
    for col in ("file", *_COLUMNS):
        # Short verdict columns never wrap; file and diagnostic take what is left.
        table.add_column(col, no_wrap=col not in ("file", "recipient", "diagnostic"))
    kinds: Counter[str] = Counter()
    failed = False
    with Progress(
        TextColumn("classifying"),
        BarColumn(),
        MofNCompleteColumn(),
        console=Console(stderr=True),
        transient=True,
        disable=len(paths) < _PROGRESS_FROM,
    ) as progress:
        task = progress.add_task("classify", total=len(paths))
        for path in paths:
            try:
                for row in _rows(path):
                    kinds[str(row["kind"])] += 1
                    table.add_row(*(_cell(row[c]) for c in ("file", *_COLUMNS)))
            except OSError as exc:
                failed = _unreadable(path, exc)
            progress.advance(task)
    if table.row_count:
        console.print(table)
        total = sum(kinds.values())
        counts = ", ".join(f"{n} {kind}" for kind, n in kinds.most_common())
        console.print(f"{total} message{'s' if total != 1 else ''}: {counts}")
    return failed


def _cell(value: object) -> str:
    if value is None:
        return "-"
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "..."
