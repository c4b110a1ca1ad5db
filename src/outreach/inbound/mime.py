"""A bounded MIME splitter that builds compat32 Message trees without the feedparser.

The stdlib feedparser runs Python code for every line of every part, including the
returned original and its attachments, which we never read. Here only header blocks go
through the compat32 header parser; bodies are cut at boundaries with bytes.find (C
speed) and kept as undecoded payloads, so a part costs nothing until it is decoded.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from email.message import Message
from types import MappingProxyType

_FIELD_NAME = re.compile(r"[\x21-\x39\x3b-\x7e]+$")
_CLOSE_TAIL = frozenset(b" \t")


class Budget:
    """Shared part counter so one message never builds more than `parts` parts."""

    def __init__(self, parts: int, depth: int) -> None:
        self.parts = parts
        self.depth = depth


_UNFOLD = re.compile(r"\n(?![ \t])")
# A field at a line start: name (printable ASCII but ':'), value with its folded lines,
# raw as compat32 keeps it (blanks after the colon dropped); possessive: linear time.
# Any other line matches the last alternatives, as ('', ''): the matches run from line
# to line, so a block is all fields (and their folded lines) just when none is that.
_FIELDS = re.compile(
    r"(?m)^(?:([\x21-\x39\x3b-\x7e]+):[ \t]*+([^\n]*+(?:\n[ \t][^\n]*+)*+)\n?|[^\n]++\n?|\n)"
)
_NOT_A_FIELD = ("", "")
# A quoted value as "unrolled loop" (plain runs between escapes): one class repeat per run
# instead of one alternation per character; the same strings match.
_CT_PARAM = re.compile(r';\s*([A-Za-z0-9*_.-]+)\s*=\s*(?:"([^"\\]*(?:\\.[^"\\]*)*)"|([^;\s]*))')


def parse_headers(text: str) -> tuple[Message, str]:
    """Parse a header block into a compat32 Message; return it and any stray body text.

    Mirrors the feedparser's rules (field names of printable ASCII but ':', folded lines
    start with blank space, a leading mbox 'From ' line is dropped) without its per-line
    machinery; values are stored raw, exactly as compat32 would store them.
    """
    msg = Message()
    store = msg._headers  # type: ignore[attr-defined]  # what set_raw appends to
    if text[:1] not in (" ", "\t"):
        # The common case, a block of well-formed fields only, in one C-level pass: every
        # line that is no continuation (starts with no blank) must start a field.
        found = _FIELDS.findall(text)
        if _NOT_A_FIELD not in found:
            store.extend(found)
            return msg, ""
    fields = _UNFOLD.split(text)
    for i, field in enumerate(fields):
        colon = field.find(":")
        if colon > 0:
            name = field[:colon]
            if _FIELD_NAME.match(name):
                store.append((name, field[colon + 1 :].lstrip(" \t")))
                continue
        if not field.strip() or (i == 0 and field.startswith("From ")):
            continue  # blank, or an mbox separator
        if field[0] in " \t":
            continue  # continuation without a field to continue
        return msg, "\n".join(fields[i:])
    return msg, ""


def header_table(msg: Message) -> dict[str, str]:
    """First value of each header by lower-cased name, built once per message part."""
    cached = getattr(msg, "_inbound_headers", None)
    if cached is not None:
        return cached
    # Reversed: the first one wins. A comprehension, not dict(zip(map(...), ...)): for
    # the usual handful of fields the iterator set-up cost more than the loop (2-3x).
    fields = msg._headers  # type: ignore[attr-defined]
    table = {name.lower(): value for name, value in reversed(fields)}
    msg._inbound_headers = table  # type: ignore[attr-defined]
    return table


def content_type(msg: Message) -> tuple[str, Mapping[str, str]]:
    """(type, params) of a part, parsed once and cached on the part (cheaper than get_param)."""
    cached = getattr(msg, "_inbound_ctype", None)
    if cached is not None:
        return cached
    raw = header_table(msg).get("content-type")
    result = _parse_content_type(raw) if raw else _NO_CONTENT_TYPE
    msg._inbound_ctype = result  # type: ignore[attr-defined]
    return result


_NO_CONTENT_TYPE: tuple[str, Mapping[str, str]] = ("text/plain", MappingProxyType({}))


# Four in five parts carry a value seen before ("text/plain; charset=utf-8",
# "message/delivery-status"): parsed once per value, the params read-only as they are
# shared between parts.
@functools.lru_cache(maxsize=128)
def _parse_content_type(raw: str) -> tuple[str, Mapping[str, str]]:
    ctype = "text/plain"
    params: dict[str, str] = {}
    head = "".join(raw.partition(";")[0].split()).lower()
    if head.count("/") == 1 and all(head.split("/")):
        ctype = head
    if ";" in raw:
        # findall gives '' for the alternative that did not match: quoted or bare.
        for name, quoted, bare in _CT_PARAM.findall(raw):
            params.setdefault(name.lower(), quoted or bare)
    return ctype, MappingProxyType(params)


def _split_head(raw: bytes) -> tuple[bytes, bytes]:
    """Split at the first empty line; a part that starts with one has no headers."""
    if raw.startswith(b"\n"):
        return b"", raw[1:]
    cut = raw.find(b"\n\n")
    if cut < 0:
        return raw, b""
    return raw[: cut + 1], raw[cut + 2 :]


def _is_delimiter(body: bytes, i: int, size: int) -> bool:
    """A boundary delimiter must start a line and end it (optionally with '--' and blanks)."""
    if i > 0 and body[i - 1] != 0x0A:
        return False
    j = i + size
    if body.startswith(b"--", j):
        j += 2
    while j < len(body) and body[j] in _CLOSE_TAIL:
        j += 1
    return j >= len(body) or body[j] == 0x0A


def _find(body: bytes, delim: bytes, start: int) -> int:
    i = body.find(delim, start)
    while i >= 0 and not _is_delimiter(body, i, len(delim)):
        i = body.find(delim, i + 1)
    return i


def split_multipart(body: bytes, boundary: str, limit: int) -> tuple[bytes, list[bytes]]:
    """Return (preamble, part bodies) of a multipart body, at most `limit` parts."""
    delim = b"--" + boundary.encode("ascii", "surrogateescape")
    pos = _find(body, delim, 0)
    if pos < 0:
        return body, []
    preamble, parts = body[:pos], list[bytes]()
    while len(parts) < limit:
        if body.startswith(b"--", pos + len(delim)):
            break  # close delimiter
        eol = body.find(b"\n", pos)
        if eol < 0:
            break
        nxt = _find(body, delim, eol + 1)
        if nxt < 0:
            parts.append(body[eol + 1 :])  # unterminated (truncated) last part
            break
        parts.append(body[eol + 1 : nxt - 1] if nxt > eol + 1 else b"")
        pos = nxt
    return preamble, parts


def build(raw: bytes, budget: Budget, depth: int = 0) -> Message:
    """Build a compat32 Message tree from LF-normalised bytes, within the budget."""
    head, body = _split_head(raw)
    msg, stray = parse_headers(head.decode("ascii", "surrogateescape"))
    if stray:
        # A non-header line ended the header block early: it and the rest are body text.
        body = stray.encode("ascii", "surrogateescape") + b"\n" + body
    budget.parts -= 1
    ctype, params = content_type(msg)
    if depth < budget.depth and budget.parts > 0:
        if ctype.startswith("multipart/"):
            boundary = params.get("boundary")
            if boundary:
                preamble, chunks = split_multipart(body, boundary, budget.parts)
                children = [build(c, budget, depth + 1) for c in chunks if budget.parts > 0]
                msg.set_payload(children)  # type: ignore[arg-type]
                msg.preamble = preamble.decode("ascii", "surrogateescape") or None
                return msg
        elif ctype in ("message/rfc822", "message/global") and body.strip():
            msg.set_payload([build(body, budget, depth + 1)])
            return msg
    # Leaf: keep the raw body; compat32 decodes it lazily (get_payload(decode=True)).
    msg._payload = body.decode("ascii", "surrogateescape")  # type: ignore[attr-defined]
    return msg
