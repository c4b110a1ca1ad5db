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


def test_a_folder_is_read_recursively_without_hidden_files(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.eml").write_bytes((CORPUS / "own/postfix_userunknown.eml").read_bytes())
    (tmp_path / "sub" / "b.eml").write_bytes((CORPUS / "own/ooo_de.eml").read_bytes())
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    result = runner.invoke(app, ["classify", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [(Path(r["file"]).name, r["kind"]) for r in rows] == [
        ("a.eml", "bounce"),
        ("b.eml", "autoreply"),
    ]


def test_each_message_of_an_mbox(tmp_path: Path) -> None:
    box = tmp_path / "returned.mbox"
    parts = [
        (CORPUS / "own/postfix_userunknown.eml").read_bytes(),
        (CORPUS / "own/arf_yahoo.eml").read_bytes(),
    ]
    envelope = b"From MAILER-DAEMON Mon Jan  1 00:00:00 2024\n"
    box.write_bytes(b"".join(envelope + p.rstrip(b"\n") + b"\n\n" for p in parts))
    result = runner.invoke(app, ["classify", str(box), "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [(r["file"], r["kind"]) for r in rows] == [
        (f"{box}#1", "bounce"),
        (f"{box}#2", "complaint"),
    ]
    assert rows[0]["recipient"] == "alice@example.org"


def test_table_ends_with_counts_by_kind(tmp_path: Path) -> None:
    for i in range(25):  # past the progress bar's threshold: it must not reach stdout
        source = "own/postfix_userunknown.eml" if i % 5 else "own/ooo_de.eml"
        (tmp_path / f"m{i:02d}.eml").write_bytes((CORPUS / source).read_bytes())
    result = runner.invoke(app, ["classify", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "25 messages: 20 bounce, 5 autoreply" in result.output
    assert "classifying" not in result.output
