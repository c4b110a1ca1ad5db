"""phrases: Caseless finds what (?i) finds; AnchorIndex finds every anchor that occurs;
Headed finds what its regex finds; find_addresses finds what ADDR_RE.finditer finds."""

from __future__ import annotations

import random
import re
import sys
from collections import defaultdict
from collections.abc import Iterable

import pytest

from outreach.inbound.parse import ADDR_RE, find_addresses, strip_addresses
from outreach.inbound.phrases import (
    CASE_UNSAFE,
    AnchorIndex,
    Caseless,
    Headed,
    first_reason,
    lowered,
)
from outreach.inbound.textbounce import _REMOTE_HOST, _WARNING


def _derived_unsafe() -> set[str]:
    """Characters that lower-case to two, or to a character sharing its upper case with a
    character of another lower case (what re's case-insensitive matching unites)."""
    by_upper: dict[str, set[str]] = defaultdict(set)
    chars = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000]
    for ch in chars:
        by_upper[ch.upper()].add(ch.lower())
    united = {low for lows in by_upper.values() if len(lows) > 1 for low in lows}
    return {
        ch
        for ch in chars
        if len(ch.lower()) != 1 or (ch.lower() in united and not ch.lower().isascii())
    }


def test_case_unsafe_is_derived_from_unicode() -> None:
    assert set(CASE_UNSAFE) == _derived_unsafe()


@pytest.mark.parametrize(
    "text",
    [
        "I AM OUT OF THE OFFICE",
        "Ich bin NICHT IM BÜRO",
        "Ich bin nicht im Buro",
        "ΕΚΤΌΣ ΓΡΑΦΕΊΟΥ",
        "εκτόσ γραφείου",
        "OUT OF THE OFFİCE",
        "out of the off\u0131ce",
        "out of the ofﬁce",
        "ОТСУТСТВУЮ",
        "nothing here",
    ],
)
def test_caseless_agrees_with_the_case_insensitive_regex(text: str) -> None:
    pattern = r"(?i)out of (?:the )?office|nicht im b[üu]ro|εκτός γραφείου|отсутствую"
    assert Caseless(pattern).search(text, lowered(text)) == bool(re.search(pattern, text))


def test_caseless_refuses_upper_case_patterns() -> None:
    with pytest.raises(ValueError):
        Caseless(r"(?i)Out of office")
    with pytest.raises(ValueError):
        Caseless(r"out of office")


def _caseless_in(values: Iterable[object]) -> list[Caseless]:
    """Every Caseless among the values, also those held inside the classifier's own
    wrappers (Indexed, autoreply's language and CJK groups), however deep."""
    found: list[Caseless] = []
    stack = list(values)
    while stack:
        obj = stack.pop()
        if isinstance(obj, Caseless):
            found.append(obj)
        elif isinstance(obj, tuple):
            stack.extend(obj)
        elif type(obj).__module__.startswith("outreach.inbound") and hasattr(obj, "__dict__"):
            stack.extend(vars(obj).values())
    return found


def test_safe_characters_match_as_their_lower_case() -> None:
    """For the letters the classifier's Caseless patterns use, re's case-insensitive
    match and lower() agree on every character outside CASE_UNSAFE (the engine is the
    judge)."""
    from outreach.inbound import autoreply

    letters = {ch for rx in _caseless_in(vars(autoreply).values()) for ch in rx.low.pattern}
    letters = {ch for ch in letters if ch.isalpha()}
    unsafe = set(CASE_UNSAFE)
    safe = [chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000 and chr(c) not in unsafe]
    by_lower: dict[str, set[str]] = defaultdict(set)
    for ch in safe:
        by_lower[ch.lower()].add(ch)
    text = "".join(safe)
    for letter in letters:
        assert set(re.findall("(?i)" + re.escape(letter), text)) == by_lower[letter], letter


