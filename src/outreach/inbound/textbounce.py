"""Bounces without (usable) RFC 3464 parts: MTA- and provider-specific plain text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .parse import ADDR_RE, clean_address, find_addresses, strip_addresses, without
from .phrases import AnchorIndex, Caseless, Headed, lowered
from .regexlits import expanded, factored

_DAEMON_LOCAL = re.compile(
    r"(?i)^(?:mailer-daemon|mailer_daemon|postmaster|mail-daemon|maildaemon|mmdf|"
    r"mail delivery (?:system|subsystem)|mdaemon|bounces?|nobody|noreply-dmarc|"
    r"root|smtp|mailadmin|mail\.delivery|mailerdaemon|mail|majordomo|comsat|"
    # Session 13 (our own probe): Exchange's system mailbox, which sends its NDRs
    # ("MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@...").
    r"microsoftexchange[0-9a-f]{32})$"
)
# Asked of every sender: run over the lowered From (phrases.Caseless).
_DAEMON_NAME = Caseless(
    r"(?i)mail ?delivery|mailer.?daemon|postmaster|system administrator|"
    r"mail administrator|delivery (?:status|subsystem)|automated response"
)
# Asked of most subjects: run over the lower-cased subject (phrases.Caseless), as re
# tries this (?i) alternation at every position.
BOUNCE_SUBJECT = Caseless(
    r"(?i)undeliver|undelivered|returned mail|return(?:ed)? to sender|failure notice|"
    r"delivery (?:status notification|failure|failed|has failed|problem|report|notification)|"
    r"mail delivery (?:failed|failure|system|subsystem|problem)|could not (?:be )?deliver|"
    r"non-?deliver|not (?:be |yet been )?delivered|mail system error|message (?:not delivered|status)|"
    r"delivery (?:error|unsuccessful)|mail delivery status|failed (?:mail|delivery)|warning: could not send|"
    r"delayed mail|delivery delayed|mail could not be|error sending|nondeliverable|mail error|"
    r"unzustellbar|nicht zustellbar|non remis|[ée]chec de (?:la )?(?:remise|livraison)|"
    r"non recapitabil|onbestelbaar|no se (?:puede|pudo) entregar|n[ãa]o (?:foi )?entreg|"
    r"delivery incomplete|zustellung verz[öo]gert|remise diff[ée]r[ée]e|entrega retrasada|"
    r"vertraagde bezorging|entrega atrasada|consegna ritardata|配信遅延|"
    r"配信不能|配送エラー|配信エラー|不能送达|недоставлен|returned message|bounced|rejected|"
    r"olevererbar|送信失敗|投递失败|投遞失敗|op[óo][źz]nione dor[ęe]czenie|задержка доставки|延迟投递|延遲投遞|"
    # Session 13 (our own probes): Exchange's "Undeliverable:" in more languages.
    r"n[ãa]o [ée] poss[íi]vel entregar|nie mo[żz]na dostarczy|niedostarczon|无法传递|無法傳遞|"
    r"letilemedi|배달 못함|nedoru[čc]iteln|kan inte levereras|det gick inte att leverera|"
    r"kan ikke leveres|ikke levert|ei voitu toimittaa|nem k[ée]zbes[íi]thet|"
    r"не удается доставить|не вдалося доставити|nu se poate livra|nije mogu[ćc]e isporu[čc]iti|"
    r"tidak dapat dikirim|"
    # Other providers' notice subjects (our own probes): "送信エラー", "不達", "退信",
    # "发送失败", "전송 실패", "반송", "Rückläufer", "Zustellfehler", "Erreur de livraison",
    # "Mensaje no entregado", "Messaggio non consegnato", "Niet afgeleverd", "Ошибка доставки".
    r"送信エラー|不達|エラーメール|退信|发送失败|發送失敗|전송 실패|반송|r[üu]ckl[äa]ufer|zustellfehler|"
    r"erreur de (?:livraison|remise|distribution)|message non (?:d[ée]livr[ée]|remis)|"
    r"mensaje no entregado|error de entrega|messaggio non consegnato|niet afgeleverd|"
    r"ошибка доставки|не доставлено|teslim edilemedi|"
    # Session 12 (unseen-28): a virus scanner's or attachment filter's notice ("FOUND
    # VIRUS IN MAIL from <...> to <...>", "Message Bounced - Virus Infection", "Attachment
    # type not allowed"): our message stopped on its way.
    r"virus (?:found|detected|alert|infect|warning)|found virus|virus-?infected|"
    r"infected (?:mail|message|attachment|file)|(?:attachment|file) (?:type )?(?:not allowed|"
    r"blocked|removed|quarantined)|banned (?:attachment|file|content)|blocked attachment"
)


def bounce_subject(subject: str) -> bool:
    """True when the subject has BOUNCE_SUBJECT's words."""
    return BOUNCE_SUBJECT.search(subject, lowered(subject))


