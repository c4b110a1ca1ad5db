"""Set-based upsert of a chunk of clean rows: stage them, then one INSERT … ON CONFLICT.

PostgreSQL stages with COPY, SQLite with executemany; the upsert itself is the same
SQLAlchemy Core statement on both (``INSERT … SELECT … ON CONFLICT (org_id, email)``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    Connection,
    MetaData,
    Table,
    Text,
    cast,
    delete,
    func,
    literal,
    select,
    true,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.dialects.postgresql import JSONB

from outreach.db.base import UTCDateTime
from outreach.db.models import Lead, ListMember
from outreach.kit.crypto import sha256_hex
from outreach.leads.normalize import LEAD_FIELDS
from outreach.suppression.service import apply_to_emails

HASH_COLUMNS = ("email_hash", "domain_hash")
STAGE_COLUMNS = ("row_no", *LEAD_FIELDS, "company_domain", "vars", *HASH_COLUMNS)
_stage_meta = MetaData()
stage = Table(
    "lead_import_stage",
    _stage_meta,
    Column("row_no", BigInteger),
    *(Column(name, Text) for name in (*LEAD_FIELDS, "company_domain", "vars", *HASH_COLUMNS)),
    prefixes=["TEMPORARY"],
)
_STAGE_DDL = (
    "CREATE TEMPORARY TABLE IF NOT EXISTS lead_import_stage (row_no BIGINT, "
    + ", ".join(f"{name} TEXT" for name in (*LEAD_FIELDS, "company_domain", "vars", *HASH_COLUMNS))
    + ")"
)
MERGED_FIELDS = (*(f for f in LEAD_FIELDS if f != "email"), "company_domain")


@dataclass
class ChunkResult:
    """What one chunk did."""

    inserted: int = 0
    existing: int = 0
    duplicates: list[int] | None = None


@dataclass(frozen=True)
class UpsertTarget:
    """Where a chunk goes: organization, mode, optional list, and this import's source tag."""

    org_id: int
    mode: str
    list_id: int | None
    source: str
    now: datetime


def _stage_rows(conn: Connection, rows: list[dict[str, Any]]) -> None:
    conn.exec_driver_sql(_STAGE_DDL)
    conn.execute(delete(stage))
    records = [
        {
            **{c: r.get(c) for c in STAGE_COLUMNS},
            "vars": json.dumps(r.get("vars") or {}),
            "email_hash": sha256_hex(r["email"]),
            "domain_hash": sha256_hex(r["email"].rpartition("@")[2]),
        }
        for r in rows
    ]
    if conn.dialect.name == "postgresql":
        cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        names = ", ".join(STAGE_COLUMNS)
        with cursor.copy(f"COPY lead_import_stage ({names}) FROM STDIN") as copy:
            for rec in records:
                copy.write_row(tuple(rec[c] for c in STAGE_COLUMNS))
        # Temp tables get no autovacuum statistics; without them the planner scans all leads
        # for every chunk instead of probing the (org_id, email) index.
        conn.exec_driver_sql("ANALYZE lead_import_stage")
    else:
        conn.execute(stage.insert(), records)


LEADS: Table = Lead.__table__  # type: ignore[assignment]
MEMBERS: Table = ListMember.__table__  # type: ignore[assignment]


def _existing_join(target: UpsertTarget) -> Any:
    leads = LEADS
    return stage.join(leads, (leads.c.org_id == target.org_id) & (leads.c.email == stage.c.email))


def _drop_file_duplicates(conn: Connection, target: UpsertTarget) -> list[int]:
    # A lead this same import created in an earlier chunk: the row is a duplicate in the file.
    leads = LEADS
    rows = list(
        conn.scalars(
            select(stage.c.row_no)
            .select_from(_existing_join(target))
            .where(leads.c.source == target.source)
        )
    )
    if rows:
        conn.execute(delete(stage).where(stage.c.row_no.in_(rows)))
    return rows


