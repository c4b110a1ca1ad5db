"""Builders: one Classification from a View for each kind of notice."""

from __future__ import annotations

import dataclasses

from . import arf, reasons, sesjson, textbounce, textmodel
from .dsn import DSN_TYPES, RecipientStatus, parse_dsn
from .model import Classification
from .parse import addresses, first_address, header, message_ids
from .view import (
    View,
    failed_header_recipients,
    fallback_recipients,
    from_domain,
    ignored_addresses,
    linking,
    preferred_addresses,
)


def _clean(text: str | None, limit: int = 1000) -> str | None:
    if not text:
        return None
    text = " ".join(text.split())
    return text[:limit] or None


def _pick_status(dsn_status: str | None, diag: str) -> str | None:
    status = reasons.normalise_status(dsn_status)
    found = reasons.find_status(diag)
    # A class-only Status (X.0.0) gives way to the remote server's specific code. A final
    # report's 5.0.0 also to a class-4 code in a 5xx reply ("552 4.2.2 User has full
    # mailbox", unseen-15: the remote's own refusal, whose code's class says temporary, as
    # the text notices' convention); not to a 4xx reply's (the last try of a message that
    # expired), and a delay warning's 4.0.0 never to a class-5 code (it is not final).
    if found and (
        status is None or (status.endswith(".0.0") and _same_refusal(status, found, diag))
    ):
        return found
    return status


def _same_refusal(status: str, found: str, diag: str) -> bool:
    """True when the diagnostic's code may stand for the report's class-only status."""
    if found[0] == status[0]:
        return True
    return status == "5.0.0" and (reasons.find_reply_code(diag) or "")[:1] == "5"


def _second_opinion(
    reason: str, diagnostic: str | None, status: str | None, named: str | None
) -> str:
    """The text model's reading of the diagnostic as the bounce will report it (ADR 0018);
    `named` is the reason the diagnostic's own words name, if any."""
    if not diagnostic or not textmodel.second_opinion_wanted(reason, status, named):
        return reason
    return textmodel.overrule(reason, diagnostic, status, reasons.find_reply_code(diagnostic))


