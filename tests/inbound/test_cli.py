"""The `inbound classify` sub-app."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from outreach.cli.inbound import app

from .conftest import CORPUS

runner = CliRunner()


def test_json_one_line_per_file() -> None:
    files = [str(CORPUS / "own/postfix_userunknown.eml"), str(CORPUS / "own/ooo_de.eml")]
    result = runner.invoke(app, ["classify", *files, "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["kind"] for r in rows] == ["bounce", "autoreply"]
    assert rows[0]["file"] == files[0]
    assert {"recipient", "status", "permanent", "hard", "reason", "x_headers"} <= set(rows[0])


def test_table_output_and_unknown_exits_zero(tmp_path: Path) -> None:
    junk = tmp_path / "junk.eml"
    junk.write_bytes(b"\x00\x01garbage")
    result = runner.invoke(app, ["classify", str(junk), str(CORPUS / "own/arf_yahoo.eml")])
    assert result.exit_code == 0, result.output
    assert "complaint" in result.output and "unknown" in result.output


def test_unreadable_file_exits_non_zero(tmp_path: Path) -> None:
    result = runner.invoke(app, ["classify", str(tmp_path / "missing.eml"), "--json"])
    assert result.exit_code != 0
