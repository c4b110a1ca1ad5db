"""Diagnostic phrases by reason (Sisimai's vocabulary), in priority order.

The wordings live in words_recipient.py and words_policy.py (data): add one there when
a provider words a known failure in a new way. Each phrase is a regex over lower-cased,
whitespace-collapsed text and should contain a literal word, its anchor: phrases are
only tried when the anchor occurs. This module fixes the order in which they are tried.
"""

from __future__ import annotations

import re

from . import words_policy as p
from . import words_recipient as r

_GROUPS = re.compile(r"\((?:[^()]|\([^()]*\))*\)[?*+]?|\[[^\]]*\][?*+]?|\\.|\.\{[^}]*\}|\.")


def _anchor(phrase: str) -> str:
    """The longest literal run a match of `phrase` must contain ('' when none is safe)."""
    flat = _GROUPS.sub("\0", phrase)
    runs = re.findall(r"[\w' :/-]{3,}(?![?*{])", flat)
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


def _rx(phrases: tuple[str, ...]) -> _Phrases:
    return _Phrases(phrases)


# Checked in this order on lower-cased text; the first hit wins. Order matters:
# a sender-side rejection that says "user unknown" is about *our* address; a
# blocklist hit that mentions "spam" is about our IP, not content; specific words
# of every reason come before the generic words of a refused recipient
# ("recipient rejected", "mailbox unavailable", "does not exist").
BY_TEXT: list[tuple[str, _Phrases]] = [
    ("rejected", _rx(r.REJECTED)),
    ("filtered", _rx(r.FILTERED_SENDER)),
    ("systemerror", _rx(p.SYSTEMERROR_PROCESSING)),
    ("expired", _rx(r.EXPIRED_STRONG)),
    ("ratelimited", _rx(r.RATELIMITED_SENDER)),
    ("hostunknown", _rx(r.HOSTUNKNOWN)),
    ("suspend", _rx(r.SUSPEND_STRONG)),
    ("userunknown", _rx(r.USERUNKNOWN)),
    ("mailboxfull", _rx(r.MAILBOXFULL)),
    ("hasmoved", _rx(r.HASMOVED)),
    ("suspend", _rx(r.SUSPEND)),
    ("systemerror", _rx(p.SYSTEMERROR_COMMAND)),
    ("networkerror", _rx(p.NETWORK_STRONG)),
    ("blocked", _rx(p.GREYLISTED)),
    ("requireptr", _rx(p.REQUIREPTR)),
    ("authfailure", _rx(p.AUTHFAILURE)),
    ("badreputation", _rx(p.BADREPUTATION)),
    ("blocked", _rx(p.BLOCKED_LISTS)),
    ("norelaying", _rx(p.NORELAYING)),
    ("spamdetected", _rx(p.SPAMDETECTED)),
    ("userunknown", _rx(r.USERUNKNOWN_WEAK)),
    ("blocked", _rx(p.BLOCKED)),
    ("virusdetected", _rx(p.VIRUS)),
    ("ratelimited", _rx(p.RATELIMITED)),
    ("toomanyconn", _rx(p.TOOMANYCONN)),
    ("exceedlimit", _rx(p.EXCEEDLIMIT)),
    ("mesgtoobig", _rx(p.MESGTOOBIG)),
    ("systemfull", _rx(p.SYSTEMFULL)),
    ("notaccept", _rx(p.NOTACCEPT)),
    ("expired", _rx(p.EXPIRED)),
    ("networkerror", _rx(p.NETWORKERROR)),
    ("onhold", _rx(p.ONHOLD)),
    ("filtered", _rx(p.FILTERED)),
    ("securityerror", _rx(p.SECURITYERROR)),
    ("policyviolation", _rx(p.POLICYVIOLATION)),
    ("notcompliantrfc", _rx(p.NOTCOMPLIANTRFC)),
    ("contenterror", _rx(p.CONTENTERROR)),
    ("syntaxerror", _rx(p.SYNTAXERROR)),
    ("systemerror", _rx(p.SYSTEMERROR)),
]
