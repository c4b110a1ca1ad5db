"""Lists named or numbered in an audience request: one query each, scoped to the organization."""

from __future__ import annotations

import pytest

from outreach.db.runtime import Runtime
from outreach.db.uow import unit_of_work
from outreach.errors import NotFound
from outreach.leads import lists
from tests.conftest import OrgFixture
from tests.integration.helpers import selects_run
from tests.web_leads_support import make_list, owner


def test_names_and_ids_resolve_in_one_query_each(
    runtime: Runtime, org: OrgFixture, other_org: OrgFixture
) -> None:
    fair, q3 = make_list(runtime, org, "Fair"), make_list(runtime, org, "2024")
    theirs = make_list(runtime, other_org, "Theirs")
    auth = owner(org)
    with unit_of_work(runtime.session_factory) as db:
        with selects_run(runtime) as selects:
            ids = lists.resolve_lists(db, auth, ["Fair", q3, str(fair), " Fair "])
        assert len(selects) == 2
        assert ids == [fair, q3]
        assert lists.list_ids_by_name(db, auth, ["Fair", "2024", "Theirs"]) == {
            "Fair": fair,
            "2024": q3,
        }
        with pytest.raises(NotFound) as err:
            lists.resolve_lists(db, auth, ["Theirs", theirs, "Fair"])
        assert err.value.details == ["Theirs", theirs]
