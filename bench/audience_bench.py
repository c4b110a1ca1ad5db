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


def seed(conn, leads: int, messages: int) -> None:  # type: ignore[no-untyped-def]
    """Fill the database with one organization's leads, list, campaign and messages."""
    recipients = max(1, min(leads, messages // STEPS))
    for sql in (
        "INSERT INTO organizations (id, name, created_at, updated_at)"
        " VALUES (1, 'bench', now(), now())",
        "INSERT INTO templates (id, org_id, name, subject, html, text, created_at, updated_at)"
        " VALUES (1, 1, 't', 's', '', 'x', now(), now())",
        f"""INSERT INTO leads (org_id, email, company, company_domain, vars, status, stopped,
            created_at, updated_at, last_emailed_at)
            SELECT 1, 'p' || g || '@d' || (g % {max(leads // 3, 1)}) || '.com', 'Co',
                   'd' || (g % {max(leads // 3, 1)}) || '.com',
                   CASE WHEN g % 10 = 0 THEN '{{}}'::jsonb ELSE '{{"pain": "seo"}}'::jsonb END,
                   CASE WHEN g % 50 = 0 THEN 'unsubscribed' ELSE 'active' END, g % 97 = 0,
                   now() - (g || ' seconds')::interval, now(),
                   CASE WHEN g % 7 = 0 THEN now() - ((g % 60) || ' days')::interval END
            FROM generate_series(1, {leads}) g""",
        "INSERT INTO lists (id, org_id, name, description, created_at, updated_at)"
        " VALUES (1, 1, 'Target', '', now(), now()), (2, 1, 'Block', '', now(), now())",
        "INSERT INTO list_members (list_id, lead_id, org_id, created_at)"
        " SELECT 1, id, 1, now() FROM leads WHERE id % 5 <> 0",
        "INSERT INTO list_members (list_id, lead_id, org_id, created_at)"
        " SELECT 2, id, 1, now() FROM leads WHERE id % 101 = 0",
        "INSERT INTO campaigns (id, org_id, name, description, status, template_id, timezone,"
        " settings, created_at, updated_at) VALUES (1, 1, 'past', '', 'completed', 1, 'UTC',"
        " '{}', now(), now())",
        f"INSERT INTO campaign_steps (org_id, campaign_id, position, kind, delay_days, created_at)"
        f" SELECT 1, 1, s, 'email', 0, now() FROM generate_series(1, {STEPS}) s",
        f"""INSERT INTO campaign_recipients (org_id, campaign_id, lead_id, email, status,
            current_step, created_at, updated_at)
            SELECT 1, 1, id, email, 'sent', {STEPS}, now(), now() FROM leads
            ORDER BY id LIMIT {recipients}""",
        """INSERT INTO messages (org_id, campaign_id, recipient_id, step_id, lead_id, status,
            send_after, to_email, attempts, sent_at, created_at)
            SELECT 1, 1, r.id, s.id, r.lead_id, 'sent', now(), r.email, 1,
                   now() - (((r.id + s.position * 13) % 120) || ' days')::interval, now()
            FROM campaign_recipients r CROSS JOIN campaign_steps s""",
        "ANALYZE",
    ):
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
