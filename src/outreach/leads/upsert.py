"""Set-based upsert of a chunk of clean rows: stage them, drop rows an earlier chunk of the same
import already had, then one ``INSERT … SELECT … ON CONFLICT (org_id, email)``.

PostgreSQL stages with COPY, SQLite with executemany; the statements are the same SQLAlchemy
Core on both. The rule for an email seen twice in one file is the same within a chunk and across
chunks: the first row wins, later rows are reported as duplicates and change nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
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
    exists,
    func,
    insert,
    literal,
    select,
    true,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.schema import CreateTable

from outreach.db.base import UTCDateTime
from outreach.db.models import Lead, ListMember, Suppression
from outreach.leads.chunk import Chunk
from outreach.leads.normalize import LEAD_FIELDS
from outreach.leads.rowplan import STAGE_FIELDS
from outreach.suppression.service import apply_to_emails

STAGE_COLUMNS = ("row_no", *STAGE_FIELDS)
_stage_meta = MetaData()
stage = Table(
    "lead_import_stage",
    _stage_meta,
    Column("row_no", BigInteger),
    *(Column(name, Text) for name in STAGE_FIELDS),
    prefixes=["TEMPORARY"],
)
# Emails of leads that existed before this import and that an earlier chunk already matched:
# a later row with one of them is a duplicate in the file. (Leads this import created are
# recognised by their source instead, so this holds only the pre-existing matches.)
seen = Table(
    "lead_import_seen",
    _stage_meta,
    Column("email", Text, primary_key=True),
    prefixes=["TEMPORARY"],
)
_COPY_SQL = f"COPY lead_import_stage ({', '.join(STAGE_COLUMNS)}) FROM STDIN (FORMAT text, NULL '')"
_SQLITE_STAGE_INSERT = (
    f"INSERT INTO lead_import_stage ({', '.join(STAGE_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in STAGE_COLUMNS)})"
)
MERGED_FIELDS = (*(f for f in LEAD_FIELDS if f != "email"), "company_domain")
_COPY_BLOCK = 1 << 20
_ID_BATCH = 5000


@dataclass
class ChunkResult:
    """What one chunk did."""

    inserted: int = 0
    existing: int = 0
    duplicates: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class UpsertTarget:
    """Where a chunk goes: organization, mode, optional list, and this import's source tag."""

    org_id: int
    mode: str
    list_id: int | None
    source: str
    now: datetime


def begin_import(conn: Connection) -> None:
    """Create this connection's stage tables if needed and forget an earlier import's emails."""
    for table in (stage, seen):
        conn.execute(CreateTable(table, if_not_exists=True))
    conn.execute(delete(seen))


def remember_existing(conn: Connection, target: UpsertTarget, emails: list[str]) -> None:
    """Put into ``seen`` those of ``emails`` that are leads this import did not create.

    A resumed import replays the emails of the rows an earlier attempt committed, so that
    ``seen`` holds what it held when that attempt stopped (it lives on the connection).
    """
    if not emails:
        return
    pg = conn.dialect.name == "postgresql"
    for start in range(0, len(emails), _ID_BATCH):
        batch = list(dict.fromkeys(emails[start : start + _ID_BATCH]))
        matched = select(LEADS.c.email).where(
            LEADS.c.org_id == target.org_id,
            LEADS.c.email.in_(batch),
            func.coalesce(LEADS.c.source, "") != target.source,
        )
        stmt = (postgresql.insert if pg else sqlite.insert)(seen).from_select(["email"], matched)
        conn.execute(stmt.on_conflict_do_nothing(index_elements=["email"]))
    if pg:
        conn.exec_driver_sql("ANALYZE lead_import_seen")


def _stage_rows(conn: Connection, chunk: Chunk) -> None:
    if conn.dialect.name != "postgresql":
        conn.execute(delete(stage))
        if chunk.rows:
            conn.exec_driver_sql(_SQLITE_STAGE_INSERT, chunk.rows)
        return
    # TRUNCATE, not DELETE: temporary tables are never autovacuumed, so deleted rows would pile
    # up and every chunk would scan the dead rows of all chunks before it.
    conn.exec_driver_sql("TRUNCATE lead_import_stage")
    payload = chunk.copy_text_payload()
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    with cursor.copy(_COPY_SQL) as copy:
        for start in range(0, len(payload), _COPY_BLOCK):
            copy.write(payload[start : start + _COPY_BLOCK])


