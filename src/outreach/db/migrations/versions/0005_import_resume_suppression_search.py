"""import resume and retention columns; suppression search index

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 06:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from outreach.db.base import UTCDateTime

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _new_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("heartbeat_at", UTCDateTime(), nullable=True),
        sa.Column("attempt", sa.Integer(), server_default="0", nullable=False),
        sa.Column("resume_row", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("report_bytes", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("files_purged_at", UTCDateTime(), nullable=True),
    ]


# (index name, indexed expression); see outreach.db.models.suppression.SEARCH_INDEXES.
SEARCH_INDEXES = (
    ("ix_suppressions_search_value", "value"),
    ("ix_suppressions_search_domain", "split_part(value, '@', 2)"),
)
WIDENED = ("total_bytes", "processed_bytes")


def upgrade() -> None:
    with op.batch_alter_table("import_jobs", schema=None) as batch_op:
        for column in _new_columns():
            batch_op.add_column(column)
        # Uploads may pass 2 GiB (the default limit is 4 GiB): INTEGER would overflow.
        for name in WIDENED:
            batch_op.alter_column(name, existing_type=sa.Integer(), type_=sa.BigInteger())
    with op.batch_alter_table("suppressions", schema=None) as batch_op:
        batch_op.create_index("ix_suppressions_org_id_id", ["org_id", "id"], unique=False)
    # PostgreSQL only: SQLite cannot use an index for LIKE on this column, so it walks by id.
    if op.get_bind().dialect.name != "postgresql":
        return
    # CONCURRENTLY (outside a transaction) so a big list keeps taking writes meanwhile.
    with op.get_context().autocommit_block():
        for name, expr in SEARCH_INDEXES:
            op.execute(
                f"CREATE INDEX CONCURRENTLY IF NOT EXISTS {name} "
                f"ON suppressions (org_id, {expr} text_pattern_ops)"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        with op.get_context().autocommit_block():
            for name, _expr in SEARCH_INDEXES:
                op.execute(f"DROP INDEX CONCURRENTLY IF EXISTS {name}")
    with op.batch_alter_table("suppressions", schema=None) as batch_op:
        batch_op.drop_index("ix_suppressions_org_id_id")
    with op.batch_alter_table("import_jobs", schema=None) as batch_op:
        for name in WIDENED:
            batch_op.alter_column(name, existing_type=sa.BigInteger(), type_=sa.Integer())
        for column in reversed(_new_columns()):
            batch_op.drop_column(column.name)