BOUNCE_BODY = re.compile(
    r"(?i)(?:could not|cannot|can't) be delivered to|n'a pas pu [êe]tre (?:d[ée]livr[ée]|remis)|"
    r"delivery to the following recipients? (?:failed|has been delayed)|"
    r"(?:was|were) not delivered to|unable to deliver (?:your )?message to|"
    r"konnte nicht zugestellt werden|no (?:se )?pudo ser entregado"
)
_WARNING_SOURCE = (
    r"warning: could not send|delayed mail|delivery (?:status notification \()?delay|"
    r"has not yet been delivered|attempts will continue|will continue to be made|will (?:continue|keep) (?:trying|to try)|still (?:being )?"
    r"(?:retried|trying)|not been able to deliver .{0,40}yet|will be retried|"
    r"no action is required on your part|delay(?:ed)? (?:notification|warning)"
)
# Tried only where an alternative's leading words occur (see phrases.Headed).
_WARNING = Headed(factored(_WARNING_SOURCE, loose=True), _WARNING_SOURCE)
# Gmail's, Exchange's and localised wordings ("Zustellung verzögert", "Remise
# différée", ...): a separate regex behind a substring gate, so that their common first
# letters do not slow the one above down on every notice.
_WARNING_MORE = re.compile(
    r"delivery incomplete|temporary problem delivering|will retry for|"
    r"this is a warning message only|do not need to resend|don't need to resend|"
    r"has been delayed|is delayed|was delayed|"
    # Exim (cPanel) for a router's ":defer:": "This is a temporary error. The following
    # address(es) deferred:" (its final notice says "This is a permanent error").
    r"this is a temporary error|address(?:\(es\)|es)? deferred:|"
    r"zustellung .{0,60}verz[öo]gert|remise .{0,60}(?:diff[ée]r[ée]e|retard[ée]e)|"
    r"entrega .{0,60}(?:retrasad|atrasad)|bezorging .{0,60}vertraagd|"
    r"consegna .{0,60}ritardat|配信が遅延|配送遅延|"
    # Session 13 (our own probes): delays in more languages.
    r"dor[ęe]czeni\w* .{0,60}op[óo]źnion|op[óo]źnion\w* dor[ęe]czeni|"
    r"доставк\w* .{0,60}задерж|задержка доставки|配信が遅れ|延迟投递|延遲投遞|(?:被|已)延迟|(?:被|已)延遲"
)
# One of these occurs in every match of _WARNING_MORE.
_WARNING_MORE_WORDS = frozenset(
    {
        "delayed",
        "incomplete",
        "temporary problem",
        "temporary error",
        "deferred:",
        "retry",
        "warning message",
        "resend",
        "verz",
        "diff",
        "retard",
        "retras",
        "atras",
        "vertraag",
        "ritard",
        "遅延",
        "opóźnion",  # Polish "opóźnione"
        "opoźnion",
        "задерж",
        "遅れ",
        "延迟",
        "延遲",
    }
)
_WARNING_HEADS = frozenset(_WARNING.heads)
_WARNING_CHARS = 6000  # of a notice, read for the words of a delay


# Where the returned copy of the original starts; the notification is what comes before.
# Separators may be typographic dashes ("—— Original message ——" in pasted notices).
_ORIGINAL_START = re.compile(
    r"(?im)^[ \t]*(?:-{2,}|={2,}|\*{2,}|[\u2013\u2014]+)?[ \t]*(?:original message|"
    r"below this line is a copy|"
    r"this is a copy of the message|the (?:original|returned) message(?! was received)|"
    r"message text follows|"
    r"unsent message below|original message follows|mensaje original|returned message|"
    r"(?:the )?headers of the original message|original message headers|copy of the message|"
    r"forwarded message|message headers follow|failed message follows)"
)

