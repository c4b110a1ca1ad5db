"""Bounded compat32 parsing and the decoding helpers the detectors share."""

from __future__ import annotations

import codecs
import functools
import quopri
import re
from collections.abc import Iterable, Iterator
from email._encoded_words import decode_b  # what compat32's get_payload uses
from email.header import decode_header
from email.message import Message

from . import mime
from .mime import header_table

# Bounds on the work done for one message. Bounce reports keep what matters in
# the first few kilobytes; the returned original (often with attachments) comes
# last, so cutting the input costs nothing in accuracy and bounds the time.
MAX_INPUT_BYTES = 512 * 1024
MAX_CONTAINERS = 64  # multipart boundaries + embedded messages we let the parser see
MAX_PARTS = 256
MAX_DEPTH = 12
MAX_TEXT_CHARS = 64 * 1024
MAX_HEADER_CHARS = 4096
# Of a returned original (message/rfc822 part) only its headers matter: we keep this
# many bytes after the part starts and never parse the original's body and attachments.
ORIGINAL_KEEP_BYTES = 8 * 1024

_CONTAINER_RE = re.compile(rb"(?i)boundary\s*=|message/(?:rfc822|global)\b")
# The local part is possessive: '@' is not in its class, so giving characters back can
# never put an '@' after it (the same matches, without the backtracking).
ADDR_RE = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}+@(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{1,24}(?![A-Za-z0-9-])"
)
_LOCAL_MAX = 64  # a match starts at most this many characters before its '@'


def find_addresses(text: str) -> list[re.Match[str]]:
    """The matches of ADDR_RE.finditer(text), without trying every position of the text:
    each search starts at most 64 characters before the next '@' (no match can start
    earlier) and none is made after the last '@' (the tail of a line, where re would try
    a local part at every position). A list, not a generator: callers read them all, and
    a generator's set-up and resumptions cost more (speed pass 11)."""
    found = []
    pos = 0
    at = text.find("@")
    while at >= 0:
        m = ADDR_RE.search(text, max(pos, at - _LOCAL_MAX))
        if m is None:
            break
        found.append(m)
        pos = m.end()
        at = text.find("@", pos)
    return found


def strip_addresses(text: str) -> str:
    """ADDR_RE.sub("", text)."""
    if "@" not in text:
        return text
    return without(text, find_addresses(text))


def without(text: str, matches: Iterable[re.Match[str]]) -> str:
    """text without the spans of `matches` (in text order, none overlapping another)."""
    pieces, pos = [], 0
    for m in matches:
        pieces.append(text[pos : m.start()])
        pos = m.end()
    pieces.append(text[pos:])
    return "".join(pieces)


_MSGID_RE = re.compile(r"<[^<>\s]{1,250}@[^<>\s]{1,250}>")


class ParseError(Exception):
    """The input could not be parsed as a message at all."""


def bound_input(raw: bytes) -> tuple[bytes, str | None]:
    """Cut the input to the size and MIME-container budget; say why if cut."""
    note = None
    if len(raw) > MAX_INPUT_BYTES:
        raw, note = raw[:MAX_INPUT_BYTES], f"input cut to {MAX_INPUT_BYTES} bytes"
    low = raw.lower()
    for marker in (b"message/rfc822", b"text/rfc822-headers"):
        # Only a marker that starts before the last ORIGINAL_KEEP_BYTES cuts: the search
        # stops there (at once for the many inputs shorter than that).
        pos = low.find(marker, 0, len(raw) - ORIGINAL_KEEP_BYTES - 1 + len(marker))
        if pos >= 0:
            raw, low = raw[: pos + ORIGINAL_KEEP_BYTES], low[: pos + ORIGINAL_KEEP_BYTES]
            break
    # Cheap C-level counts first; the regex walk only runs for suspicious inputs.
    if low.count(b"boundary") + low.count(b"message/") <= MAX_CONTAINERS:
        return raw, note
    for count, m in enumerate(_CONTAINER_RE.finditer(raw), start=1):
        if count > MAX_CONTAINERS:
            # Everything after the budget is dropped: this bounds both the nesting
            # depth the parser recurses into and the number of parts it builds.
            raw, note = raw[: m.start()], f"input cut after {MAX_CONTAINERS} MIME containers"
            break
    return raw, note


