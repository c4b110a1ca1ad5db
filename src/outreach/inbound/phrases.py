"""Diagnostic phrases by reason (Sisimai's vocabulary), in priority order.

The wordings live in words_recipient.py and words_policy.py (data): add one there when
a provider words a known failure in a new way. Each phrase is a regex over lower-cased,
whitespace-collapsed text and should contain a literal word, its anchor: phrases are
only tried when the anchor occurs. This module fixes the order in which they are tried.
It also holds the matchers built on those anchors (Phrases, AnchorIndex, Caseless, Gated,
Headed); what literal text a regex needs is read in regexlits.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cached_property
from operator import itemgetter

import ahocorasick

from . import words_policy as p
from . import words_recipient as r
from .regexlits import (
    FLAGS,
    anchors,
    factored,
    leading_literal,
    literal_first,
    needs_non_ascii,
    split_top,
)


class Phrases:
    """A reason's phrases; each regex runs only when one of its literal anchors occurs.

    A combined alternation is tried at every position of the text (slow on long
    notices); a substring test first leaves a handful of single-phrase searches, which
    the regex engine speeds up with their literal prefixes. Anchors are tested lazily,
    so a text stops paying once a higher-priority reason has matched.
    """

    def __init__(self, phrases: tuple[str, ...]) -> None:
        self.items = tuple((anchors(p), re.compile(literal_first(p))) for p in phrases)
        # (first anchor, the other anchors, regex): the common one-anchor case costs
        # a single substring test.
        self.tests = tuple((a[0], a[1:], rx) for a, rx in self.items)
        # The group's gate: '' is in every text (such a phrase is always tried); an
        # anchor containing another one adds nothing to the gate and is dropped.
        flat = sorted({a for anchors, _ in self.items for a in anchors}, key=len)
        self.anchors = tuple(a for i, a in enumerate(flat) if not any(b in a for b in flat[:i]))

    def gate(self, low: str) -> bool:
        """True when one of the phrases' anchors occurs (a phrase might match)."""
        return any(map(low.__contains__, self.anchors))

    def search(self, low: str) -> bool:
        """True when one of the phrases occurs in the lower-cased text."""
        has = low.__contains__
        if not any(map(has, self.anchors)):
            return False  # C-level gate: none of this reason's words occur
        for first, more, rx in self.tests:
            if (has(first) or (more and any(map(has, more)))) and rx.search(low):
                return True
        return False


def _automaton(values: Mapping[str, object]) -> ahocorasick.Automaton:
    """An Aho-Corasick automaton of the words, each reported with its value (made ready
    for searching when it has any word)."""
    automaton = ahocorasick.Automaton()
    for word, value in sorted(values.items()):
        automaton.add_word(word, value)
    if values:
        automaton.make_automaton()
    return automaton


def _automata(values: Mapping[str, object]) -> tuple[ahocorasick.Automaton, ahocorasick.Automaton]:
    """_automaton of all the words, and of their ASCII ones only, for ASCII text (where no
    other can occur): pyahocorasick scans a node's children one by one, and the words'
    non-ASCII first characters (CJK, Cyrillic) slowed the root down at every step of an
    ASCII text (speed pass 15). Without an ASCII word the first one serves for both."""
    full = _automaton(values)
    ascii_values = {w: v for w, v in values.items() if w.isascii()}
    return full, (_automaton(ascii_values) if ascii_values else full)


class AnchorIndex:
    """Which of many anchors occur in a text, found in one pass by an Aho-Corasick
    automaton (pyahocorasick, C): every occurrence, overlapping ones included, in time
    linear in the text. It replaced a trie regex that the engine walked at each position
    (~70 KB of compiled code, about 3x slower on diagnostics; BENCHMARKS.md, "speed pass 3")."""

    def __init__(self, anchors: set[str]) -> None:
        self.words = frozenset(a for a in anchors if a)
        self._automaton, self._ascii = _automata({word: word for word in self.words})

    def _for(self, low: str) -> ahocorasick.Automaton:
        """The automaton to search `low` with: the ASCII words' one for ASCII text."""
        return self._ascii if low.isascii() else self._automaton

    def matches(self, low: str) -> set[str]:
        """Every anchor that occurs in `low`."""
        if not self.words:
            return set()
        return {word for _, word in self._for(low).iter(low)}

    def any_in(self, low: str) -> bool:
        """True when one of the anchors occurs in `low` (one pass, however many anchors)."""
        return bool(self.words) and next(self._for(low).iter(low), None) is not None

    def occurrences(self, low: str) -> Iterator[tuple[int, str]]:
        """(start, anchor) of every occurrence of an anchor in `low`, in the order they end."""
        if self.words:
            for end, word in self._for(low).iter(low):
                yield end - len(word) + 1, word