LEADS: Table = Lead.__table__  # type: ignore[assignment]
MEMBERS: Table = ListMember.__table__  # type: ignore[assignment]


def _lead_probe(target: UpsertTarget, column: Any) -> Any:
    # One lookup by the (org_id, email) unique key per staged row, written as a correlated
    # subquery so that the plan does not depend on statistics: while an import grows an
    # organization from nothing, the leads statistics say it is tiny, and a join planned on
    # them hashes every lead of the organization for every chunk.
    leads = LEADS
    return (
        select(column)
        .where(leads.c.org_id == target.org_id, leads.c.email == stage.c.email)
        .correlate(stage)
        .scalar_subquery()
    )


def _drop_earlier_rows(conn: Connection, target: UpsertTarget) -> tuple[list[int], int]:
    """Remove staged rows whose email an earlier chunk had; return them and the existing count.

    A staged email that matches a lead is a duplicate when this import created that lead
    (its source) or an earlier chunk already matched it (``seen``); otherwise it is an
    existing lead met for the first time, remembered in ``seen``.
    """
    source = func.coalesce(LEADS.c.source, "")  # '' = a lead without source; NULL = no lead
    probed = select(
        stage.c.row_no, stage.c.email, _lead_probe(target, source).label("source")
    ).subquery()
    met = exists().where(seen.c.email == probed.c.email)
    matches = conn.execute(
        select(probed.c.row_no, probed.c.email, probed.c.source, met).where(
            probed.c.source.is_not(None)
        )
    ).all()
    duplicates = sorted(row for row, _, source, met in matches if met or source == target.source)
    fresh = [email for _, email, source, met in matches if not met and source != target.source]
    for start in range(0, len(duplicates), _ID_BATCH):
        batch = duplicates[start : start + _ID_BATCH]
        conn.execute(delete(stage).where(stage.c.row_no.in_(batch)))
    if fresh:
        conn.execute(insert(seen), [{"email": email} for email in fresh])
        if conn.dialect.name == "postgresql":
            # Fresh statistics let the planner choose between hashing ``seen`` once and
            # probing it per row as it grows (temporary tables are never auto-analyzed).
            conn.exec_driver_sql("ANALYZE lead_import_seen")
    return duplicates, len(fresh)


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
    pg = conn.dialect.name == "postgresql"
    probed = select(_lead_probe(target, LEADS.c.id).label("lead_id")).select_from(stage).subquery()
    source = select(
        literal(target.list_id),
        probed.c.lead_id,
        literal(target.org_id),
        literal(target.now, UTCDateTime()),
    ).where(probed.c.lead_id.is_not(None))
    dialect_insert = postgresql.insert if pg else sqlite.insert
    stmt = dialect_insert(MEMBERS).from_select(
        ["list_id", "lead_id", "org_id", "created_at"], source
    )
    conn.execute(stmt.on_conflict_do_nothing(index_elements=["list_id", "lead_id"]))


def _apply_suppressions(conn: Connection, target: UpsertTarget) -> None:
    # Most organizations' lists are empty or small: one indexed probe decides whether the
    # chunk's addresses need hashing at all.
    listed = select(Suppression.id).where(Suppression.org_id == target.org_id).limit(1)
    if conn.scalar(listed) is None:
        return
    emails = list(conn.scalars(select(stage.c.email)))
    for start in range(0, len(emails), _ID_BATCH):
        apply_to_emails(
            conn, org_id=target.org_id, emails=emails[start : start + _ID_BATCH], now=target.now
        )


def upsert_chunk(conn: Connection, target: UpsertTarget, rows: Chunk) -> ChunkResult:
    """Upsert one chunk of clean, in-chunk-unique rows; never commits."""
    if conn.dialect.name == "postgresql":
        # These statements run once per chunk and take milliseconds; compiling them with JIT
        # (which PostgreSQL does once a big chunk's estimated cost passes jit_above_cost)
        # costs far more than it saves.
        conn.exec_driver_sql("SET LOCAL jit = off")
    _stage_rows(conn, rows)
    duplicates, existing = _drop_earlier_rows(conn, target)
    conn.execute(_upsert_statement(conn, target))
    if target.list_id is not None:
        _add_to_list(conn, target)
    _apply_suppressions(conn, target)
    staged = len(rows) - len(duplicates)
    return ChunkResult(inserted=staged - existing, existing=existing, duplicates=duplicates)
