"""Rows as stage values: a plan compiled once per CSV header for the common row, ``clean_row``
for every other row.

A stage row is a list of strings in ``STAGE_FIELDS`` order where ``""`` stands for NULL (no
clean value is ever empty: empty fields become NULL, company_domain is a host or NULL, vars is
JSON). ``CsvPlan.fast`` gives exactly ``stage_values(clean_row(dict(zip(headers, cells))))``
for the rows it takes and ``None`` for the rest (bad, unusual or not plain), which the caller
sends through ``clean_row``; tests/unit/test_rowplan.py checks that equality with hypothesis.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from json.encoder import encode_basestring_ascii

from outreach.leads.normalize import (
    FIELD_MAX,
    LEAD_FIELDS,
    CleanRow,
    column_key,
    company_domain,
    is_plain_email,
)

STAGE_FIELDS = (*LEAD_FIELDS, "company_domain", "vars")
_URL = LEAD_FIELDS.index("url")


def stage_values(row: CleanRow) -> list[str]:
    """The stage values of a row without errors."""
    fields = row.fields
    values = [fields.get(name) or "" for name in LEAD_FIELDS]
    values.append(fields.get("company_domain") or "")
    values.append(json.dumps(row.vars))
    return values


class CsvPlan:
    """Where each lead field and custom variable sits in the records of one CSV header."""

    def __init__(self, headers: Sequence[str]) -> None:
        self.headers = list(headers)
        names = [h.strip() for h in self.headers]
        keys = [column_key(h) for h in self.headers]
        fields = [k for k in keys if k]
        # Repeated column names or two columns for one field follow dict(zip()) rules (last
        # value wins, first position kept); clean_row handles those files.
        self.enabled = len(set(names)) == len(names) and len(set(fields)) == len(fields)
        self.enabled = self.enabled and "email" in fields
        self.width = len(self.headers)
        self.email_col = keys.index("email") if "email" in keys else -1
        self.field_cols = [
            (keys.index(name) if name in keys else -1, FIELD_MAX[name]) for name in LEAD_FIELDS[1:]
        ]
        # json.dumps of a str -> str dict writes each pair as '"key": "value"' joined by ', '.
        self.var_cols = [
            (encode_basestring_ascii(name) + ": ", col)
            for col, (name, key) in enumerate(zip(names, keys, strict=True))
            if not key and name
        ]

    def fast(self, cells: list[str]) -> list[str] | None:
        """Stage values of a record that is valid and plain, else None."""
        if len(cells) != self.width or not self.enabled:
            return None
        email = cells[self.email_col].strip().lower()
        if not is_plain_email(email):
            return None
        values = [email]
        append = values.append
        for col, limit in self.field_cols:
            if col < 0:
                append("")
                continue
            text = cells[col].strip()
            if len(text) > limit:
                return None
            append(text)
        if "\x00" in "".join(cells):
            return None
        append(company_domain(email, values[_URL] or None) or "")
        pairs = [
            prefix + encode_basestring_ascii(cells[col].strip())
            for prefix, col in self.var_cols
            if cells[col] != ""
        ]
        append("{" + ", ".join(pairs) + "}")
        return values

    def as_dict(self, cells: list[str]) -> dict[str, str]:
        """The record as clean_row takes it (surplus cells dropped, missing ones absent)."""
        return dict(zip(self.headers, cells, strict=False))