# Checked in this order on lower-cased text; the first hit wins. Order matters:
# a sender-side rejection that says "user unknown" is about *our* address; a
# blocklist hit that mentions "spam" is about our IP, not content; specific words
# of every reason come before the generic words of a refused recipient
# ("recipient rejected", "mailbox unavailable", "does not exist").
_ORDER: list[tuple[str, tuple[str, ...]]] = [
    ("spamdetected", p.PROVIDER_SPAM),
    ("spamdetected", p.SPAM_SCORED),
    ("ratelimited", p.PROVIDER_RATELIMITED),
    ("ratelimited", p.RATELIMITED_SENDER_RATE),
    ("toomanyconn", p.PROVIDER_TOOMANYCONN),
    ("blocked", p.PROVIDER_BLOCKED),
    ("rejected", p.PROVIDER_REJECTED),
    # fix8: greylisting names the cause inside a sender/recipient refusal ("Sender address
    # rejected: Greylisted for 300 sec."; postgrey's "Recipient address rejected:
    # Greylisted"): blocked, as round 1 labels greylisting.
    ("suspend", r.SUSPEND_SERVICE_LIMIT),  # fix11: ADR 0017 convention 2
    ("policyviolation", p.POLICY_CERTIFIED_ONLY),  # fix11: ADR 0017 convention 7
    ("policyviolation", p.POLICY_LIST_ADDRESS),  # session 11: ADR 0017 addendum
    ("systemerror", p.SYSTEMERROR_STORE),  # fix10: before the greylisting words
    ("blocked", p.GREYLISTED),
    ("authfailure", p.AUTHFAILURE_SPF),  # fix8: before REJECTED's "mail from domain"
    ("rejected", r.REJECTED),
    ("rejected", r.REJECTED_NOT_PERMITTED),  # fix11: ADR 0017 convention 1
    ("filtered", r.FILTERED_SENDER),
    ("systemerror", p.SYSTEMERROR_PROCESSING),
    ("systemerror", p.SYSTEMERROR_SCANNER),
    ("mailboxfull", r.MAILBOXFULL_STRONG),
    ("contenterror", p.CONTENT_DATE_WINDOW),  # fix11: ADR 0017 convention 4
    ("expired", r.EXPIRED_STRONG),
    ("ratelimited", r.RATELIMITED_SENDER),
    ("blocked", p.BLOCKED_HELO),
    ("blocked", p.BLOCKED_CLIENT_NAME),
    ("blocked", p.BLOCKED_HARVEST),
    ("toomanyconn", p.TOOMANYCONN_STRONG),
    ("notaccept", p.NOTACCEPT_STRONG),
    ("securityerror", p.SECURITY_CREDENTIALS),  # session 10: before "invalid user"
    ("userunknown", r.USERUNKNOWN_EITHER),
    ("hostunknown", r.HOSTUNKNOWN),
    ("networkerror", p.NETWORK_DNS),
    ("suspend", r.SUSPEND_STRONG),
    ("userunknown", r.USERUNKNOWN),
    ("mailboxfull", r.MAILBOXFULL),
    ("hasmoved", r.HASMOVED),
    ("suspend", r.SUSPEND),
    ("systemfull", p.SYSTEMFULL_STRONG),  # session 11: before "local delivery failed"
    ("systemerror", p.SYSTEMERROR_COMMAND),
    ("networkerror", p.NETWORK_STRONG),
    ("networkerror", p.NETWORK_UNREACHED),
    ("securityerror", p.SECURITY_STRONG),
    ("blocked", p.BLOCKED_RDNS),
    ("requireptr", p.REQUIREPTR),
    ("blocked", p.BLOCKED_RANGE),  # unseen-9: before "unauthenticated"
    ("norelaying", p.NORELAYING_STRONG),  # fix6: before "unauthenticated"
    ("authfailure", p.AUTHFAILURE),
    ("policyviolation", p.POLICY_MULTIPLE_FROM),  # session 11: before the RFC words
    ("notcompliantrfc", p.NOTCOMPLIANT_STRONG),
    ("contenterror", p.CONTENT_STRONG),
    ("blocked", p.BLOCKED_CLIENT_LISTED),
    ("badreputation", p.BADREPUTATION),
    ("ratelimited", p.RATELIMITED_IP),
    ("virusdetected", p.VIRUS_POLICY),  # session 13: before the policy words
    ("policyviolation", p.POLICY_STRONG),
    ("policyviolation", p.POLICY_FRAME),
    ("virusdetected", p.VIRUS_STRONG),
    ("mesgtoobig", p.MESGTOOBIG_FILTER),
    ("spamdetected", p.SPAM_URI),
    ("blocked", p.BLOCKED_LISTS),
    ("rejected", r.REJECTED_SENDER_ACCESS),  # fix10: after the list words
    ("norelaying", p.NORELAYING),
    ("systemerror", p.SYSTEMERROR_BUSY),  # fix10: before the spam words
    ("spamdetected", p.SPAMDETECTED),
    ("userunknown", r.USERUNKNOWN_WEAK),
    ("blocked", p.BLOCKED),
    ("blocked", p.BLOCKED_FRAME),
    ("virusdetected", p.VIRUS),
    ("ratelimited", p.RATELIMITED),
    ("toomanyconn", p.TOOMANYCONN),
    ("exceedlimit", p.EXCEEDLIMIT),
    ("mesgtoobig", p.MESGTOOBIG),
    ("systemfull", p.SYSTEMFULL),
    ("notaccept", p.NOTACCEPT),
    ("expired", p.EXPIRED),
    ("networkerror", p.NETWORKERROR),
    ("onhold", p.ONHOLD),
    ("filtered", p.FILTERED),
    ("securityerror", p.SECURITYERROR),
    ("blocked", p.BLOCKED_GREETING),  # unseen-8: before the generic "not allowed"
    ("policyviolation", p.POLICYVIOLATION),
    ("notcompliantrfc", p.NOTCOMPLIANTRFC),
    ("contenterror", p.CONTENTERROR),
    ("syntaxerror", p.SYNTAXERROR),
    ("systemerror", p.SYSTEMERROR),
]


