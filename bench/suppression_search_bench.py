"""Suppression list search on PostgreSQL at scale: indexed prefix search vs the old substring scan.

    BENCH_SUPPRESSIONS=1000000 .venv/bin/python bench/suppression_search_bench.py

Creates its own database (bench/_pg.py) and drops it afterwards. Seeds BENCH_SUPPRESSIONS
entries in organization 1 (one in 20 a domain, the rest addresses) and a tenth as many in
organization 2. Ceiling (re-measured right before each series): the first page of the list
with no search (100 rows, the dashboard's page) — what a search page would cost if finding the
rows were free. Every search is the real ``suppression.entries.list_suppressions`` page (or
the substring statement it used before), run 1 + 5 times on one connection (psycopg prepares
after 5 runs, so generic plans are included), median reported, as a multiple of the ceiling.

"after" runs on the migrated schema (migration 0005: ``(org_id, value text_pattern_ops)``,
``(org_id, split_part(value, '@', 2) text_pattern_ops)`` and ``(org_id, id)``); "before"
drops the three indexes and runs the old ``LIKE '%x%'`` statement.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.search_bench import letters, report, seed_orgs, timed, vacuum_analyze

PAGE = 100


def insert_sql(org_id: int, start: int, count: int) -> str:
    """INSERT … SELECT ``count`` entries for ``org_id``: addresses, and a domain every 20th."""
    local = letters("'l' || g", 8)
    domain = letters("'d' || (g % 50000)", 6) + " || '.com'"
    own = letters("'o' || g", 6) + " || g || '.net'"  # a suppressed domain: unique per row
    value = f"CASE WHEN g % 20 = 0 THEN {own} ELSE {local} || g || '@' || {domain} END"
    return f"""
        INSERT INTO suppressions (org_id, kind, value, value_hash, reason, source, note,
                                  created_at)
        SELECT {org_id}, CASE WHEN g % 20 = 0 THEN 'domain' ELSE 'email' END, v, md5(v),
               (ARRAY['unsubscribed', 'hard_bounce', 'complaint', 'manual'])[1 + g % 4],
               'bench', '', now()
        FROM (SELECT g, {value} AS v FROM generate_series({start}, {start + count - 1}) g) s
    """


def terms(conn: Any, count: int) -> dict[str, tuple[str, str | None]]:
    """Search terms of different selectivity (and kind filters), taken from the seeded data."""
    email = conn.execute(
        text("SELECT value FROM suppressions WHERE org_id = 1 AND kind = 'email' AND id > :i "
             "ORDER BY id LIMIT 1"),
        {"i": count // 2},
    ).scalar_one()  # fmt: skip
    domain = conn.execute(
        text("SELECT value FROM suppressions WHERE org_id = 1 AND kind = 'domain' AND id > :i "
             "ORDER BY id LIMIT 1"),
        {"i": count // 3},
    ).scalar_one()  # fmt: skip
    return {
        "exact address": (email, None),
        "4-letter prefix": (email[:4], None),
        "one letter": (email[:1], None),
        "3-letter prefix, kind=email": (email[:3], "email"),
        "exact domain, kind=domain": (domain, "domain"),
        "domain of an address": (email.split("@", 1)[1], None),
        "@ + 4 letters of a domain": ("@" + email.split("@", 1)[1][:4], None),
        "no match": ("zzqx", None),
    }


def old_statement(auth: Any, q: str, kind: str | None) -> Any:
    """The search before migration 0005: a substring LIKE on the value."""
    from outreach.db.models import Suppression
    from outreach.tenancy.scope import scoped

    stmt = scoped(Suppression, auth).where(Suppression.value.contains(q.lower(), autoescape=True))
    return stmt.where(Suppression.kind == kind) if kind else stmt


def new_page(session: Any, auth: Any, q: str, kind: str | None) -> int:
    """One page through the real service; how many rows it held."""
    from outreach.suppression import entries

    page = entries.list_suppressions(session, auth, cursor=None, limit=PAGE, kind=kind, q=q)
    return len(page.items)


def old_page(session: Any, auth: Any, q: str, kind: str | None) -> int:
    """One page of the old substring statement, paginated the same way."""
    from outreach.db.models import Suppression
    from outreach.kit.pagination import paginate

    page = paginate(session, old_statement(auth, q, kind), Suppression.id, cursor=None, limit=PAGE)
    return len(page.items)


def series(session: Any, auth: Any, words: dict[str, Any], page: Any) -> dict[str, Any]:
    """Median page time and hit count per term."""
    out = {}
    for label, (q, kind) in words.items():

        def run(q: str = q, kind: str | None = kind) -> int:
            return int(page(session, auth, q, kind))

        out[label] = (timed(run), run())
    return out


def main() -> None:
    """Seed, time the indexed prefix search, drop the indexes, time the old substring search."""
    from bench._pg import bench_database
    from outreach.config import Settings
    from outreach.db.runtime import build_runtime
    from outreach.suppression import entries
    from outreach.tenancy.auth import AuthContext

    count = int(os.environ.get("BENCH_SUPPRESSIONS", "1000000"))
    with bench_database() as url:
        runtime = build_runtime(Settings(database_url=url))
        engine = runtime.engine
        started = time.perf_counter()
        seed_orgs(engine, "bench", "other")
        with engine.begin() as conn:
            conn.execute(text(insert_sql(1, 1, count)))
            conn.execute(text(insert_sql(2, count + 1, max(count // 10, 1))))
        vacuum_analyze(engine, "suppressions")
        print(f"seeded {count} + {count // 10} entries in {time.perf_counter() - started:.0f} s")
        auth = AuthContext(org_id=1, role="owner")
        with engine.connect() as conn:
            words = terms(conn, count)

        def ceiling(session: Any) -> float:
            # Re-measured right before each series: the shared machine's load drifts.
            return timed(lambda: entries.list_suppressions(session, auth, cursor=None, limit=PAGE))

        with runtime.session_factory() as session:
            c_new = ceiling(session)
            new = series(session, auth, words, new_page)
        with engine.begin() as conn:
            conn.execute(text("DROP INDEX ix_suppressions_search_value"))
            conn.execute(text("DROP INDEX ix_suppressions_search_domain"))
            conn.execute(text("DROP INDEX ix_suppressions_org_id_id"))
            conn.execute(text("ANALYZE suppressions"))
        with runtime.session_factory() as session:
            c_old = ceiling(session)
            old = series(session, auth, words, old_page)
        engine.dispose()
    print(f"\n{count} entries in org 1, {count // 10} in org 2; page = {PAGE} rows")
    report("Prefix search, after (migration 0005 indexes)", c_new, new)
    report("Substring search, before (LIKE '%x%', no 0005 indexes)", c_old, old)


if __name__ == "__main__":
    main()
