"""Status codes and diagnostic text to Sisimai-style reasons; permanent/hard rules."""

from __future__ import annotations

import functools
import re

from .codes import reason_for_reply, reason_for_status
from .model import HARD_REASONS
from .phrases import Gated, first_reason
from .textmodel import guess_reason
from .words_policy import EXPIRED
from .words_recipient import EXPIRED_STRONG

# An enhanced status code right after a reply code ("550 5.1.1", "550-5.1.1", "#5.1.1").
# Gateways quote the remote reply: "550-'5.4.1 Recipient address rejected ...'".
# Only failure codes: a transcript's "250 2.1.0 Ok" before the refusal names nothing.
# (Look-behinds follow the first character, so the engine can skip ahead by it.)
_STATUS_AFTER_REPLY = re.compile(r"[45](?<!\d[45])\d\d[ -]['\"]?#?([45]\.[0-7]\.\d{1,3})(?![\d.])")
# Exchange wraps the remote server's reply in its own: "Remote Server returned '554 5.7.0
# <host #5.7.133 smtp;550 5.7.133 ...>'": the reply after "smtp;" is the remote's own.
# Written as the two cases find_status tests for before searching. The reply code may be
# missing: "554 5.0.0 < #5.0.0 smtp; 5.4.7 - Delivery expired ...>" (unseen-14).
_STATUS_REMOTE = re.compile(
    r"(?:smtp|SMTP); ?(?:[45]\d\d[ -])?['\"]?#?([45]\.[0-7]\.\d{1,3})(?![\d.])"
)
_STATUS_HASH = re.compile(r"[(#]#?([45]\.[0-7]\.\d{1,3})(?![\d.])")
# A bare code; the look-arounds keep dotted IP addresses and versions out.
_STATUS_BARE = re.compile(r"([45](?<![\w.][45])\.[0-7]\.\d{1,3})(?![\d.]|\.\d)")
_STATUS_FIELD = re.compile(r"([245])\.(\d{1,3})\.(\d{1,3})")
# Literal-first alternatives (no leading \b): the engine skips ahead by first character.
_RETRY_WORDS = re.compile(r"deferred|will (?:be )?retr|still trying|delayed")
_FINAL_WORDS = re.compile(r"permanent|fatal|was undeliverable|is undeliverable")
# A notice that says it gave the message up is final even when it quotes the last
# attempt's "Deferred: Connection timed out" (sendmail's final notice after its queue
# lifetime; its warning says "transient non-fatal errors" instead).
_GAVE_UP = re.compile(r"permanent fatal error|deleted from (?:the )?queue")
# "Temporary" words of a delay. Not Postfix's "delivery temporarily suspended", which also
# ends a final bounce: it names the state of the destination when the queue gave up.
_TEMPORARY = re.compile(r"temporar(?!ily suspended)")
_REPLY_CODE = re.compile(r"([45](?:(?<=^[45])|(?<=[\s:;(#<\[][45]))[0-5]\d)(?=[\s-]|$)")

# Status codes too generic to name a reason on their own (X.0.0, X.1.0, X.2.0 ...).
_GENERIC_CODES = frozenset({"0.0", "1.0", "2.0", "3.0", "4.0", "5.0", "6.0", "7.0", "7.1"})


@functools.lru_cache(maxsize=32)  # asked for the same diagnostic several times per message
def find_status(text: str) -> str | None:
    """Return the first enhanced status code in text: the remote server's own reply after
    "smtp;" first, then one after a reply code, then any."""
    if not text or ("4." not in text and "5." not in text):
        return None
    if "smtp;" in text or "SMTP;" in text:
        m = _STATUS_REMOTE.search(text)
        if m:
            return normalise_status(m.group(1))
    for rx in (_STATUS_AFTER_REPLY, _STATUS_HASH, _STATUS_BARE):
        m = rx.search(text)
        if m:
            if rx is _STATUS_AFTER_REPLY and _quoted_other_class(text, m):
                return None
            return normalise_status(m.group(1))
    return None


def _quoted_other_class(text: str, m: re.Match[str]) -> bool:
    """True when the code follows a quoted inner reply of the other class than the text's
    own first reply ("554 Message expired ... Remote host said: 454 4.7.1 ..."): the
    outer reply is the verdict, the inner one's code only says what the last try got."""
    first = _REPLY_CODE.search(text, 0, m.start() + 1)
    return first is not None and first.start() < m.start() and first.group(1)[0] != m.group(1)[0]