# Groups that name only the frame of a refusal (a site policy in general: "Rejecting due
# to security policy - DNSBL", "Policy violation: sender address rejected"), not its
# cause. When one of them matches first, a later group's phrase that occurs after the
# frame's words in the same reply names the cause and wins (first_reason); groups of
# frame words never win that way over each other. Sisimai's "policyviolation" is a
# refusal by the site's policy when nothing more specific is said.
_FRAMES = (p.POLICY_FRAME, p.BLOCKED_FRAME, p.POLICYVIOLATION)


def _merged(
    order: list[tuple[str, tuple[str, ...]]],
) -> tuple[list[tuple[str, Phrases]], frozenset[int]]:
    """One Phrases per run of neighbouring entries with the same reason (the same first
    hit wins, order kept, with fewer groups to test), and the indexes of the frame
    groups, which are never merged with a neighbour."""
    runs: list[tuple[str, tuple[str, ...], bool]] = []
    for reason, words in order:
        frame = any(words is f for f in _FRAMES)
        if runs and runs[-1][0] == reason and not frame and not runs[-1][2]:
            runs[-1] = (reason, runs[-1][1] + words, False)
        else:
            runs.append((reason, words, frame))
    groups = [(reason, Phrases(words)) for reason, words, _ in runs]
    return groups, frozenset(g for g, run in enumerate(runs) if run[2])


BY_TEXT, _FRAME_GROUPS = _merged(_ORDER)

# Every phrase of BY_TEXT by number, in the order first_reason tries them (the groups in
# order, each group's phrases in order), with its group's index: bit i of a number
# stands for _PHRASES[i], so the lowest bit set is always the next phrase to try.
_PHRASES = tuple((g, rx) for g, (_, group) in enumerate(BY_TEXT) for _, rx in group.items)


