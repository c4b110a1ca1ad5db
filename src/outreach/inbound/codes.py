"""Status codes to reasons: RFC 3463 / RFC 5248 enhanced codes and bare SMTP reply codes.

This is the fallback used when no phrase of the diagnostic names a reason (see
reasons.decide_reason). Every subject.detail registered with IANA ("SMTP Enhanced
Status Codes", last updated 2024) has an entry, plus the extended details large
providers document for their own non-delivery reports (Microsoft Exchange Online's
X.1.10, X.4.3xx, X.7.1xx, X.7.5xx-X.7.7xx). Reasons use Sisimai's vocabulary.
"""

from __future__ import annotations

# subject.detail -> reason, for class 4 and 5 alike (class-specific entries below).
# Comments give the IANA name; "*" marks a provider extension.
BY_CODE: dict[str, str] = {
    # X.1 addressing
    "1.1": "userunknown",  # bad destination mailbox address
    "1.2": "hostunknown",  # bad destination system address
    "1.3": "userunknown",  # bad destination mailbox address syntax
    "1.4": "filtered",  # destination mailbox address ambiguous
    "1.6": "hasmoved",  # destination mailbox has moved, no forwarding address
    "1.7": "rejected",  # bad sender's mailbox address syntax
    "1.8": "rejected",  # bad sender's system address (* Exchange: bad outbound sender)
    "1.9": "systemerror",  # message relayed to non-compliant mailer
    # X.1.10 is "recipient address has null MX" (RFC 7505), but Exchange Online sends
    # 5.1.10 for "RecipientNotFound"; both are hard and the text tells them apart.
    "1.10": "userunknown",
    "1.90": "ratelimited",  # * Exchange: daily recipient limit reached
    # X.2 mailbox
    # X.2.0 / X.2.1: Sisimai's published definition of "filtered" names these two codes
    # (refused by the recipient's settings); "disabled"/"suspended" in the text still
    # says suspend (the text refines a code that is not in reasons._CODE_WINS).
    "2.0": "filtered",  # other or undefined mailbox status
    "2.1": "filtered",  # mailbox disabled, not accepting messages
    "2.2": "mailboxfull",  # mailbox full
    "2.3": "exceedlimit",  # message length exceeds administrative limit
    "2.4": "filtered",  # mailing list expansion problem
    "2.121": "ratelimited",  # * Exchange: recipient's per-hour limit from this sender
    "2.122": "ratelimited",  # * Exchange: recipient's per-hour receive limit
    # X.3 mail system
    "3.0": "systemerror",  # other or undefined mail system status
    "3.1": "systemfull",  # mail system full
    "3.2": "systemerror",  # system not accepting network messages (shutdown, load)
    "3.3": "systemerror",  # system not capable of selected features
    "3.4": "mesgtoobig",  # message too big for system
    "3.5": "systemerror",  # system incorrectly configured
    "3.6": "systemerror",  # requested priority was changed
    # X.4 network and routing
    "4.0": "networkerror",  # other or undefined network or routing status
    "4.1": "expired",  # no answer from host (given up: the text may say refused)
    "4.2": "networkerror",  # bad connection
    "4.3": "systemerror",  # directory server failure
    "4.4": "networkerror",  # unable to route (5.4.4: see BY_CODE_PERMANENT)
    "4.5": "toomanyconn",  # mail system congestion
    "4.6": "networkerror",  # routing loop detected
    "4.7": "expired",  # delivery time expired
    "4.14": "networkerror",  # * Exchange: hop count exceeded
    "4.300": "expired",  # * Exchange: message expired
    "4.310": "hostunknown",  # * Exchange: DNS domain does not exist
    # X.5 mail delivery protocol
    # X.5.0 "other or undefined protocol status" names no reason (Outlook.com sends
    # "550 5.5.0 Requested action not taken: mailbox unavailable" for unknown users).
    "5.1": "syntaxerror",  # invalid command
    "5.2": "syntaxerror",  # syntax error
    # ADR 0017, convention 5: a cap on recipients per message is ratelimited (send less,
    # retry later); toomanyconn is a count of connections only.
    "5.3": "ratelimited",  # too many recipients
    "5.4": "syntaxerror",  # invalid command arguments
    "5.5": "syntaxerror",  # wrong protocol version
    "5.6": "syntaxerror",  # authentication exchange line is too long
    # X.6 message content or media
    "6.0": "contenterror",  # other or undefined media error
    "6.1": "contenterror",  # media not supported
    "6.2": "contenterror",  # conversion required and prohibited
    "6.3": "contenterror",  # conversion required but not supported
    "6.4": "contenterror",  # conversion with loss performed
    "6.5": "contenterror",  # conversion failed
    "6.6": "contenterror",  # message content not available
    "6.7": "contenterror",  # non-ASCII addresses not permitted
    "6.8": "contenterror",  # UTF-8 string reply required
    "6.9": "contenterror",  # UTF-8 header message cannot be transferred
    "6.10": "contenterror",  # UTF-8 string reply required (duplicate registration)
    "6.11": "contenterror",  # * Exchange: invalid characters (bare line feeds)
    # X.7 security or policy
    "7.0": "securityerror",  # other or undefined security status
    "7.1": "blocked",  # delivery not authorized, message refused
    "7.2": "filtered",  # mailing list expansion prohibited
    "7.3": "securityerror",  # security conversion required but not possible
    "7.4": "securityerror",  # security features not supported
    "7.5": "securityerror",  # cryptographic failure
    "7.6": "securityerror",  # cryptographic algorithm not supported
    "7.7": "securityerror",  # message integrity failure
    "7.8": "securityerror",  # authentication credentials invalid
    "7.9": "securityerror",  # authentication mechanism is too weak
    "7.10": "securityerror",  # encryption needed
    "7.11": "securityerror",  # encryption required for requested authentication mechanism
    "7.12": "securityerror",  # a password transition is needed
    "7.13": "suspend",  # user account disabled
    "7.14": "securityerror",  # trust relationship required
    "7.15": "securityerror",  # priority level is too low
    "7.16": "mesgtoobig",  # message is too big for the specified priority
    "7.17": "hasmoved",  # mailbox owner has changed
    "7.18": "hasmoved",  # domain owner has changed
    "7.19": "securityerror",  # RRVS test cannot be completed
    "7.20": "authfailure",  # no passing DKIM signature found
    "7.21": "authfailure",  # no acceptable DKIM signature found
    "7.22": "authfailure",  # no valid author-matched DKIM signature found
    "7.23": "authfailure",  # SPF validation failed
    "7.24": "authfailure",  # SPF validation error
    "7.25": "requireptr",  # reverse DNS validation failed
    "7.26": "authfailure",  # multiple authentication checks failed
    "7.27": "rejected",  # sender address has null MX
    "7.28": "ratelimited",  # mail flood detected
    "7.29": "authfailure",  # ARC validation failure
    "7.30": "securityerror",  # REQUIRETLS support required
    "7.57": "securityerror",  # * Exchange: client not authenticated to send anonymously
    "7.64": "norelaying",  # * Exchange: TenantAttribution; relay access denied
    # ADR 0017, convention 1: our sender not on the recipient's or group's list of permitted
    # senders is rejected (a refusal because of who the sender is).
    "7.124": "rejected",  # * Exchange: sender not in the group's allowed-senders list
    "7.129": "rejected",  # * Exchange: RestrictedToRecipientsPermission
    "7.133": "rejected",  # * Exchange: sender not authenticated for group
    "7.134": "rejected",  # * Exchange: ... for mailbox
    "7.135": "rejected",  # * Exchange: ... for public folder
    "7.136": "rejected",  # * Exchange: ... for mail user
    "7.321": "securityerror",  # * Exchange: starttls-not-supported
    "7.501": "blocked",  # * Exchange: access denied, spam abuse detected
    "7.502": "blocked",
    "7.503": "blocked",
    "7.505": "filtered",  # * Exchange: access denied, banned recipient
    "7.506": "blocked",  # * Exchange: access denied, bad HELO
    "7.507": "filtered",  # * Exchange: access denied, rejected by recipient
    "7.508": "ratelimited",  # * Exchange: sender IP exceeded permitted limits
    "7.509": "authfailure",  # * Exchange: sending domain does not pass DMARC
    "7.510": "blocked",  # * Exchange: domain does not accept mail over IPv6
    "7.511": "blocked",  # * Exchange: access denied, banned sender
    "7.512": "notcompliantrfc",  # * Exchange: message must be RFC 5322 3.6.2 compliant
    "7.513": "blocked",  # * Exchange: client host blocked
    "7.515": "authfailure",  # * Exchange: sending domain below the required auth level
    "7.520": "policyviolation",  # * Exchange: organisation does not allow external forwarding
    "7.708": "blocked",  # * Exchange: access denied, traffic not accepted from this IP
    "7.750": "blocked",  # * Exchange: client blocked from sending from unregistered domains
}

