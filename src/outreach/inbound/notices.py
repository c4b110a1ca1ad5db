"""Automatic notices that are neither failures nor replies written by a person.

- Challenge-response systems (Boxbe, Bluebottle, Spam Arrest, EarthLink spamBlocker,
  Mailblocks, TMDA, ChoiceMail, ...) hold our message until the sender proves to be a
  person. They answer on behalf of the recipient, the address is good, and nothing is
  refused for good: kind ``autoreply``; reason ``onhold`` for the challenge (message
  held), ``vacation`` for the "you are on my guest list" confirmation (delivered).
  Postmark files them as "ChallengeVerification", apart from bounces, for the same reason.
- Read receipts sent as plain messages ("Read: ...", "Your message ... was read on ...")
  besides RFC 8098 MDNs: kind ``unknown``, reason ``delivered``.
- Success notices sent as plain messages (Exchange "Delivered:", "Relayed:"): kind
  ``unknown``, reason ``delivered``.
"""

from __future__ import annotations

import re

from .parse import first_address, header
from .phrases import Caseless, Phrases, lowered
from .regexlits import factored
from .view import View

_CR_BRANDS = (
    "boxbe",
    "bluebottle",
    "spam arrest",
    "spamarrest",
    "spamblocker",
    "mailblocks",
    "choicemail",
    "tmda",
    "sanebox",
    "mailwasher",
    "permitmail",
    "qurb",
    "vanquish",
    "spamcease",
    "challenge-response",
    "challenge/response",
    "challenge response",
)
# Phrases of a challenge: the sender must prove to be a person, or get approved.
# Each is tried only when its literal anchor occurs (phrases.Phrases).
_CR_CHALLENGE = Phrases(
    (
        r"verify (?:that )?you(?:'re| are) (?:a )?(?:real|human|person|not a (?:robot|spammer))",
        r"complete (?:the|this|a) (?:quick )?(?:one-time )?verification",
        r"click .{0,40}(?:link|button).{0,80}(?:verify|confirm|approve|deliver|added|request)",
        r"follow .{0,40}(?:link|button).{0,80}(?:verify|confirm|approve|deliver|added|request)",
        r"(?:on|to) (?:my|the) (?:\w+ )?guest list",
        r"waitlist",
        r"not (?:yet )?(?:been )?pre-?approved",
        r"(?:account|mailbox|inbox|address) is protected by",
        r"added to (?:my|the|the recipient's) (?:\w+ )?(?:list of )?"
        r"(?:approved|allowed|safe|accepted)",
        r"(?:messages|mail|e-?mail) only from (?:senders|people|persons) (?:i|who|that)",
        r"protect(?:ing)? (?:myself|me|my (?:inbox|mailbox)) from (?:spam|junk|unsolicited)",
        r"held until (?:you|your|the sender|i approve|approved|verified)",
        r"held pending (?:you|your|the sender|verification|approval)",
        r"please confirm (?:that )?you sent",
    )
)
# The confirmation after a successful challenge: the message went through.
_CR_CONFIRMED = re.compile(
    r"you(?:'re| are| have been) (?:now )?(?:listed |added )?(?:on|to) (?:my|the) "
    r"(?:\w+ )?(?:guest|approved|allowed|safe)|"
    r"your (?:message|email|e-mail) (?:has been|was) delivered"
)


def challenge(subject: str, note: str) -> str | None:
    """Return 'onhold' / 'vacation' for a challenge-response notice, else None.

    A brand name alone is not enough (a human may mention Boxbe); a challenge phrase
    is. Sender-verification *failures* ("sender verify failed") are bounces and do
    not match: the phrases ask a person to act.
    """
    text = f"{subject}\n{note[:4000]}".lower()
    brand = any(map(text.__contains__, _CR_BRANDS))
    if not (brand or _CR_CHALLENGE.gate(text)) or "moderator" in text:
        return None  # nothing of a challenge; or a mailing list's moderation hold
    text = " ".join(text.split())
    challenged = _CR_CHALLENGE.search(text)
    if not (challenged or brand):
        return None
    if _CR_CONFIRMED.search(text):
        return "vacation"
    return "onhold" if challenged else None