# Addresses next to these words are the failed recipients rather than bystanders.
# Lower-case input only. A finite set of words written as a regex: one Aho-Corasick pass
# tells whether one of them occurs (2.9x faster than the regex on the scan's lines).
_FAIL_NEAR_SOURCE = (
    r"unknown|not (?:found|exist|known|valid|delivered|"
    r"yet been delivered|reach|collected|accepted|(?:exactly )?match|an? (?:valid|active|known))|"
    r"recipient:|wrong|no longer|"
    r"no such|does ?n[o']t exist|doesn't exist|invalid|rejected|refused|failed|failure|full|quota|"
    r"unreachable|undeliverable|disabled|inactive|suspended|denied|blocked|couldn't|"
    r"could not|unable|error|permanent|temporar|bounced|said:|reason:|expired|"
    r"no mailbox|unrouteable|timed out|time out|timeout|delay|retry|problem|exceeds|"
    r"nicht zugestellt|unzustellbar|fehlgeschlagen|verz[öo]gert|n'a pas pu|non remis|"
    r"échec|echec|no se pudo|no se ha podido|retrasad|niet bezorgd|kon niet|n[ãa]o foi|"
    r"non [èe] stato|non recapitat|配信できません|送信できません|届きませんでした|お届けできません|"
    r"送信失敗|配信に失敗|недоставк|не может быть доставлен|не доставлен|ist voll|"
    r"keine nachrichten annehmen|diff[ée]r[ée]e|vertraagd|ritardat|atrasad|op[óo][źz]nion|"
    r"задерж|遅れ|延迟|延遲|konnte nicht|zugestellt werden|n[ãa]o p[ôo]de|impossibile|"
    r"nie mog[łl]|dostarczon|无法|無法|iletilemedi|存在していない|传递邮件失败|傳遞郵件失敗|未送达|未送達|投递失败|投遞失敗|権限|权限|權限"
)
_FAIL_WORDS = AnchorIndex(set(expanded(_FAIL_NEAR_SOURCE)))
# SMTP reply and enhanced status codes, kept apart from the words.
_CODE_NEAR = re.compile(r"[45]\d\d\b|[45]\.\d\.\d")


def _failure_at(low: str) -> bool:
    return _FAIL_WORDS.any_in(low) or _CODE_NEAR.search(low) is not None


# Where the remote server's reply starts in a line or context; written in lower case.
_DIAG_HINT_SOURCE = (
    r"(?:host .{1,120}? said:|remote (?:host|server) (?:said|replied|returned)[^:]{0,40}:|"
    r"reason:|diagnostic[- ]code:|smtp error from remote mail server after [^:]+:|"
    r"error (?:message|text):|the error that the other server returned was:)\s*"
)
_DIAG_HINT_RX = re.compile("(?i)" + _DIAG_HINT_SOURCE)
# The same regex without the flag, run over the lowered text: re cannot skip ahead by
# first character in a case-insensitive alternation (2.5x slower on these lines).
_DIAG_HINT_LOW = re.compile(_DIAG_HINT_SOURCE)


def _diag_hint_end(text: str) -> int:
    """Where _DIAG_HINT_RX's first match in text ends, -1 if none. lowered() keeps every
    character's place (it gives None where a character would lower to two) and what the
    case-insensitive regex matches (phrases.Caseless), so the span is the same."""
    low = lowered(text)
    m = _DIAG_HINT_RX.search(text) if low is None else _DIAG_HINT_LOW.search(low)
    return m.end() if m else -1