def test_anchor_index_finds_every_anchor_that_occurs() -> None:
    """Overlapping and nested anchors: every one that occurs is found, none that does not."""
    anchors = {"mail", "mailbox", "box full", "ail", "full", "unknown", "known user", "user"}
    index = AnchorIndex(anchors | {""})
    pieces = [*sorted(anchors), " ", "x", "mailbo", "unknow", "s", "ü", "İ"]
    for text in _random_texts(pieces, 5):
        assert index.matches(text) == {a for a in anchors if a in text}, text


def test_anchor_index_of_no_anchors_finds_nothing() -> None:
    assert AnchorIndex(set()).matches("mailbox full") == set()
    assert AnchorIndex({""}).matches("mailbox full") == set()


def test_first_reason_sees_overlapping_anchors() -> None:
    assert first_reason("the mailbox full of mail") == "mailboxfull"


def _random_texts(pieces: list[str], seed: int, count: int = 3000) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12))) for _ in range(count)]


@pytest.mark.parametrize("headed", [_WARNING, Headed(_REMOTE_HOST)], ids=["warning", "remote-host"])
def test_headed_finds_what_its_regex_finds(headed: Headed) -> None:
    pieces = [
        *headed.heads,
        "delay notification",
        "will keep trying",
        "host mx.example.org said",
        "host mx.example.org [192.0.2.1] said",
        "remote-mta: dns; mx.example.net",
        "connecting to mx.example.org",
        "smtp error from remote mail server after rcpt to:<a@example.org>:\nhost mx.example.org",
        " ",
        "\n",
        "x",
        "ho",
        "st",
    ]
    for text in _random_texts(pieces, 7):
        want, got = headed.rx.search(text), headed.search(text)
        assert (want and (want.span(), want.groups())) == (got and (got.span(), got.groups()))


def test_headed_falls_back_to_search_on_many_heads() -> None:
    text = "delay " * 200 + "delayed mail"
    assert _WARNING.search(text) is not None
    assert _WARNING.search("delay " * 200) is None


def test_find_addresses_finds_what_finditer_finds() -> None:
    pieces = [
        "user@example.org",
        "a.b+c@mail.example.net",
        "@",
        "x" * 70,
        "-",
        ".",
        " ",
        "<",
        ">",
        "example.org",
        "o",
        "@@",
        "'",
    ]
    backtracking = re.compile(ADDR_RE.pattern.replace("{1,64}+@", "{1,64}@"))
    assert backtracking.pattern != ADDR_RE.pattern
    for text in _random_texts(pieces, 8):
        want = [(m.span(), m.group()) for m in backtracking.finditer(text)]
        assert [(m.span(), m.group()) for m in find_addresses(text)] == want, text
        assert strip_addresses(text) == backtracking.sub("", text), text


# --- fix10: a phrase's anchors are required literals (the invariant first_reason's index
# relies on: a phrase is tried only when one of its anchors occurs).

_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789 .-@<>[]:'/_\"(),ãçéíóú"


def _in_class(ch: str, items: list[tuple[object, object]]) -> bool:
    """Whether `ch` is in a parsed character class (re._parser's IN items)."""
    from re import _constants as c  # type: ignore[attr-defined]

    cats = {
        c.CATEGORY_DIGIT: ch.isdigit(),
        c.CATEGORY_NOT_DIGIT: not ch.isdigit(),
        c.CATEGORY_WORD: ch.isalnum() or ch == "_",
        c.CATEGORY_NOT_WORD: not (ch.isalnum() or ch == "_"),
        c.CATEGORY_SPACE: ch.isspace(),
        c.CATEGORY_NOT_SPACE: not ch.isspace(),
    }
    negate, found = False, False
    for op, av in items:
        if op is c.NEGATE:
            negate = True
        elif op is c.LITERAL:
            found |= ch == chr(av)  # type: ignore[arg-type]
        elif op is c.RANGE:
            lo, hi = av  # type: ignore[misc]
            found |= lo <= ord(ch) <= hi
        elif op is c.CATEGORY:
            found |= cats[av]
    return found != negate


