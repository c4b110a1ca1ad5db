"""Orchestration: bytes in, one Classification out; never raises, bounded work."""

from __future__ import annotations

import dataclasses
import re
from email.message import Message

from . import arf, autoreply, notices, reasons, textbounce
from .dsn import DSN_TYPES, RecipientStatus, parse_dsn
from .model import Classification
from .parse import (
    ADDR_RE,
    ParseError,
    bound_input,
    ctype,
    ctype_param,
    embedded_headers,
    first_address,
    header,
    message_ids,
    parse,
    part_text,
    walk,
)

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
_ENTITY = {"&nbsp;": " ", "&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"', "&#39;": "'"}


def _unknown(why: str) -> Classification:
    return Classification(kind="unknown", diagnostic=why)


def _clean(text: str | None, limit: int = 1000) -> str | None:
    if not text:
        return None
    text = " ".join(text.split())
    return text[:limit] or None


def _html_to_text(html: str) -> str:
    text = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</li>", "\n", html)
    text = _TAGS.sub("", text)
    for ent, rep in _ENTITY.items():
        text = text.replace(ent, rep)
    return text


class _View:
    """The parts of one parsed message that the detectors look at."""

    def __init__(self, msg: Message) -> None:
        self.msg = msg
        self.parts: list[tuple[Message, str]] = []
        self.original: Message | None = None
        self.texts: list[str] = []  # notification text parts, outside the returned original
        html: list[Message] = []
        inside_depth: int | None = None
        for part, depth in walk(msg):
            ct = ctype(part)
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
        self.note = textbounce.notification_part(self.body)
        self.report_type = (ctype_param(msg, "report-type") or "").lower()

    @staticmethod
    def _embedded(part: Message, ct: str) -> Message | None:
        payload = part.get_payload()
        if isinstance(payload, list) and payload and isinstance(payload[0], Message):
            return payload[0]
        return embedded_headers(part_text(part))


def _linking(view: _View) -> tuple[str | None, dict[str, str]]:
    """Return the original Message-ID and X-Outreach-* headers of the returned message."""
    msgid = None
    xh: dict[str, str] = {}
    orig = view.original
    if orig is not None:
        ids = message_ids(header(orig, "Message-ID"))
        msgid = ids[0] if ids else None
        xh.update(_ours(orig))
    if msgid is None:
        m = _QUOTED_MSGID.search(view.body[:MAX_SCAN])
        msgid = m.group(1) if m else None
    if not xh:
        for m in _X_OUTREACH.finditer(view.body[:MAX_SCAN]):
            xh.setdefault(m.group(1), m.group(2).strip())
    for key, value in _ours(view.msg).items():
        xh.setdefault(key, value)
    return msgid, xh


def _ours(msg: Message) -> dict[str, str]:
    """The X-Outreach-* headers of one header block (a C-level test first: most have none)."""
    keys = msg.keys()[:200]
    if "x-outreach-" not in "\n".join(keys).lower():
        return {}
    return {k: header(msg, k) for k in keys if k.lower().startswith("x-outreach-")}


MAX_SCAN = 64 * 1024


def _ignored(view: _View) -> set[str]:
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


def _preferred(view: _View) -> set[str]:
    out: set[str] = set()
    orig = view.original
    if orig is not None:
        for name in ("To", "Cc", "X-Original-To", "Delivered-To", "X-RCPT-TO", "Envelope-To"):
            for addr in re.findall(r"[^\s<>,;\"']+@[^\s<>,;\"']+", header(orig, name)):
                out.add(addr.lower().strip("."))
    return out


def _pick_status(dsn_status: str | None, diag: str) -> str | None:
    status = reasons.normalise_status(dsn_status)
    found = reasons.find_status(diag)
    if found and (status is None or (status.endswith(".0.0") and found[0] == status[0])):
        return found
    return status


def _bounce(
    view: _View,
    recips: list[str],
    status: str | None,
    diag: str,
    text: str,
    remote: str | None,
    warning: bool,
    text_reason: str | None = None,
) -> Classification:
    reason_text = diag or text
    status = status or reasons.find_status(reason_text)
    default = not warning
    permanent = reasons.is_permanent(status, reason_text, default)
    if warning and status is None:
        permanent = False
    reason = reasons.decide_reason(status, reason_text, text_reason)
    if reason == "delivered":
        reason = "undefined"
    permanent = reasons.is_permanent_for(reason, permanent)
    if status is None:
        status = reasons.status_from_class(permanent)
    msgid, xh = _linking(view)
    return Classification(
        kind="bounce",
        recipient=recips[0] if recips else None,
        recipients=tuple(recips),
        status=status,
        permanent=permanent,
        hard=reasons.is_hard(reason, permanent),
        reason=reason,
        diagnostic=_clean(diag or text),
        smtp_remote=remote,
        original_message_id=msgid,
        x_headers=xh,
    )


def _from_dsn(view: _View, blocks: list[RecipientStatus], reporting: str) -> Classification | None:
    failed = [b for b in blocks if b.action.startswith(("failed", "delayed", "failure"))]
    if not failed:
        failed = [
            b
            for b in blocks
            if b.status[:1] in ("4", "5")
            and not b.action.startswith(("delivered", "relayed", "expanded"))
        ]
    if not failed:
        if blocks and all(
            b.action.startswith(("delivered", "relayed", "expanded")) for b in blocks
        ):
            msgid, xh = _linking(view)
            first = blocks[0]
            return Classification(
                kind="unknown",
                recipient=first.address,
                recipients=tuple(b.address for b in blocks if b.address),
                status=reasons.normalise_status(first.status),
                reason="delivered",
                diagnostic="delivery report: delivered",
                permanent=None,
                smtp_remote=first.remote_mta or None,
                original_message_id=msgid,
                x_headers=xh,
            )
        return None
    first = failed[0]
    recips = [b.address for b in failed if b.address]
    recips = list(dict.fromkeys(recips))
    diag = first.diagnostic
    finding = None
    if not recips or not diag or not reasons.reason_from_text(diag):
        finding = textbounce.scan(
            view.note, _ignored(view), _preferred(view) | set(recips), _from_domain(view)
        )
        if not recips:
            recips = finding.recipients
        if not diag:
            diag = finding.diagnostic
        elif (
            finding.diagnostic
            and not reasons.reason_from_text(diag)
            and reasons.reason_from_text(finding.diagnostic)
        ):
            diag = f"{diag} {finding.diagnostic}"
    if not recips:
        recips = _fallback_recipients(view)
    status = _pick_status(first.status, diag)
    warning = first.action.startswith("delayed")
    remote = first.remote_mta or (finding.remote if finding else None) or None
    return _bounce(
        view,
        recips,
        status,
        diag,
        "" if diag else view.note[:3000],
        remote.lower() if remote else None,
        warning,
    )


def _from_domain(view: _View) -> str:
    addr = first_address(header(view.msg, "From")) or ""
    return addr.partition("@")[2]


def _fallback_recipients(view: _View) -> list[str]:
    orig = view.original
    if orig is not None:
        lists = _list_addresses(orig)
        for name in ("X-Original-To", "To", "Delivered-To"):
            found = re.findall(r"[^\s<>,;\"']+@[^\s<>,;\"']+", header(orig, name))
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


def _from_text(view: _View) -> Classification:
    msg = view.msg
    finding = textbounce.scan(view.note, _ignored(view), _preferred(view), _from_domain(view))
    recips = finding.recipients
    failed_hdr = header(msg, "X-Failed-Recipients")
    if failed_hdr:
        listed = [a.lower() for a in re.findall(r"[^\s<>,;\"']+@[^\s<>,;\"']+", failed_hdr)]
        recips = listed or recips
    if not recips:
        recips = _fallback_recipients(view)
    note = view.note[:4000]
    diag = finding.diagnostic
    status = reasons.find_status(diag) or reasons.find_status(note)
    text_reason = reasons.reason_from_text(diag) if diag else None
    if not text_reason:
        text_reason = reasons.reason_from_text(note)
        if diag and text_reason:
            diag = f"{diag} {note}"  # the reason is in the surrounding notice, keep it
    return _bounce(view, recips, status, diag, note, finding.remote, finding.warning, text_reason)


def _reply(view: _View, kind: str, reason: str | None = None) -> Classification:
    msg = view.msg
    irt = message_ids(header(msg, "In-Reply-To"))
    refs = tuple(message_ids(header(msg, "References")))
    in_reply_to = irt[0] if irt else None
    sender = first_address(header(msg, "From")) or first_address(header(msg, "Sender"))
    _, xh = _linking(view)
    return Classification(
        kind=kind,
        recipient=sender,
        recipients=(sender,) if sender else (),
        reason=reason or ("vacation" if kind == "autoreply" else None),
        diagnostic=_clean(header(msg, "Subject"), 300),
        original_message_id=in_reply_to or (refs[-1] if refs else None),
        x_headers=xh,
        in_reply_to=in_reply_to,
        references=refs,
    )


def _is_receipt(view: _View, subject: str, daemon: bool) -> bool:
    """A read receipt from a person's client; a daemon's MDN ("deleted", Dovecot's
    "Automatically rejected mail") is a rejection and is left to the bounce rules."""
    if view.report_type != "disposition-notification" and not any(
        ct == "message/disposition-notification" for _, ct in view.parts
    ):
        return False
    if daemon:
        return False
    return not textbounce.BOUNCE_SUBJECT.search(subject)


def _receipt(view: _View, what: str = "disposition notification (read receipt)") -> Classification:
    """A read receipt (RFC 8098 MDN) or success notice: neither a reply nor a failure."""
    sender = first_address(header(view.msg, "From"))
    msgid, xh = _linking(view)
    return Classification(
        kind="unknown",
        recipient=sender,
        recipients=(sender,) if sender else (),
        reason="delivered",
        diagnostic=what,
        original_message_id=msgid,
        x_headers=xh,
    )


def _challenge(view: _View, reason: str) -> Classification:
    """A challenge-response notice (see notices.py): an auto-reply for the address we
    sent to, which a DSN part or the returned copy names better than a service From."""
    result = _reply(view, "autoreply", reason)
    recips: list[str] = []
    for part, ct in view.parts:
        if ct in DSN_TYPES:
            recips += [b.address for b in parse_dsn(part)[1] if b.address]
    recips = recips or _fallback_recipients(view)
    if not recips:
        return result
    return dataclasses.replace(result, recipient=recips[0], recipients=tuple(recips))


def _delivered_notice(view: _View) -> Classification:
    """A plain success notice (Exchange "Delivered:" / "Relayed:"): names the recipient."""
    ignored = _ignored(view)
    recips = _fallback_recipients(view)
    if not recips:  # the notice lists the recipients it delivered to
        found = (a.lower().strip(".") for a in ADDR_RE.findall(view.note[:4000]))
        recips = list(dict.fromkeys(a for a in found if a not in ignored))[:20]
    msgid, xh = _linking(view)
    return Classification(
        kind="unknown",
        recipient=recips[0] if recips else None,
        recipients=tuple(recips),
        reason="delivered",
        diagnostic="delivery report: delivered",
        original_message_id=msgid,
        x_headers=xh,
    )


def _complaint(view: _View) -> Classification:
    recips = arf.complaint_recipients(view.parts, view.original)
    ftype = arf.feedback_type(view.parts)
    msgid, xh = _linking(view)
    return Classification(
        kind="complaint",
        recipient=recips[0] if recips else None,
        recipients=tuple(recips),
        reason="feedback",
        diagnostic=f"feedback-type: {ftype}" if ftype else "feedback report",
        original_message_id=msgid,
        x_headers=xh,
    )


def _looks_binary(raw: bytes) -> bool:
    head = raw[:2048]
    return head.count(b"\x00") > 8 or b":" not in head[:1000]


def _classify(raw: bytes) -> Classification:
    raw, note = bound_input(bytes(raw))
    if not raw.strip():
        return _unknown("empty input")
    if _looks_binary(raw):
        return _unknown("not an e-mail message (no header lines)")
    try:
        msg = parse(raw)
    except ParseError as exc:
        return _unknown(f"unparseable message: {exc}")
    if not msg.keys():
        return _unknown("not an e-mail message (no headers)")
    view = _View(msg)
    result = _decide(view)
    if note and result.kind == "unknown" and not result.diagnostic:
        return _unknown(note)
    return result


def _decide(view: _View) -> Classification:
    msg = view.msg
    subject = header(msg, "Subject")
    from_header = header(msg, "From")
    from_addr = first_address(from_header)
    daemon = textbounce.is_daemon(from_header, from_addr)
    if arf.is_complaint(msg, view.parts, view.original, view.report_type):
        return _complaint(view)
    # Challenge-response systems answer from the person's or the service's address,
    # never as a mailer daemon.
    held = None if daemon else notices.challenge(subject, view.note)
    if held:
        return _challenge(view, held)
    for part, ct in view.parts:
        if ct in DSN_TYPES:
            reporting, blocks = parse_dsn(part)
            found = _from_dsn(view, blocks, reporting)
            if found is not None:
                return found
    if _is_receipt(view, subject, daemon):
        return _receipt(view)
    if notices.is_read_receipt(subject, view.note):
        return _receipt(view, "read receipt")
    if notices.is_success_notice(subject, view.note):
        return _delivered_notice(view)
    # Exim marks its bounces "auto-replied" too, so that header alone decides nothing.
    if daemon or _is_bounce(view, subject, daemon):
        found = _from_text(view)
        if found.recipients or textbounce.has_failure_words(view.note[:3000]):
            return found
        if not daemon:
            # A report-typed message naming no recipient and no failure (a stub, an
            # empty report) tells nothing about our mail.
            return _unknown("delivery report without any recipient or failure")
        if (
            view.original is not None
            or view.report_type
            or textbounce.BOUNCE_SUBJECT.search(subject)
        ):
            return found
        # A system account's ordinary message ("root": cron output, a test): no notice.
    if autoreply.is_autoreply(msg, subject, view.body):
        return _reply(view, "autoreply")
    if from_addr or (from_header.strip() and not daemon):
        # A person's message even when the sender address is unusable ("x@REDACTED").
        return _reply(view, "human")
    return _unknown("no bounce, complaint, auto-reply or sender found")


def _is_bounce(view: _View, subject: str, daemon: bool) -> bool:
    msg = view.msg
    if header(msg, "X-Failed-Recipients"):
        return True
    if view.report_type == "delivery-status":
        return True
    bounce_subject = bool(textbounce.BOUNCE_SUBJECT.search(subject))
    if daemon and (bounce_subject or view.original is not None or not subject):
        return True
    if bounce_subject and not subject.lower().startswith(("re:", "aw:", "fw:", "fwd:", "wg:")):
        return True
    if bounce_subject and textbounce.BOUNCE_BODY.search(view.body[:1500]):
        return True  # "RE: ... non remis" with a delivery-failure body: a gateway's notice
    return daemon and textbounce.has_failure_words(view.body[:3000])


def classify(raw: bytes) -> Classification:
    """Classify one raw inbound message; never raises, returns kind 'unknown' on bad input."""
    try:
        if isinstance(raw, str):
            raw = raw.encode("utf-8", "surrogateescape")
        return _classify(raw)
    except RecursionError:
        return _unknown("message too deeply nested")
    except Exception as exc:  # noqa: BLE001 - never raise on hostile input
        return _unknown(f"classifier error: {type(exc).__name__}")
