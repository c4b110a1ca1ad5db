"""What the detectors look at in one parsed message: parts, returned original,
notification text, linking headers and the addresses to prefer or ignore."""

from __future__ import annotations

import re
from email.message import Message

from . import textbounce
from .dsn import DSN_TYPES
from .mime import content_type
from .parse import (
    ctype_param,
    embedded_headers,
    first_address,
    header,
    header_table,
    message_ids,
    part_text,
    walk,
)
from .phrases import may_contain

_ORIGINAL_TYPES = frozenset(
    {
        "message/rfc822",
        "message/global",
        "message/rfc822-headers",
        "text/rfc822-headers",
        "message/global-headers",
    }
)
_X_OUTREACH = re.compile(r"(?im)^(X-Outreach-[A-Za-z0-9-]{1,60}):[ \t]*(\S[^\r\n]{0,300})")
_QUOTED_MSGID = re.compile(
    r"(?im)^[ \t>]*Message-ID:[ \t]*\n?[ \t]*(<[^<>\s]{1,250}@[^<>\s]{1,250}>)"
)
_TAGS = re.compile(r"<[^<>]{0,2000}>")
# A delivery-status part proper starts with a field ("Reporting-MTA: dns; ...").
_DSN_FIELD = re.compile(r"[A-Za-z][A-Za-z0-9-]{1,40}:")
# An address in a header value, as header lists write them ("a@x, <b@y>").
_HEADER_ADDR = re.compile(r"[^\s<>,;\"']+@[^\s<>,;\"']+")
MAX_SCAN = 64 * 1024  # characters of notification text searched for linking headers
_ENTITY = {"&nbsp;": " ", "&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"', "&#39;": "'"}


def _html_to_text(html: str) -> str:
    text = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</li>", "\n", html)
    text = _TAGS.sub("", text)
    for ent, rep in _ENTITY.items():
        text = text.replace(ent, rep)
    return text


class View:
    """The parts of one parsed message that the detectors look at."""

    def __init__(self, msg: Message) -> None:
        self.msg = msg
        self.parts: list[tuple[Message, str]] = []
        self.original: Message | None = None
        self.texts: list[str] = []  # notification text parts, outside the returned original
        html: list[Message] = []
        inside_depth: int | None = None
        for part, depth in walk(msg):
            ct = content_type(part)[0]
            if inside_depth is not None and depth <= inside_depth:
                inside_depth = None
            self.parts.append((part, ct))
            if inside_depth is not None:
                continue
            if ct in _ORIGINAL_TYPES and part is not msg:
                inside_depth = depth
                if self.original is None:
                    self.original = self._embedded(part, ct)
            elif ct == "text/plain" and len(self.texts) < 4:
                self.texts.append(part_text(part))
            elif ct in DSN_TYPES or (ct.startswith("multipart/") and not part.is_multipart()):
                # Prose in a part typed as a delivery report, or the body of a multipart
                # whose boundary is missing: the notice's only readable text.
                text = part_text(part) if len(self.texts) < 4 else ""
                if text.strip() and not _DSN_FIELD.match(text.lstrip()):
                    self.texts.append(text)
            elif ct == "text/html" and len(html) < 2:
                html.append(part)  # decoded only if there is no text/plain part
            elif not part.is_multipart() and ct.startswith("text/") and not self.texts:
                self.texts.append(part_text(part))
        if not self.texts:
            self.texts = [_html_to_text(part_text(p)) for p in html]
        self.body = "\n".join(self.texts)
        # Lowered once: the cut of the original and linking() both search it.
        self.body_low = self.body.lower()
        self.note = textbounce.notification_part(self.body, self.body_low)
        self.report_type = (ctype_param(msg, "report-type") or "").lower()

    @staticmethod
    def _embedded(part: Message, ct: str) -> Message | None:
        payload = part.get_payload()
        if isinstance(payload, list) and payload and isinstance(payload[0], Message):
            return payload[0]
        return embedded_headers(part_text(part))


def linking(view: View) -> tuple[str | None, dict[str, str]]:
    """Return the original Message-ID and X-Outreach-* headers of the returned message."""
    msgid = None
    xh: dict[str, str] = {}
    orig = view.original
    if orig is not None:
        ids = message_ids(header(orig, "Message-ID"))
        msgid = ids[0] if ids else None
        xh.update(_ours(orig))
    if msgid is None or not xh:
        text = view.body[:MAX_SCAN]
        # Slicing the lowered body gives text.lower() unless a character lowered to two.
        same = len(view.body_low) == len(view.body)
        low = view.body_low[:MAX_SCAN] if same else text.lower()
        if msgid is None and may_contain(text, low, ("message-id:",)):
            m = _QUOTED_MSGID.search(text)
            msgid = m.group(1) if m else None
        if not xh and may_contain(text, low, ("x-outreach-",)):
            for m in _X_OUTREACH.finditer(text):
                xh.setdefault(m.group(1), m.group(2).strip())
    for key, value in _ours(view.msg).items():
        xh.setdefault(key, value)
    return msgid, xh


def _ours(msg: Message) -> dict[str, str]:
    """The X-Outreach-* headers of one header block (a C-level test first: most have none)."""
    # The header table's names are lower-cased already.
    if "x-outreach-" not in "\n".join(header_table(msg)):
        return {}
    return {k: header(msg, k) for k in msg.keys()[:200] if k.lower().startswith("x-outreach-")}


def ignored_addresses(view: View) -> set[str]:
    """Addresses that are never the failed recipient: the notice's and the original's senders."""
    msg, orig = view.msg, view.original
    names = [(msg, "To"), (msg, "From"), (msg, "Return-Path"), (msg, "Sender"), (msg, "Reply-To")]
    if orig is not None:
        names += [(orig, "From"), (orig, "Return-Path"), (orig, "Sender"), (orig, "Reply-To")]
    out = set()
    for m, name in names:
        addr = first_address(header(m, name))
        if addr:
            out.add(addr)
    return out


def preferred_addresses(view: View) -> set[str]:
    """Addresses the returned original was sent to: likely failed recipients."""
    out: set[str] = set()
    orig = view.original
    if orig is not None:
        for name in ("To", "Cc", "X-Original-To", "Delivered-To", "X-RCPT-TO", "Envelope-To"):
            value = header(orig, name)
            if "@" in value:  # most of these fields are absent: no regex call for them
                out.update(addr.lower().strip(".") for addr in _HEADER_ADDR.findall(value))
    return out


def from_domain(view: View) -> str:
    """Domain of the notice's From address (the reporting system)."""
    addr = first_address(header(view.msg, "From")) or ""
    return addr.partition("@")[2]


def failed_header_recipients(view: View) -> list[str]:
    """The recipients an Exim-style X-Failed-Recipients header names, in order."""
    listed = _HEADER_ADDR.findall(header(view.msg, "X-Failed-Recipients"))
    return list(dict.fromkeys(a.lower().strip(".") for a in listed))


def fallback_recipients(view: View) -> list[str]:
    """The single recipient named in the returned original's headers, if any."""
    orig = view.original
    if orig is not None:
        lists = _list_addresses(orig)
        for name in ("X-Original-To", "To", "Delivered-To"):
            found = _HEADER_ADDR.findall(header(orig, name))
            if len(found) == 1 and found[0].lower().strip(".") not in lists:
                return [found[0].lower().strip(".")]
    return []


def _list_addresses(orig: Message) -> set[str]:
    """Addresses of the mailing list a returned copy was posted to: its To names the list,
    not the subscriber the list delivered to, so it is no recipient of ours."""
    if not (header(orig, "List-Id") or header(orig, "List-Post") or header(orig, "X-BeenThere")):
        return set()
    text = " ".join(header(orig, n) for n in ("List-Post", "X-BeenThere", "List-Id"))
    found = {a.lower().strip(".") for a in re.findall(r"[^\s<>,;:\"']+@[^\s<>,;\"']+", text)}
    # List-Id carries the list as "name.domain": "<python-list.python.org>".
    for lid in re.findall(r"<([^<>@\s]+)>", header(orig, "List-Id")):
        name, _, domain = lid.partition(".")
        if domain:
            found.add(f"{name}@{domain}".lower())
    return found
