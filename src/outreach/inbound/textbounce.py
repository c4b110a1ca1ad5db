"""Bounces without (usable) RFC 3464 parts: MTA- and provider-specific plain text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .parse import ADDR_RE

_DAEMON_LOCAL = re.compile(
    r"(?i)^(?:mailer-daemon|mailer_daemon|postmaster|mail-daemon|maildaemon|mmdf|"
    r"mail delivery (?:system|subsystem)|mdaemon|bounces?|nobody|noreply-dmarc|"
    r"root|smtp|mailadmin|mail\.delivery|mailerdaemon|mail|majordomo)$"
)
_DAEMON_NAME = re.compile(r"(?i)mail ?delivery|mailer.?daemon|postmaster|system administrator|"
                          r"mail administrator|delivery (?:status|subsystem)|automated response")
BOUNCE_SUBJECT = re.compile(
    r"(?i)undeliver|undelivered|returned mail|return(?:ed)? to sender|failure notice|"
    r"delivery (?:status notification|failure|failed|has failed|problem|report|notification)|"
    r"mail delivery (?:failed|failure|system|subsystem|problem)|could not (?:be )?deliver|"
    r"non-?deliver|not (?:be )?delivered|mail system error|message (?:not delivered|status)|"
    r"delivery (?:error|unsuccessful)|failed (?:mail|delivery)|warning: could not send|"
    r"delayed mail|delivery delayed|mail could not be|error sending|nondeliverable|"
    r"unzustellbar|nicht zustellbar|non remis|[ée]chec de (?:la )?(?:remise|livraison)|"
    r"non recapitabil|onbestelbaar|no se (?:puede|pudo) entregar|n[ãa]o (?:foi )?entreg|"
    r"配信不能|配送エラー|不能送达|недоставлен|returned message|bounced|rejected"
)
_WARNING = re.compile(
    r"(?i)warning: could not send|delayed mail|delivery (?:status notification \()?delay|"
    r"has not (?:yet )?been delivered|will (?:continue|keep) (?:trying|to try)|still (?:being )?"
    r"(?:retried|trying)|not been able to deliver .{0,40}yet|will be retried|"
    r"no action is required on your part|delay(?:ed)? (?:notification|warning)"
)

# Where the returned copy of the original starts; the notification is what comes before.
_ORIGINAL_START = re.compile(
    r"(?im)^[ \t]*(?:-{2,}|={2,}|\*{2,})?[ \t]*(?:original message|below this line is a copy|"
    r"this is a copy of the message|the (?:original|returned) message|message text follows|"
    r"unsent message below|original message follows|mensaje original|returned message|"
    r"(?:the )?headers of the original message|original message headers|copy of the message|"
    r"forwarded message|message headers follow)"
)
_QUOTED_HEADER = re.compile(r"(?m)^(?:Received|Return-Path|DKIM-Signature|Message-ID|From): ")

# Addresses next to these words are the failed recipients rather than bystanders.
_FAIL_NEAR = re.compile(
    r"(?i)\b(?:5\d\d|4\d\d)\b|[245]\.\d\.\d|unknown|not (?:found|exist|known|valid|delivered|"
    r"accepted)|no such|does ?n[o']t exist|invalid|rejected|refused|failed|failure|full|quota|"
    r"unreachable|undeliverable|disabled|inactive|suspended|denied|blocked|couldn't|"
    r"could not|unable|error|permanent|temporar|bounced|said:|reason:|expired|"
    r"no mailbox|unrouteable|timed? ?out|delay|retry|problem"
)
_DIAG_HINT = re.compile(
    r"(?i)(?:host .{1,120}? said:|remote (?:host|server) (?:said|replied|returned)[^:]{0,40}:|"
    r"reason:|diagnostic[- ]code:|smtp error from remote mail server after [^:]+:|"
    r"error (?:message|text):|the error that the other server returned was:)\s*"
)
_REMOTE_HOST = re.compile(
    r"(?i)(?:host|server|mta|mx)\s+\[?([a-z0-9][a-z0-9.-]{2,200}\.[a-z]{2,24})\]?"
    r"(?:\s*\[[0-9a-f.:]+\])?\s+(?:said|says|replied|returned|responded)|"
    r"generating server:\s*([a-z0-9][a-z0-9.-]{2,200})|"
    r"smtp error from remote mail server after [^:]{0,200}:\s*\n?\s*host\s+([a-z0-9.-]{3,200})|"
    r"remote[- ]mta:\s*(?:dns;\s*)?([a-z0-9.-]{3,200})|"
    r"(?:connecting to|connected to|conversation with)\s+([a-z0-9][a-z0-9.-]{2,200}\.[a-z]{2,24})"
)
_SKIP_LOCAL = re.compile(r"(?i)^(?:mailer-daemon|postmaster|mail-daemon|noreply|no-reply|abuse)$")


@dataclass
class TextFinding:
    """Failed recipients and the text around them, found in a plain notification."""

    recipients: list[str]
    diagnostic: str
    warning: bool
    remote: str | None


def is_daemon(from_header: str, from_addr: str | None) -> bool:
    """True when the sender looks like a mailer daemon or postmaster."""
    local = (from_addr or "").partition("@")[0]
    if from_addr and _DAEMON_LOCAL.match(local):
        return True
    if not from_addr and from_header.strip().lower().startswith("mailer-daemon"):
        return True
    return bool(_DAEMON_NAME.search(from_header))


def notification_part(text: str) -> str:
    """Return the notification text, without the returned copy of the original."""
    cut = len(text)
    m = _ORIGINAL_START.search(text, 40)
    if m:
        cut = m.start()
    q = _QUOTED_HEADER.search(text, 40)
    if q and q.start() < cut:
        cut = q.start()
    return text[:cut]


def _context(lines: list[str], i: int) -> str:
    """The line at i and the lines that belong to it (until a blank or new address line)."""
    out = [lines[i]]
    for nxt in lines[i + 1 : i + 7]:
        if not nxt.strip():
            if len(out) > 1 or not lines[i].rstrip().endswith(":"):
                break
            continue
        if ADDR_RE.search(nxt) and not nxt[:1].isspace() and not _DIAG_HINT.search(nxt):
            break
        out.append(nxt)
    return " ".join(" ".join(x.split()) for x in out)


def _diag_from(context: str, addr: str) -> str:
    m = _DIAG_HINT.search(context)
    if m:
        return context[m.end():].strip()[:1000]
    # Drop the address itself and list punctuation around it.
    text = re.sub(re.escape(addr), "", context, count=1, flags=re.I)
    return text.strip(" \t<>:;,()'\"-").strip()[:1000]


def scan(text: str, ignore: set[str], preferred: set[str]) -> TextFinding:
    """Find failed recipients and their diagnostic in plain notification text."""
    note = notification_part(text)[:20000]
    lines = note.split("\n")[:600]
    scored: dict[str, tuple[int, str]] = {}
    for i, line in enumerate(lines):
        for m in ADDR_RE.finditer(line):
            addr = m.group(0).strip(".-").lower()
            local = addr.partition("@")[0]
            if addr in ignore or _SKIP_LOCAL.match(local) or line.lstrip().lower().startswith(
                ("from:", "to:", "reply-to:", "sender:", "return-path:", "received:", "message-id:",
                 "x-", "by ", "for ")):
                continue
            ctx = _context(lines, i)
            score = 1
            if _FAIL_NEAR.search(ctx):
                score += 3
            if addr in preferred:
                score += 2
            if re.search(r"<\s*" + re.escape(addr) + r"\s*>\s*[:.]", line, re.I):
                score += 1
            if addr not in scored or scored[addr][0] < score:
                scored[addr] = (score, ctx)
    recipients: list[str] = []
    diagnostic = ""
    if scored:
        best = max(s for s, _ in scored.values())
        if best >= 2 or preferred:
            recipients = [a for a, (s, _) in scored.items() if s == best]
            if best < 4 and preferred:
                recipients = [a for a in recipients if a in preferred] or recipients
            diagnostic = _diag_from(scored[recipients[0]][1], recipients[0]) if recipients else ""
    remote = None
    rm = _REMOTE_HOST.search(note)
    if rm:
        remote = next((g for g in rm.groups() if g), None)
        remote = remote.lower().rstrip(".") if remote else None
    return TextFinding(recipients, diagnostic, bool(_WARNING.search(note[:6000])), remote)
