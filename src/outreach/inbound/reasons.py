"""Status codes and diagnostic text to Sisimai-style reasons; permanent/hard rules."""

from __future__ import annotations

import functools
import re

from .model import HARD_REASONS

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


_GROUPS = re.compile(r"\((?:[^()]|\([^()]*\))*\)[?*+]?|\[[^\]]*\][?*+]?|\\.|\.\{[^}]*\}|\.")


def _anchor(phrase: str) -> str:
    """The longest literal run a match of `phrase` must contain ('' when none is safe)."""
    flat = _GROUPS.sub("\0", phrase)
    runs = re.findall(r"[a-z0-9' :/-]{3,}(?![?*{])", flat)
    runs = [r.strip() for r in runs if r.strip()]
    return max(runs, key=len) if runs else ""


class _Phrases:
    """A reason's phrases; each regex runs only when its literal anchor occurs in the text.

    A combined alternation is tried at every position of the text (slow on long
    notices); a substring test first leaves a handful of single-phrase searches, which
    the regex engine speeds up with their literal prefixes. Anchors are tested lazily,
    so a text stops paying once a higher-priority reason has matched.
    """

    def __init__(self, phrases: tuple[str, ...]) -> None:
        self.items = tuple((_anchor(p), re.compile(p)) for p in phrases)
        self.anchors = tuple(a for a, _ in self.items)  # '' is in every text: always tried

    def search(self, low: str) -> bool:
        """True when one of the phrases occurs in the lower-cased text."""
        if not any(map(low.__contains__, self.anchors)):
            return False  # C-level gate: none of this reason's words occur
        for anchor, rx in self.items:
            if anchor in low and rx.search(low):
                return True
        return False


def _rx(*phrases: str) -> _Phrases:
    return _Phrases(phrases)


