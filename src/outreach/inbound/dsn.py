"""RFC 3464 delivery-status parts: per-recipient action, status and diagnostic."""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.message import Message

from .parse import (
    decode_bytes,
    embedded_headers,
    first_address,
    fix_8bit,
    header_table,
    part_bytes,
)

DSN_TYPES = frozenset(
    {
        "message/delivery-status",
        "message/global-delivery-status",
        "text/delivery-status",
        "message/x-delivery-status",
    }
)


@dataclass
class RecipientStatus:
    """One per-recipient block of a delivery-status report."""

    address: str | None
    action: str
    status: str
    diagnostic: str
    remote_mta: str


def _value(block: Message, name: str) -> str:
    # The per-part header table (one dict lookup) instead of Message.get, which
    # compares the name with every field of the block.
    raw = header_table(block).get(name.lower())
    if raw is None:
        return ""
    raw = str(raw)
    if not raw.isascii():
        raw = fix_8bit(raw)
    return " ".join(raw.split())


def _after_type(value: str) -> str:
    """Strip the 'rfc822;' / 'dns;' / 'smtp;' address-type prefix of a DSN field."""
    head, sep, tail = value.partition(";")
    if sep and len(head) <= 16 and " " not in head.strip():
        return tail.strip()
    return value.strip()


# RFC 6533: a "utf-8" address type may carry a non-ASCII address, raw in
# message/global-delivery-status or with \x{HHHH} escapes (utf-8-addr-xtext).
_UTF8_ADDR = re.compile(r"[^\s<>\"@;,()]{1,64}@[^\s<>\"@;,()]{1,255}")
_XTEXT_ESC = re.compile(r"\\x\{([0-9A-Fa-f]{1,6})\}")


def _field_address(value: str) -> str | None:
    """The address of a *-Recipient field; a "utf-8" typed one may be non-ASCII."""
    head, sep, tail = value.partition(";")
    if sep and head.strip().lower() == "utf-8":
        text = _XTEXT_ESC.sub(lambda m: chr(int(m.group(1), 16)), tail)
        m = _UTF8_ADDR.search(text)
        if m and not m.group(0).isascii():
            return m.group(0).strip(".").lower()
    address = _after_type(value)
    found = first_address(address)
    if found is None and '"' in address:
        # A quoted local part that is a plain dot-atom ("fa.x"@example.com) is the same
        # mailbox as the unquoted one (RFC 5321 4.1.2); the address parser skips quotes.
        m = _QUOTED_LOCAL.search(address)
        if m:
            return f"{m.group(1)}@{m.group(2)}".lower()
    return found


_QUOTED_LOCAL = re.compile(r'"([A-Za-z0-9!#$%&\'*+/=?^_`{|}~.-]{1,64})"@([A-Za-z0-9.-]{1,255})')


def _blocks(part: Message) -> list[Message]:
    payload = part.get_payload()
    if isinstance(payload, list) and payload and all(isinstance(p, Message) for p in payload):
        return [p for p in payload if isinstance(p, Message)]
    # Not pre-parsed (encoded, or a text/* variant): split the text into header blocks.
    data = part_bytes(part)
    if not data and isinstance(payload, str):
        data = payload.encode("utf-8", "replace")
    text = decode_bytes(data, "utf-8").replace("\r\n", "\n")
    out = []
    for chunk in text.split("\n\n")[:100]:
        if chunk.strip():
            parsed = embedded_headers(chunk.strip() + "\n")
            if parsed is not None:
                out.append(parsed)
    return out


def parse_dsn(part: Message) -> tuple[str, list[RecipientStatus]]:
    """Return (reporting MTA, recipient blocks) of a delivery-status part."""
    reporting = ""
    recipients: list[RecipientStatus] = []
    for block in _blocks(part)[:100]:
        mta = _value(block, "Reporting-MTA")
        if mta:
            reporting = _after_type(mta)
        final = _value(block, "Final-Recipient")
        original = _value(block, "Original-Recipient")
        actual = _value(block, "X-Actual-Recipient")
        action = _value(block, "Action")
        status = _value(block, "Status")
        if not (final or original or action or status):
            continue
        # Original-Recipient is the address *we* sent to; Final-Recipient may be a
        # rewritten alias (forwarding, list expansion) that our records do not know.
        address = _field_address(original) or _field_address(final) or _field_address(actual)
        recipients.append(
            RecipientStatus(
                address=address,
                action=action.lower(),
                status=status,
                diagnostic=_after_type(_value(block, "Diagnostic-Code")),
                remote_mta=_after_type(_value(block, "Remote-MTA")),
            )
        )
    blocks = _fold_stray_fields(recipients)
    # A report with delayed and failed recipients names the failed ones first: they are
    # what the sender must act on (stable, so the report's order is kept otherwise).
    blocks.sort(key=lambda b: b.action.startswith("delayed"))
    return reporting, blocks


def _fold_stray_fields(blocks: list[RecipientStatus]) -> list[RecipientStatus]:
    """Some reporters (Boxbe) put Action/Remote-MTA in the per-message block: lend them to
    the recipient blocks that lack them and drop the address-less block."""
    stray = [b for b in blocks if b.address is None]
    named = [b for b in blocks if b.address is not None]
    if not stray or not named:
        return blocks
    for b in named:
        for s in stray:
            b.action = b.action or s.action
            b.status = b.status or s.status
            b.remote_mta = b.remote_mta or s.remote_mta
    return named
