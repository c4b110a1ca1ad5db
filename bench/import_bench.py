"""Lead import throughput vs a raw COPY of the same file, and the importer's peak RSS.

    BENCH_ROWS=1000000 BENCH_ROUNDS=3 .venv/bin/python bench/import_bench.py

Generates a CSV with 10 columns and 5% duplicate emails once; then, each round in a fresh
database:

1. **raw COPY** (the goal's ceiling): ``COPY … FROM STDIN (FORMAT csv, HEADER)`` of the file
   into an unindexed table of text columns;
2. **leads floor**: one ``INSERT INTO leads … SELECT`` of the file's clean, deduplicated rows
   (prepared in SQL beforehand, not timed) into an empty ``leads`` table: what any importer
   pays at least on this schema (foreign key, five indexes, JSONB), with no parsing at all;
3. **importer**: ``create_import`` + ``run_import`` in a child process, the path the CLI
   takes, which reports its own peak RSS (``ru_maxrss``).

Prints each round and the medians.
"""

from __future__ import annotations

import csv
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

COLUMNS = ["email", "first_name", "last_name", "company", "title", "url", "phone", "city"]
COLUMNS += ["plan", "score"]
FIELDS = COLUMNS[:7]


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


def _dsn(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


def raw_copy(url: str, path: Path) -> float:
    """Seconds for COPY of the file into a bare table."""
    import psycopg

    with psycopg.connect(_dsn(url)) as conn:
        cols = ", ".join(f"{c} text" for c in COLUMNS)
        conn.execute(f"CREATE TABLE bare_copy ({cols})")
        conn.commit()
        started = time.perf_counter()
        sql = "COPY bare_copy FROM STDIN (FORMAT csv, HEADER)"
        with conn.cursor() as cur, cur.copy(sql) as cp, path.open("rb") as fh:
            while block := fh.read(1 << 20):
                cp.write(block)
        conn.commit()
        return time.perf_counter() - started


def leads_floor(url: str) -> float:
    """Seconds to insert the clean, first-wins rows of ``bare_copy`` into an empty leads table."""
    import psycopg

    fields = ", ".join(FIELDS)
    with psycopg.connect(_dsn(url)) as conn:
        org = conn.execute(
            "INSERT INTO organizations (name, created_at, updated_at)"
            " VALUES ('floor', now(), now()) RETURNING id"
        ).fetchone()[0]  # type: ignore[index]
        conn.execute(
            f"CREATE TABLE floor_rows AS SELECT DISTINCT ON (email) {fields},"
            " split_part(email, '@', 2) AS company_domain,"
            " json_build_object('city', city, 'plan', plan, 'score', score)::text AS vars"
            " FROM (SELECT *, row_number() OVER () AS n FROM bare_copy) numbered"
            " ORDER BY email, n"
        )
        conn.commit()
        started = time.perf_counter()
        conn.execute(
            f"INSERT INTO leads ({fields}, company_domain, vars, org_id, status, stopped,"
            " source, created_at, updated_at)"
            f" SELECT {fields}, company_domain, vars::jsonb, %s, 'active', false, 'floor',"
            " now(), now() FROM floor_rows",
            (org,),
        )
        conn.commit()
        seconds = time.perf_counter() - started
        # Leave the importer an empty table, as the floor had.
        conn.execute("TRUNCATE leads CASCADE")
        conn.execute("DROP TABLE floor_rows")
        conn.commit()
        return seconds


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
            session,
            auth,
            upload=fh,
            filename="bench.csv",
            data_dir=data_dir,
            now=utcnow(),
            max_bytes=None,
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


def one_round(path: Path) -> dict[str, float]:
    """Raw COPY, leads floor and importer in one fresh database."""
    from bench._pg import bench_database

    with bench_database() as url:
        copy_s = raw_copy(url, path)
        floor_s = leads_floor(url)
        out = subprocess.run(
            [sys.executable, __file__, "--child", url, str(path)],
            check=True,
            capture_output=True,
            text=True,
        )
    res = json.loads(out.stdout.strip().splitlines()[-1])
    if res["status"] != "done":
        raise SystemExit(f"import failed: {res}")
    return {"copy": copy_s, "floor": floor_s, "import": res["seconds"], "rss": res["peak_rss_mb"]}


def main() -> None:
    """Generate, then per round COPY, floor, import; report rounds and medians."""
    rows = int(os.environ.get("BENCH_ROWS", "1000000"))
    rounds = int(os.environ.get("BENCH_ROUNDS", "3"))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "leads.csv"
        generate(path, rows)
        print(f"rows={rows} file={path.stat().st_size / 1e6:.1f} MB rounds={rounds}")
        print(
            "| round | raw COPY rows/s | leads floor rows/s | importer rows/s | ratio | "
            "importer/floor | peak RSS MB |"
        )
        print("|---|---|---|---|---|---|---|")
        results = []
        for n in range(1, rounds + 1):
            r = one_round(path)
            results.append(r)
            _row(str(n), rows, r)
        median = {k: statistics.median(r[k] for r in results) for k in results[0]}
        _row("median", rows, median)
    ratio = median["copy"] / median["import"]
    print(f"\nimporter vs raw COPY (median rates): {ratio:.1%} (goal >= 30%)")
    print(f"importer peak RSS (max of rounds): {max(r['rss'] for r in results):.0f} MB (< 300)")


def _row(label: str, rows: int, r: dict[str, float]) -> None:
    copy_rate, floor_rate, imp_rate = rows / r["copy"], rows / r["floor"], rows / r["import"]
    print(
        f"| {label} | {copy_rate:,.0f} | {floor_rate:,.0f} | {imp_rate:,.0f} | "
        f"{imp_rate / copy_rate:.1%} | {imp_rate / floor_rate:.0%} | {r['rss']:.0f} |"
    )


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3])
    else:
        main()