_HOST = r"([a-z0-9][a-z0-9.-]{2,200}\.[a-z]{2,24})"
_SAID = r"\]?(?:\s*\[[0-9a-f.:]+\])?\s+(?:said|says|replied|returned|responded)"
# Every alternative starts with a literal: it is tried only where one of those occurs,
# found by the notice's automaton pass (_remote_and_warning; a str.find for each, as
# phrases.Headed does, cost more than a plain search: "host", "mx" are common, BENCHMARKS.md
# "speed pass 6"). Grouped by first character ("s" for server and smtp); scan reads the
# first group that took part, whatever its number.
_REMOTE_HOST_SOURCE = "|".join(
    [f"{w}\\s+\\[?{_HOST}{_SAID}" for w in ("host", "server", "mta", "mx")]
    + [
        r"generating server:\s*([a-z0-9][a-z0-9.-]{2,200})",
        r"smtp error from remote mail server after [^:]{0,200}:\s*\n?\s*host\s+([a-z0-9.-]{3,200})",
        r"remote-mta:\s*(?:dns;\s*)?([a-z0-9.-]{3,200})",
        r"remote mta:\s*(?:dns;\s*)?([a-z0-9.-]{3,200})",
    ]
    + [f"{w}\\s+{_HOST}" for w in ("connecting to", "connected to", "conversation with")]
)
_REMOTE_HOST = factored(_REMOTE_HOST_SOURCE, renumber=True)
# Where a match of _REMOTE_HOST can start: the leading words of its alternatives (Headed
# checks that each has one).
_REMOTE_HEADS = frozenset(Headed(_REMOTE_HOST, _REMOTE_HOST_SOURCE).heads)
# Those, _WARNING's heads and _WARNING_MORE's words in one automaton: one pass over the
# notice finds where _REMOTE_HOST and _WARNING can match and whether _WARNING_MORE can
# (speed passes 6 and 9).
_NOTICE_WORDS = AnchorIndex(set(_REMOTE_HEADS | _WARNING_HEADS | _WARNING_MORE_WORDS))
# Local parts of cleaned addresses (lower-case ASCII): set lookups, not regex calls.
_SKIP_LOCAL = frozenset({"mailer-daemon", "mail-daemon", "noreply", "no-reply"})
# Role addresses that notices name as help ("contact postmaster@..."), yet mail is sent to.
_ROLE_LOCAL = frozenset({"postmaster", "abuse"})
_HELP_WORDS = re.compile(r"contact|assist|help|question|report|inform|write to|send mail to")


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
    compact = from_header.replace(" ", "")
    if "<>" in compact or "<@>" in compact:
        return True  # a null sender address (Courier writes "<@>"): only notices use it
    return _DAEMON_NAME.search(from_header, lowered(from_header))


# One of these occurs in every line _ORIGINAL_START matches: found with str.find (C
# speed), then only their lines are checked with the regex, instead of running a
# multi-line regex over the whole body.
_ORIGINAL_WORDS = (
    "original message",
    "below this line is a copy",
    "copy of the message",
    "returned message",
    "message text follows",
    "unsent message below",
    "mensaje original",
    "forwarded message",
    "message headers follow",
    "failed message follows",  # ITS COMSAT
)
# Eight of them hold "message": in a text without it (a third of notices), only the
# others are looked for.
_ORIGINAL_WORDS_NO_MESSAGE = tuple(w for w in _ORIGINAL_WORDS if "message" not in w)
_QUOTED_FIELDS = (
    "\nReceived: ",
    "\nReturn-Path: ",
    "\nDKIM-Signature: ",
    "\nMessage-ID: ",
    "\nFrom: ",
)
# The first of them in one search: str.find is slow on these needles (their last
# character, a space, occurs everywhere), and the first occurrence of any is where the
# loop over them used to end (no field can span another's line start).
_QUOTED_FIELD = re.compile("|".join(map(re.escape, _QUOTED_FIELDS)))


def _original_start(text: str, low: str | None = None) -> int:
    """Where _ORIGINAL_START first matches at or after position 40 (len(text) if nowhere);
    `low` is text.lower() when the caller has it."""
    if low is None:
        low = text.lower()
    if len(low) != len(text):  # a few characters lower-case to two: positions would shift
        m = _ORIGINAL_START.search(text, 40)
        return m.start() if m else len(text)
    best = len(text)
    for word in _ORIGINAL_WORDS if "message" in low else _ORIGINAL_WORDS_NO_MESSAGE:
        i = low.find(word, 40)
        # Bounded: a marker is never this far down a long body. A while loop, not a
        # loop over range(50): most words occur nowhere, and pay for one test.
        tries = 50
        while 0 <= i < best and tries:
            start = low.rfind("\n", 0, i) + 1
            if start >= 40 and _ORIGINAL_START.match(text, start):
                best = start
                break
            i = low.find(word, i + 1)
            tries -= 1
    return best


def notification_part(text: str, low: str | None = None) -> str:
    """Return the notification text, without the returned copy of the original; `low`
    is text.lower() when the caller has it."""
    cut = _original_start(text, low)
    m = _QUOTED_FIELD.search(text, 39, cut)
    return text[: m.start() + 1 if m else cut]


_ALONE = re.compile(r"^[\s<>\"'*\[\]();:,.-]*$")
_ITEM_START = re.compile(r"^\s{0,3}[<\"'*\[]*[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@")


