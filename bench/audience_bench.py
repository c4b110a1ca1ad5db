"""Audience preview with every filter on vs a plain count(*) of the organization's leads.

    BENCH_LEADS=1000000 BENCH_MESSAGES=5000000 .venv/bin/python bench/audience_bench.py
    BENCH_LEADS=100000  BENCH_MESSAGES=500000  .venv/bin/python bench/audience_bench.py

Data is generated inside PostgreSQL with INSERT … SELECT generate_series (see
``seed_statements``), then VACUUM ANALYZE. The ceiling is ``SELECT count(*) FROM leads WHERE
org_id = 1`` on the same data; count(*) and preview runs alternate (BENCH_RUNS of each, after
one warm-up) and medians are compared, because the machine is shared. Also printed: the
floor of any exact answer (the count of live leads in the target list, no classification),
the preview with one filter at a time (BENCH_PER_FILTER=0 to skip) and the plan of the count
statement.

BENCH_DATABASE_URL=postgresql+psycopg://… runs against a database this script's
``seed_statements`` already filled (nothing is seeded or dropped), so several code versions can
be timed on the same data.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import exists, func, select, text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

STEPS = 5
CAMPAIGNS = 4


def seed_statements(leads: int, messages: int) -> list[str]:
    """INSERT … SELECT generate_series statements for one organization (ids start at 1).

    Lead g: domain d(g mod leads/3) (none for every 13th), no ``pain`` var for every 10th,
    unsubscribed every 50th, bounced every 211th, stopped every 97th, soft-deleted every 199th,
    created g seconds ago. List 1 holds 80% of leads, list 2 (the block list) 1%. The first
    messages/5 leads are recipients of one of four past campaigns (by g mod 4) with five steps
    sent three days apart, the last one (g mod 100) days ago; last_emailed_at matches it, as
    the send path keeps it.
    """
    recipients = max(1, min(leads, messages // STEPS))
    domains = max(leads // 3, 1)
    campaigns = ", ".join(
        f"({c}, 1, 'past {c}', '', 'completed', 1, 'UTC', '{{}}', now(), now())"
        for c in range(1, CAMPAIGNS + 1)
    )
    return [
        "INSERT INTO organizations (id, name, created_at, updated_at)"
        " VALUES (1, 'bench', now(), now())",
        "INSERT INTO templates (id, org_id, name, subject, html, text, created_at, updated_at)"
        " VALUES (1, 1, 't', 's', '', 'x', now(), now())",
        f"""INSERT INTO leads (org_id, email, company, company_domain, vars, status, stopped,
            created_at, updated_at, last_emailed_at, deleted_at)
            SELECT 1, 'p' || g || '@x' || g % {domains} || '.com', 'Co',
                   CASE WHEN g % 13 <> 0 THEN 'd' || (g % {domains}) || '.com' END,
                   CASE WHEN g % 10 = 0 THEN '{{}}'::jsonb ELSE '{{"pain": "seo"}}'::jsonb END,
                   CASE WHEN g % 50 = 0 THEN 'unsubscribed' WHEN g % 211 = 0 THEN 'bounced'
                        ELSE 'active' END,
                   g % 97 = 0, now() - (g || ' seconds')::interval, now(),
                   CASE WHEN g <= {recipients} THEN now() - ((g % 100) || ' days')::interval END,
                   CASE WHEN g % 199 = 0 THEN now() END
            FROM generate_series(1, {leads}) g""",
        "INSERT INTO lists (id, org_id, name, description, created_at, updated_at)"
        " VALUES (1, 1, 'Target', '', now(), now()), (2, 1, 'Block', '', now(), now())",
        "INSERT INTO list_members (list_id, lead_id, org_id, created_at)"
        " SELECT 1, id, 1, now() FROM leads WHERE id % 5 <> 3",
        "INSERT INTO list_members (list_id, lead_id, org_id, created_at)"
        " SELECT 2, id, 1, now() FROM leads WHERE id % 101 = 0",
        "INSERT INTO campaigns (id, org_id, name, description, status, template_id, timezone,"
        f" settings, created_at, updated_at) VALUES {campaigns}",
        "INSERT INTO campaign_steps (org_id, campaign_id, position, kind, delay_days, created_at)"
        f" SELECT 1, c, s, 'email', 3, now() FROM generate_series(1, {CAMPAIGNS}) c,"
        f" generate_series(1, {STEPS}) s",
        f"""INSERT INTO campaign_recipients (org_id, campaign_id, lead_id, email, status,
            current_step, created_at, updated_at)
            SELECT 1, id % {CAMPAIGNS} + 1, id, email, 'sent', {STEPS}, now(), now() FROM leads
            WHERE id <= {recipients}""",
        f"""INSERT INTO messages (org_id, campaign_id, recipient_id, step_id, lead_id, status,
            send_after, to_email, attempts, sent_at, created_at)
            SELECT 1, r.campaign_id, r.id, s.id, r.lead_id, 'sent', now(), r.email, 1,
                   now() - ((r.lead_id % 100 + 3 * ({STEPS} - s.position)) || ' days')::interval,
                   now()
            FROM campaign_recipients r JOIN campaign_steps s ON s.campaign_id = r.campaign_id""",
        "VACUUM ANALYZE",
    ]


def seed(engine, leads: int, messages: int) -> None:  # type: ignore[no-untyped-def]
    """Fill the database (VACUUM needs autocommit, so every statement commits on its own)."""
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        for sql in seed_statements(leads, messages):
            conn.execute(text(sql))


EVERY_FILTER = {
    "lists": [1],
    "exclude_lists": [2],
    "require_vars": ["pain", "company"],
    "exclude_suppressed": True,
    "exclude_recent_days": 14,
    "one_per_domain": True,
    "exclude_campaigns": [1],
}
NO_FILTER = {"exclude_suppressed": False, "exclude_recent_days": None}
ONE_FILTER: dict[str, dict[str, Any]] = {
    "lists": {"lists": [1]},
    "exclude_lists": {"exclude_lists": [2]},
    "exclude_suppressed": {"exclude_suppressed": True},
    "exclude_campaigns": {"exclude_campaigns": [1]},
    "exclude_recent_days": {"exclude_recent_days": 14},
    "require_vars": {"require_vars": ["pain", "company"]},
    "one_per_domain": {"one_per_domain": True},
}


def alternate(
    ceiling: Callable[[], Any], subject: Callable[[], Any], runs: int
) -> tuple[list[float], list[float]]:
    """Ms of every run of ``ceiling`` and ``subject``, alternating ``runs`` times after warm-up."""
    ceiling(), subject()
    a: list[float] = []
    b: list[float] = []
    for _ in range(runs):
        for fn, out in ((ceiling, a), (subject, b)):
            started = time.perf_counter()
            fn()
            out.append((time.perf_counter() - started) * 1000)
    return a, b


@contextmanager
def database(leads: int, messages: int) -> Iterator[str]:
    """BENCH_DATABASE_URL as it is, or a throwaway database seeded here and dropped afterwards."""
    from bench._pg import bench_database
    from outreach.config import Settings
    from outreach.db.runtime import build_runtime

    if os.environ.get("BENCH_DATABASE_URL"):
        print("using the already seeded BENCH_DATABASE_URL")
        yield os.environ["BENCH_DATABASE_URL"]
        return
    with bench_database() as url:
        engine = build_runtime(Settings(database_url=url)).engine
        started = time.perf_counter()
        seed(engine, leads, messages)
        took = time.perf_counter() - started
        print(f"seeded {leads:,} leads, {messages:,} messages in {took:.0f} s")
        engine.dispose()
        yield url


def main() -> None:
    """Seed, then time count(*) and the preview alternately; print a markdown report."""
    from outreach.audiences import service
    from outreach.audiences.planner import audience_settings
    from outreach.audiences.tally import count_statement
    from outreach.config import Settings
    from outreach.db.models import Lead, ListMember
    from outreach.db.runtime import build_runtime
    from outreach.kit.clock import utcnow
    from outreach.tenancy.auth import AuthContext

    leads = int(os.environ.get("BENCH_LEADS", "1000000"))
    messages = int(os.environ.get("BENCH_MESSAGES", "5000000"))
    runs = int(os.environ.get("BENCH_RUNS", "7"))
    with database(leads, messages) as url:
        runtime = build_runtime(Settings(database_url=url))
        auth = AuthContext(org_id=1, role="owner")
        count_all = select(func.count()).select_from(Lead).where(Lead.org_id == 1)
        in_list = select(ListMember.lead_id).where(
            ListMember.list_id == 1, ListMember.lead_id == Lead.id
        )
        floor = count_all.where(Lead.deleted_at.is_(None), exists(in_list))
        with runtime.session_factory() as session:

            def preview(body: dict[str, Any]) -> Callable[[], Any]:
                return lambda: service.preview(session, auth, data=body, now=utcnow())

            result = preview(EVERY_FILTER)()
            load = os.getloadavg()
            counts, previews = alternate(
                lambda: session.scalar(count_all), preview(EVERY_FILTER), runs
            )
            count_ms, preview_ms = statistics.median(counts), statistics.median(previews)
            _, floors = alternate(
                lambda: session.scalar(count_all), lambda: session.scalar(floor), runs
            )
            rows = [("every filter (the goal)", preview_ms)]
            if os.environ.get("BENCH_PER_FILTER", "1") != "0":
                short = max(3, runs // 2)
                shapes: dict[str, dict[str, Any]] = {"no filter": {}, **ONE_FILTER}
                for name, extra in shapes.items():
                    body = {**NO_FILTER, **extra}
                    ms = statistics.median(alternate(lambda: None, preview(body), short)[1])
                    rows.append((name if not extra else f"only {name}", ms))
            filters = service.build_filters(session, auth, EVERY_FILTER)
            stmt = count_statement(filters, 1, utcnow())
            with audience_settings(session):
                compiled = stmt.compile(runtime.engine, compile_kwargs={"literal_binds": True})
                plan = session.execute(text(f"EXPLAIN (COSTS OFF) {compiled}")).scalars().all()
            session.rollback()
        runtime.engine.dispose()
    floor_ms = statistics.median(floors)
    print(f"\n{leads:,} leads / {messages:,} messages; {runs} alternating runs, medians")
    print(
        f"load average at the start of the timed runs: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}\n"
    )
    print(f"| measurement | ms | ratio to count(*) ({count_ms:.1f} ms) |")
    print("|---|---:|---:|")
    floor_name = "floor: count(*) of live leads in the target list"
    print(f"| {floor_name} | {floor_ms:.1f} | {floor_ms / count_ms:.1f}x |")
    for name, ms in rows:
        print(f"| preview, {name} | {ms:.1f} | {ms / count_ms:.1f}x |")
    print(f"\nratio preview/count(*), every filter: {preview_ms / count_ms:.1f}x (goal <= 2x)")
    print(f"every round, count(*) ms: {[round(x, 1) for x in counts]}")
    print(f"every round, preview ms:  {[round(x, 1) for x in previews]}")
    print(f"result: total={result['total']} included={result['included']} {result['excluded']}")
    print(f"sample ids: {[s['id'] for s in result['sample']]}")
    print("\nplan of the count statement (EXPLAIN, costs off, audience settings):\n")
    print("\n".join("    " + line[:150] for line in plan))


if __name__ == "__main__":
    main()
