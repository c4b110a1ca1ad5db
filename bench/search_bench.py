"""Lead search on PostgreSQL at scale: prefix search (indexed) vs the old substring scan.

    BENCH_LEADS=1000000 .venv/bin/python bench/search_bench.py

Ceiling (same run, re-measured right before each series): the first page of leads with no
search at all (50 rows, keyset by id, ``WHERE org_id = 1 ORDER BY id LIMIT 51``) — what a
search page would cost if finding the rows were free. Every search below is the real
``leads.service.search_statement`` page, run 1 + 5 times on one connection (psycopg
prepares a statement after 5 runs, so generic plans are included), median reported, as a
multiple of that ceiling.

Then the write cost of each way to index search, as the time of one ``INSERT … SELECT`` of
BENCH_INSERT leads (rolled back; median of 3), and of a real import of a BENCH_IMPORT-row CSV
through ``leads.imports.run_import`` (new leads of a fresh organization, deleted afterwards;
after one warm-up import; median of 3), with: no search index, the five btree
``text_pattern_ops`` indexes of migration 0004, and five pg_trgm GIN indexes instead (with the
substring search they would allow, timed the same way).
"""

from __future__ import annotations

import csv
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import or_, text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

FIRST_NAMES = [
    "John",
    "Mary",
    "James",
    "Patricia",
    "Robert",
    "Jennifer",
    "Michael",
    "Linda",
    "William",
    "Elizabeth",
    "David",
    "Barbara",
    "Richard",
    "Susan",
    "Joseph",
    "Jessica",
    "Thomas",
    "Sarah",
    "Charles",
    "Karen",
    "Christopher",
    "Nancy",
    "Daniel",
    "Lisa",
    "Matthew",
    "Betty",
    "Anthony",
    "Margaret",
    "Mark",
    "Sandra",
    "Donald",
    "Ashley",
    "Steven",
    "Kimberly",
    "Paul",
    "Emily",
    "Andrew",
    "Donna",
    "Joshua",
    "Michelle",
    "Kenneth",
    "Dorothy",
    "Kevin",
    "Carol",
    "Brian",
    "Amanda",
    "George",
    "Melissa",
    "Jose",
    "Deborah",
    "Anna",
    "Sven",
    "Ingrid",
    "Lukas",
    "Hannah",
    "Jonas",
    "Lea",
    "Mateo",
    "Lucia",
    "Hugo",
    "Chloe",
    "Kenji",
    "Yuki",
]
INDEXES = ("email", "company_domain", "lower(first_name)", "lower(last_name)", "lower(company)")
RUNS = 5


def letters(seed: str, n: int) -> str:
    # Random-looking lower-case words from md5 (16 letters a-p), deterministic per row.
    return f"translate(substr(md5({seed}), 1, {n}), '0123456789', 'ghijklmnop')"


def insert_sql(org_id: int, start: int, count: int) -> str:
    """INSERT … SELECT ``count`` realistic leads for ``org_id``, numbered from ``start``."""
    names = "ARRAY[" + ",".join(f"'{n}'" for n in FIRST_NAMES) + "]"
    first = f"({names})[1 + (hashtext(g::text || 'f') & 1023) % {len(FIRST_NAMES)}]"
    last = f"initcap({letters(chr(39) + 'l' + chr(39) + ' || g', 7)})"
    word = letters("'c' || (g % 20000)", 6)
    return f"""
        INSERT INTO leads (org_id, email, first_name, last_name, company, company_domain,
                           vars, status, stopped, created_at, updated_at)
        SELECT {org_id}, lower(f) || '.' || lower(l) || g || '@' || w || '.com', f, l,
               initcap(w) || (ARRAY[' Inc', ' GmbH', ' Ltd', ' LLC'])[1 + g % 4],
               w || '.com', '{{}}', 'active', false, now(), now()
        FROM (SELECT g, {first} AS f, {last} AS l, {word} AS w
              FROM generate_series({start}, {start + count - 1}) g) s
    """


def timed(fn: Callable[[], Any], runs: int = RUNS) -> float:
    """Median seconds of ``runs`` calls after one warm-up."""
    fn()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def old_statement(auth: Any, q: str) -> Any:
    """The search before migration 0004: substring LIKE on email, ILIKE on three fields."""
    from outreach.db.models import Lead
    from outreach.kit.like import escape_like
    from outreach.tenancy.scope import scoped

    pattern = f"%{escape_like(q.lower())}%"
    return (
        scoped(Lead, auth)
        .where(Lead.deleted_at.is_(None))
        .where(
            or_(
                Lead.email.like(pattern, escape="\\"),
                *(
                    getattr(Lead, c).ilike(pattern, escape="\\")
                    for c in ("first_name", "last_name", "company")
                ),
            )
        )
    )


