"""Suppression list search: a case-insensitive prefix of the value or of an address's domain,
served by indexes on PostgreSQL."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from outreach.db.models import Suppression
from outreach.db.runtime import Runtime
from outreach.db.uow import unit_of_work
from outreach.kit.clock import utcnow
from outreach.suppression import entries
from outreach.tenancy.auth import AuthContext
from tests.conftest import OrgFixture
from tests.integration.helpers import pg_plan

ENTRIES = {
    "email": ["bob@acme.com", "Alice@Acme.io", "carol@beta.com", "a_b@x.com", "a%b@y.com"],
    "domain": ["acme.org", "spam.example"],
}


def _seed(runtime: Runtime, org: OrgFixture) -> None:
    auth = AuthContext(org_id=org.org_id, role="owner")
    with unit_of_work(runtime.session_factory) as session:
        for kind, values in ENTRIES.items():
            for value in values:
                entries.add_suppression(session, auth, now=utcnow(), **{kind: value})


def _search(runtime: Runtime, org: OrgFixture, q: str, kind: str | None = None) -> list[str]:
    auth = AuthContext(org_id=org.org_id, role="owner")
    with unit_of_work(runtime.session_factory) as session:
        page = entries.list_suppressions(session, auth, q=q, kind=kind, limit=100)
        return [row.value or "" for row in page.items]


@pytest.mark.parametrize(
    ("q", "found"),
    [
        ("bob", ["bob@acme.com"]),
        ("ACME", ["bob@acme.com", "alice@acme.io", "acme.org"]),
        ("@acme", ["bob@acme.com", "alice@acme.io"]),
        ("acme.c", ["bob@acme.com"]),
        ("spam.example", ["spam.example"]),
        ("a_", ["a_b@x.com"]),  # _ and % are plain characters
        ("a%", ["a%b@y.com"]),
        ("cme", []),  # not a substring search any more
        ("@", ["bob@acme.com", "alice@acme.io", "carol@beta.com", "a_b@x.com", "a%b@y.com"]),
    ],
)
def test_prefix_of_value_or_domain(
    runtime: Runtime, org: OrgFixture, q: str, found: list[str]
) -> None:
    _seed(runtime, org)
    assert _search(runtime, org, q) == found


def test_search_combines_with_kind_and_stays_in_the_org(
    client: TestClient, runtime: Runtime, org: OrgFixture, other_org: OrgFixture
) -> None:
    _seed(runtime, org)
    assert _search(runtime, org, "acme", kind="domain") == ["acme.org"]
    assert _search(runtime, other_org, "acme") == []
    body = client.get("/api/v1/suppressions", params={"q": "Bob"}, headers=org.headers).json()
    assert [row["value"] for row in body["items"]] == ["bob@acme.com"]


@pytest.mark.parametrize("q", ["bob", "@acme"])
def test_postgresql_answers_from_the_search_indexes(
    runtime: Runtime, org: OrgFixture, q: str
) -> None:
    if runtime.engine.dialect.name != "postgresql":
        pytest.skip("the search indexes exist on PostgreSQL only")
    _seed(runtime, org)
    stmt = entries.scoped_search(AuthContext(org_id=org.org_id, role="owner"), q=q)
    plan = pg_plan(
        runtime,
        stmt.order_by(Suppression.id),
        analyze="suppressions",
        insert=(
            "INSERT INTO suppressions (org_id, kind, value, value_hash, reason, source, "
            "note, created_at) SELECT :org, 'email', 'p' || g || '@x' || g || '.example', "
            "md5(g::text), 'manual', 'test', '', now() FROM generate_series(1, 3000) g"
        ),
        org_id=org.org_id,
    )
    assert "ix_suppressions_search_domain" in plan, plan
    if not q.startswith("@"):
        assert "ix_suppressions_search_value" in plan, plan
