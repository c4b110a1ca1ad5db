"""Shared fixtures: a fresh database per run (SQLite or PostgreSQL), orgs, API clients.

Choose the backend with ``OUTREACH_TEST_DB=sqlite|postgres`` (default sqlite). PostgreSQL
runs get their own database on 127.0.0.1:5432, created here and dropped at the end.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import hypothesis
import pytest
from sqlalchemy import create_engine, text
from starlette.testclient import TestClient

from outreach.app import create_app
from outreach.config import Settings
from outreach.db import migrate
from outreach.db.base import Base
from outreach.db.runtime import Runtime, build_runtime
from outreach.db.uow import unit_of_work
from outreach.tenancy import service as tenancy

# Tests never assert wall-clock time: Hypothesis' per-example deadline and its "too slow"
# health check fail on a loaded 2-core CI machine without saying anything about the code.
hypothesis.settings.register_profile(
    "outreach", deadline=None, suppress_health_check=[hypothesis.HealthCheck.too_slow]
)
hypothesis.settings.load_profile("outreach")

PG_ADMIN_URL = os.environ.get(
    "OUTREACH_TEST_PG_ADMIN_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
BACKEND = os.environ.get("OUTREACH_TEST_DB", "sqlite")


def _pg_database(name: str) -> Iterator[str]:
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A new, migrated database for this test session (per xdist worker)."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    if BACKEND == "postgres":
        name = f"outreach_test_{worker}_{uuid.uuid4().hex[:8]}"
        gen = _pg_database(name)
        url = next(gen)
        migrate.upgrade(url)
        yield url
        for _ in gen:
            pass
    else:
        path = tmp_path_factory.mktemp("db") / "outreach.db"
        url = f"sqlite:///{path}"
        migrate.upgrade(url)
        yield url


@pytest.fixture(scope="session")
def settings(database_url: str, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings for tests: fixed secret, test base URL, temp data dir."""
    return Settings(
        database_url=database_url,
        secret_key="test-secret-key-0123456789",  # type: ignore[arg-type]
        base_url="http://testserver",
        data_dir=Path(tmp_path_factory.mktemp("data")),
    )


@pytest.fixture(scope="session")
def session_runtime(settings: Settings) -> Iterator[Runtime]:
    """One runtime (engine + session factory) for the session."""
    runtime = build_runtime(settings)
    yield runtime
    runtime.engine.dispose()


def _truncate_all(runtime: Runtime) -> None:
    tables = [t.name for t in reversed(Base.metadata.sorted_tables)]
    with runtime.engine.begin() as conn:
        if runtime.engine.dialect.name == "postgresql":
            conn.execute(text(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE"))
        else:
            for name in tables:
                conn.execute(text(f"DELETE FROM {name}"))


@pytest.fixture
def runtime(session_runtime: Runtime) -> Iterator[Runtime]:
    """The runtime, with every table emptied after the test."""
    yield session_runtime
    _truncate_all(session_runtime)


@dataclass
class OrgFixture:
    """An organization with an owner and an API key."""

    org_id: int
    name: str
    owner_email: str
    password: str
    api_key: str

    @property
    def headers(self) -> dict[str, str]:
        """Authorization headers for this org's API key."""
        return {"Authorization": f"Bearer {self.api_key}"}


def make_org(runtime: Runtime, name: str | None = None) -> OrgFixture:
    """Create an organization, its owner and an API key."""
    name = name or f"org-{uuid.uuid4().hex[:8]}"
    email = f"owner@{name}.example.com"
    password = "correct horse battery"
    with unit_of_work(runtime.session_factory) as session:
        org = tenancy.create_organization(session, name=name)
        tenancy.create_user(session, org=org, email=email, password=password, role="owner")
        _key, plaintext = tenancy.create_api_key(session, org=org, name="test")
        org_id = org.id
    return OrgFixture(org_id, name, email, password, plaintext)


@pytest.fixture
def org(runtime: Runtime) -> OrgFixture:
    """A fresh organization."""
    return make_org(runtime)


@pytest.fixture
def other_org(runtime: Runtime) -> OrgFixture:
    """A second organization, for isolation tests."""
    return make_org(runtime)


@pytest.fixture
def client(runtime: Runtime) -> Iterator[TestClient]:
    """An HTTP client over the whole app."""
    with TestClient(create_app(runtime=runtime)) as test_client:
        yield test_client


@pytest.fixture
def api(client: TestClient, org: OrgFixture) -> TestClient:
    """A client that sends ``org``'s API key."""
    client.headers.update(org.headers)
    return client
