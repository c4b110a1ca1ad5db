"""Status codes and diagnostic text to Sisimai-style reasons; permanent/hard rules."""

from __future__ import annotations

import functools
import re

from .model import HARD_REASONS
from .phrases import BY_TEXT

# An enhanced status code right after a reply code ("550 5.1.1", "550-5.1.1", "#5.1.1").
_STATUS_AFTER_REPLY = re.compile(r"(?<!\d)[245]\d\d[ -]#?([245]\.[0-7]\.\d{1,3})(?![\d.])")
_STATUS_HASH = re.compile(r"[(#]#?([45]\.[0-7]\.\d{1,3})(?![\d.])")
# A bare code; the look-arounds keep dotted IP addresses and versions out.
_STATUS_BARE = re.compile(r"(?<![\w.])([45]\.[0-7]\.\d{1,3})(?![\d.]|\.\d)")
_REPLY_CODE = re.compile(r"(?:^|[\s:;(#<\[])([45][0-5]\d)(?=[\s-]|$)")

# Enhanced status code (class stripped) to reason, after RFC 3463 / RFC 5248 and
# the reason vocabulary of Sisimai. Codes missing here are decided by text.
_BY_CODE: dict[str, str] = {
    "1.1": "userunknown",
    "1.2": "hostunknown",
    "1.3": "userunknown",
    "1.4": "filtered",
    "1.6": "hasmoved",
    "1.7": "rejected",
    "1.8": "rejected",
    "1.9": "systemerror",
    "1.10": "notaccept",
    "2.1": "suspend",
    "2.2": "mailboxfull",
    "2.3": "exceedlimit",
    "2.4": "filtered",
    "3.1": "systemfull",
    "3.2": "notaccept",
    "3.3": "systemerror",
    "3.4": "mesgtoobig",
    "3.5": "systemerror",
    "4.0": "networkerror",
    "4.1": "expired",
    "4.2": "networkerror",
    "4.3": "systemerror",
    "4.4": "networkerror",
    "4.5": "toomanyconn",
    "4.6": "networkerror",
    "4.7": "expired",
    "5.0": "syntaxerror",
    "5.1": "syntaxerror",
    "5.2": "syntaxerror",
    "5.3": "toomanyconn",
    "5.4": "syntaxerror",
    "5.5": "syntaxerror",
    "5.6": "securityerror",
    "6.0": "contenterror",
    "6.1": "contenterror",
    "6.2": "contenterror",
    "6.3": "contenterror",
    "6.5": "contenterror",
    "6.6": "contenterror",
    "6.7": "contenterror",
    "6.8": "contenterror",
    "6.9": "contenterror",
    "7.0": "securityerror",
    "7.1": "blocked",
    "7.2": "blocked",
    "7.3": "securityerror",
    "7.4": "securityerror",
    "7.5": "securityerror",
    "7.6": "securityerror",
    "7.7": "securityerror",
    "7.8": "securityerror",
    "7.9": "securityerror",
    "7.10": "securityerror",
    "7.11": "securityerror",
    "7.13": "suspend",
    "7.14": "securityerror",
    "7.15": "securityerror",
    "7.16": "mesgtoobig",
    "7.17": "hasmoved",
    "7.18": "hasmoved",
    "7.20": "authfailure",
    "7.21": "authfailure",
    "7.22": "authfailure",
    "7.23": "authfailure",
    "7.24": "authfailure",
    "7.25": "requireptr",
    "7.26": "authfailure",
    "7.27": "rejected",
    "7.28": "ratelimited",
    "7.29": "authfailure",
}


# Status codes too generic to name a reason on their own (X.0.0, X.1.0, X.2.0 ...).
_GENERIC_CODES = frozenset({"0.0", "1.0", "2.0", "3.0", "4.0", "5.0", "6.0", "7.0", "7.1"})


@functools.lru_cache(maxsize=32)  # asked for the same diagnostic several times per message
def find_status(text: str) -> str | None:
    """Return the first enhanced status code in text, preferring one after a reply code."""
    if not text or ("4." not in text and "5." not in text):
        return None
    for rx in (_STATUS_AFTER_REPLY, _STATUS_HASH, _STATUS_BARE):
        m = rx.search(text)
        if m:
            return normalise_status(m.group(1))
    return None