def trigram_statement(auth: Any, q: str) -> Any:
    """Substring search written to match the pg_trgm GIN index expressions."""
    from outreach.db.models import Lead
    from outreach.kit.like import escape_like
    from outreach.leads.service import searched_columns
    from outreach.tenancy.scope import scoped

    pattern = f"%{escape_like(q.lower())}%"
    return (
        scoped(Lead, auth)
        .where(Lead.deleted_at.is_(None))
        .where(or_(*(c.like(pattern, escape="\\") for c in searched_columns())))
    )


def terms(conn: Any, leads: int) -> dict[str, str]:
    """Search terms of different selectivity, taken from the seeded data."""
    mid = conn.execute(
        text("SELECT email, first_name, last_name, company FROM leads WHERE id = :i"),
        {"i": leads // 2},
    ).one()
    return {
        "exact email": mid.email,
        "common first name": "john",
        "one letter": "m",
        "3-letter prefix": mid.last_name[:3].lower(),
        "first + last name": f"{mid.first_name} {mid.last_name}",
        "company phrase": mid.company,
        "no match": "zzqx",
    }


def search_times(session: Any, auth: Any, words: dict[str, str], build: Any) -> dict[str, Any]:
    """Median page time and hit count per term for one way of building the statement."""
    from outreach.db.models import Lead
    from outreach.kit.pagination import paginate

    out = {}
    for label, q in words.items():

        def run(q: str = q) -> int:
            return len(paginate(session, build(auth, q), Lead.id, cursor=None, limit=50).items)

        out[label] = (timed(run), run())
    return out


def insert_cost(engine: Any, rows: int, leads: int) -> float:
    """Median seconds of inserting ``rows`` leads (rolled back each time)."""
    samples = []
    for i in range(3):
        with engine.connect() as conn:
            trans = conn.begin()
            started = time.perf_counter()
            conn.execute(text(insert_sql(3, leads * 2 + i * rows, rows)))
            samples.append(time.perf_counter() - started)
            trans.rollback()
    return statistics.median(samples)


def write_csv(path: Path, rows: int) -> None:
    """A lead file with names, companies and a variable."""
    with path.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["email", "first_name", "last_name", "company", "plan"])
        for i in range(rows):
            first = FIRST_NAMES[i % len(FIRST_NAMES)]
            writer.writerow(
                [f"{first.lower()}.x{i}@firm{i % 5000}.com", first, f"L{i}", "Firm", "pro"]
            )


def import_cost(runtime: Any, path: Path, org_id: int) -> float:
    """Median seconds of 3 imports of ``path`` into new organizations (real importer)."""
    return statistics.median(import_once(runtime, path, org_id * 10 + i) for i in range(3))


def import_once(runtime: Any, path: Path, org_id: int) -> float:
    """Seconds to import ``path`` into a new organization through the real importer."""
    from outreach.db.uow import unit_of_work
    from outreach.kit.clock import utcnow
    from outreach.leads import imports
    from outreach.tenancy.auth import AuthContext

    auth = AuthContext(org_id=org_id, role="owner")
    with runtime.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO organizations (id, name, created_at, updated_at) "
                "VALUES (:i, :n, now(), now())"
            ),
            {"i": org_id, "n": f"import{org_id}"},
        )
    with unit_of_work(runtime.session_factory) as session, path.open("rb") as fh:
        job = imports.create_import(
            session,
            auth,
            upload=fh,
            filename=path.name,
            data_dir=path.parent,
            now=utcnow(),
            max_bytes=None,
        )
        job_id = job.id
    started = time.perf_counter()
    with runtime.engine.connect() as conn:
        imports.run_import(conn, job_id, clock=utcnow)
    seconds = time.perf_counter() - started
    with runtime.engine.begin() as conn:
        conn.execute(text("DELETE FROM leads WHERE org_id = :i"), {"i": org_id})
    with runtime.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM ANALYZE leads"))
    return seconds


def index_mb(conn: Any, prefix: str) -> float:
    """Total size of the leads indexes whose name starts with ``prefix``."""
    size = conn.execute(
        text(
            "SELECT coalesce(sum(pg_relation_size(indexrelid)), 0) FROM pg_stat_user_indexes "
            "WHERE relname = 'leads' AND indexrelname LIKE :p"
        ),
        {"p": prefix + "%"},
    ).scalar_one()
    return float(size) / 1e6


def seed_orgs(engine: Any, *names: str) -> None:
    """Organizations 1, 2, … named ``names``."""
    values = ", ".join(f"({i}, '{name}', now(), now())" for i, name in enumerate(names, start=1))
    with engine.begin() as conn:
        conn.execute(
            text(f"INSERT INTO organizations (id, name, created_at, updated_at) VALUES {values}")
        )


def vacuum_analyze(engine: Any, table: str) -> None:
    """VACUUM ANALYZE ``table`` (outside a transaction, as VACUUM must run)."""
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text(f"VACUUM ANALYZE {table}"))


def report(title: str, ceiling: float, results: dict[str, Any]) -> None:
    """Print one table of search timings as multiples of the ceiling."""
    print(f"\n{title}; ceiling {ceiling * 1000:.2f} ms\n")
    print("| term | hits on page | median ms | x ceiling |")
    print("|---|---:|---:|---:|")
    for label, (seconds, hits) in results.items():
        print(f"| {label} | {hits} | {seconds * 1000:.1f} | {seconds / ceiling:.1f} |")