def _context(lines: list[str], i: int, alone: bool) -> str:
    """The line at i and the lines that belong to it (until a blank or the next list item);
    `alone`: the line holds nothing but addresses and list punctuation."""
    out = [lines[i]]
    # An address alone on its line (or ending in ":") is a list item whose reason may
    # follow after blank lines (Exim, qmail, Gmail); otherwise a blank line ends it.
    alone = alone or lines[i].rstrip().endswith(":")
    blanks = 0
    for nxt in lines[i + 1 : i + 10]:
        if not nxt.strip():
            if len(out) > 1 or not alone or blanks >= 3:
                break
            blanks += 1
            continue
        if _ITEM_START.match(nxt) and _diag_hint_end(nxt) < 0:
            break
        out.append(nxt)
        if len(out) > 6:
            break
    # One split over the joined lines: none of them is blank (the first names an address,
    # blank ones are skipped), so the words are those of splitting each line.
    return " ".join(" ".join(out).split())


def _diag_from(context: str, addr: str) -> str:
    end = _diag_hint_end(context)
    if end >= 0:
        return context[end:].strip()[:1000]
    # Drop the address itself and list punctuation around it.
    pos = context.lower().find(addr)
    text = context[:pos] + context[pos + len(addr) :] if pos >= 0 else context
    text = text.replace("<>", "").replace("''", "").replace("  ", " ")
    return text.strip(" \t<>:;,()'\"-").strip()[:1000]


_FROM_BEFORE = re.compile(
    r"(?i)(?:mail from|(?:accepting|accept) (?:e-?mail|mail|messages) from|sender|envelope-from)[:\s]*<?\s*$"
)
_AOL_NAME = re.compile(r"(?m)^\t([A-Za-z][A-Za-z0-9._-]{2,40})\s*$")


_QMAIL_ITEM = re.compile(r"\s*<[^<>\s]+@[^<>\s]+>:\s*$")
_HEADER_LINE = (
    "from:",
    "to:",
    "reply-to:",
    "sender:",
    "return-path:",
    "received:",
    "message-id:",
    "x-",
    "by ",
    "for ",
    "cc:",
)


def _line_score(lines: list[str], fails: _FailLines, i: int, rest: str) -> tuple[int, str]:
    """(score, context) of the line at i for the addresses it names, but the bonus of a
    preferred address: all of it depends on the line only, so it is computed once.
    `rest` is the line without its addresses (strip_addresses)."""
    line = lines[i]
    alone = bool(_ALONE.match(rest))
    ctx = _context(lines, i, alone)
    score = 1
    if _failure_at(ctx.lower()):
        score += 3
    elif fails.any_before(i):
        score += 2  # listed under a heading such as "The following addresses failed:"
    if alone:
        score += 1
    if _QMAIL_ITEM.match(line):
        score += 1  # qmail-style "<addr>:" list item
    return score, ctx


