"""The email fast path accepts only what email-validator accepts, with the same normalised form."""

from __future__ import annotations

import pytest
from email_validator import EmailNotValidError, validate_email
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from outreach.leads.normalize import _PLAIN_ADDRESS, check_email, is_plain_email

LOCAL_CHARS = "ab0.-_+!'=~"
DOMAIN_CHARS = "abxn0-."
TLDS = ["com", "io", "a1", "c-m", "123", "test", "local", "arpa", "onion", "invalid", "x"]


def _validator_accepts(address: str) -> str | None:
    try:
        return validate_email(address, check_deliverability=False).normalized
    except EmailNotValidError:
        return None


def _assert_subset(address: str) -> None:
    if is_plain_email(address):
        assert _validator_accepts(address) == address


near_misses = st.builds(
    lambda local, labels, tld: f"{local}@{'.'.join([*labels, tld])}",
    st.text(LOCAL_CHARS, min_size=1, max_size=70),
    st.lists(st.text(DOMAIN_CHARS, min_size=0, max_size=8), min_size=0, max_size=4),
    st.sampled_from(TLDS) | st.text(DOMAIN_CHARS, min_size=1, max_size=5),
)


@settings(max_examples=1500, suppress_health_check=[HealthCheck.too_slow])
@given(st.from_regex(_PLAIN_ADDRESS, fullmatch=True))
def test_everything_the_pattern_takes_is_valid_and_unchanged(address: str) -> None:
    _assert_subset(address)


@settings(max_examples=1500)
@given(near_misses)
@example("a@xn--zz.com")  # Punycode that is not IDNA
@example("a@ab--c.com")  # RFC 5890 R-LDH label
@example("a@x.a1")  # TLD not ending in a letter
@example("a@sub.test")  # special-use name
@example("a@xn--nxasmq6b.com")  # valid IDNA: email-validator normalises it to Unicode
@example("a" * 65 + "@x.com")
@example("a@" + "b" * 64 + ".com")
def test_near_misses_never_pass_the_fast_path_wrongly(address: str) -> None:
    _assert_subset(address)


@settings(max_examples=500)
@given(near_misses | st.text(max_size=40))
def test_check_email_decides_like_email_validator(value: str) -> None:
    address = value.strip().lower()
    expected = bool(address) and _validator_accepts(address) is not None
    try:
        assert check_email(value) == address
        accepted = True
    except ValueError:
        accepted = False
    assert accepted == expected


@pytest.mark.parametrize(
    "address", ["first.last+tag@sub.example.co.uk", "o'neil@acme.io", "x@my-company.com"]
)
def test_common_addresses_take_the_fast_path(address: str) -> None:
    assert is_plain_email(address)