def _bits_by_anchor() -> dict[str, int]:
    """Anchor -> the bits of the phrases that have it ('' for the phrases without one)."""
    bits: dict[str, int] = {}
    i = 0
    for _, group in BY_TEXT:
        for words, _ in group.items:
            for anchor in words:
                bits[anchor] = bits.get(anchor, 0) | 1 << i
            i += 1
    return bits


def _after_bits() -> tuple[int, ...]:
    """For each group, the bits of the phrases of the non-frame groups after it."""
    frames = sum(1 << i for i, (g, _) in enumerate(_PHRASES) if g in _FRAME_GROUPS)
    ends = [0] * len(BY_TEXT)
    for i, (g, _) in enumerate(_PHRASES):
        ends[g] = i + 1
    return tuple(~((1 << end) - 1) & ~frames for end in ends)


# The phrases worth a regex search are found from the anchors present, not by testing
# each: phrases without a safe anchor ('') always are. One Aho-Corasick pass over the
# text gives every anchor that occurs with its phrases' bits (ADR 0016).
_BITS = _bits_by_anchor()
_ALWAYS = _BITS.pop("", 0)
# Of those, the ones that can match ASCII text: the rest (Korean and Chinese words of two
# characters) are tried only on non-ASCII text. Most notices are ASCII, and these regexes
# cost ~2 ms a corpus pass tried on every one (speed pass 15).
_ALWAYS_ASCII = _ALWAYS & ~sum(
    1 << i for i, (_, rx) in enumerate(_PHRASES) if _ALWAYS >> i & 1 and needs_non_ascii(rx.pattern)
)
_INDEX, _INDEX_ASCII = _automata(_BITS)
_AFTER = _after_bits()


def first_reason(low: str) -> str | None:
    """The reason of the first group in BY_TEXT with a phrase in lower-cased `low`."""
    pending, index = (_ALWAYS_ASCII, _INDEX_ASCII) if low.isascii() else (_ALWAYS, _INDEX)
    for _, bits in index.iter(low):
        pending |= bits
    while pending:
        g, rx = _PHRASES[(pending & -pending).bit_length() - 1]
        m = rx.search(low)
        if m:
            if g in _FRAME_GROUPS:
                return _cause_after(low, m.end(), pending & _AFTER[g]) or BY_TEXT[g][0]
            return BY_TEXT[g][0]
        pending &= pending - 1
    return None


def _cause_after(low: str, start: int, pending: int) -> str | None:
    """The reason of the first phrase of `pending` (candidates of the non-frame groups
    after a frame's) occurring in `low` from `start` on (after the frame's words), or None."""
    while pending:
        g, rx = _PHRASES[(pending & -pending).bit_length() - 1]
        if rx.search(low, start):
            return BY_TEXT[g][0]
        pending &= pending - 1
    return None


# Characters a case-insensitive regex matches to an ASCII letter although str.lower()
# does not turn them into it (re's extra cases; U+0130 lower-cases to two characters).
_ODD_CASES = ("\u0131", "\u0130", "\u017f", "\u212a")


def may_contain(text: str, low: str, words: tuple[str, ...]) -> bool:
    """False only when a case-insensitive regex whose every match contains one of the
    lower-case `words` cannot match `text` (`low` is text.lower()): C-level substring
    tests instead of a regex tried at every position."""
    if any(map(low.__contains__, words)):
        return True
    return not text.isascii() and any(map(text.__contains__, _ODD_CASES))


# Characters on which a case-insensitive regex and str.lower() disagree: U+0130
# lower-cases to two characters; the others share their upper case with a character of
# another lower case (the two Greek sigmas, dotless i and i, long s and s, the Greek and
# Cyrillic variant letters), which re matches to each other and lower() keeps apart.
# tests/inbound/test_phrases.py derives the list from the Unicode case mappings.
CASE_UNSAFE = (
    "µİıſ\u0345ΐΒΕΘΙΚΜΠΡΣΦΰβεθικμπρςσφϐϑϕϖϰϱϴϵВДОСТЪвдостъѢѣ"  # noqa: RUF001
    "ᲀᲁᲂᲃᲄᲅᲆᲇᲈṠṡẛ\u1fbe\u1fd3\u1fe3Ꙋꙋﬅﬆ"  # three escaped: NFC would fold them
)
_CASE_UNSAFE = re.compile(f"[{CASE_UNSAFE}]")