class _FailLines:
    """Whether a line carries a failure word, computed on demand and remembered."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.seen: dict[int, bool] = {}

    def any_before(self, i: int, window: int = 12) -> bool:
        for j in range(max(0, i - window), i):
            flag = self.seen.get(j)
            if flag is None:
                flag = self.seen[j] = _failure_at(self.lines[j].lower())
            if flag:
                return True
        return False


def _own_line(line: str) -> bool:
    """The address is a list item or its own line says it failed (not help text around it)."""
    rest = strip_addresses(line)
    return bool(_ALONE.match(rest)) or _failure_at(rest.lower())


def _skipped_role(addr: str, line: str) -> bool:
    """A daemon's own address is never a recipient; a role address (postmaster@,
    abuse@) in help text ("contact postmaster@...") is none either, but alone on its
    line or in a line that says it failed ("Unable to send to abuse@...") it is.
    `addr` is a cleaned ADDR_RE match (lower-case ASCII)."""
    local = addr.partition("@")[0]
    if local in _SKIP_LOCAL:
        return True
    if local not in _ROLE_LOCAL:
        return False
    rest = strip_addresses(line)
    if _ALONE.match(rest):
        return False
    low = rest.lower()
    return _HELP_WORDS.search(low) is not None or not _failure_at(low)


def _candidates(
    lines: list[str], ignore: set[str], preferred: set[str]
) -> dict[str, tuple[int, str, str]]:
    scored: dict[str, tuple[int, str, str]] = {}
    # Addresses a line names as the sender ("MAIL From:<x>", "not accepting mail from
    # <x>") are ours, also where a transcript's reply repeats them ("250 <x>... Sender ok").
    senders: set[str] = set()
    fails = _FailLines(lines)
    for i, line in enumerate(lines):
        if "@" not in line or line.lstrip().lower().startswith(_HEADER_LINE):
            continue
        line_score = None  # computed for the line's first scored address
        found = find_addresses(line)
        for m in found:
            addr = clean_address(m.group(0))
            if not addr:
                continue  # a masked local part ("<...@yahoo.co.in>"): no address
            if addr not in preferred and (addr in ignore or _skipped_role(addr, line)):
                continue
            before = line[: m.start()].lower()
            if ("from" in before or "sender" in before) and _FROM_BEFORE.search(before):
                senders.add(addr)
                continue
            if line_score is None:
                # The line without its addresses, from the matches already found.
                line_score = _line_score(lines, fails, i, without(line, found))
            score, ctx = line_score
            if addr in preferred:
                score += 2
            if addr not in scored or scored[addr][0] < score:
                scored[addr] = (score, ctx, line)
    for addr in senders - preferred:
        scored.pop(addr, None)
    return scored


def _to_lines(note: str) -> list[str]:
    """Last resort: a 'To:' line quoted in the notice names the failed recipient."""
    m = re.search(r"(?im)^\s*to:\s*(.{3,200})$", note)
    if not m:
        return []
    found = ADDR_RE.findall(m.group(1))
    addr = clean_address(found[0]) if len(found) == 1 else ""
    return [addr] if addr else []


# RFC 733's "user at host" with a quoted user, as ITS COMSAT names a failed recipient:
# '"USER" at HOST.EXAMPLE.ORG is an unknown recipient.'
_QUOTED_AT_HOST = re.compile(
    r'"([A-Za-z0-9!#$%&*+/=?^_`{|}~.-]{1,64})" at ([A-Za-z0-9][A-Za-z0-9.-]{0,200}\.[A-Za-z]{2,24})\b'
)


def _quoted_at_host(lines: list[str]) -> tuple[list[str], str]:
    """Recipients written '"user" at host' on a line that says they failed, and the
    first such line (the diagnostic)."""
    found: dict[str, str] = {}
    for line in lines:
        if '" at ' not in line:
            continue
        for m in _QUOTED_AT_HOST.finditer(line):
            if _failure_at(line[m.end() :].lower()):
                found.setdefault(f"{m.group(1)}@{m.group(2)}".lower(), line.strip())
    return list(found), next(iter(found.values()), "")


def _aol_names(note: str, from_domain: str) -> list[str]:
    """AOL lists bare screen names under its notice; they live at aol.com."""
    if from_domain != "aol.com":
        return []
    return [f"{n.lower()}@aol.com" for n in _AOL_NAME.findall(note)]


# Gmail puts the remote server's reply in its own paragraph after this line, away from
# the sentence that names the address ("There was a temporary problem delivering ...";
# "Address not found ... The response was:" in its newer notices, unseen-9).
_REPLY_PARAGRAPH = re.compile(
    r"(?i)(?:the response (?:from the remote server )?was|the error that the other server "
    r"returned was):[ \t]*\n(.+?)(?:\n[ \t]*\n|$)",
    re.S,
)


def _reply_paragraph(note: str, context: str) -> str | None:
    """The remote reply Gmail gives in a paragraph of its own, unless the context has one."""
    if ("server " not in note and "esponse was" not in note) or _diag_hint_end(context) >= 0:
        return None
    m = _REPLY_PARAGRAPH.search(note)
    return " ".join(m.group(1).split())[:1000] if m else None


# sendmail's own per-recipient line in its transcript ("550 5.1.1 <x@y>... User unknown"),
# written after the remote server's reply ("<<< 550 5.7.1 ...") to the command it failed.
# sendmail words a failure at DATA that way for each recipient, whatever the remote said.
_SENDMAIL_OWN = re.compile(
    r"\s{0,3}[45]\d\d[ -](?:[45]\.\d{1,3}\.\d{1,3} )?<?[^<>\s]+@[^<>\s]+?>?\.\.\. "
)
_REMOTE_REPLY = re.compile(r"\s{0,3}<<< ([45]\d\d)([ -])(.*)")
_ENHANCED = re.compile(r"[45]\.\d{1,3}\.\d{1,3}\b")
_LEADING_CODE = re.compile(r"^[45]\.\d{1,3}\.\d{1,3}\s*")


def _remote_before_own(lines: list[str], line: str) -> str | None:
    """The remote server's reply just before sendmail's own line for the recipient, when
    that reply gives an enhanced code of its own: it names the status and the cause, the
    own line only sendmail's summary of the failed recipient (unseen-20)."""
    if not _SENDMAIL_OWN.match(line):
        return None
    for i, candidate in enumerate(lines):
        if candidate != line or i == 0:
            continue
        last = _REMOTE_REPLY.match(lines[i - 1])
        if last is None or last.group(2) != " " or not _ENHANCED.match(last.group(3)):
            continue
        # The reply's continuation lines ("<<< 550-5.7.1 ...") come before its last one.
        parts = [last.group(3)]
        for prev in reversed(lines[max(0, i - 12) : i - 1]):
            m = _REMOTE_REPLY.match(prev)
            if m is None or m.group(1) != last.group(1) or m.group(2) != "-":
                break
            parts.insert(0, m.group(3))
        # Each line repeats the enhanced code: keep the first.
        parts[1:] = [_LEADING_CODE.sub("", part) for part in parts[1:]]
        return f"{last.group(1)} {' '.join(' '.join(parts).split())}"[:1000]
    return None


