"""Lead import throughput vs a raw COPY of the same file, and the importer's peak RSS.

    BENCH_ROWS=1000000 .venv/bin/python bench/import_bench.py

Generates a CSV with 10 columns and 5% duplicate emails, times a bare ``COPY`` of it into an
unindexed table of text columns (what this machine can do at all), then imports it through
``outreach.leads.imports.run_import`` in a child process that reports its own peak RSS.
"""

from __future__ import annotations

import csv
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

COLUMNS = ["email", "first_name", "last_name", "company", "title", "url", "phone", "city"]
COLUMNS += ["plan", "score"]


def generate(path: Path, rows: int) -> None:
    """Write ``rows`` rows; the last 5% repeat earlier emails."""
    unique = rows - rows // 20
    with path.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        for i in range(rows):
            k = i % unique
            writer.writerow(
                [
                    f"person{k}@company{k % 50000}.com",
                    f"First{k}",
                    f"Last{k}",
                    f"Company {k % 50000}",
                    "Head of Growth",
                    f"https://company{k % 50000}.com",
                    f"+31 6 {k:08d}",
                    "Amsterdam",
                    ("free", "pro", "team")[k % 3],
                    str(k % 100),
                ]
            )


def raw_copy(url: str, path: Path) -> float:
    """Seconds for COPY of the file into a bare table."""
    import psycopg

    dsn = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn) as conn:
        cols = ", ".join(f"{c} text" for c in COLUMNS)
        conn.execute(f"CREATE TABLE bare_copy ({cols})")
        started = time.perf_counter()
        sql = "COPY bare_copy FROM STDIN (FORMAT csv, HEADER)"
        with conn.cursor() as cur, cur.copy(sql) as cp, path.open("rb") as fh:
            while block := fh.read(1 << 20):
                cp.write(block)
        conn.commit()
        return time.perf_counter() - started


def child(url: str, path: str) -> None:
    """Run the importer; print elapsed seconds, counters and peak RSS as JSON."""
    from outreach.config import Settings
    from outreach.db.runtime import build_runtime
    from outreach.db.uow import unit_of_work
    from outreach.kit.clock import utcnow
    from outreach.leads import imports
    from outreach.tenancy import service as tenancy
    from outreach.tenancy.auth import AuthContext

    data_dir = Path(tempfile.mkdtemp())
    runtime = build_runtime(Settings(database_url=url, data_dir=data_dir))
    started = time.perf_counter()
    with unit_of_work(runtime.session_factory) as session, open(path, "rb") as fh:
        org = tenancy.create_organization(session, name="bench")
        auth = AuthContext(org_id=org.id, role="owner")
        job = imports.create_import(
            session, auth, upload=fh, filename="bench.csv", data_dir=data_dir, now=utcnow()
        )
        job_id = job.id
    with runtime.engine.connect() as conn:
        imports.run_import(conn, job_id, clock=utcnow)
    elapsed = time.perf_counter() - started
    with unit_of_work(runtime.session_factory) as session:
        from outreach.db.models import ImportJob

        done = session.get_one(ImportJob, job_id)
        result = {
            "status": done.status,
            "imported": done.rows_imported,
            "skipped": done.rows_skipped,
            "failed": done.rows_failed,
        }
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": elapsed, "peak_rss_mb": rss_mb, **result}))


def main() -> None:
    """Generate, COPY, import, report."""
    from bench._pg import bench_database

    rows = int(os.environ.get("BENCH_ROWS", "1000000"))
    with tempfile.TemporaryDirectory() as tmp, bench_database() as url:
        path = Path(tmp) / "leads.csv"
        generate(path, rows)
        size_mb = path.stat().st_size / 1e6
        copy_s = raw_copy(url, path)
        out = subprocess.run(
            [sys.executable, __file__, "--child", url, str(path)],
            check=True,
            capture_output=True,
            text=True,
        )
        res = json.loads(out.stdout.strip().splitlines()[-1])
    imp_rate, copy_rate = rows / res["seconds"], rows / copy_s
    print(f"rows={rows} file={size_mb:.1f} MB")
    print(f"raw COPY:  {copy_s:7.2f} s  {copy_rate:10.0f} rows/s")
    print(f"importer:  {res['seconds']:7.2f} s  {imp_rate:10.0f} rows/s  ({res})")
    print(f"ratio importer/COPY: {imp_rate / copy_rate:.1%} (goal >= 30%)")
    print(f"importer peak RSS: {res['peak_rss_mb']:.0f} MB (goal < 300 MB)")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3])
    else:
        main()
