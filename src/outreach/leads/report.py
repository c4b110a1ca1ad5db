"""An import's per-row error report (row, column, reason), written one chunk at a time.

The job's writer thread appends a chunk's lines, in row order, and makes them durable before
it commits the chunk; the job row then records the report's length. A resumed job cuts the
report back to that length (dropping the lines of a chunk whose rows were never committed)
and appends from there, so its report equals the one an uninterrupted run writes.
"""

from __future__ import annotations

import heapq
import os
from collections.abc import Iterator
from contextlib import contextmanager
from operator import itemgetter
from pathlib import Path
from typing import IO

from outreach.kit.csvsafe import SafeWriter

# (source row number, column, reason)
Problem = tuple[int, str, str]
HEADER = ("row", "column", "reason")
DUPLICATE = "duplicate email in file"


class ErrorReport:
    """Appends chunks of problems to an open report file."""

    def __init__(self, fh: IO[str]) -> None:
        self.fh = fh
        self.writer = SafeWriter(fh)

    @classmethod
    @contextmanager
    def open(cls, path: Path, *, keep: int) -> Iterator[ErrorReport]:
        """A new report, or (``keep`` > 0) the first ``keep`` bytes of an earlier attempt's."""
        if keep > 0:
            if path.stat().st_size < keep:
                # Rewritten since (e.g. a GDPR scrub): appending would misplace every line.
                raise ValueError(f"{path.name} is shorter than the committed report")
            os.truncate(path, keep)
            fh = path.open("a", newline="", encoding="utf-8")
        else:
            fh = path.open("w", newline="", encoding="utf-8")
            SafeWriter(fh).writerow(HEADER)
        try:
            yield cls(fh)
        finally:
            fh.close()

    def append(self, problems: list[Problem], duplicates: list[int]) -> int:
        """Write a chunk's problems and later-duplicate rows in row order; the report's size."""
        later = ((number, "email", DUPLICATE) for number in duplicates)
        for problem in heapq.merge(problems, later, key=itemgetter(0)):
            self.writer.writerow(problem)
        # Durable before the chunk commits: the committed size must never exceed the file's.
        self.fh.flush()
        os.fsync(self.fh.fileno())
        return os.fstat(self.fh.fileno()).st_size