_LEADING_BLANK = re.compile(rb"\A(?:[ \t]*\n)+")


def parse(raw: bytes) -> Message:
    """Parse bytes into a compat32 Message tree (bounded); raise ParseError on failure."""
    try:
        data = raw.replace(b"\r\n", b"\n") if b"\r" in raw else raw
        # Blank lines before the first header (left by mbox extraction or copy-paste)
        # would make the whole header block a body; a message always has headers.
        if data[:1] in (b"\n", b" ", b"\t"):
            data = _LEADING_BLANK.sub(b"", data, count=1)
        return mime.build(data, mime.Budget(MAX_PARTS, MAX_DEPTH))
    except (RecursionError, MemoryError) as exc:
        raise ParseError(type(exc).__name__) from exc
    except Exception as exc:
        raise ParseError(f"{type(exc).__name__}: {exc}") from exc


def walk(msg: Message) -> Iterator[tuple[Message, int]]:
    """Yield (part, depth) depth-first, bounded in depth and count, never recursing."""
    stack: list[tuple[Message, int]] = [(msg, 0)]
    seen = 0
    while stack and seen < MAX_PARTS:
        part, depth = stack.pop()
        seen += 1
        yield part, depth
        if depth >= MAX_DEPTH:
            continue
        # compat32 keeps children in _payload; get_payload() adds checks we do not need.
        payload = getattr(part, "_payload", None)
        if isinstance(payload, list):
            children = [p for p in payload if isinstance(p, Message)]
            stack.extend((c, depth + 1) for c in reversed(children))


def ctype(part: Message) -> str:
    """Return the lower-cased content type, tolerant of garbage."""
    return mime.content_type(part)[0]


def ctype_param(part: Message, name: str) -> str | None:
    """Return one Content-Type parameter (e.g. charset, report-type), raw."""
    return mime.content_type(part)[1].get(name)


# CJK labels decoded as the superset codec that mail clients really write under them
# (WHATWG Encoding Standard: "gb2312" means GBK, "euc-kr" means windows-949,
# "shift_jis" means windows-31j); the strict codecs turn the extra characters into U+FFFD.
_SUPERSETS = {
    "gb2312": "gb18030",
    "csgb2312": "gb18030",
    "gb_2312-80": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "x-sjis": "cp932",
}


