"""LIKE patterns built in Python, so PostgreSQL sees a constant prefix it can range-scan."""

from __future__ import annotations

# The escape character every pattern here uses.
ESCAPE = "\\"


def escape_like(term: str) -> str:
    """``term`` with LIKE's wildcards and escape character escaped (escape ``\\``)."""
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def prefix_pattern(term: str) -> str:
    """A LIKE pattern matching text that starts with ``term``."""
    # Built here rather than as ``:term || '%'`` in SQL: a generic plan (psycopg prepares a
    # statement after five runs) can only use a text_pattern_ops index for a constant prefix.
    return f"{escape_like(term)}%"
