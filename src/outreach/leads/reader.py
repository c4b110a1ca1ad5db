"""Streaming readers for CSV (any delimiter, UTF-8 with or without BOM, Latin-1) and JSON lines.

Rows are yielded one at a time from an open file, so memory does not grow with the file.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from outreach.errors import ValidationFailed
from outreach.leads.normalize import column_key

SAMPLE_BYTES = 64 * 1024
LATIN1_FALLBACK = "outreach-latin1-fallback"
# Large enough for long custom variables, small enough that a binary blob fails fast.
csv.field_size_limit(1024 * 1024)


def _latin1_fallback(exc: UnicodeError) -> tuple[str, int]:
    # A file that is UTF-8 almost everywhere but has a stray Latin-1 byte keeps that character.
    assert isinstance(exc, UnicodeDecodeError)
    return exc.object[exc.start : exc.end].decode("latin-1"), exc.end


codecs.register_error(LATIN1_FALLBACK, _latin1_fallback)


@dataclass(frozen=True)
class FileFormat:
    """How to read an uploaded file: csv or jsonl, its encoding and CSV delimiter."""

    kind: str
    encoding: str
    delimiter: str = ","
    headers: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        """For ImportJob.options."""
        return {
            "kind": self.kind,
            "encoding": self.encoding,
            "delimiter": self.delimiter,
            "headers": list(self.headers),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FileFormat:
        """Inverse of :meth:`as_dict`."""
        return cls(data["kind"], data["encoding"], data["delimiter"], tuple(data["headers"]))


def _encoding(sample: bytes) -> str:
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
    except UnicodeDecodeError:
        return "latin-1"
    return "utf-8"


def _looks_binary(sample: bytes, encoding: str) -> bool:
    if encoding == "utf-16":
        return False
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 13))
    return control > len(sample) // 20


def _open_text(path: Path, fmt: FileFormat) -> tuple[IO[bytes], io.TextIOWrapper]:
    raw = path.open("rb")
    errors = LATIN1_FALLBACK if fmt.encoding == "utf-8" else "strict"
    return raw, io.TextIOWrapper(raw, encoding=fmt.encoding, errors=errors, newline="")


def detect(path: Path, filename: str = "") -> FileFormat:
    """Inspect the start of a file; raise ValidationFailed when it cannot be a lead file."""
    with path.open("rb") as fh:
        sample = fh.read(SAMPLE_BYTES)
    if not sample.strip():
        raise ValidationFailed("the file is empty", code="EMPTY_FILE", field="file")
    encoding = _encoding(sample)
    if _looks_binary(sample, encoding):
        raise ValidationFailed(
            "the file is not text (CSV or JSON lines expected)", code="FILE_NOT_TEXT", field="file"
        )
    text = sample.decode(encoding, errors="replace").lstrip("\ufeff")
    if filename.lower().endswith((".jsonl", ".ndjson", ".json")) or text.lstrip().startswith("{"):
        return FileFormat("jsonl", encoding)
    return _detect_csv(text, encoding)


def _detect_csv(text: str, encoding: str) -> FileFormat:
    # Sniff complete lines only: a record cut in half confuses the sniffer.
    cut = text.rfind("\n")
    sample = text[: cut + 1] if cut > 0 else text
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        delimiter = ","
    header = next(csv.reader(io.StringIO(sample), delimiter=delimiter), [])
    headers = tuple(h.strip() for h in header)
    if not any(h for h in headers):
        raise ValidationFailed("the file has no header row", code="EMPTY_FILE", field="file")
    if "email" not in {column_key(h) for h in headers}:
        raise ValidationFailed(
            f"no email column among {list(headers)[:20]}",
            code="MISSING_EMAIL_COLUMN",
            field="file",
        )
    return FileFormat("csv", encoding, delimiter, headers)


def is_blank(cells: list[str]) -> bool:
    """True for a CSV record with nothing but whitespace: it is skipped, not counted."""
    return not "".join(cells).strip()


@dataclass
class RawRow:
    """One record: its row number (header is row 1), its values, or why it could not be read."""

    number: int
    values: dict[str, Any]
    error: str = ""


class RowStream:
    """Iterate the rows of a file while reporting how many bytes have been consumed."""

    def __init__(self, path: Path, fmt: FileFormat) -> None:
        self.fmt = fmt
        self.headers: list[str] = []
        self._raw, self._text = _open_text(path, fmt)

    def position(self) -> int:
        """Bytes read from disk so far (read-ahead included)."""
        return self._raw.tell()

    def close(self) -> None:
        """Close the file."""
        self._text.close()

    def __iter__(self) -> Iterator[RawRow]:
        if self.fmt.kind == "jsonl":
            return self._jsonl()
        return self._csv()

    def csv_records(self) -> Iterator[tuple[int, list[str]]]:
        """CSV records as (row number, cells) after reading ``headers``; blank rows included.

        The importer's fast path wants the cells as the csv module gives them; it tells blank
        rows (see :func:`is_blank`) apart only for rows its fast path does not take.
        """
        reader = csv.reader(self._text, delimiter=self.fmt.delimiter)
        self.headers = [h.strip() for h in next(reader, [])]
        return enumerate(reader, start=2)

    def _csv(self) -> Iterator[RawRow]:
        for number, cells in self.csv_records():
            if not is_blank(cells):
                yield RawRow(number, dict(zip(self.headers, cells, strict=False)))

    def _jsonl(self) -> Iterator[RawRow]:
        for number, line in enumerate(self._text, start=1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as exc:
                yield RawRow(number, {}, f"invalid JSON: {exc.msg}")
                continue
            if not isinstance(value, dict):
                yield RawRow(number, {}, "each line must be a JSON object")
                continue
            yield RawRow(number, value)
