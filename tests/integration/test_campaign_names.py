"""campaigns_named and live_campaign_ids: one query for any number of names or ids, org-scoped."""

from __future__ import annotations

from sqlalchemy import event

from outreach.campaigns import service
from outreach.db.runtime import Runtime
from outreach.db.uow import unit_of_work
from tests.conftest import OrgFixture
from tests.web_leads_support import draft_campaign, owner


def test_names_and_ids_resolve_in_one_query_each(
    runtime: Runtime, org: OrgFixture, other_org: OrgFixture
) -> None:
    first, second = (draft_campaign(runtime, org, "Spring") for _ in range(2))
    fall = draft_campaign(runtime, org, "Fall")
    theirs = draft_campaign(runtime, other_org, "Winter")
    auth = owner(org)
    with unit_of_work(runtime.session_factory) as db:
        statements: list[str] = []
        listener = lambda *args: statements.append(args[2])  # noqa: E731
        event.listen(runtime.engine, "before_cursor_execute", listener)
        try:
            named = service.campaigns_named(db, auth, ["Spring", "Fall", "Winter", "Nope"])
            live = service.live_campaign_ids(db, auth, [first, fall, theirs, 999_999])
        finally:
            event.remove(runtime.engine, "before_cursor_execute", listener)
        # SQLite's BEGIN IMMEDIATE comes through the same hook.
        assert len([s for s in statements if s.lstrip().startswith("SELECT")]) == 2
        assert {name: [c.id for c in found] for name, found in named.items()} == {
            "Spring": [first, second],
            "Fall": [fall],
        }
        assert live == {first, fall}
        assert service.campaigns_named(db, auth, []) == {}
        assert service.live_campaign_ids(db, auth, []) == set()
