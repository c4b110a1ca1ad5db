"""What inserting into ``leads`` costs, part by part, against a raw COPY of the same file.

    BENCH_ROWS=300000 .venv/bin/python bench/leads_floor_breakdown.py

No importer here: the file's clean, deduplicated rows are prepared in SQL, then COPYed straight
into ``leads`` again and again, each time with one more of its foreign key and secondary
indexes dropped. Reports wall time and the PostgreSQL backend's own CPU time (from
/proc/<pid>/stat, so other load on the machine matters less) as a ratio to the raw COPY.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.import_bench import COLUMNS, FIELDS, generate

STEPS = [
    ("leads as migrated", ""),
    ("- foreign key to organizations",
     "ALTER TABLE leads DROP CONSTRAINT fk_leads_org_id_organizations"),
    ("- index (org_id, status)", "DROP INDEX ix_leads_org_id_status"),
    ("- index (org_id, company_domain)", "DROP INDEX ix_leads_org_id_company_domain"),
    ("- index (org_id, id)", "DROP INDEX ix_leads_org_id_id"),
]  # fmt: skip


def _cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    """Raw COPY once, then COPY of the clean rows into leads under each step."""
    import psycopg

    from bench._pg import bench_database

    rows = int(os.environ.get("BENCH_ROWS", "300000"))
    cols = ", ".join(f"{c} text" for c in COLUMNS)
    fields = ", ".join(FIELDS)
    target = f"leads ({fields}, company_domain, vars, org_id, status, stopped, source, created_at,"
    target += " updated_at)"
    with tempfile.TemporaryDirectory() as tmp, bench_database() as url:
        path = Path(tmp) / "leads.csv"
        generate(path, rows)
        with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as conn:
            pid = conn.execute("SELECT pg_backend_pid()").fetchone()[0]  # type: ignore[index]
            conn.execute(f"CREATE TABLE bare_copy ({cols})")
            conn.commit()
            cpu, wall = _cpu(pid), time.perf_counter()
            with conn.cursor().copy("COPY bare_copy FROM STDIN (FORMAT csv, HEADER)") as cp:
                cp.write(path.read_bytes())
            conn.commit()
            copy_wall, copy_cpu = time.perf_counter() - wall, _cpu(pid) - cpu
            org = conn.execute(
                "INSERT INTO organizations (name, created_at, updated_at)"
                " VALUES ('floor', now(), now()) RETURNING id"
            ).fetchone()[0]  # type: ignore[index]
            select = (
                f"SELECT DISTINCT ON (email) {fields}, split_part(email, '@', 2),"
                " json_build_object('city', city, 'plan', plan, 'score', score)::text,"
                f" {int(org)}, 'active', false, 'floor', now(), now() FROM bare_copy ORDER BY email"
            )
            with conn.cursor().copy(f"COPY ({select}) TO STDOUT") as out:
                clean = b"".join(bytes(block) for block in out)
            print(f"rows={rows}  raw COPY: {copy_wall:.2f} s wall, {copy_cpu:.2f} s backend CPU")
            print(
                "| leads table | wall s | CPU s | wall ratio | CPU ratio |\n|---|---|---|---|---|"
            )
            for label, ddl in STEPS:
                if ddl:
                    conn.execute(ddl)
                conn.execute("TRUNCATE leads CASCADE")
                conn.commit()
                cpu, wall = _cpu(pid), time.perf_counter()
                with conn.cursor().copy(f"COPY {target} FROM STDIN") as cp:
                    cp.write(clean)
                conn.commit()
                w, c = time.perf_counter() - wall, _cpu(pid) - cpu
                print(f"| {label} | {w:.2f} | {c:.2f} | {copy_wall / w:.1%} | {copy_cpu / c:.1%} |")


if __name__ == "__main__":
    main()
