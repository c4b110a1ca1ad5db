"""What literal text a regular expression needs: anchors for the phrase index and factored
alternations.

Read from a regex's source, not from the compiled pattern: the literals one of which every
match contains (anchors), the literal every match starts with (leading_literal), the
top-level alternatives (split_top), and the same regex with its alternatives grouped by
leading characters (factored, literal_first).
"""

from __future__ import annotations

import re
from collections.abc import Callable

_PLAIN = re.compile(r"[^\\()\[\]{}.*+?^$|]+")
_BOUND = re.compile(r"\{(\d*)(?:,(\d*))?\}")

# What the analysis knows of a part of a regex: the text every match of it is (None when
# it varies), and sets of literals one of which every match of it contains.
_Part = tuple[str | None, list[tuple[str, ...]]]


def anchors(phrase: str) -> tuple[str, ...]:
    """Literals one of which any match of `phrase` must contain (('',) when none is safe).

    The regex is read as a tree: a literal run of a sequence is required; so is one
    literal of each alternative of a group that must match (the union of the
    alternatives' sets); nothing under an optional quantifier ("?", "*", "{0,n}") or
    inside a lookaround is. Of the required sets whose every literal has 3+ characters,
    the one whose shortest literal is longest wins (rarer in text). A phrase that is all
    literal (e.g. two CJK characters) is its own anchor.
    """
    if _PLAIN.fullmatch(phrase):
        return (phrase,)
    try:
        part, end = _alternation(phrase, 0)
    except (ValueError, IndexError):
        return ("",)
    if end != len(phrase):
        return ("",)
    return _best(_own(part)) or ("",)


def needs_non_ascii(phrase: str) -> bool:
    """True when every match of `phrase` holds a non-ASCII character: each top-level
    alternative requires a literal set of non-ASCII literals only (of any length, unlike
    an anchor's). Such a phrase cannot match ASCII text. False when unsure."""
    for alt in split_top(phrase):
        try:
            part, end = _alternation(alt, 0)
        except (ValueError, IndexError):
            return False
        if end != len(alt) or not any(all(not w.isascii() for w in s) for s in _own(part) if s):
            return False
    return True


def _own(part: _Part) -> list[tuple[str, ...]]:
    """A part's literal sets, its fixed text (when it has one) among them."""
    exact, sets = part
    return [(exact,), *sets] if exact else sets


