"""GDPR erase for files: the uploads and error reports that imports left on disk.

An erased address must not survive in an import's stored upload or in its per-row error
report. Uploads of finished imports are no longer needed, so they are deleted; error reports
stay downloadable, rewritten without the rows that mention the address. Files of imports that
are still running are left alone (rewriting them would corrupt the job); they are counted so
the caller can say so.
"""

from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from outreach.db.models import ImportJob
from outreach.leads.jobstate import FINISHED
from outreach.tenancy.auth import AuthContext
from outreach.tenancy.scope import scoped


def _mentions(row: list[str], address: str) -> bool:
    return any(address in cell.lower() for cell in row)


def scrub_error_report(path: Path, address: str) -> int:
    """Rewrite ``path`` without the rows that mention ``address``; return how many went."""
    tmp = path.with_name(path.name + ".scrub")
    removed = 0
    with (
        path.open(newline="", encoding="utf-8", errors="replace") as src,
        tmp.open("w", newline="", encoding="utf-8") as dst,
    ):
        writer = csv.writer(dst)
        for row in csv.reader(src):
            if _mentions(row, address):
                removed += 1
            else:
                writer.writerow(row)
    if removed:
        os.replace(tmp, path)
    else:
        tmp.unlink()
    return removed


def scrub_import_files(session: Session, auth: AuthContext, address: str) -> dict[str, Any]:
    """Delete finished imports' uploads and scrub ``address`` from their error reports."""
    jobs = session.scalars(scoped(ImportJob, auth))
    counts = {"uploads_deleted": 0, "error_rows_removed": 0, "imports_running": 0}
    for job in jobs:
        if job.status not in FINISHED:
            counts["imports_running"] += 1
            continue
        upload = Path(job.stored_path) if job.stored_path else None
        if upload is not None and upload.is_file():
            upload.unlink()
            counts["uploads_deleted"] += 1
        report = Path(job.error_report_path) if job.error_report_path else None
        if report is not None and report.is_file():
            counts["error_rows_removed"] += scrub_error_report(report, address)
    return counts
