"""Corrections to a built bounce from what the whole notice says, beyond the one
recipient's diagnostic: where in the SMTP dialogue the refusal came and whether the
message was given up after its queue lifetime.
"""

from __future__ import annotations

import dataclasses
import re

from . import codes, reasons
from .model import Classification
from .parse import header
from .phrases import Phrases
from .view import View
from .words_policy import NETWORK_DNS, NETWORK_STRONG, NETWORKERROR
from .words_recipient import EXPIRED_STRONG

_EXPIRED = Phrases(EXPIRED_STRONG)
_NETWORK = Phrases(NETWORK_STRONG + NETWORKERROR)
_DNS_TEMPORARY = Phrases(NETWORK_DNS)
# A refusal given in reply to DATA, after the recipient was accepted, as a sendmail
# transcript shows it (">>> DATA" then "<<< 550 Unknown user ..."). Postfix's "(in
# reply to end of DATA command)" is left out: LMTP and Yahoo give a plain "does not
# exist" there, and the corpus labels those unknown users.
_AFTER_DATA = re.compile(r">>> data\s*\n\s*<<< [45]\d\d")
# Per-recipient reasons that say only that the remote side could not be reached (or
# nothing at all): a notice that gave the message up after its queue lifetime names the
# outcome better (Sisimai: "expired", delivery time expired after connection failures).
_GIVEN_UP_FROM = frozenset({"networkerror", "undefined", "systemerror"})
# A reply that is only codes and "Service unavailable" ("550: 5.7.1 Service unavailable",
# unseen-9): the stock text of a refusal (Postfix's own begins "Service unavailable;
# Client host ... blocked"), so a 5.7.x code names the cause, not a fault of the server.
_GENERIC_POLICY = frozenset({"5.7.0", "5.7.1"})
_BARE_UNAVAILABLE = re.compile(
    r"[\d.:;#\s-]*service (?:is )?(?:currently |temporarily )?(?:not available|unavailable)[\s.;]*"
    r"(?:\(in reply to [a-z ]{1,30} command\)\s*)?"  # Postfix's note of the command
)


def bounce(view: View, result: Classification) -> Classification:
    """Return the bounce corrected by notice-level evidence (unchanged when there is none)."""
    if result.kind != "bounce":
        return result
    reason = _reason(view, result)
    if reason == result.reason:
        return result
    return dataclasses.replace(
        result, reason=reason, hard=reasons.is_hard(reason, result.permanent)
    )


def _reason(view: View, result: Classification) -> str | None:
    reason = result.reason
    # Most bounces name a reason none of these rules touches: no text work for them.
    if reason == "userunknown":
        if _generic(result.status) and _refused_after_data(view.note[:8000].lower(), result):
            # The recipient was accepted, then refused with a bare "unknown user" once
            # the content was seen: the recipient's filter (Japanese carriers), not a
            # bad address (Sisimai: "filtered"). An X.1.1 code is the server saying
            # the mailbox is bad (sendmail's pipelined RCPT replies follow DATA too).
            return "filtered"
    elif reason == "hostunknown" and result.permanent is False:
        # A temporary lookup failure (qmail's "#4.1.2") that the notice gave up on after
        # the queue lifetime ("not going to try again; ... in the queue too long").
        if _EXPIRED.search(_collapsed(_given_up_text(view))):
            return "expired"
        # "Host not found, try again": a DNS lookup that failed for now, in a notice
        # that will retry, says nothing yet about the domain.
        if _DNS_TEMPORARY.search(_collapsed(result.diagnostic or "")):
            return "networkerror"
    elif reason == "systemerror" and _bare_policy_refusal(result):
        return codes.reason_for_status(result.status) or reason
    elif reason in _GIVEN_UP_FROM and result.permanent is not None:
        if _EXPIRED.search(_collapsed(_given_up_text(view))):
            return "expired"
    elif reason == "expired" and result.permanent is False:
        # A 4xx that was not given up: not expired (yet). When the notice or the
        # diagnostic says the host could not be reached, that is the reason. "Given up"
        # is read where the branch above reads it, the subject included.
        text = _collapsed(f"{_given_up_text(view)} {result.diagnostic or ''}")
        if not _EXPIRED.search(text) and (_NETWORK.search(text) or _network_code(result.status)):
            return "networkerror"
    return reason


def _given_up_text(view: View) -> str:
    """The notice and its subject: sendmail names the queue timeout in the subject only
    ("Returned mail: Cannot send message for 5 days") when its text is cut or custom."""
    return f"{header(view.msg, 'Subject')[:300]}\n{view.note[:7000]}"


def _bare_policy_refusal(result: Classification) -> bool:
    """A permanent 5.7.x refusal whose reply says nothing but "Service unavailable", its
    code a specific one: a generic 5.7.0/5.7.1 beside the words names no other cause, and
    the words are the server's state (ADR 0017, convention 6: systemerror)."""
    status = result.status or ""
    if not status.startswith("5.7.") or status in _GENERIC_POLICY:
        return False
    diagnostic = (result.diagnostic or "").lower()
    return _BARE_UNAVAILABLE.fullmatch(diagnostic) is not None


def _collapsed(text: str) -> str:
    """Lower-cased, whitespace-collapsed start of a text, as the phrase lists expect."""
    return " ".join(text[:7000].lower().split())


def _network_code(status: str | None) -> bool:
    """X.4.2-X.4.6: bad connection, routing, congestion. X.4.1 ("no answer from host")
    and X.4.7 ("delivery time expired") keep the code's "expired" unless the text names
    a network failure (the corpus labels a bare delayed 4.4.1 expired)."""
    if not status:
        return False
    return status[1:4] == ".4." and status[4:] in {"2", "3", "4", "5", "6"}


def _generic(status: str | None) -> bool:
    return status is None or status.endswith(".0.0")


def _refused_after_data(low: str, result: Classification) -> bool:
    """True when the notice shows the recipient's refusal as the reply to DATA."""
    if "data" not in low:
        return False
    m = _AFTER_DATA.search(low)
    if m is None:
        return False
    recipient = result.recipient or ""
    # The refusal must be about this recipient: near its address, or the only one.
    window = low[max(0, m.start() - 400) : m.end() + 400]
    return recipient in window or len(result.recipients) <= 1
