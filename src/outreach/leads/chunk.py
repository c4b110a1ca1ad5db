"""One chunk of an import: clean rows, unique by email, held in the form the stage load takes.

PostgreSQL loads the stage table with ``COPY … FROM STDIN (FORMAT text, NULL '')``, so rows
are kept as ready COPY lines (one join per row instead of per-value adaptation); SQLite gets
parameter tuples for ``executemany``.
"""

from __future__ import annotations

from typing import Any

from outreach.leads.report import Problem
from outreach.leads.rowplan import STAGE_FIELDS

# COPY text format: backslash, tab, newline and carriage return inside a value are escaped.
_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})
_TABS = len(STAGE_FIELDS) - 1


def copy_line(number: int, values: list[str]) -> str:
    """One COPY text line: row number then the stage values ('' is NULL under NULL '')."""
    line = "\t".join(values)
    if line.count("\t") != _TABS or "\\" in line or "\n" in line or "\r" in line:
        line = "\t".join(v.translate(_ESCAPES) for v in values)
    return f"{number}\t{line}"


class Chunk:
    """Rows of one chunk; the first row of an email wins, later ones are duplicates."""

    def __init__(self, *, copy_text: bool) -> None:
        self.copy_text = copy_text
        self.first_row: dict[str, int] = {}
        self.lines: list[str] = []
        self.rows: list[tuple[Any, ...]] = []
        self.processed_bytes = 0
        # Rows this chunk reports (invalid, or an email repeated within the chunk), in order.
        self.problems: list[Problem] = []
        # The last source row the chunk covers (rows it holds, reports, or skipped as blank).
        self.last_row = 0

    def __len__(self) -> int:
        return len(self.first_row)

    def add(self, number: int, values: list[str]) -> int | None:
        """Keep a row; for a duplicate email return the row number that came first instead."""
        first = self.first_row.setdefault(values[0], number)
        if first != number:
            return first
        if self.copy_text:
            self.lines.append(copy_line(number, values))
        else:
            self.rows.append((number, *(v or None for v in values)))
        return None

    def copy_text_payload(self) -> str:
        """All COPY lines of the chunk."""
        return "\n".join(self.lines) + "\n" if self.lines else ""

    def emails(self) -> list[str]:
        """The chunk's addresses."""
        return list(self.first_row)