def _bounce(
    view: View,
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
    if text_reason is None:
        text_reason = reasons.reason_from_text(reason_text)
    reason = reasons.decide_reason(status, reason_text, text_reason)
    if reason == "delivered":
        reason = "undefined"
    diagnostic = _clean(reason_text)
    final = status or reasons.status_from_class(permanent)
    reason = _second_opinion(reason, diagnostic, final, text_reason)
    permanent = reasons.is_permanent_for(reason, permanent)
    if status is None:
        status = reasons.status_from_class(permanent)
    msgid, xh = linking(view)
    return Classification(
        kind="bounce",
        recipient=recips[0] if recips else None,
        recipients=tuple(recips),
        status=status,
        permanent=permanent,
        hard=reasons.is_hard(reason, permanent),
        reason=reason,
        diagnostic=diagnostic,
        smtp_remote=remote,
        original_message_id=msgid,
        x_headers=xh,
    )


def from_dsn(view: View, blocks: list[RecipientStatus], reporting: str) -> Classification | None:
    """A bounce (or delivered notice) from the blocks of one delivery-status part."""
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
            msgid, xh = linking(view)
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
            view.note,
            ignored_addresses(view),
            preferred_addresses(view) | set(recips),
            from_domain(view),
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
        recips = fallback_recipients(view) or failed_header_recipients(view)
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


def _own_part(note: str, recips: list[str]) -> str:
    """The notice up to where another failed recipient is first named after the chosen
    one: a code further on is that recipient's, not the chosen one's."""
    if len(recips) < 2:
        return note
    low = note.lower()
    start = max(low.find(recips[0]), 0)
    ends = [i for i in (low.find(r, start) for r in recips[1:]) if i > start]
    return note[: min(ends)] if ends else note


def from_text(view: View) -> Classification:
    """A bounce read from the notification text (no usable delivery-status part)."""
    finding = textbounce.scan(
        view.note, ignored_addresses(view), preferred_addresses(view), from_domain(view)
    )
    recips = failed_header_recipients(view) or finding.recipients
    if not recips:
        recips = fallback_recipients(view)
    note = view.note[:4000]
    diag = finding.diagnostic
    status = (
        reasons.text_status_field(note)
        or reasons.find_status(diag)
        or reasons.find_status(_own_part(note, recips))
    )
    text_reason = reasons.reason_from_text(diag) if diag else None
    if not text_reason:
        text_reason = reasons.reason_from_text(note)
        if diag and text_reason:
            diag = f"{diag} {note}"  # the reason is in the surrounding notice, keep it
    return _bounce(view, recips, status, diag, note, finding.remote, finding.warning, text_reason)


def reply(view: View, kind: str, reason: str | None = None) -> Classification:
    """A human reply or auto-reply: the sender is the recipient, threading kept."""
    msg = view.msg
    irt = message_ids(header(msg, "In-Reply-To"))
    refs = tuple(message_ids(header(msg, "References")))
    in_reply_to = irt[0] if irt else None
    sender = first_address(header(msg, "From")) or first_address(header(msg, "Sender"))
    _, xh = linking(view)
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


def receipt(view: View, what: str = "disposition notification (read receipt)") -> Classification:
    """A read receipt (RFC 8098 MDN) or success notice: neither a reply nor a failure."""
    sender = first_address(header(view.msg, "From"))
    msgid, xh = linking(view)
    return Classification(
        kind="unknown",
        recipient=sender,
        recipients=(sender,) if sender else (),
        reason="delivered",
        diagnostic=what,
        original_message_id=msgid,
        x_headers=xh,
    )


def challenge(view: View, reason: str) -> Classification:
    """A challenge-response notice (see notices.py): an auto-reply for the address we
    sent to, which a DSN part or the returned copy names better than a service From."""
    result = reply(view, "autoreply", reason)
    recips: list[str] = []
    for part, ct in view.parts:
        if ct in DSN_TYPES:
            recips += [b.address for b in parse_dsn(part)[1] if b.address]
    recips = recips or fallback_recipients(view)
    if not recips:
        return result
    return dataclasses.replace(result, recipient=recips[0], recipients=tuple(recips))


def delivered_notice(view: View) -> Classification:
    """A plain success notice (Exchange "Delivered:" / "Relayed:"): names the recipient."""
    recips = fallback_recipients(view)
    if not recips:  # the notice lists the recipients it delivered to
        ignored = ignored_addresses(view)
        recips = [a for a in addresses(view.note[:4000]) if a not in ignored][:20]
    msgid, xh = linking(view)
    return Classification(
        kind="unknown",
        recipient=recips[0] if recips else None,
        recipients=tuple(recips),
        reason="delivered",
        diagnostic="delivery report: delivered",
        original_message_id=msgid,
        x_headers=xh,
    )


def complaint(view: View) -> Classification:
    """An ARF feedback report."""
    recips = arf.complaint_recipients(view.parts, view.original)
    ftype = arf.feedback_type(view.parts)
    if not recips and view.original is None and not ftype:
        found = arf.quoted_recipient(view.body)  # a plain report quoting the headers
        recips = [found] if found else []
    msgid, xh = linking(view)
    return Classification(
        kind="complaint",
        recipient=recips[0] if recips else None,
        recipients=tuple(recips),
        reason="feedback",
        diagnostic=f"feedback-type: {ftype}" if ftype else "feedback report",
        original_message_id=msgid,
        x_headers=xh,
    )


def from_ses(view: View, notice: sesjson.SesNotice) -> Classification:
    """An Amazon SES JSON notification (see sesjson.py): bounce, complaint or delivery."""
    recips = list(notice.recipients)
    msgid, xh = linking(view)
    msgid = notice.message_id or msgid
    xh = {**notice.x_headers, **xh}
    first = recips[0] if recips else None
    if notice.kind == "complaint":
        ftype = notice.subtype
        return Classification(
            kind="complaint",
            recipient=first,
            recipients=tuple(recips),
            reason="feedback",
            diagnostic=f"feedback-type: {ftype}" if ftype else "SES complaint notification",
            original_message_id=msgid,
            x_headers=xh,
        )
    if notice.kind == "delivery":
        return Classification(
            kind="unknown",
            recipient=first,
            recipients=tuple(recips),
            reason="delivered",
            diagnostic="delivery report: delivered",
            original_message_id=msgid,
            x_headers=xh,
        )
    diag = notice.diagnostic
    status = _pick_status(notice.status, diag)
    # The bounce type is SES's verdict on the class when no code says it.
    by_type = {"permanent": True, "transient": False}.get(notice.bounce_type)
    if by_type is None or (status and status[0] in "45"):
        permanent = reasons.is_permanent(status, diag, True)
    else:
        permanent = by_type
    by_subtype = sesjson.SUBTYPE_REASONS.get(notice.subtype)
    named = (reasons.reason_from_text(diag) if diag else None) or by_subtype
    reason = reasons.decide_reason(status, diag, named)
    if reason == "delivered":
        reason = "undefined"
    if status is None:
        status = reasons.status_from_class(permanent)
    diagnostic = _clean(diag)
    reason = _second_opinion(reason, diagnostic, status, named)
    sub = f"{notice.bounce_type}/{notice.subtype}".strip("/")
    return Classification(
        kind="bounce",
        recipient=first,
        recipients=tuple(recips),
        status=status,
        permanent=permanent,
        hard=reasons.is_hard(reason, permanent),
        reason=reason,
        diagnostic=diagnostic or (f"SES bounce: {sub}" if sub else "SES bounce"),
        smtp_remote=notice.remote.lower() if notice.remote else None,
        original_message_id=msgid,
        x_headers=xh,
    )
