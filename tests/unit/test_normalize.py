"""Pure checks of row cleaning, email validation and formula-safe CSV cells."""

from __future__ import annotations

import pytest

from outreach.kit.csvsafe import safe_cell
from outreach.leads.normalize import check_email, clean_row, column_key, company_domain


@pytest.mark.parametrize(
    "value",
    ["a@example.com", "first.last+tag@sub.example.co.uk", "o'neil@acme.io", "ünï@exämple.de"],
)
def test_valid_emails(value: str) -> None:
    assert check_email(f"  {value.upper() if value.isascii() else value} ") == value.lower()


@pytest.mark.parametrize("value", ["", "plain", "a@b", "a..b@x.com", "a@localhost", "a@-x.com"])
def test_invalid_emails(value: str) -> None:
    with pytest.raises(ValueError):
        check_email(value)


def test_columns_map_to_fields_or_vars() -> None:
    assert column_key(" E-mail ") == "email"
    assert column_key("First Name") == "first_name"
    assert column_key("LinkedIn") == "linkedin_url"
    assert column_key("favourite colour") == ""
    row = clean_row({"Email": "A@Acme.com", "Plan": " pro ", "empty": "", None: ["extra"]})
    assert row.fields["email"] == "a@acme.com"
    assert row.fields["company_domain"] == "acme.com"
    assert row.vars == {"Plan": "pro"}


def test_company_domain_skips_free_mail() -> None:
    assert company_domain("x@gmail.com", "https://www.shop.example/x") == "shop.example"
    assert company_domain("x@gmail.com", None) is None
    assert company_domain("x@gmail.com", "gmail.com") is None
    assert company_domain("x@acme.com", "other.org") == "acme.com"


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_formula_cells_are_quoted(cell: str) -> None:
    assert safe_cell(cell) == "'" + cell


def test_plain_cells_are_untouched() -> None:
    assert safe_cell("hello") == "hello"
    assert safe_cell(None) == ""
    assert safe_cell(5) == "5"


def test_nul_characters_are_row_errors() -> None:
    row = clean_row(
        {"email": "a@b.com", "Name": "x\x00", "w": {"k": "\\u0000"}, "z": [{"q": "a\x00"}]}
    )
    assert row.errors == [("Name", "contains a NUL character"), ("z", "contains a NUL character")]
    assert row.vars == {"w": {"k": "\\u0000"}}  # a backslash sequence is not a NUL
