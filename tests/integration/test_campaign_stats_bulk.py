"""stats_for_campaigns gives the same numbers as campaign_stats, in two queries, org-scoped."""

from __future__ import annotations

from sqlalchemy import event

from outreach.campaigns import service, stats
from outreach.db.runtime import Runtime
from outreach.db.uow import unit_of_work
from outreach.tenancy.auth import AuthContext
from tests.conftest import OrgFixture
from tests.web_support import seed_campaign


def test_bulk_stats_match_single_and_stay_in_org(
    runtime: Runtime, org: OrgFixture, other_org: OrgFixture
) -> None:
    seed_campaign(runtime, org.org_id, name="One", recipients=5, sent=4, opened=2, clicked=1)
    seed_campaign(runtime, org.org_id, name="Two", recipients=3, sent=0, opened=0, clicked=0)
    seed_campaign(runtime, other_org.org_id, name="Theirs", recipients=2, sent=2, opened=2)
    auth = AuthContext(org_id=org.org_id, role="viewer")
    other = AuthContext(org_id=other_org.org_id, role="viewer")
    with unit_of_work(runtime.session_factory) as db:
        mine = service.list_campaigns(db, auth, cursor=None, limit=None).items
        theirs = service.list_campaigns(db, other, cursor=None, limit=None).items
        statements: list[str] = []
        listener = lambda *args: statements.append(args[2])  # noqa: E731
        event.listen(runtime.engine, "before_cursor_execute", listener)
        try:
            bulk = stats.stats_for_campaigns(db, auth, [*mine, *theirs])
        finally:
            event.remove(runtime.engine, "before_cursor_execute", listener)
        assert len(statements) == 2
        assert set(bulk) == {c.id for c in mine}
        for campaign in mine:
            assert bulk[campaign.id] == stats.campaign_stats(db, auth, campaign.id)
        assert bulk[mine[0].id]["open_rate"] == 50.0
        assert bulk[mine[1].id]["emails_sent"] == 0
        assert stats.stats_for_campaigns(db, auth, []) == {}
