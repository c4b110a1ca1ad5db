"""campaigns_named and live_campaign_ids: one query for any number of names or ids, org-scoped."""

from __future__ import annotations

from outreach.campaigns import service
from outreach.db.runtime import Runtime
from outreach.db.uow import unit_of_work
from tests.conftest import OrgFixture
from tests.integration.helpers import selects_run
from tests.web_leads_support import draft_campaign, owner


def test_names_and_ids_resolve_in_one_query_each(
    runtime: Runtime, org: OrgFixture, other_org: OrgFixture
) -> None:
    first, second = (draft_campaign(runtime, org, "Spring") for _ in range(2))
    fall = draft_campaign(runtime, org, "Fall")
    theirs = draft_campaign(runtime, other_org, "Winter")
    auth = owner(org)
    with unit_of_work(runtime.session_factory) as db:
        with selects_run(runtime) as selects:
            named = service.campaigns_named(db, auth, ["Spring", "Fall", "Winter", "Nope"])
            live = service.live_campaign_ids(db, auth, [first, fall, theirs, 999_999])
        assert len(selects) == 2
        assert {name: [c.id for c in found] for name, found in named.items()} == {
            "Spring": [first, second],
            "Fall": [fall],
        }
        assert live == {first, fall}
        assert service.campaigns_named(db, auth, []) == {}
        assert service.live_campaign_ids(db, auth, []) == set()
