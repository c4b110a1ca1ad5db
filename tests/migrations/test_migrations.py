"""Migrations reach head on an empty database and match the models exactly."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from outreach.db.base import Base


def test_no_drift_between_models_and_migrations(database_url: str) -> None:
    engine = create_engine(database_url)
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(ctx, Base.metadata)
    engine.dispose()
    assert diff == []


def test_head_revision_is_applied(database_url: str) -> None:
    engine = create_engine(database_url)
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    engine.dispose()
    from alembic.script import ScriptDirectory

    from outreach.db.migrate import alembic_config

    head = ScriptDirectory.from_config(alembic_config(database_url)).get_current_head()
    assert current == head