def lowered(text: str) -> str | None:
    """text.lower(), in which a Caseless regex's lower-case form finds just what the
    case-insensitive regex finds in text; None when text has a CASE_UNSAFE character."""
    if text.isascii() or _CASE_UNSAFE.search(text) is None:
        return text.lower()
    return None


def _required_literals(body: str, verbose: bool = False) -> tuple[str, ...] | None:
    """Literals one of which every match of the pattern `body` (flags stripped) contains
    (regexlits.anchors), or None when none is safe: also for a verbose pattern, whose
    spaces and comments anchors() would read as literal text."""
    if verbose:
        return None
    words = anchors(body)
    return None if words == ("",) else words


class Caseless:
    """A case-insensitive yes/no regex, run as a case-sensitive one over lowered text.

    re tries a case-insensitive alternation's branches at every position of the text
    (it cannot skip ahead by first character, nor rule a branch out by one); the same
    pattern without the flag, over the lower-cased text, runs several times faster. The
    pattern must be written in lower case, without a dotless i or long s (which match i
    and s).
    """

    def __init__(self, pattern: str) -> None:
        m = FLAGS.match(pattern)
        if not m or "i" not in m.group(0):
            raise ValueError("Caseless needs a pattern starting with (?i)")
        body = pattern[m.end() :]
        if body != body.lower() or "\u0131" in body or "\u017f" in body:
            raise ValueError("Caseless patterns are written in lower case")
        rest = m.group(0).replace("i", "")
        self.rx = factored(pattern, loose=True)
        self.low = factored(("" if rest == "(?)" else rest) + body, loose=True)
        # A few literals, one of which every match contains: tested first at C speed, the
        # regex is run only where one occurs. A dozen substring tests cost more than the
        # regex they would spare (speed pass 11).
        words = _required_literals(body, verbose="x" in rest)
        self.gate = words if words and len(words) <= self._MAX_GATE else ()
        self._source = (rest, body)

    _MAX_GATE = 5

    @cached_property
    def ascii_low(self) -> re.Pattern[str] | None:
        """self.low for ASCII text: without the alternatives that need a non-ASCII
        character (CJK, Cyrillic words), which re tries at every position although they
        cannot match (speed pass 15); None when no alternative is left. Made at first
        use: compiling them all costs ~50 ms of import."""
        flags, body = self._source
        if "x" in flags:
            return self.low
        alts = split_top(body)
        kept = [a for a in alts if not needs_non_ascii(a)]
        if len(kept) == len(alts):
            return self.low
        return (
            factored(("" if flags == "(?)" else flags) + "|".join(kept), loose=True)
            if kept
            else None
        )

    def search(self, text: str, low: str | None) -> bool:
        """True when the regex occurs in text; `low` is lowered(text)."""
        if low is None:
            return self.rx.search(text) is not None
        if self.gate and not any(map(low.__contains__, self.gate)):
            return False
        rx = self.ascii_low if low.isascii() else self.low
        return rx is not None and rx.search(low) is not None


class _SharedIndex:
    """The anchors of every Indexed in one Aho-Corasick automaton: one pass over a text
    tells which of them have an anchor in it, remembered for the last text. is_autoreply
    asks a dozen Indexed about the same lowered text, each of which made a pass of its
    own (speed pass 14)."""

    def __init__(self) -> None:
        self.members: list[frozenset[str]] = []
        # (every word, ASCII words only); None until the next search after an add.
        self._automata: tuple[ahocorasick.Automaton, ahocorasick.Automaton] | None = None
        self._last: tuple[str | None, frozenset[int]] = (None, frozenset())

    def add(self, words: frozenset[str]) -> int:
        """Register one Indexed's anchors; return its number."""
        self.members.append(words)
        self._automata = None  # rebuilt at the next search
        return len(self.members) - 1

    def present(self, low: str) -> frozenset[int]:
        """The numbers of the members with an anchor in `low`."""
        last_low, last = self._last
        if low is last_low:
            return last
        if self._automata is None:
            numbers: dict[str, set[int]] = {}
            for n, words in enumerate(self.members):
                for word in words:
                    numbers.setdefault(word, set()).add(n)
            self._automata = _automata({w: frozenset(ns) for w, ns in numbers.items()})
        every, ascii_only = self._automata
        found = _NO_MEMBERS.union(
            *map(itemgetter(1), (ascii_only if low.isascii() else every).iter(low))
        )
        self._last = (low, found)
        return found