def _vars_merge(conn: Connection, first: Any, second: Any) -> Any:
    # Keys of ``second`` win.
    if conn.dialect.name == "postgresql":
        return first.op("||")(second)
    return func.json_patch(first, second)


def _upsert_statement(conn: Connection, target: UpsertTarget) -> Any:
    leads = LEADS
    pg = conn.dialect.name == "postgresql"
    vars_col = cast(stage.c.vars, JSONB) if pg else stage.c.vars
    columns = [*LEAD_FIELDS, "company_domain", "vars", "org_id", "status", "stopped", "source"]
    columns += ["created_at", "updated_at"]
    now = literal(target.now, UTCDateTime())
    source = select(
        *(stage.c[f] for f in (*LEAD_FIELDS, "company_domain")),
        vars_col,
        literal(target.org_id),
        literal("active"),
        literal(False),
        literal(target.source),
        now,
        now,
    ).where(true())  # SQLite needs a WHERE to parse INSERT … SELECT … ON CONFLICT
    dialect_insert = postgresql.insert if pg else sqlite.insert
    stmt = dialect_insert(leads).from_select(columns, source)
    if target.mode == "skip":
        return stmt.on_conflict_do_nothing(index_elements=["org_id", "email"])
    new, old = stmt.excluded, leads.c
    if target.mode == "update":
        values: dict[str, Any] = {f: func.coalesce(new[f], old[f]) for f in MERGED_FIELDS}
        values["vars"] = _vars_merge(conn, old.vars, new.vars)
    else:  # fill: only empty fields take the file's value
        values = {f: func.coalesce(func.nullif(old[f], ""), new[f]) for f in MERGED_FIELDS}
        values["vars"] = _vars_merge(conn, new.vars, old.vars)
    values["updated_at"] = now
    return stmt.on_conflict_do_update(index_elements=["org_id", "email"], set_=values)


def _add_to_list(conn: Connection, target: UpsertTarget) -> None:
    leads = LEADS
    members = MEMBERS
    pg = conn.dialect.name == "postgresql"
    source = (
        select(
            literal(target.list_id),
            leads.c.id,
            literal(target.org_id),
            literal(target.now, UTCDateTime()),
        )
        .select_from(_existing_join(target))
        .where(true())
    )
    dialect_insert = postgresql.insert if pg else sqlite.insert
    stmt = dialect_insert(members).from_select(
        ["list_id", "lead_id", "org_id", "created_at"], source
    )
    conn.execute(stmt.on_conflict_do_nothing(index_elements=["list_id", "lead_id"]))


def upsert_chunk(conn: Connection, target: UpsertTarget, rows: list[dict[str, Any]]) -> ChunkResult:
    """Upsert one chunk of clean, in-chunk-unique rows; never commits."""
    pg = conn.dialect.name == "postgresql"
    if pg:
        # Lead statistics are stale while an import grows the table from nothing; a plan that
        # scans every lead per staged row would make each chunk slower than the last. The
        # (org_id, email) index is always the right way in, so forbid sequential scans here.
        conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
    _stage_rows(conn, rows)
    duplicates = _drop_file_duplicates(conn, target)
    staged = len(rows) - len(duplicates)
    existing = conn.scalar(select(func.count()).select_from(_existing_join(target))) or 0
    conn.execute(_upsert_statement(conn, target))
    if target.list_id is not None:
        _add_to_list(conn, target)
    hashes = select(stage.c.email_hash).union_all(select(stage.c.domain_hash))
    apply_to_emails(
        conn,
        org_id=target.org_id,
        emails=[r["email"] for r in rows],
        now=target.now,
        candidates=hashes,
    )
    if pg:
        conn.exec_driver_sql("SET LOCAL enable_seqscan = on")
    return ChunkResult(inserted=staged - existing, existing=existing, duplicates=duplicates)