def find_reply_code(text: str) -> str | None:
    """Return the first basic SMTP reply code (4xx/5xx) found in text."""
    m = _REPLY_CODE.search(text or "")
    return m.group(1) if m else None


def normalise_status(value: str | None) -> str | None:
    """Return a status like '5.1.1' from a DSN Status: field, or None."""
    if not value:
        return None
    m = _STATUS_FIELD.search(value)
    if not m:
        return None
    return f"{m.group(1)}.{int(m.group(2))}.{int(m.group(3))}"


# A delivery-status part shown as plain text (pasted, forwarded or mis-typed): its Status:
# field is the reporting MTA's verdict, as in a real report (unseen-8: a delay warning's
# "Status: 4.7.1" for a greeting's "554 5.7.1").
# Behind a test for "status:": re tries a case-insensitive "^" at every line of the note.
_TEXT_STATUS_FIELD = Gated(re.compile(r"(?im)^status:[ \t]*([245]\.\d{1,3}\.\d{1,3})\b"))


def text_status_field(text: str) -> str | None:
    """Return the Status: field of a report shown as text, unless only a class (X.0.0)."""
    m = _TEXT_STATUS_FIELD.search(text)
    status = normalise_status(m.group(1)) if m else None
    return None if status is None or status.endswith(".0.0") else status


REASON_TEXT_CHARS = 1500

# Text reasons specific enough to overrule a code the remote server did not give itself.
_REMOTE_WORDS = frozenset(
    {"userunknown", "hostunknown", "mailboxfull", "mesgtoobig", "suspend", "spamdetected"}
)


# A hedge that lists three or more possible causes ("Mailbox might be disabled, full, or may
# not exist", "The account or domain may not exist, they may be blacklisted, or missing the
# proper dns entries") names none of them: its words are not read as the cause (unseen-14;
# the corpus labels cPanel's hedge "names no single cause"); the rest of the text and the
# code decide. Not a choice of two (Google Groups' "may not exist, or you may not have
# permission to post", labelled by its second half).
_HEDGE = re.compile(r"(?:might|may) (?:be|not) [^.,;]{1,40}(?:, [^.,;]{1,40})+,? or [^.;]{0,80}")


# The line prefixes of a multi-line reply as a transcript or a report quotes it ("not <<<
# 550-5.7.1 RFC 5322 compliant", sendmail; "550-5.7.1 ... 550-5.7.1 ..."): a continuation
# line's code (NNN-X.Y.Z, the hyphen marks a line that is not the last) would split the
# words broken across lines, so it is dropped before the words are read (fix8, unseen-18).
# The pattern starts with its literal hyphen, which the engine finds fast; the reply code
# before it is checked by hand.
_CONTINUATION = re.compile(r"-[45]\.\d{1,3}\.\d{1,3}\b ?")


def _joined_lines(low: str) -> str:
    """`low` without the continuation prefixes ("<<< 550-5.7.1 ") of a multi-line reply."""
    parts = []
    last = 0
    for m in _CONTINUATION.finditer(low):
        start = m.start() - 3
        code = low[start : m.start()]
        if start < last or code[0] not in "45" or not code.isdigit():
            continue
        if start and low[start - 1].isalnum():
            continue  # part of a longer number or word
        if low.startswith("<<< ", start - 4) and start - 4 >= last:
            start -= 4
        parts.append(low[last:start])
        last = m.end()
    parts.append(low[last:])
    return "".join(parts)


def _reason_words(text: str) -> str:
    """The diagnostic as the phrases read it: white space collapsed, lower case, its
    first REASON_TEXT_CHARS characters."""
    return " ".join(text[: REASON_TEXT_CHARS * 2].split())[:REASON_TEXT_CHARS].lower()


@functools.lru_cache(maxsize=16)  # the same diagnostic is asked about 2-3 times per message
def reason_from_text(text: str) -> str | None:
    """Return the reason named by diagnostic text (its first 1500 characters), or None."""
    low = _reason_words(text or "")
    if "-5." in low or "-4." in low:
        low = _joined_lines(low)
    if " or " in low and ("may " in low or "might " in low):
        low = _HEDGE.sub(" ", low)
    if not low.strip():
        return None
    return first_reason(low)


