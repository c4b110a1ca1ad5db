"""Diagnostic phrases by reason (Sisimai's vocabulary), in priority order.

Data more than code: add a wording here when a provider words a known failure in a new
way. Each phrase is a regex over lower-cased, whitespace-collapsed text and should
contain a literal word, its anchor: phrases are only tried when the anchor occurs.
"""

from __future__ import annotations

import re

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
        return any(anchor in low and rx.search(low) for anchor, rx in self.items)


def _rx(*phrases: str) -> _Phrases:
    return _Phrases(phrases)


# Diagnostic phrases, checked in this order on lower-cased text; the first hit wins.
# Order matters: a sender-side rejection that says "user unknown" is about *our*
# address, and a blocklist hit that mentions "spam" is about our IP, not content.
BY_TEXT: list[tuple[str, _Phrases]] = [
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
    (
        "filtered",
        _rx(
            r"not accepting (?:e-?)?mail from",
            r"(?:does not|doesn't) accept mail from",
            r"not accepting (?:e-?)?mail with",  # AOL: "... with attachments or embedded images"
        ),
    ),
    ("systemerror", _rx(r"error while being processed", r"processing error")),
    (
        "expired",
        _rx(
            r"maximum (?:number of )?delivery attempts",
            r"failed \d+ attempts",
            r"not been collected",
            r"not reachable within",
            r"retry time(?:out)? exceeded",
            r"(?:have|has) been failing for a long time",  # Exim's retry-time-out notice
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
            r"allowed rcpthosts?",  # qmail: this server does not take mail for that domain
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
            r"no mail ?box available",
            r"not an? (?:active|valid) (?:address|user|mailbox|recipient)",
            r"no (?:mail-?box|user|account|recipient) (?:was )?found",
            r"mail-box not found",
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
            r"mailbox exceeds",
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
            r"blocked using (?!spam)",  # "blocked using spam pattern" is content
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
            r"as a relay",
            r"open relay",
        ),
    ),
    (
        "spamdetected",
        _rx(
            r"\bspam\b",
            r"spamassassin",
            r"\buribl\b",
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
