"""lead search: prefix indexes on email, company_domain and lower-cased names/company

Revision ID: 0004
Revises: 0002
Create Date: 2026-11-22 04:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0002"
branch_labels = None
depends_on = None

# (index name, indexed expression); see outreach.db.models.leads.SEARCH_INDEXES.
INDEXES = (
    ("ix_leads_search_email", "email"),
    ("ix_leads_search_company_domain", "company_domain"),
    ("ix_leads_search_first_name", "lower(first_name)"),
    ("ix_leads_search_last_name", "lower(last_name)"),
    ("ix_leads_search_company", "lower(company)"),
)


def upgrade() -> None:
    # PostgreSQL only: SQLite cannot use an index for LIKE on an expression, so it scans.
    if op.get_bind().dialect.name != "postgresql":
        return
    # CONCURRENTLY (outside a transaction) so a big leads table keeps taking writes meanwhile.
    with op.get_context().autocommit_block():
        for name, expr in INDEXES:
            op.execute(
                f"CREATE INDEX CONCURRENTLY IF NOT EXISTS {name} "
                f"ON leads (org_id, {expr} text_pattern_ops)"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    with op.get_context().autocommit_block():
        for name, _expr in INDEXES:
            op.execute(f"DROP INDEX CONCURRENTLY IF EXISTS {name}")