# Registered subject.detail codes deliberately left without a reason: "other or
# undefined" statuses of a subject too broad to name a cause.
NO_REASON = frozenset({"0.0", "1.0", "5.0"})

# Where the class changes the meaning: a permanent "unable to route" is a domain
# without mail exchangers (qmail "#5.4.4", Exchange "HostUnknown"); a temporary
# one is a routing or DNS hiccup.
BY_CODE_PERMANENT: dict[str, str] = {"4.4": "hostunknown"}


def _by_range(rest: str) -> str | None:
    """Provider extensions given as ranges (Exchange Online's documented NDR codes)."""
    subject, _, detail = rest.partition(".")
    if not detail.isdigit():
        return None
    n = int(detail)
    if subject == "4" and 311 <= n <= 399:
        return "networkerror"  # DNS query failed, connection refused / closed, ...
    if subject == "7" and 500 <= n <= 699:
        return "blocked"  # "Access denied, banned sending IP" (4.7.5xx/5.7.6xx)
    if subject == "7" and 700 <= n <= 749:
        return "ratelimited"  # "Access denied, tenant has exceeded threshold"
    return None


def reason_for_status(status: str | None) -> str | None:
    """Return the reason an enhanced status code implies, or None when it names none."""
    if not status:
        return None
    cls, _, rest = status.partition(".")
    if cls == "2":
        return "delivered"
    if cls == "5" and rest in BY_CODE_PERMANENT:
        return BY_CODE_PERMANENT[rest]
    return BY_CODE.get(rest) or _by_range(rest)