# Code verdicts a specific code decides on its own (text may only refine, see _REFINES);
# other code verdicts ("blocked", "securityerror", ...) name a family the text can narrow.
_CODE_WINS = frozenset(
    {
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
        "notcompliantrfc",
    }
)
# Text reasons that refine a code verdict: X.1.1 "account disabled" / "no such domain" /
# null MX; X.2.3 says which limit; Exchange's "5.2.2 Submission quota exceeded" is the
# sender's quota, not a full mailbox.
_REFINES: dict[str, frozenset[str]] = {
    # X.1.1 is also sent when the recipient's own settings refuse us ("refused due to
    # recipient preferences") or the sender may not post (a list or group): Sisimai's
    # "filtered" and "rejected", neither of them a bad address.
    # Relay refusals ("454 4.1.1 Relay access denied!", go-guerrilla) and a quota named
    # in the words ("552 5.1.1 recipient rejected - extended quota violation", Comcast)
    # are sent with X.1.1 too: the words name the cause, not a bad address.
    "userunknown": frozenset(
        {"suspend", "hostunknown", "notaccept", "filtered", "rejected", "norelaying", "mailboxfull"}
    ),
    # X.2.3 is also sent for a site's mail policy ("554 5.2.3 MailPolicy violation", Zoho).
    "exceedlimit": frozenset({"mailboxfull", "mesgtoobig", "policyviolation"}),
    "notaccept": frozenset({"userunknown"}),
    # X.2.2 is also sent for a per-IP rate (mox) and for a plain-text client where only
    # TLS is taken (Zimbra LMTP "4.2.2 Server accepts messages only on TLS connection"),
    # and for an address that does not exist ("552 5.2.2 : Recipient address rejected:
    # Address does not exist", unseen-14): a mailbox that is not there cannot be full.
    "mailboxfull": frozenset({"ratelimited", "securityerror", "userunknown"}),
    # X.4.4 "unable to route" read as an unknown host; a text saying the DNS answer is
    # broken (Exchange "5.4.4 SMTPSEND.DNS.MxLoopback ... configured in a loop") names the
    # cause more precisely.
    # X.1.2 is also sent for our sender's domain ("550 5.1.2 Sender Domain Not Found"): the
    # words name whose domain it is (Sisimai's "rejected"), as for X.1.1.
    # X.1.2 with the words of a domain that takes no mail (null MX, "Recipient domain does
    # not accept mail", lbbs) is notaccept.
    # X.4.4 with words refusing to relay (Exchange "550 5.4.4 Unable to relay", unseen-16):
    # the server would not route the message for us, as X.1.1's relay refusals above.
    "hostunknown": frozenset({"networkerror", "rejected", "notaccept", "norelaying"}),
    # Exchange's 5.1.6 "Recipient addresses in single label domains not accepted".
    "hasmoved": frozenset({"hostunknown"}),
    # X.3.1 "mail system full" is also sent for a sender's own limit ("452 4.3.1 You send
    # too many messages"): words naming a sending limit say which.
    # lbbs "452 4.3.1 Temporary system error": words naming a fault, not storage.
    "systemfull": frozenset({"ratelimited", "systemerror"}),
    # X.7.29 is registered for an ARC failure, but Gmail sends 4.7.29 for mail that did not
    # come over TLS (test_quoted_texts_6): words naming TLS say which check failed.
    "authfailure": frozenset({"securityerror"}),
}
# X.5.3 "too many recipients" is a protocol code without a Sisimai reason of its own (ADR
# 0017, convention 5): alone it is a cap on recipients (ratelimited), but servers send it
# for other refusals of a recipient ("5.5.3 Multi-recipient bounce", a size filter, "only
# one recipient allowed without SPF pass"): words that name a cause decide, as they did
# while it read toomanyconn (not a deciding code verdict).
_TEXT_FIRST = frozenset({"5.3"})