def _best(sets: list[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The set whose shortest literal is longest, then the one of fewest literals (the
    first of equals); None when no set has only literals of 3+ characters. Literals are
    stripped of spaces, and one containing another of its set is dropped (it adds no
    text to the gate)."""
    usable = []
    for s in sets:
        words = sorted({w.strip() for w in s}, key=len)
        kept = [w for k, w in enumerate(words) if not any(v in w for v in words[:k])]
        if len(kept[0]) >= 3:
            usable.append(tuple(w for w in dict.fromkeys(x.strip() for x in s) if w in kept))
    return max(usable, key=lambda s: (min(map(len, s)), -len(s))) if usable else None


def _alternation(p: str, i: int) -> tuple[_Part, int]:
    """The alternatives from p[i] up to an unmatched ")" or the end."""
    branches = []
    while True:
        part, i = _sequence(p, i)
        branches.append(part)
        if i >= len(p) or p[i] != "|":
            break
        i += 1
    if len(branches) == 1:
        return branches[0], i
    texts = {exact for exact, _ in branches}
    exact = texts.pop() if len(texts) == 1 else None
    union: list[str] = []
    for branch in branches:
        best = _best(_own(branch))
        if best is None:  # this alternative requires no usable literal: nor does the group
            return (exact, []), i
        union += best
    return (exact, [tuple(union)]), i


def _sequence(p: str, i: int) -> tuple[_Part, int]:
    """Atoms in a row: their literal runs, then the required sets of their groups (a run
    wins a tie: one literal, found as written)."""
    exact: str | None = ""
    run = ""
    runs: list[tuple[str, ...]] = []
    sets: list[tuple[str, ...]] = []
    while i < len(p) and p[i] not in "|)":
        (text, inner), i = _quantified(p, *_atom(p, i))
        if text is None:
            runs += [(run,)] if run else []
            run, exact = "", None
            sets += inner
        else:
            run += text
            exact = None if exact is None else exact + text
    runs += [(run,)] if run else []
    return (exact, runs + sets), i


def _atom(p: str, i: int) -> tuple[_Part, int]:
    """One atom at p[i]: a literal, an escape, a class, a group or an assertion."""
    ch = p[i]
    if ch == "(":
        if p.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
            _, j = _alternation(p, i + (4 if p[i + 2] == "<" else 3))
            return ("", []), _close(p, j)  # an assertion: matches no text
        if p.startswith("(?:", i):
            start = i + 3
        elif p.startswith("(?P<", i):
            start = p.index(">", i) + 1
        elif p.startswith("(?", i):
            raise ValueError(f"unsupported group at {i} of {p!r}")
        else:
            start = i + 1
        part, j = _alternation(p, start)
        return part, _close(p, j)
    if ch == "[":
        j = i + 1 + (p[i + 1] == "^")
        j += p[j] == "]"
        while p[j] != "]":
            j += 2 if p[j] == "\\" else 1
        return (None, []), j + 1
    if ch == "\\":
        nxt = p[i + 1]
        if nxt in "bBAZ":
            return ("", []), i + 2  # an assertion: matches no text
        return (None if nxt.isalnum() else nxt, []), i + 2
    if ch in "^$":
        return ("", []), i + 1
    if ch == ".":
        return (None, []), i + 1
    if ch in "*+?":
        raise ValueError(f"nothing to repeat at {i} of {p!r}")
    return (ch, []), i + 1


def _close(p: str, j: int) -> int:
    if j >= len(p) or p[j] != ")":
        raise ValueError(f"unbalanced group in {p!r}")
    return j + 1


def _quantified(p: str, part: _Part, i: int) -> tuple[_Part, int]:
    """The atom `part` under the quantifier at p[i], if any."""
    low: int | None = None
    if i < len(p) and p[i] in "?*+":
        low, fixed, i = (1 if p[i] == "+" else 0), False, i + 1
    elif m := _BOUND.match(p, i):
        low = int(m.group(1) or 0)
        fixed = m.group(2) is None
        i = m.end()
    if low is None:
        return part, i
    if i < len(p) and p[i] in "?+":
        i += 1  # lazy or possessive: the same texts match
    exact, sets = part
    if low == 0:
        return (None, []), i  # the atom may be absent
    if fixed:
        return (None if exact is None else exact * low, sets), i
    return (None, [(exact * low,), *sets] if exact else sets), i


_LEADING_GROUP = re.compile(r"\(\?:([^()]*)\)(?![?*+{])")


def literal_first(phrase: str) -> str:
    """Rewrite "(?:a|b) rest" as "a rest|b rest", each alternative led by its literal.

    A regex whose alternatives all start with a literal lets the engine skip ahead by
    first character; a leading group makes it try every position of the text.
    A leading "\\b" before a letter becomes a look-behind after it (_boundary_after).
    """
    if phrase.startswith("\\b") and len(split_top(phrase[2:])) == 1:
        return _boundary_after(phrase)
    m = _LEADING_GROUP.match(phrase)
    if not m or not all(_PLAIN.fullmatch(w) for w in m.group(1).split("|")):
        return phrase
    rest = phrase[m.end() :]
    return "|".join(f"{w}(?:{rest})" for w in m.group(1).split("|"))


_WORD_LED = re.compile(r"\w(?![*+?{])")


def _boundary_after(phrase: str) -> str:
    """Rewrite "\\bword" as "w(?<!\\w\\w)ord" (the phrase as it is when an alternative
    does not start with a word character): the same test of the character before, made
    after the first one (a word character), so that the regex starts with a literal and
    the engine skips ahead by it instead of trying "\\b" at every position (speed pass 15).
    """
    led = split_top(literal_first(phrase[2:]))
    if not all(_WORD_LED.match(a) for a in led):
        return phrase
    return "|".join(f"{a[0]}(?<!\\w\\w){a[1:]}" for a in led)


FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
_QUANT = frozenset("*+?{")


def split_top(pattern: str) -> list[str]:
    """The top-level alternatives of a regex (outside groups and character classes)."""
    out: list[str] = []
    cur: list[str] = []
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        step = 2 if ch == "\\" else 1
        if ch == "[" and not in_class:
            in_class = True
            if pattern[i + 1 : i + 2] == "]":
                step = 2
        elif ch == "]" and in_class:
            in_class = False
        elif not in_class and ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and not in_class and depth == 0:
            out.append("".join(cur))
            cur, i = [], i + 1
            continue
        cur.append(pattern[i : i + step])
        i += step
    out.append("".join(cur))
    return out


def _first_literal(alt: str) -> str | None:
    """The alternative's leading literal character (as written), if it is a plain one."""
    tok = alt[:2] if alt[:1] == "\\" else alt[:1]
    if not tok or (len(tok) == 2 and tok[1].isalnum()) or tok in "[](){}.*+?^$|\\":
        return None
    return None if alt[len(tok) : len(tok) + 1] in _QUANT and alt[len(tok) :] else tok


def _factor(alts: list[str], key: Callable[[str], str], loose: bool) -> str | None:
    """Alternatives grouped by leading character ("unknown|unable" -> "u(?:nknown|nable)"),
    the order kept inside each group; None when an alternative has no leading literal
    (unless `loose`: such ones go last, which changes no search's truth value)."""
    groups: dict[str, list[str]] = {}
    rest = []
    for alt in alts:
        tok = _first_literal(alt)
        if tok is None:
            if not loose:
                return None
            rest.append(alt)
        else:
            groups.setdefault(key(tok), []).append(alt)
    out = []
    for members in groups.values():
        if len(members) == 1:
            out.append(members[0])
            continue
        tok = _first_literal(members[0]) or ""
        tails = [m[len(_first_literal(m) or "") :] for m in members]
        inner = _factor(tails, key, loose=False) or "|".join(tails)
        out.append(f"{tok}(?:{inner})")
    return "|".join(out + rest)


def factored(
    pattern: str, flags: int = 0, loose: bool = False, renumber: bool = False
) -> re.Pattern[str]:
    """Compile `pattern` with its top-level alternatives grouped by leading characters.

    The regex engine tries every alternative at every position; grouped, one failed
    first character rules a whole group out. Matches are the same: alternatives of
    different groups cannot start at the same position and a group keeps their order.
    With `loose`, alternatives without a leading literal are moved last: only for
    regexes used as a yes/no search (the same positions match, maybe by another branch).
    With `renumber`, a regex with capturing groups is grouped too, which may renumber
    them: only for callers that read which of its groups took part, not their numbers.
    """
    head = ""
    m = FLAGS.match(pattern)
    if m:
        head, pattern = m.group(0), pattern[m.end() :]
    compiled = re.compile(head + pattern, flags)
    caseless = bool(compiled.flags & re.IGNORECASE)
    if (compiled.groups and not renumber) or (caseless and not loose and not pattern.isascii()):
        # Reordered branches would renumber capturing groups; non-ASCII letters have
        # case variants that the grouping key does not model.
        return compiled
    key = (lambda t: t.lower()) if caseless else (lambda t: t)
    body = _factor(split_top(pattern), key, loose)
    return compiled if body is None else re.compile(head + body, flags)


_META = frozenset("\\[](){}.*+?^$|")


def leading_literal(alt: str) -> str:
    """The literal every match of one alternative starts with ('' when none)."""
    out, i = "", 0
    while i < len(alt):
        ch = alt[i]
        if ch == "\\" and i + 1 < len(alt) and not alt[i + 1].isalnum():
            tok, step = alt[i + 1], 2  # an escaped punctuation character is a literal
        elif ch in _META:
            break
        else:
            tok, step = ch, 1
        if alt[i + step : i + step + 1] in ("?", "*", "{"):
            break  # this character may be absent
        out, i = out + tok, i + step
    return out


_EXPAND_LIMIT = 10_000  # strings; a regex with more is no word list


def expanded(pattern: str) -> tuple[str, ...]:
    """Every string a finite regex matches, for one made of literals, escaped punctuation,
    (?:...) groups, "|", "?" and classes of plain characters ("[öo]"); ValueError for any
    other syntax. Such a regex finds a match in a text just when one of them occurs in it."""
    words, end = _expand_alternation(pattern, 0)
    if end != len(pattern):
        raise ValueError(f"unbalanced ')' at {end} in {pattern[:60]!r}")
    return tuple(dict.fromkeys(words))


def _expand_alternation(p: str, i: int) -> tuple[list[str], int]:
    out: list[str] = []
    while True:
        words, i = _expand_sequence(p, i)
        out += words
        if i >= len(p) or p[i] != "|":
            return out, i
        i += 1


def _expand_sequence(p: str, i: int) -> tuple[list[str], int]:
    out = [""]
    while i < len(p) and p[i] not in "|)":
        words, i = _expand_atom(p, i)
        if p[i : i + 1] == "?":
            words, i = ["", *words], i + 1
        if p[i : i + 1] in _QUANT:
            raise ValueError(f"quantifier at {i} in {p[:60]!r}")
        out = [a + b for a in out for b in words]
        if len(out) > _EXPAND_LIMIT:
            raise ValueError(f"more than {_EXPAND_LIMIT} strings")
    return out, i


def _expand_atom(p: str, i: int) -> tuple[list[str], int]:
    ch = p[i]
    if p.startswith("(?:", i):
        words, j = _expand_alternation(p, i + 3)
        if p[j : j + 1] != ")":
            raise ValueError(f"unclosed group at {i} in {p[:60]!r}")
        return words, j + 1
    if ch == "[":
        j = p.find("]", i + 2)
        chars = p[i + 1 : j]
        if j < 0 or any(c in "\\^-[" for c in chars):
            raise ValueError(f"class at {i} in {p[:60]!r}")
        return list(chars), j + 1
    if ch == "\\" and i + 1 < len(p) and not p[i + 1].isalnum():
        return [p[i + 1]], i + 2
    if ch in _META:
        raise ValueError(f"{ch!r} at {i} in {p[:60]!r}")
    return [ch], i + 1