def find_reply_code(text: str) -> str | None:
    """Return the first basic SMTP reply code (4xx/5xx) found in text."""
    m = _REPLY_CODE.search(text or "")
    return m.group(1) if m else None


def normalise_status(value: str | None) -> str | None:
    """Return a status like '5.1.1' from a DSN Status: field, or None."""
    if not value:
        return None
    m = re.search(r"([245])\.(\d{1,3})\.(\d{1,3})", value)
    if not m:
        return None
    return f"{m.group(1)}.{int(m.group(2))}.{int(m.group(3))}"


REASON_TEXT_CHARS = 1500

# Text reasons specific enough to overrule a code the remote server did not give itself.
_REMOTE_WORDS = frozenset(
    {"userunknown", "hostunknown", "mailboxfull", "mesgtoobig", "suspend", "spamdetected"}
)


@functools.lru_cache(maxsize=16)  # the same diagnostic is asked about 2-3 times per message
def reason_from_text(text: str) -> str | None:
    """Return the reason named by diagnostic text (its first 1500 characters), or None."""
    low = " ".join((text or "")[: REASON_TEXT_CHARS * 2].split())[:REASON_TEXT_CHARS].lower()
    if not low.strip():
        return None
    for reason, phrases in BY_TEXT:
        if phrases.search(low):
            return reason
    return None


def reason_from_status(status: str | None) -> str | None:
    """Return the reason an enhanced status code implies, or None when generic."""
    if not status:
        return None
    cls, _, rest = status.partition(".")
    if cls == "2":
        return "delivered"
    return _BY_CODE.get(rest)


def decide_reason(status: str | None, text: str, by_text: str | None = None) -> str:
    """Combine the status code and diagnostic text (or its known text reason) into one reason."""
    if by_text is None:
        by_text = reason_from_text(text)
    by_code = reason_from_status(status)
    rest = status.partition(".")[2] if status else ""
    if rest == "4.1" and by_text:
        return by_text  # "no answer from host" is as often a refused connection as a timeout
    if by_code and rest not in _GENERIC_CODES:
        # A specific code names the failing object exactly; text may only refine a
        # generic "rejected"/"blocked" family, never override an address verdict.
        if by_code in (
            "userunknown",
            "hostunknown",
            "mailboxfull",
            "mesgtoobig",
            "hasmoved",
            "notaccept",
            "exceedlimit",
            "systemfull",
            "expired",
            "authfailure",
            "requireptr",
            "ratelimited",
        ):
            if by_text in ("suspend", "hostunknown") and by_code == "userunknown":
                return by_text
            if by_text in ("mailboxfull", "mesgtoobig") and by_code == "exceedlimit":
                return by_text  # X.2.3 "length exceeds limit": the text says which limit
            if by_text in _REMOTE_WORDS and by_text != by_code and find_status(text) is None:
                # The code is the reporting MTA's translation (a DSN Status field) and the
                # remote server's own words carry no code: its words name the cause.
                return by_text
            if by_text == "userunknown" and by_code == "notaccept":
                return by_text
            return by_code
        return by_text or by_code
    if by_text:
        return by_text
    if by_code:
        return by_code
    return "undefined"


def is_permanent(status: str | None, text: str, default: bool | None) -> bool | None:
    """Return True for 5xx, False for 4xx, else what the text or default suggests."""
    if status:
        if status[0] == "5":
            return True
        if status[0] == "4":
            return False
        return None
    code = find_reply_code(text)
    if code:
        return code[0] == "5"
    low = (text or "").lower()
    if re.search(r"\btemporar|\bdeferred|will (?:be )?retr|still trying|delayed", low):
        return False
    if re.search(r"permanent|fatal", low):
        return True
    return default


def is_permanent_for(reason: str, permanent: bool | None) -> bool | None:
    """Held (moderated) messages are neither delivered nor finally refused."""
    return None if reason == "onhold" else permanent


def is_hard(reason: str | None, permanent: bool | None) -> bool:
    """True only when the address itself is bad (Sisimai's hard-bounce rule)."""
    if reason in HARD_REASONS:
        return True
    return reason == "notaccept" and permanent is not False


def status_from_class(permanent: bool | None) -> str | None:
    """Return the class-only status code (5.0.0 / 4.0.0) for a known class."""
    if permanent is None:
        return None
    return "5.0.0" if permanent else "4.0.0"