# Diagnostic phrases, checked in this order on lower-cased text; the first hit wins.
# Order matters: a sender-side rejection that says "user unknown" is about *our*
# address, and a blocklist hit that mentions "spam" is about our IP, not content.
_BY_TEXT: list[tuple[str, _Phrases]] = [
    (
        "rejected",
        _rx(
            r"sender address rejected",
            r"sender (?:verify|verification) failed",
            r"domain of sender address",
            r"sender (?:domain|address) (?:must|does not|is not)",
            r"\bbad sender",
            r"sender (?:is )?(?:not allowed|rejected|denied|blacklisted)",
            r"envelope sender",
            r"mail from .{0,40}rejected",
            r"return path .{0,20}invalid",
            r"your (?:e-?mail )?address (?:has been|is) (?:blacklisted|blocked|rejected)",
        ),
    ),
    ("filtered", _rx(r"not accepting (?:e-?)?mail from", r"(?:does not|doesn't) accept mail from")),
    ("systemerror", _rx(r"error while being processed", r"processing error")),
    (
        "expired",
        _rx(
            r"maximum (?:number of )?delivery attempts",
            r"failed \d+ attempts",
            r"not been collected",
            r"not reachable within",
            r"retry time(?:out)? exceeded",
            r"delivery time expired",
            r"(?:was|has been) in the queue too long",
            r"could not be delivered (?:for|within|in) \d+ (?:day|hour)",
        ),
    ),
    (
        "hostunknown",
        _rx(
            r"host unknown",
            r"unknown host",
            r"host (?:or domain name )?not found",
            r"domain (?:name )?not found",
            r"name or service not known",
            r"domain (?:does not|doesn't) exist",
            r"no such domain",
            r"unknown domain",
            r"unrouteable address",
            r"unroutable address",
            r"nxdomain",
            r"no mx (?:record|host)",
            r"mx records? point to non-existent",
            r"domain (?:is )?(?:invalid|not valid)",
            r"no valid (?:mx|host)",
            r"unable to resolve",
            r"bad destination system address",
            r"recipient domain (?:does not|doesn't)",
            r"invalid domain",
            r"domain .{0,40}(?:is not|isn't) (?:a )?(?:valid|known)",
            r"(?:domain|host) .{0,40}could not be found",
            r"host not\s+found",
            r"could not find a gateway",
            r"name service error",
        ),
    ),
    (
        "userunknown",
        _rx(
            r"user ?unknown",
            r"unknown (?:local )?(?:user|recipient|mailbox|account|address)",
            r"no such (?:user|mailbox|recipient|account|person|address|local user)",
            r"(?:user|recipient|mailbox|address|account|addressee)(?: name)? (?:was )?not found",
            r"recipnotfound",
            r"recipientnotfound",
            r"recipient .{0,80} not found",
            r"(?:address|mailbox|user|account|recipient|e-?mail)"
            r"(?: address)? (?:does not|doesn't|did not|not) exist",
            r"does not exist",
            r"doesn't exist",
            r"non-?existent (?:user|mailbox|recipient|address|account)",
            r"invalid (?:recipient|mailbox|user|address|e-?mail address)",
            r"(?:recipient|mailbox|user|address) (?:is )?(?:invalid|unknown)",
            r"not a valid (?:user|mailbox|recipient)",
            r"no mailbox here",
            r"unknown or illegal alias",
            r"mailbox unavailable",
            r"mailbox not available",
            r"is not a known user",
            r"not our customer",
            r"user not exist",
            r"no account by that name",
            r"recipient rejected",
            r"address (?:is )?no longer (?:valid|in use|active)",
            r"mailbox is not present",
            r"no such",
            r"not listed in (?:domino|the) directory",
            r"unknown alias",
            r"bad destination mailbox",
            r"user (?:doesn't|does not) have an? .{0,30}account",
            r"couldn't be found",
            r"could not be found",
            r"account (?:is )?unavailable",
            r"invalid (?:final )?delivery address",
            r"recipient not (?:recognized|valid|listed)",
            r"address rejected",
            r"illegal (?:user|recipient)",
            r"unknown(?: user)? in ",
            r"user not known",
            r"addressee unknown",
            r"no final (?:e-?mail )?delivery point",
            r"final e-?mail delivery point",
            r"no matches to nameserver query",
            r"invalid .{0,20}userid",
            r"invalid final delivery",
            r"did not (?:exactly )?match (?:an? )?.{0,30}address",
            r"no longer valid",
            r"address is wrong",
            r"n'existe pas",
            r"existiert nicht",
            r"unbekannt",
            r"no existe",
            r"n[ãa]o existe",
            r"inesistente",
            r"sconosciut",
            r"onbekend",
            r"bestaat niet",
            r"desconocid",
            r"inconnu",
        ),
    ),
    (
        "mailboxfull",
        _rx(
            r"mailbox (?:is )?full",
            r"(?:exceed\w*|over|reached|violation)\W+(?:\w+\W+){0,3}quota",
            r"quota\W+(?:\w+\W+){0,2}(?:exceed\w*|full|reached|violation)",
            r"(?:over|exceed(?:ed|s)?(?: the)?) ?quota",
            r"quota (?:exceeded|exceed|full|violation)",
            r"overquota",
            r"over quota",
            r"mailbox (?:size )?(?:limit )?exceeded",
            r"mailbox has exceeded",
            r"exceeded storage",
            r"(?:account|mailfolder|inbox|mail box|mailbox) is full",
            r"disk quota",
            r"insufficient (?:disk )?space (?:in|for) (?:the )?(?:mailbox|user)",
            r"too many messages (?:in|on)",
            r"full mailbox",
            r"storage (?:limit|quota)",
            r"not enough (?:space|storage)",
            r"user (?:is )?over",
            r"mailbox size",
            r"mail ?box space",
        ),
    ),
    (
        "hasmoved",
        _rx(
            r"has moved",
            r"address (?:has )?changed",
            r"no longer (?:at|with) ",
            r"forwarding address",
        ),
    ),
    (
        "suspend",
        _rx(
            r"(?:account|mailbox|user|address)(?: has been| is)? (?:disabled|suspended|deactivated|inactive|locked|blocked by (?:the )?administrator|frozen|closed|expired|terminated|not active)",
            r"(?:disabled|suspended|inactive|deactivated|closed) (?:account|mailbox|user)",
            r"temporarily (?:disabled|unavailable)",
            r"account .{0,30}(?:disabled|suspended)",
            r"mailbox .{0,30}(?:disabled|suspended|inactive)",
        ),
    ),
    (
        "systemerror",
        _rx(
            r"command output",
            r"command died",
            r"local delivery failed",
            r"unable to connect to .{0,30}daemon",
        ),
    ),
    (
        "requireptr",
        _rx(
            r"reverse dns",
            r"\bptr\b",
            r"\brdns\b",
            r"reverse (?:lookup|dns|mapping)",
            r"cannot find your hostname",
            r"no (?:reverse|ptr)",
            r"client host rejected: cannot find",
            r"hostname .{0,30}does not resolve",
        ),
    ),
    (
        "authfailure",
        _rx(
            r"\bspf\b",
            r"\bdkim\b",
            r"\bdmarc\b",
            r"sender policy framework",
            r"not authenticated",
            r"unauthenticated",
            r"authentication (?:check )?failed",
            r"failed (?:sender )?authentication",
        ),
    ),
    (
        "badreputation",
        _rx(r"(?:low|poor|bad) (?:ip )?reputation", r"sender reputation", r"reputation (?:of|is)"),
    ),
    (
        "blocked",
        _rx(
            r"blocked using",
            r"\blisted (?:in|on|at)\b",
            r"black ?list",
            r"block ?list",
            r"\bdnsbl\b",
            r"\brbl\b",
            r"spamhaus",
            r"spamcop",
            r"barracuda",
            r"\bsorbs\b",
            r"client host .{0,60}(?:blocked|rejected|refused)",
            r"your (?:ip|host|server)",
            r"ip (?:address )?.{0,40}(?:blocked|listed|rejected|banned)",
            r"banned sending ip",
            r"not authori[sz]ed to send",
            r"refused to talk",
        ),
    ),
    (
        "norelaying",
        _rx(
            r"relay(?:ing)? (?:access )?(?:denied|not permitted|not allowed|prohibited)",
            r"unable to relay",
            r"do not relay",
            r"not permitted to relay",
            r"relay not permitted",
            r"no relaying",
            r"cannot relay",
            r"relaying denied",
            r"not a gateway",
            r"open relay",
        ),
    ),
    (
        "spamdetected",
        _rx(
            r"\bspam\b",
            r"spamming",
            r"unsolicited",
            r"junk mail",
            r"bulk mail",
            r"content (?:rejected|not accepted)",
            r"message content",
            r"scored",
            r"looks like spam",
            r"\buce\b",
            r"mail appears to be",
        ),
    ),
    (
        "blocked",
        _rx(
            r"connection (?:refused|rejected|denied)",
            r"access denied",
            r"blocked by",
            r"has been blocked",
            r"not allowed to send",
            r"banned",
            r"\bblocked\b",
        ),
    ),
    ("virusdetected", _rx(r"virus", r"malware", r"infected", r"trojan", r"phishing")),
    (
        "ratelimited",
        _rx(
            r"rate ?limit",
            r"too many (?:messages|emails|mails|recipients from)",
            r"sending rate",
            r"throttl",
            r"exceeded the rate",
            r"unusual (?:rate|volume)",
            r"unexpected volume",
            r"too fast",
            r"try (?:again )?later.{0,30}volume",
        ),
    ),
    (
        "toomanyconn",
        _rx(
            r"too many (?:connections|concurrent|sessions)",
            r"connection limit",
            r"too many recipients",
        ),
    ),
    (
        "exceedlimit",
        _rx(
            r"exceeds? (?:the )?administrative limit",
            r"message length exceeds",
            r"exceeds? (?:the )?(?:recipient|user)'?s? (?:size )?limit",
        ),
    ),
    (
        "mesgtoobig",
        _rx(
            r"message (?:is )?too (?:big|large)",
            r"message size",
            r"size limit",
            r"too large",
            r"exceeds? (?:the )?(?:maximum )?(?:message )?size",
            r"maximum (?:message )?size",
            r"message length",
        ),
    ),
    (
        "systemfull",
        _rx(
            r"insufficient (?:system )?storage",
            r"system (?:is )?full",
            r"out of (?:disk )?space",
            r"no space left",
        ),
    ),
    (
        "notaccept",
        _rx(
            r"(?:does not|doesn't|do not) accept (?:any )?(?:e-?)?mail",
            r"null mx",
            r"accepts no mail",
            r"not accepting (?:network )?(?:messages|mail)",
            r"domain does not receive",
        ),
    ),
    (
        "expired",
        _rx(
            r"retry time(?:out)? (?:not reached|exceeded)",
            r"delivery time expired",
            r"message expired",
            r"(?:has been|was) (?:in the )?queue(?:d)? (?:too long|for)",
            r"could not be delivered (?:for|within|in) \d",
            r"gave up",
            r"giving up",
            r"maximum time",
            r"expired",
            r"too old",
            r"not delivered after",
            r"time(?:d)? ?out",
            r"timeout",
            r"ttl expired",
        ),
    ),
    (
        "networkerror",
        _rx(
            r"no route to host",
            r"network (?:is )?unreachable",
            r"host (?:is )?unreachable",
            r"lost connection",
            r"connection (?:reset|closed|dropped)",
            r"could not connect",
            r"unable to connect",
            r"mail (?:forwarding )?loop",
            r"routing loop",
            r"too many hops",
            r"hop count",
            r"loops back to myself",
            r"dns (?:error|failure|lookup)",
            r"temporary lookup failure",
            r"looping",
            r"loop detected",
            r"did not respond",
            r"not responding",
            r"connection to .{0,40}failed",
            r"mail exchanger",
            r"establish .{0,20}connection",
        ),
    ),
    (
        "onhold",
        _rx(
            r"moderator",
            r"held for (?:moderation|review|approval)",
            r"being held",
            r"awaits? (?:moderator )?approval",
        ),
    ),
    (
        "filtered",
        _rx(
            r"content filter",
            r"rejected by (?:the )?(?:recipient|user)",
            r"not authori[sz]ed to receive",
            r"user refuses",
            r"refused by (?:the )?recipient",
            r"filter",
            r"restricted",
            r"delivery not authori[sz]ed",
            r"not permitted",
        ),
    ),
    (
        "securityerror",
        _rx(
            r"authentication required",
            r"must (?:issue a )?starttls",
            r"tls required",
            r"encryption required",
            r"security",
            r"certificate",
        ),
    ),
    ("policyviolation", _rx(r"polic(?:y|ies)", r"prohibited", r"not allowed")),
    (
        "notcompliantrfc",
        _rx(r"rfc ?5322", r"rfc ?2822", r"not (?:rfc )?compliant", r"multiple .{0,20}headers"),
    ),
    (
        "contenterror",
        _rx(
            r"\b(?:no|without|missing)\b.{0,30}\b(?:field|header)s?\b",
            r"invalid (?:message )?header",
            r"bare lf",
            r"illegal character",
            r"attachment",
            r"executable",
            r"content type",
            r"mime",
        ),
    ),
    (
        "syntaxerror",
        _rx(r"syntax error", r"command unrecognized", r"bad sequence", r"unrecognized command"),
    ),
    (
        "systemerror",
        _rx(
            r"system error",
            r"local error",
            r"internal (?:server )?error",
            r"server error",
            r"configuration error",
            r"misconfigur",
            r"temporary (?:local )?problem",
            r"local problem",
            r"i/o error",
            r"service (?:not available|unavailable)",
        ),
    ),
]

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


@functools.lru_cache(maxsize=16)  # the same diagnostic is asked about 2-3 times per message
def reason_from_text(text: str) -> str | None:
    """Return the reason named by diagnostic text (its first 1500 characters), or None."""
    low = " ".join((text or "")[: REASON_TEXT_CHARS * 2].split())[:REASON_TEXT_CHARS].lower()
    if not low.strip():
        return None
    for reason, phrases in _BY_TEXT:
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
            if by_text == "mailboxfull" and by_code == "exceedlimit":
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