# The words of a queue lifetime run out ("I'm not going to try again; this message has
# been in the queue too long", "giving up", "expired"), taken out of a refusal to read
# what else it names (_refusal_besides_expiry).
_EXPIRY_WORDS = re.compile("|".join(f"(?:{w})" for w in EXPIRED_STRONG + EXPIRED))


def _refusal_besides_expiry(status: str | None, text: str) -> str | None:
    """The cause a permanent refusal names beside the words of a queue given up, or None.

    "Expired" is the outcome of temporary failures retried until the queue lifetime ran
    out (Sisimai: delivery time expired). A remote reply whose enhanced code is of class 5
    ("450 5.7.1 ... Poor Reputation Sender", qmail retrying on the basic 450 alone; qmail's
    "550 5.7.1 ... Giving up on <host>") refused for good: the retries were the sending
    MTA's own reading, and the cause the reply names is the reason. A temporary refusal
    that was retried until the queue gave up stays expired (the corpus labels qmail's
    "450 4.7.1 cannot find your hostname ... in the queue too long" so), and so does a
    code of the X.4 family (network, routing, "5.4.7 delivery expired"), whose failures
    are what expiry is made of.
    """
    if not status or status[0] != "5" or status[1:4] == ".4.":
        return None
    own = find_status(text)
    if own is None or own[0] != "5" or own[1:4] == ".4.":
        return None  # the class-5 code is not the remote server's own
    rest = first_reason(_EXPIRY_WORDS.sub(" ", _reason_words(text)))
    return None if rest in (None, "expired", "networkerror") else rest


def decide_reason(status: str | None, text: str, by_text: str | None = None) -> str:
    """Combine the status code and diagnostic text (or its known text reason) into one reason.

    Order: a specific code that names the failing object (unless the text refines it or
    is the remote server's own word against a translated code); the text; a generic
    code; the text model's confident guess for a server's reply (textmodel.py); the
    conventional meaning of a bare SMTP reply code; "undefined".
    """
    if by_text is None:
        by_text = reason_from_text(text)
    if by_text == "expired":
        by_text = _refusal_besides_expiry(status, text) or by_text
    by_code = reason_for_status(status)
    rest = status.partition(".")[2] if status else ""
    if rest.startswith("6."):
        # Sisimai's published definition: any X.6.* status (media and content errors,
        # X.6.0 included) is "contenterror", whatever words the server added.
        return "contenterror"
    if rest == "4.1" and by_text:
        return by_text  # "no answer from host" is as often a refused connection as a timeout
    if by_code and rest not in _GENERIC_CODES:
        if by_code not in _CODE_WINS or rest in _TEXT_FIRST:
            return by_text or by_code
        if by_text and by_text in _REFINES.get(by_code, ()):
            return by_text
        if by_text and by_text != by_code and _has_code_for(text, by_text):
            # The reply carries a second code that agrees with its words ("552 5.1.1 5.2.2
            # sorry, final recipient mailbox is full"): words and code outweigh one code.
            return by_text
        if by_text in _REMOTE_WORDS and by_text != by_code and find_status(text) is None:
            # The code is the reporting MTA's translation (a DSN Status field) and the
            # remote server's own words carry no code: its words name the cause.
            return by_text
        return by_code
    if by_text:
        return by_text
    if by_code:
        return by_code
    reply = find_reply_code(text)
    # Nothing else names a reason: the statistical fallback reads a server's new wording
    # (ADR 0015, addendum 2), before a bare reply code's conventional meaning, which it has
    # learnt from the reply code as a feature. Only a server's reply (a reply code in the
    # text): a notice's own boilerplate names no cause, and the model would guess one.
    guess = guess_reason(text, status, reply) if reply else None
    return guess or reason_for_reply(reply) or "undefined"


def _has_code_for(text: str, reason: str) -> bool:
    """True when an enhanced status code in text names `reason`."""
    return any(
        reason_for_status(normalise_status(code)) == reason
        for code in _STATUS_BARE.findall(text[:REASON_TEXT_CHARS])
    )


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
    if _GAVE_UP.search(low):
        return True
    if _RETRY_WORDS.search(low):
        return False
    # "Undeliverable ... the account is temporarily over quota": the notice is final,
    # "temporarily" describes the mailbox; only retry words make it a delay.
    if _FINAL_WORDS.search(low):
        return True
    if _TEMPORARY.search(low):
        return False
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