@functools.lru_cache(maxsize=64)  # a handful of charset names recur in every message
def _codec(charset: str | None) -> str:
    if not charset:
        return "utf-8"
    name = charset.strip().strip('"').lower()
    name = _SUPERSETS.get(name, name)
    if name in ("unicode-1-1-utf-7", "utf7"):
        name = "utf-7"
    try:
        return codecs.lookup(name).name
    except (LookupError, ValueError):
        return "utf-8"  # a lying or unknown charset: utf-8 with replacement is the best bet


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Decode with the declared charset, falling back without ever raising."""
    data = data[: MAX_TEXT_CHARS * 2]
    name = _codec(charset)
    try:
        return data.decode(name, errors="replace")
    except Exception:  # noqa: BLE001 - never raise on hostile input
        return data.decode("latin-1", errors="replace")


def part_bytes(part: Message) -> bytes:
    """Return the transfer-decoded payload of a leaf part (empty if not a leaf)."""
    try:
        data = _fast_payload(part)
        if data is None:
            data = part.get_payload(decode=True)  # type: ignore[assignment]
    except Exception:  # noqa: BLE001 - never raise on hostile input
        return b""
    return data if isinstance(data, bytes) else b""


def _fast_payload(part: Message) -> bytes | None:
    """compat32's get_payload(decode=True) for the usual leaf (ASCII payload, plain,
    quoted-printable or base64), or None to let compat32 do it: Message.get would
    lower-case every field name of the part to find Content-Transfer-Encoding."""
    payload = getattr(part, "_payload", None)
    if isinstance(payload, list):
        return b""  # a multipart: compat32 returns None
    cte = header_table(part).get("content-transfer-encoding", "")
    if not (isinstance(payload, str) and payload.isascii() and isinstance(cte, str)):
        return None
    if not cte.isascii():
        return None  # compat32 wraps it in a Header first
    cte = cte.lower()
    data = payload.encode("ascii")
    if cte == "quoted-printable":
        return quopri.decodestring(data)
    if cte == "base64":
        value, defects = decode_b(b"".join(data.splitlines()))
        for defect in defects:
            part.policy.handle_defect(part, defect)
        return value
    if cte in ("x-uuencode", "uuencode", "uue", "x-uue"):
        return None
    return data


def part_text(part: Message, limit: int = MAX_TEXT_CHARS) -> str:
    """Return the decoded text of a leaf part, at most `limit` characters."""
    text = decode_bytes(part_bytes(part), ctype_param(part, "charset"))
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text[:limit]


def header(msg: Message, name: str) -> str:
    """Return one header decoded to text (RFC 2047 aware), or an empty string."""
    # Detectors and builders ask for the same few fields (From, Subject) several
    # times per message: decode each once, remembered on the part.
    decoded = getattr(msg, "_inbound_decoded", None)
    if decoded is None:
        decoded = msg._inbound_decoded = {}  # type: ignore[attr-defined]
    else:
        known = decoded.get(name)
        if known is not None:
            return known
    value = decoded[name] = _decode_header(header_table(msg).get(name.lower()))
    return value


def _decode_header(value: str | None) -> str:
    if value is None:
        return ""
    value = str(value)[:MAX_HEADER_CHARS]
    if not value.isascii():
        value = fix_8bit(value)
    if "=?" not in value:
        return " ".join(value.split())
    try:
        chunks = []
        for data, cs in decode_header(value):
            if isinstance(data, bytes):
                chunks.append(decode_bytes(data, cs or "latin-1"))
            else:
                chunks.append(data)
        return " ".join("".join(chunks).split())
    except Exception:  # noqa: BLE001 - never raise on hostile input
        return " ".join(value.split())


_ADDR_PREFIX = re.compile(r"^(?:['\"`.=-]+|smtp[=:]|rfc822[;:]|mailto:)+")
# How a match of _ADDR_PREFIX starts: most addresses start otherwise, and a C-level
# startswith spares them the regex call.
_PREFIX_STARTS = ("'", '"', "`", ".", "=", "-", "smtp", "rfc822", "mailto")


def clean_address(raw: str) -> str:
    """Lower-case an address match and strip quotes and X.400/URL prefixes glued to it;
    '' when no local part is left (a masked one, "<...@yahoo.co.in>", is all dots)."""
    addr = raw.strip(".-'\"`").lower()
    if addr.startswith(_PREFIX_STARTS):
        addr = _ADDR_PREFIX.sub("", addr)
    return "" if addr.startswith("@") else addr


def fix_8bit(value: str) -> str:
    """compat32 keeps raw 8-bit header bytes as surrogates; decode them as UTF-8 or Latin-1."""
    try:
        data = value.encode("utf-8", "surrogateescape")
    except UnicodeError:
        return value
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def addresses(text: str) -> list[str]:
    """Return e-mail addresses in text, lower-cased, in order, without repeats."""
    out: list[str] = []
    for m in find_addresses(text):
        addr = clean_address(m.group(0))
        if "@" in addr and addr not in out:
            out.append(addr)
    return out


_ANGLE_ADDR = re.compile(r"<\s*([^<>\s]{1,64}@[^<>\s]{1,255})\s*>")


@functools.lru_cache(maxsize=64)  # the same From/To values are asked for several times
def first_address(text: str) -> str | None:
    """Return the first address in text, lower-cased, or None; a <bracketed> address wins,
    so a display name that looks like an address ("x@y" <z@y>) is not taken for it."""
    text = text or ""
    if "<" in text:
        m = _ANGLE_ADDR.search(text)
        if m:
            found = addresses(m.group(1))
            if found:
                return found[0]
    found = addresses(text)
    return found[0] if found else None


def message_ids(text: str) -> list[str]:
    """Return the <message-id> tokens in a header value, in order."""
    return _MSGID_RE.findall(text or "")[:50]


def embedded_headers(text: str) -> Message | None:
    """Parse a block of header lines (e.g. text/rfc822-headers) into a Message."""
    try:
        text = text[:MAX_TEXT_CHARS].replace("\r\n", "\n")
        return mime.parse_headers(
            text.encode("utf-8", "replace").decode("ascii", "surrogateescape")
        )[0]
    except Exception:  # noqa: BLE001 - never raise on hostile input
        return None