def _sample(parsed: object, rnd: random.Random) -> str:
    """A random text built by the regex's tree (assertions are skipped: the caller keeps
    only texts the regex matches)."""
    from re import _constants as c  # type: ignore[attr-defined]

    out = []
    for op, av in parsed:  # type: ignore[attr-defined]
        if op is c.LITERAL:
            out.append(chr(av))
        elif op in (c.NOT_LITERAL, c.ANY, c.IN):
            ok = [
                ch
                for ch in _ALPHABET
                if (op is c.ANY)
                or (op is c.NOT_LITERAL and ch != chr(av))
                or (op is c.IN and _in_class(ch, av))
            ]
            out.append(rnd.choice(ok) if ok else "")
        elif op is c.BRANCH:
            out.append(_sample(rnd.choice(av[1]), rnd))
        elif op is c.SUBPATTERN:
            out.append(_sample(av[3], rnd))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            lo, hi, sub = av
            n = rnd.randint(lo, min(hi, lo + 3))
            out.extend(_sample(sub, rnd) for _ in range(n))
    return "".join(out)


def _phrases() -> list[tuple[str, tuple[str, ...], re.Pattern[str]]]:
    from outreach.inbound.phrases import _ORDER, BY_TEXT

    sources = [p for _, words in _ORDER for p in words]
    items = [item for _, group in BY_TEXT for item in group.items]
    assert len(sources) == len(items)
    return [(src, anchors, rx) for src, (anchors, rx) in zip(sources, items, strict=True)]


def test_phrase_anchors_occur_in_every_generated_match() -> None:
    """For every phrase, texts built from its regex (every alternative, optional parts
    present or not) that it matches contain one of its anchors."""
    from re import _parser  # type: ignore[attr-defined]

    rnd = random.Random(10)
    for src, anchors, rx in _phrases():
        parsed = _parser.parse(src)
        tried = 0
        for _ in range(300):
            text = _sample(parsed, rnd)
            if rx.search(text):
                tried += 1
                assert any(a in text for a in anchors), (src, anchors, text)
        assert tried, src  # the sampler reaches every phrase


def _known_texts() -> list[str]:
    """The reply texts of every reply table and every corpus file, lower-cased with white
    space collapsed (as first_reason sees text)."""
    import importlib
    import pkgutil
    from pathlib import Path

    import tests.inbound as pkg

    texts = []
    for mod in pkgutil.iter_modules(pkg.__path__):
        if mod.name.startswith("test_") and mod.name != "test_phrases":
            cases = getattr(importlib.import_module(f"tests.inbound.{mod.name}"), "CASES", [])
            texts += [c[3] for c in cases if isinstance(c, tuple) and len(c) == 5]
    corpus = Path(__file__).resolve().parent.parent / "data" / "inbound"
    texts += [
        p.read_bytes().decode("utf-8", "replace")
        for p in sorted(corpus.rglob("*"))
        if p.is_file() and p.suffix not in (".md", ".json", ".py")
    ]
    return [" ".join(t.lower().split()) for t in texts]


def test_phrase_anchors_occur_wherever_the_phrase_matches_known_texts() -> None:
    """Wherever a phrase matches a table's reply or a corpus file, one of its anchors
    occurs (first_reason tries a phrase only then)."""
    texts = _known_texts()
    for src, anchors, rx in _phrases():
        for low in texts:
            if rx.search(low):
                assert any(a in low for a in anchors), (src, anchors, low[:200])


def test_a_nested_group_gives_no_anchors_to_its_phrase() -> None:
    """fix10: SUSPEND_STRONG's first phrase was tried only when its nested group's words
    ("disabled", "suspended", ...) occurred, though "closed" alone completes it."""
    assert first_reason("550 recipient has been closed") == "suspend"
    from outreach.inbound.regexlits import anchors

    assert anchors(r"(?:a|bcd (?:efg|hij)) kl") == ("",)
    assert anchors(r"mailbox (?:is )?(?:disabled|closed (?:for|by) admin)") == ("mailbox",)
    assert anchors(r"(?:user|account) (?:is )?(?:closed|disabled)") == ("closed", "disabled")
    assert anchors(r"(?:foo(?:bar)?|baz)qux") == ("qux",)
    assert anchors(r"x(?=abcdef)y") == ("",)
