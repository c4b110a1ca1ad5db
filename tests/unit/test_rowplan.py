"""The CSV fast path gives exactly what clean_row gives, or steps aside."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from outreach.leads.chunk import copy_line
from outreach.leads.normalize import clean_row
from outreach.leads.rowplan import CsvPlan, stage_values

HEADERS = [
    "email",
    "E-mail",
    "First Name",
    "last_name",
    "Company",
    "title",
    "website",
    "url",
    "phone",
    "tz",
    "city",
    "Plan",
    "",
    "note",
    "note",
]
CELLS = [
    "",
    "  ",
    "a@acme.com",
    " Zoë@Beta.IO ",
    "x@gmail.com",
    "bad-at-nowhere",
    "a@xn--zz.com",
    "a\x00b",
    "https://www.shop.example/x",
    "shop.example",
    "x" * 70,
    "x" * 1100,
    'quote " and \\ back',
    "tab\there",
    "line\nbreak",
    "Europe/Amsterdam",
]


EMAILS = ["a@acme.com", " First.Last+x@Sub.Example.co.uk ", "x@gmail.com", "Zoë@beta.io"]


@st.composite
def records(draw: st.DrawFn) -> tuple[list[str], list[str]]:
    """Headers and one record, mostly shaped like a real file so the fast path is exercised."""
    unique = draw(st.booleans())
    headers = draw(st.lists(st.sampled_from(HEADERS), min_size=1, max_size=7, unique=unique))
    if "email" not in headers and draw(st.booleans()):
        headers.insert(draw(st.integers(0, len(headers))), "email")
    width = len(headers) if draw(st.integers(0, 4)) else draw(st.integers(0, 8))
    cell = st.sampled_from(CELLS) | st.text(max_size=12)
    cells = draw(st.lists(cell, min_size=width, max_size=width))
    if "email" in headers[:width] and draw(st.integers(0, 3)):
        cells[headers.index("email")] = draw(st.sampled_from(EMAILS))
    return headers, cells


@settings(max_examples=2000)
@given(records())
def test_fast_path_equals_clean_row(record: tuple[list[str], list[str]]) -> None:
    headers, cells = record
    plan = CsvPlan(headers)
    fast = plan.fast(cells)
    if fast is None:
        return
    row = clean_row(plan.as_dict(cells))
    assert not row.errors
    assert fast == stage_values(row)


def test_common_rows_take_the_fast_path() -> None:
    plan = CsvPlan(["Email", "First Name", "website", "city", "score"])
    values = plan.fast([" A@Acme.com ", "Ann ", "acme.com", "Köln", ""])
    assert values == ["a@acme.com", "Ann", "", "", "", "acme.com", "", "", "", "acme.com",
                      '{"city": "K\\u00f6ln"}']  # fmt: skip


def test_copy_lines_escape_what_copy_text_needs() -> None:
    values = ["a@b.co", "tab\there", "new\nline", "back\\slash", "", "", "", "", "", "", "{}"]
    assert copy_line(7, values) == (
        "7\ta@b.co\ttab\\there\tnew\\nline\tback\\\\slash\t\t\t\t\t\t\t{}"
    )