_READ_SUBJECT = re.compile(
    r"(?i)^\s*(?:read|not read|gelesen|nicht gelesen|lu|non lu|le[íi]do|no le[íi]do|gelezen|"
    r"niet gelezen|lido|n[ãa]o lido|letto|non letto|開封済み|未開封|read receipt|"
    r"return receipt|lesebest[äa]tigung|accus[ée] de lecture|confirmaci[óo]n de lectura|"
    r"leesbevestiging|confirma[çc][ãa]o de leitura|conferma di lettura)\s*:"
)
_READ_BODY = factored(
    r"(?i)(?:was|has been) read on|was deleted without being read|"
    r"wurde am .{0,60}gelesen|ohne gelesen zu werden|a [ée]t[ée] lu le|"
    r"sans avoir [ée]t[ée] lu|fue le[íi]do el|se ha le[íi]do|is gelezen op|werd gelezen op|"
    r"foi lid[ao] em|[èe] stato letto il|開封されました|開封しました",
    loose=True,
)


def is_read_receipt(subject: str, note: str) -> bool:
    """A read receipt sent as an ordinary message: a receipt subject and receipt words."""
    return bool(_READ_SUBJECT.search(subject)) and bool(_READ_BODY.search(note[:3000]))


# Asked of every subject that reaches it: run over the lower-cased subject (phrases.Caseless).
_SUCCESS_SUBJECT = Caseless(
    r"(?i)^\s*(?:delivered|relayed|zugestellt|weitergeleitet|remis|entregado|bezorgd|"
    r"entregue|recapitato|配信済み)\s*:|"
    r"delivery status notification \((?:success|relay)\)|successful mail delivery report|"
    r"(?:mail|message) has been delivered|(?:mail|message) (?:was )?delivered successfully|"
    r"メールが正常に配信|邮件已成功|郵件已成功"
)
_SUCCESS_BODY = re.compile(
    r"(?i)delivery to (?:the following|these) recipients? (?:or groups )?"
    r"(?:was |has been )?(?:complete|successful)|"
    r"your message has been (?:successfully )?delivered|"
    r"(?:has been|was) (?:successfully )?(?:delivered|relayed) to|"
    r"erfolgreich zugestellt|a [ée]t[ée] remis|se ha entregado|is bezorgd|foi entregue|"
    r"[èe] stato recapitato|に届きました|已成功送|已成功到"
)
_SUCCESS_GATE = (
    "delivered",
    "relayed",
    "complete",
    "successful",
    "zugestellt",
    "remis",
    "entregado",
    "bezorgd",
    "entregue",
    "recapitato",
    "届きました",
    "已成功",
)
_FAILURE_BODY = factored(
    r"(?i)could not be delivered|couldn't be delivered|undeliverable|not delivered|"
    r"delivery (?:has )?failed|permanent(?:ly)? fail|failed permanently|"
    r"nicht zugestellt|n'a pas pu|no se pudo|niet bezorgd|n[ãa]o foi entregue|non [èe] stato",
    loose=True,
)


def is_success_notice(subject: str, note: str) -> bool:
    """A plain-text success (delivered / relayed) notice without any failure in it."""
    if not _SUCCESS_SUBJECT.search(subject, lowered(subject)):
        return False
    head = note[:3000]
    low = head.lower()
    if not any(map(low.__contains__, _SUCCESS_GATE)):
        return False
    return _SUCCESS_BODY.search(head) is not None and _FAILURE_BODY.search(head) is None


# A mailing list's software refusing a post from a non-member (FML, Mailman, Majordomo,
# ...): sent from the list's administrative address, with our message returned.
_LIST_SENDER = re.compile(r"(?i)[-.](?:admin|owner|request|bounces?)@|^(?:fml|mailman|majordomo)@")
_LIST_REFUSAL = re.compile(
    r"(?i)not a member of (?:this|the) (?:mailing )?list|\bnot member article\b|"
    r"only (?:list )?members (?:may|can) post|posting (?:to this list )?is restricted to members"
)


def is_list_rejection(view: View, subject: str) -> bool:
    """True for a list server's refusal of our post because we are not a member."""
    if view.original is None:
        return False
    msg = view.msg
    sender = first_address(header(msg, "From")) or ""
    listy = bool(_LIST_SENDER.search(sender)) or any(
        header(msg, name) for name in ("X-MLServer", "X-ML-Name", "List-Id")
    )
    return listy and bool(_LIST_REFUSAL.search(f"{subject}\n{view.note[:3000]}"))