def scan(note: str, ignore: set[str], preferred: set[str], from_domain: str = "") -> TextFinding:
    """Find failed recipients and their diagnostic in notification text (see notification_part)."""
    note = note[:20000]
    lines = note.split("\n")[:400]
    scored = _candidates(lines, ignore, preferred)
    recipients: list[str] = []
    diagnostic = ""
    if scored:
        strong = [a for a, (s, _, _) in scored.items() if s >= 4]
        if strong:
            # Addresses whose own line is the failure come first (stable: else in order);
            # a paragraph of help text may name other addresses near a failure word.
            # Their lines are only looked at when there is an order to decide.
            recipients = strong
            if len(strong) > 1:
                recipients = sorted(strong, key=lambda a: not _own_line(scored[a][2]))
        else:
            best = max(s for s, _, _ in scored.values())
            if best >= 3:
                recipients = [a for a, (s, _, _) in scored.items() if s == best]
        if recipients:
            context = scored[recipients[0]][1]
            diagnostic = (
                _reply_paragraph(note, context)
                or _remote_before_own(lines, scored[recipients[0]][2])
                or _diag_from(context, recipients[0])
            )
    if not recipients:
        recipients, diagnostic = _quoted_at_host(lines)
    if not recipients:
        recipients = _to_lines(note)
    if not recipients:
        recipients = _aol_names(note, from_domain)
        if recipients:
            diagnostic = " ".join(note.split())[:500]
    remote, warning = _remote_and_warning(note.lower())
    return TextFinding(recipients, diagnostic, warning, remote)


def _remote_and_warning(low: str) -> tuple[str | None, bool]:
    """The remote host that _REMOTE_HOST's first match in the lower-cased notice names,
    and whether its first _WARNING_CHARS characters say delivery is delayed, not failed.
    A match of either regex starts at one of its heads (see phrases.Headed)."""
    remote_at: set[int] = set()
    warning = more = False
    for start, word in _NOTICE_WORDS.occurrences(low):
        if word in _REMOTE_HEADS:
            remote_at.add(start)
        if warning or start + len(word) > _WARNING_CHARS:
            continue
        if word in _WARNING_HEADS:
            warning = _WARNING.rx.match(low, start, _WARNING_CHARS) is not None
        more = more or word in _WARNING_MORE_WORDS
    if more and not warning:
        warning = _WARNING_MORE.search(low, 0, _WARNING_CHARS) is not None
    return _first_remote(low, sorted(remote_at)), warning


def _first_remote(low: str, starts: list[int]) -> str | None:
    """The host named by _REMOTE_HOST's leftmost match among the positions `starts`."""
    for start in starts:
        m = _REMOTE_HOST.match(low, start)
        if m:
            remote = next((g for g in m.groups() if g), None)
            return remote.rstrip(".") if remote else None
    return None


def has_failure_words(text: str) -> bool:
    """True when text mentions a delivery failure at all."""
    return _failure_at(text.lower())