_NO_MEMBERS: frozenset[int] = frozenset()
_SHARED = _SharedIndex()


class Indexed:
    """A case-insensitive yes/no regex of many alternatives behind one Aho-Corasick pass:
    run (as a Caseless) only where one of the literals that every match contains
    (regexlits.anchors) occurs, however many they are. For autoreply.py's body groups,
    most of whose texts contain none of their words. The pass is shared by every
    Indexed (_SharedIndex)."""

    def __init__(self, pattern: str) -> None:
        self.caseless = Caseless(pattern)
        words = _required_literals(FLAGS.sub("", pattern, count=1))
        if not words:
            raise ValueError(f"no literal every match of {pattern[:60]!r} contains")
        self.number = _SHARED.add(frozenset(w.lower() for w in words if w))

    def search(self, text: str, low: str | None) -> bool:
        """True when the regex occurs in text; `low` is lowered(text)."""
        if low is None:  # a case-unsafe text: no gate, the case-insensitive regex
            return self.caseless.search(text, None)
        return self.number in _SHARED.present(low) and self.caseless.search(text, low)


class Gated:
    """A regex behind a substring test: search() is the regex's own search, answered
    None without running it when none of the literals that every match must contain
    (regexlits.anchors) occurs in the text.

    The regex engine tries a long alternation at every position of the text; a few
    `in` tests run at C speed and rule most lines of a notice out.
    """

    def __init__(self, rx: re.Pattern[str], source: str | None = None) -> None:
        self.rx = rx
        self.pattern = rx.pattern
        self.caseless = bool(rx.flags & re.IGNORECASE)
        self.anchors: tuple[str, ...] | None = None  # None: no safe literal, no gate
        body = source if source is not None else rx.pattern
        m = FLAGS.match(body)
        if m:
            body = body[m.end() :]
        words = _required_literals(body, verbose=bool(rx.flags & re.VERBOSE))
        if words:
            self.anchors = tuple(w.lower() for w in words) if self.caseless else words

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        """The regex's search(text, ...), skipped when no anchor occurs in text."""
        words = self.anchors
        if words is not None:
            if self.caseless:
                if not may_contain(text, text.lower(), words):
                    return None
            elif not any(map(text.__contains__, words)):
                return None
        return self.rx.search(text, *args)


class Headed:
    """A regex whose every top-level alternative starts with a literal (its head), tried
    only where a head occurs: str.find locates the heads at C speed, and re.match runs at
    those positions in order, instead of re.search trying every position of the text.

    search() returns what the regex's own search returns: a match starts where its
    alternative's head occurs, so the first position (in text order) where the regex
    matches is one of those tried, and match() tries the alternatives there in order.
    """

    _MAX_TRIES = 64  # beyond this many head occurrences a plain search is cheaper

    def __init__(self, rx: re.Pattern[str], source: str | None = None) -> None:
        body = source if source is not None else rx.pattern
        if rx.flags & (re.IGNORECASE | re.VERBOSE) or FLAGS.match(body):
            raise ValueError("Headed needs a case-sensitive pattern without inline flags")
        heads = sorted({leading_literal(alt) for alt in split_top(body)}, key=len)
        if not heads or not heads[0]:
            raise ValueError(f"an alternative of {body[:60]!r} has no leading literal")
        self.rx = rx
        # A head that starts with a shorter head adds no position.
        self.heads = tuple(
            h for i, h in enumerate(heads) if not any(h.startswith(g) for g in heads[:i])
        )

    def search(self, text: str) -> re.Match[str] | None:
        """The regex's search(text)."""
        starts: list[int] = []
        find = text.find
        for head in self.heads:
            i = find(head)
            while i >= 0:
                starts.append(i)
                if len(starts) > self._MAX_TRIES:
                    return self.rx.search(text)
                i = find(head, i + 1)
        match = self.rx.match
        for i in sorted(starts):
            m = match(text, i)
            if m is not None:
                return m
        return None
