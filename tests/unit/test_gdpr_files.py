"""Scrubbing an erased address out of an import's error report."""

from __future__ import annotations

from pathlib import Path

from outreach.leads.gdpr_files import scrub_error_report


def test_rows_mentioning_the_address_are_removed(tmp_path: Path) -> None:
    report = tmp_path / "r.errors.csv"
    report.write_text(
        'row,column,reason\n2,email,"bad: Gone@Acme.com"\n3,phone,too long\n', encoding="utf-8"
    )
    assert scrub_error_report(report, "gone@acme.com") == 1
    assert report.read_text(encoding="utf-8").splitlines() == [
        "row,column,reason",
        "3,phone,too long",
    ]
    assert not (tmp_path / "r.errors.csv.scrub").exists()


def test_untouched_report_is_left_as_is(tmp_path: Path) -> None:
    report = tmp_path / "r.errors.csv"
    report.write_text("row,column,reason\n3,phone,too long\n", encoding="utf-8")
    before = report.stat().st_mtime_ns
    assert scrub_error_report(report, "gone@acme.com") == 0
    assert report.stat().st_mtime_ns == before
