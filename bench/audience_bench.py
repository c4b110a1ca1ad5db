"""Audience preview with every filter on vs a plain count(*) of the organization's leads.

    BENCH_LEADS=1000000 BENCH_MESSAGES=5000000 .venv/bin/python bench/audience_bench.py

Data is generated inside PostgreSQL with INSERT … SELECT generate_series: leads (90% with the
required variable, a few stopped/unsubscribed), one list holding 80% of them, one campaign
with BENCH_MESSAGES/steps recipients and past messages spread over 120 days.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

from sqlalchemy import func, select, text

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


def timed(fn, runs: int = 5) -> float:  # type: ignore[no-untyped-def]
    """Median seconds of ``runs`` calls after one warm-up."""
    fn()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def main() -> None:
    """Seed, then time count(*) and the full preview."""
    from bench._pg import bench_database
    from outreach.audiences import service
    from outreach.config import Settings
    from outreach.db.models import Lead
    from outreach.db.runtime import build_runtime
    from outreach.kit.clock import utcnow
    from outreach.tenancy.auth import AuthContext

    leads = int(os.environ.get("BENCH_LEADS", "1000000"))
    messages = int(os.environ.get("BENCH_MESSAGES", "5000000"))
    with bench_database() as url:
        runtime = build_runtime(Settings(database_url=url))
        started = time.perf_counter()
        with runtime.engine.begin() as conn:
            seed(conn, leads, messages)
        print(f"seeded {leads} leads, {messages} messages in {time.perf_counter() - started:.0f} s")
        auth = AuthContext(org_id=1, role="owner")
        body = {
            "lists": [1],
            "exclude_lists": [2],
            "require_vars": ["pain", "company"],
            "exclude_suppressed": True,
            "exclude_recent_days": 14,
            "one_per_domain": True,
            "exclude_campaigns": [1],
        }
        with runtime.session_factory() as session:
            count_s = timed(
                lambda: session.scalar(
                    select(func.count()).select_from(Lead).where(Lead.org_id == 1)
                )
            )
            result = service.preview(session, auth, data=body, now=utcnow())
            preview_s = timed(lambda: service.preview(session, auth, data=body, now=utcnow()))
        runtime.engine.dispose()
    print(f"count(*) of the org's leads: {count_s * 1000:8.1f} ms")
    print(f"preview, every filter on:    {preview_s * 1000:8.1f} ms")
    print(f"ratio preview/count: {preview_s / count_s:.1f}x (goal <= 2x)")
    print(f"result: total={result['total']} included={result['included']} {result['excluded']}")


if __name__ == "__main__":
    main()
