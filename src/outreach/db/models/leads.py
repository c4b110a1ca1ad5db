"""Leads, lists, tags and import jobs."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, ForeignKey, Index, String, Text, UniqueConstraint, func
from sqlalchemy.orm import Mapped, mapped_column

from outreach.db.base import (
    Base,
    BigID,
    IdMixin,
    JSONType,
    TimestampMixin,
    UTCDateTime,
    now_utc,
    prefix_search_index,
)

LEAD_STATUSES = ("active", "bounced", "unsubscribed", "suppressed")
# Columns an import maps to lead fields (every other column goes into ``vars``).
LEAD_IMPORT_FIELDS = (
    "email",
    "first_name",
    "last_name",
    "company",
    "title",
    "url",
    "linkedin_url",
    "phone",
    "timezone",
)
# Fields a template sees as variables, besides the lead's ``vars``.
LEAD_TEMPLATE_FIELDS = (*LEAD_IMPORT_FIELDS, "company_domain")


class Lead(IdMixin, TimestampMixin, Base):
    """A person who may be emailed; unique per (organization, email)."""

    __tablename__ = "leads"

    org_id: Mapped[int] = mapped_column(BigID, ForeignKey("organizations.id", ondelete="CASCADE"))
    email: Mapped[str] = mapped_column(String(320))
    first_name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    last_name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    company: Mapped[str | None] = mapped_column(String(300), nullable=True)
    title: Mapped[str | None] = mapped_column(String(300), nullable=True)
    url: Mapped[str | None] = mapped_column(String(1000), nullable=True)
    linkedin_url: Mapped[str | None] = mapped_column(String(1000), nullable=True)
    phone: Mapped[str | None] = mapped_column(String(100), nullable=True)
    timezone: Mapped[str | None] = mapped_column(String(64), nullable=True)
    company_domain: Mapped[str | None] = mapped_column(String(255), nullable=True)
    vars: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    status: Mapped[str] = mapped_column(String(20), default="active")
    stopped: Mapped[bool] = mapped_column(default=False)
    source: Mapped[str | None] = mapped_column(String(100), nullable=True)
    last_emailed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    __table_args__ = (
        UniqueConstraint("org_id", "email"),
        Index("ix_leads_org_id_id", "org_id", "id"),
        Index("ix_leads_org_id_company_domain", "org_id", "company_domain"),
        Index("ix_leads_org_id_status", "org_id", "status"),
    )


# Lead search matches prefixes (leads.search): btree indexes with text_pattern_ops let
# PostgreSQL answer ``col LIKE 'abc%'`` with a range scan whatever the database collation.
# email and company_domain are stored lower-case; names and company are matched lower-cased.
# PostgreSQL only (ddl_if): SQLite cannot use an index for LIKE on an expression.
SEARCH_EXPRESSIONS = (
    ("email", Lead.email),
    ("company_domain", Lead.company_domain),
    ("first_name", func.lower(Lead.first_name)),
    ("last_name", func.lower(Lead.last_name)),
    ("company", func.lower(Lead.company)),
)
SEARCH_INDEXES = [
    prefix_search_index(f"ix_leads_search_{key}", Lead.org_id, expr, key)
    for key, expr in SEARCH_EXPRESSIONS
]


class LeadList(IdMixin, TimestampMixin, Base):
    """A named static list of leads."""

    __tablename__ = "lists"

    org_id: Mapped[int] = mapped_column(BigID, ForeignKey("organizations.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (UniqueConstraint("org_id", "name"),)


class ListMember(Base):
    """Membership of a lead in a list."""

    __tablename__ = "list_members"

    list_id: Mapped[int] = mapped_column(
        BigID, ForeignKey("lists.id", ondelete="CASCADE"), primary_key=True
    )
    lead_id: Mapped[int] = mapped_column(
        BigID, ForeignKey("leads.id", ondelete="CASCADE"), primary_key=True
    )
    org_id: Mapped[int] = mapped_column(BigID, ForeignKey("organizations.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=now_utc)

    __table_args__ = (Index("ix_list_members_lead_id", "lead_id"),)


class Tag(IdMixin, Base):
    """A free-form label on leads."""

    __tablename__ = "tags"

    org_id: Mapped[int] = mapped_column(BigID, ForeignKey("organizations.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(100))

    __table_args__ = (UniqueConstraint("org_id", "name"),)


class LeadTag(Base):
    """A tag on a lead."""

    __tablename__ = "lead_tags"

    lead_id: Mapped[int] = mapped_column(
        BigID, ForeignKey("leads.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(
        BigID, ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True
    )
    org_id: Mapped[int] = mapped_column(BigID, ForeignKey("organizations.id", ondelete="CASCADE"))

    __table_args__ = (Index("ix_lead_tags_tag_id", "tag_id"),)


class ImportJob(IdMixin, Base):
    """A background lead import with progress and a per-row error report."""

    __tablename__ = "import_jobs"

    org_id: Mapped[int] = mapped_column(BigID, ForeignKey("organizations.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(20), default="pending")
    filename: Mapped[str] = mapped_column(String(500), default="")
    stored_path: Mapped[str] = mapped_column(String(1000), default="")
    list_id: Mapped[int | None] = mapped_column(
        BigID, ForeignKey("lists.id", ondelete="SET NULL"), nullable=True
    )
    mode: Mapped[str] = mapped_column(String(20), default="skip")
    options: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    # BIGINT: uploads may be larger than 2 GiB (OUTREACH_IMPORT_MAX_BYTES defaults to 4 GiB).
    total_bytes: Mapped[int] = mapped_column(BigInteger, default=0)
    processed_bytes: Mapped[int] = mapped_column(BigInteger, default=0)
    rows_seen: Mapped[int] = mapped_column(default=0)
    rows_imported: Mapped[int] = mapped_column(default=0)
    rows_updated: Mapped[int] = mapped_column(default=0)
    rows_skipped: Mapped[int] = mapped_column(default=0)
    rows_failed: Mapped[int] = mapped_column(default=0)
    error_report_path: Mapped[str | None] = mapped_column(String(1000), nullable=True)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=now_utc)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    # Resuming (leads/jobstate.py): the job refreshes heartbeat_at with every committed chunk, so
    # a running job whose heartbeat is old lost its thread; attempt counts starts, so a thread
    # of an earlier attempt can tell it was superseded; the counters, resume_row (the last
    # source row the committed chunks cover) and report_bytes (the error report's length at
    # that point) are committed together, so a resumed run continues from exactly there.
    heartbeat_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    attempt: Mapped[int] = mapped_column(default=0, server_default="0")
    resume_row: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    report_bytes: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    # Set when retention deleted the upload and the error report (the counts stay).
    files_purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    __table_args__ = (Index("ix_import_jobs_org_id_id", "org_id", "id"),)
