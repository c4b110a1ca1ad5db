"""Lead search semantics (API) and, on PostgreSQL, that every searched field can use its index."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from outreach.db.models import Lead
from outreach.db.runtime import Runtime
from outreach.leads import service
from outreach.tenancy.auth import AuthContext
from tests.conftest import OrgFixture
from tests.integration.helpers import pg_plan
from tests.web_leads_support import seed_leads

PEOPLE = [
    ("ann.lee@acme.com", {"first_name": "Ann", "last_name": "Lee", "company": "Acme Inc"}),
    ("bob@beta.io", {"first_name": "Bob", "last_name": "Annan", "company": "Beta GmbH"}),
    ("carol_x@gamma.org", {"first_name": "Carol", "last_name": "Smith", "company": "100% Gamma"}),
    ("dan@delta.net", {"first_name": "Dan", "last_name": "Ölmez", "company": "Delta"}),
]


def _seed(runtime: Runtime, org: OrgFixture) -> None:
    rows = [
        {"email": email, "company_domain": email.rpartition("@")[2], **fields}
        for email, fields in PEOPLE
    ]
    seed_leads(runtime, org, rows)


def _find(api: TestClient, **params: object) -> list[str]:
    response = api.get("/api/v1/leads", params=params)
    assert response.status_code == 200, response.text
    return [lead["email"] for lead in response.json()["items"]]


def test_prefix_of_any_field_case_insensitive(
    api: TestClient, runtime: Runtime, org: OrgFixture
) -> None:
    _seed(runtime, org)
    assert _find(api, q="ann") == ["ann.lee@acme.com", "bob@beta.io"]  # first / last name
    assert _find(api, q="ANN.LEE@") == ["ann.lee@acme.com"]  # email
    assert _find(api, q="beta g") == ["bob@beta.io"]  # company, as a phrase
    assert _find(api, q="gamma.org") == ["carol_x@gamma.org"]  # company domain
    assert _find(api, q="  carol   smith ") == ["carol_x@gamma.org"]  # every word starts a field
    assert _find(api, q="smith carol") == ["carol_x@gamma.org"]
    assert _find(api, q="carol lee") == []
    assert _find(api, q="mith") == []  # a prefix, not a substring
    assert _find(api, q="ölm") == ["dan@delta.net"]  # non-ASCII case folding, both databases
    assert _find(api, q="ÖLMEZ") == ["dan@delta.net"]


def test_wildcards_are_literal(api: TestClient, runtime: Runtime, org: OrgFixture) -> None:
    _seed(runtime, org)
    assert _find(api, q="%") == []
    assert _find(api, q="100%") == ["carol_x@gamma.org"]
    assert _find(api, q="carol_") == ["carol_x@gamma.org"]
    assert _find(api, q="caro__") == []


def test_search_combines_with_filters_and_stop_flag(
    api: TestClient, runtime: Runtime, org: OrgFixture, other_org: OrgFixture
) -> None:
    _seed(runtime, org)
    seed_leads(
        runtime, org, [{"email": "anna@stop.example", "first_name": "Anna", "stopped": True}]
    )
    seed_leads(runtime, other_org, [{"email": "ann@theirs.example", "first_name": "Ann"}])
    assert _find(api, q="ann", stopped="true") == ["anna@stop.example"]
    assert _find(api, q="ann", stopped="false") == ["ann.lee@acme.com", "bob@beta.io"]
    assert "ann@theirs.example" not in _find(api, q="ann")


@pytest.mark.parametrize("q", ["ann", "carol smith"])
def test_postgresql_answers_every_field_from_an_index(
    runtime: Runtime, org: OrgFixture, q: str
) -> None:
    if runtime.engine.dialect.name != "postgresql":
        pytest.skip("the search indexes exist on PostgreSQL only")
    _seed(runtime, org)
    stmt = service.search_statement(AuthContext(org_id=org.org_id, role="owner"), q=q)
    plan = pg_plan(
        runtime,
        stmt.order_by(Lead.id),
        analyze="leads",
        insert=(
            "INSERT INTO leads (org_id, email, first_name, last_name, company, "
            "company_domain, vars, status, stopped, created_at, updated_at) "
            "SELECT :org, 'p' || g || '@x.example', 'F' || g, 'L' || g, 'C' || g, "
            "'x.example', '{}', 'active', false, now(), now() "
            "FROM generate_series(1, 3000) g"
        ),
        org_id=org.org_id,
    )
    for name in ("email", "company_domain", "first_name", "last_name", "company"):
        assert f"ix_leads_search_{name}" in plan, plan