def main() -> None:
    """Seed, time searches old/new/trigram, then the insert cost of each index set."""
    from bench._pg import bench_database
    from outreach.config import Settings
    from outreach.db.models import Lead
    from outreach.db.runtime import build_runtime
    from outreach.kit.pagination import paginate
    from outreach.leads import service
    from outreach.tenancy.auth import AuthContext
    from outreach.tenancy.scope import scoped

    leads = int(os.environ.get("BENCH_LEADS", "1000000"))
    rows = int(os.environ.get("BENCH_INSERT", "100000"))
    file_rows = int(os.environ.get("BENCH_IMPORT", "50000"))
    tmp = Path(tempfile.mkdtemp(prefix="search-bench-"))
    write_csv(tmp / "leads.csv", file_rows)
    with bench_database() as url:
        runtime = build_runtime(Settings(database_url=url))
        engine = runtime.engine
        started = time.perf_counter()
        seed_orgs(engine, "bench", "other", "insert")
        with engine.begin() as conn:
            conn.execute(text(insert_sql(1, 1, leads)))
            conn.execute(text(insert_sql(2, leads + 1, max(leads // 10, 1))))
        vacuum_analyze(engine, "leads")
        print(f"seeded {leads} + {leads // 10} leads in {time.perf_counter() - started:.0f} s")
        auth = AuthContext(org_id=1, role="owner")
        with engine.connect() as conn:
            words = terms(conn, leads)
            btree_mb = index_mb(conn, "ix_leads_search_")

        def ceiling(session: Any) -> float:
            # Re-measured right before each series: the shared machine's load drifts.
            return timed(
                lambda: paginate(session, scoped(Lead, auth), Lead.id, cursor=None, limit=50)
            )

        with runtime.session_factory() as session:
            c_new = ceiling(session)
            new = search_times(session, auth, words, lambda a, q: service.search_statement(a, q=q))
            c_old = ceiling(session)
            old = search_times(session, auth, words, old_statement)
        import_once(runtime, tmp / "leads.csv", 9)  # warm-up: caches, first-use imports
        with_btree = insert_cost(engine, rows, leads)
        import_btree = import_cost(runtime, tmp / "leads.csv", 10)
        with engine.begin() as conn:
            for name in ("email", "company_domain", "first_name", "last_name", "company"):
                conn.execute(text(f"DROP INDEX ix_leads_search_{name}"))
        bare = insert_cost(engine, rows, leads)
        import_bare = import_cost(runtime, tmp / "leads.csv", 11)
        started = time.perf_counter()
        with engine.begin() as conn:
            conn.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
            for i, expr in enumerate(INDEXES):
                conn.execute(
                    text(f"CREATE INDEX ix_trgm_{i} ON leads USING gin (({expr}) gin_trgm_ops)")
                )
            conn.execute(text("ANALYZE leads"))
        trgm_build = time.perf_counter() - started
        with engine.connect() as conn:
            trgm_mb = index_mb(conn, "ix_trgm_")
        with runtime.session_factory() as session:
            c_trgm = ceiling(session)
            trgm = search_times(session, auth, words, trigram_statement)
        with_trgm = insert_cost(engine, rows, leads)
        import_trgm = import_cost(runtime, tmp / "leads.csv", 12)
        engine.dispose()
    print(f"\n{leads} leads in org 1; ceiling = first page with no search, measured before each")
    report("Prefix search (this change, btree text_pattern_ops)", c_new, new)
    report("Substring search before (LIKE '%x%', no index)", c_old, old)
    report("Substring search with pg_trgm GIN indexes (not adopted)", c_trgm, trgm)
    print(f"\nInsert {rows} leads (INSERT … SELECT, rolled back, median of 3):\n")
    print("| search indexes | seconds | x no index | index size MB |")
    print("|---|---:|---:|---:|")
    print(f"| none | {bare:.2f} | 1.00 | 0 |")
    btree = f"{with_btree:.2f} | {with_btree / bare:.2f} | {btree_mb:.0f}"
    print(f"| 5 btree text_pattern_ops | {btree} |")
    print(f"| 5 pg_trgm GIN | {with_trgm:.2f} | {with_trgm / bare:.2f} | {trgm_mb:.0f} |")
    print(f"\n(pg_trgm indexes took {trgm_build:.0f} s to build)")
    print(f"\nImport {file_rows} new leads from CSV through leads.imports.run_import:\n")
    print("| search indexes | seconds | rows/s | x no index |")
    print("|---|---:|---:|---:|")
    for label, seconds in (
        ("none", import_bare),
        ("5 btree text_pattern_ops", import_btree),
        ("5 pg_trgm GIN", import_trgm),
    ):
        rate, ratio = file_rows / seconds, seconds / import_bare
        print(f"| {label} | {seconds:.2f} | {rate:,.0f} | {ratio:.2f} |")


if __name__ == "__main__":
    main()