# Bare SMTP reply codes (RFC 5321 section 4.2.3) by their conventional meaning, used
# only when neither the text nor an enhanced code names a reason. 450, 550, 553 and
# 554 are left out on purpose: each is used for unknown users, policy blocks and
# spam rejections alike, and guessing "userunknown" would make a false hard bounce.
BY_REPLY: dict[str, str] = {
    "421": "systemerror",  # service not available, closing transmission channel
    "451": "systemerror",  # requested action aborted: local error in processing
    "452": "systemfull",  # requested action not taken: insufficient system storage
    "500": "syntaxerror",  # syntax error, command unrecognized
    "501": "syntaxerror",  # syntax error in parameters or arguments
    "502": "syntaxerror",  # command not implemented
    "503": "syntaxerror",  # bad sequence of commands
    "504": "syntaxerror",  # command parameter not implemented
    "530": "securityerror",  # authentication required (RFC 4954)
    "535": "securityerror",  # authentication credentials invalid (RFC 4954)
    "551": "hasmoved",  # user not local; please try <forward-path>
    "552": "mailboxfull",  # requested mail action aborted: exceeded storage allocation
    "556": "notaccept",  # domain does not accept mail (RFC 7504, null MX)
}


def reason_for_reply(code: str | None) -> str | None:
    """Return the reason a bare SMTP reply code conventionally means, or None."""
    return BY_REPLY.get(code or "")
