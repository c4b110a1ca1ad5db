"""Speed passes 6 and 8 to 11: rewritten helpers give exactly what the forms they replace gave."""

from __future__ import annotations

import random
import re
from email.message import Message
from operator import itemgetter

import pytest

from outreach.inbound.mime import (
    _CT_PARAM,
    _FIELDS,
    _NOT_A_FIELD,
    content_type,
    header_table,
    parse_headers,
)
from outreach.inbound.parse import ORIGINAL_KEEP_BYTES, bound_input
from outreach.inbound.phrases import (
    _FRAME_GROUPS,
    BY_TEXT,
    AnchorIndex,
    Caseless,
    Gated,
    first_reason,
    lowered,
)
from outreach.inbound.regexlits import expanded
from outreach.inbound.textbounce import (
    _DIAG_HINT_RX,
    _FAIL_NEAR_SOURCE,
    _FAIL_WORDS,
    _ITEM_START,
    _ORIGINAL_START,
    _ORIGINAL_WORDS,
    _QUOTED_FIELDS,
    _REMOTE_HOST,
    _REMOTE_HOST_SOURCE,
    _WARNING,
    _WARNING_MORE,
    _WARNING_MORE_WORDS,
    _context,
    _diag_hint_end,
    _original_start,
    _remote_and_warning,
    notification_part,
)
from outreach.inbound.textmodel import _LETTERS, _TOKEN, _tokens, load_model
from tests.inbound.test_phrases import _known_texts, _phrases, _sample


def _old_header_table(fields: list[tuple[str, str]]) -> dict[str, str]:
    rev = fields[::-1]
    names = map(str.lower, map(itemgetter(0), rev))
    return dict(zip(names, map(itemgetter(1), rev), strict=True))


def test_header_table_is_the_old_table_in_the_old_order() -> None:
    rnd = random.Random(6)
    names = ["From", "FROM", "from", "To", "Subject", "Content-Type", "content-type", "X-A"]
    for _ in range(2000):
        fields = [(rnd.choice(names), str(rnd.random())) for _ in range(rnd.randint(0, 12))]
        msg = Message()
        msg._headers = list(fields)  # type: ignore[attr-defined]
        table = header_table(msg)
        old = _old_header_table(fields)
        assert table == old
        assert list(table) == list(old)


# textbounce's reply-start regex before speed pass 9: case-insensitive, behind its words.
_OLD_DIAG_HINT = Gated(_DIAG_HINT_RX)


def _old_context(lines: list[str], i: int, alone: bool) -> str:
    """textbounce._context before speed pass 6 (one split per kept line)."""
    out = [lines[i]]
    alone = alone or lines[i].rstrip().endswith(":")
    blanks = 0
    for nxt in lines[i + 1 : i + 10]:
        if not nxt.strip():
            if len(out) > 1 or not alone or blanks >= 3:
                break
            blanks += 1
            continue
        if _ITEM_START.match(nxt) and not _OLD_DIAG_HINT.search(nxt):
            break
        out.append(nxt)
        if len(out) > 6:
            break
    return " ".join(" ".join(x.split()) for x in out)


def test_context_is_the_old_context() -> None:
    rnd = random.Random(7)
    pieces = [
        "b@example.org",
        "user unknown",
        " ",
        "\t",
        "550",
        ":",
        "said:",
        "\u00a0",
        "\u3000",
        "x",
    ]
    for _ in range(3000):
        lines = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 5))) for _ in range(14)]
        i = rnd.randrange(4)
        lines[i] = "<a@example.org> " + lines[i]  # the scan asks only about lines with an address
        for alone in (False, True):
            assert _context(lines, i, alone) == _old_context(lines, i, alone)


def test_diag_hint_end_is_where_the_case_insensitive_match_ends() -> None:
    # Speed pass 9: the reply-start regex runs without the flag over the lowered text.
    rnd = random.Random(9)
    pieces = [
        "Host mx.example.org said:",
        "host ",
        " SAID:",
        "said: ",
        "Remote Server Replied",
        "remote host returned x:",
        "Reason:",
        "DIAGNOSTIC-CODE:",
        "diagnostic code:",
        "SMTP error from remote mail server after RCPT TO:",
        "Error Text:",
        "The error that the other server returned was:",
        "\n",
        " ",
        "\t",
        "x",
        ":",
        "\u0130",  # lowers to two characters
        "\u0131",
        "\u212a",  # Kelvin sign, matched by k case-insensitively
        "\u017f",  # long s, matched by s
        " \u017fAID:",
        "REA\u017fON:",
        "\u00e9",
        "\u03a3",
    ]
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 10)))
        m = _DIAG_HINT_RX.search(text)
        assert _diag_hint_end(text) == (m.end() if m else -1), text


def test_expanded_is_every_string_the_regex_matches() -> None:
    # Speed pass 9: a finite regex as its word list.
    assert set(expanded(r"a(?:b|c)?d|[xy]z\.|n[o']t")) == {
        "ad", "abd", "acd", "xz.", "yz.", "not", "n't"
    }  # fmt: skip
    words = expanded(_FAIL_NEAR_SOURCE)
    rx = re.compile(_FAIL_NEAR_SOURCE)
    assert all(rx.fullmatch(w) for w in words)
    for bad in (r"a\b", "a*", "a+", "(?i)a", "[a-z]", "(a)", "a??", "a{2}", "(?:a", "a)", "."):
        with pytest.raises(ValueError):
            expanded(bad)


def test_failure_words_are_found_where_the_regex_was() -> None:
    # Speed pass 9: textbounce's failure words by one Aho-Corasick pass, not the regex.
    rx = re.compile(_FAIL_NEAR_SOURCE)
    words = expanded(_FAIL_NEAR_SOURCE)
    rnd = random.Random(9)
    pieces = [*words, "not ", "exist", "does", "n't", "'", "verz", "gert", "ö", "é", " ", "x", "\n"]
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 6)))
        cut = rnd.randint(0, len(text))  # a word cut short is no word
        for t in (text, text[:cut], text[cut:]):
            assert _FAIL_WORDS.any_in(t) == (rx.search(t) is not None), t


def _taken(m: re.Match[str] | None) -> tuple[tuple[int, int], str | None] | None:
    """A match's span and the first group that took part (what scan reads)."""
    return None if m is None else (m.span(), next((g for g in m.groups() if g), None))


def test_remote_host_grouped_finds_what_the_source_found() -> None:
    # Speed pass 9: the remote-host regex's alternatives grouped by first character.
    rx = re.compile(_REMOTE_HOST_SOURCE)
    assert _REMOTE_HOST.pattern != rx.pattern
    rnd = random.Random(9)
    pieces = [
        "host ", "server ", "mta ", "mx ", "mx1.example.org", "[192.0.2.1]", " said:", " says",
        " replied", "generating server: ", "smtp error from remote mail server after rcpt to:",
        "\n", "remote-mta: dns; ", "remote mta: ", "connecting to ", "connected to ",
        "conversation with ", "mx.example.net", ".com", "s", "m", "c", "x", " ",
    ]  # fmt: skip
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 10)))
        assert _taken(_REMOTE_HOST.search(text)) == _taken(rx.search(text)), text


_OLD_WARNING_GATE = AnchorIndex(set(_WARNING_MORE_WORDS))


def _old_is_warning(low: str) -> bool:
    """textbounce.is_warning before speed pass 9 (the heads, then the gate, in two passes)."""
    if _WARNING.search(low):
        return True
    return _OLD_WARNING_GATE.any_in(low) and bool(_WARNING_MORE.search(low))


def test_remote_and_warning_in_one_pass_is_what_the_two_searches_gave() -> None:
    # Speed pass 9: _REMOTE_HOST's and _WARNING's heads and _WARNING_MORE's gate words in
    # one automaton; before, scan searched the note for the remote host and asked
    # is_warning (the heads, then the gate, in two passes) about its first 6000 characters.
    remote_rx = re.compile(_REMOTE_HOST_SOURCE)
    rnd = random.Random(9)
    pieces = [
        *_WARNING.heads, *_WARNING_MORE_WORDS, "delayed mail", "delay warning", "will be retried",
        "will keep trying", "not been able to deliver ", "it ", "yet", "has been delayed",
        "will retry for", "zustellung ", "verzögert", "remise ", "différée",
        "address(es) deferred:", "delivery ", "status notification (", "delay", " ", "x", "\n",
        "host ", "mx1.example.org", " said:", "[192.0.2.1]", "remote-mta: dns; ", "server ",
        "connected to ", "mx.example.net.", "smtp error from remote mail server after rcpt to:",
    ]  # fmt: skip
    seen = set()
    for k in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8)))
        if k % 4 == 0:  # words around the 6000th character
            text = "x" * rnd.randint(5960, 6000) + text
        m = remote_rx.search(text)
        remote = next((g for g in m.groups() if g), None) if m else None
        old = (remote.rstrip(".") if remote else None, _old_is_warning(text[:6000]))
        assert _remote_and_warning(text) == old, text[-80:]
        seen.add((old[0] is None, old[1]))
    assert len(seen) == 4  # a remote host or none, a warning or none


def test_any_in_is_a_substring_test_of_every_word() -> None:
    words = ["delayed", "retry", "diff", "遅延", "temporary error", "atras"]
    index = AnchorIndex(set(words))
    rnd = random.Random(8)
    pieces = [*words, "dela", "yed", "re", "try", "遅", "延", " ", "x", "temporary ", "error"]
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8)))
        assert index.any_in(text) == any(w in text for w in words), text
    assert not AnchorIndex(set()).any_in("delayed")


def _old_tokens(low: str) -> list[str]:
    """textmodel's tokens before speed pass 8 (the regex alone)."""
    return [t if t[0] in _LETTERS else "0" for t in _TOKEN.findall(low)]


def test_model_tokens_are_the_regex_tokens() -> None:
    # Speed pass 8: ASCII text is tokenised by translate/replace/split, the rest by regex.
    rnd = random.Random(8)
    pools = ["".join(map(chr, range(128))), "a0 .@-_1z9", "ab0123 \t\n", "0000a00 ", "é1a٣b K\xa0"]
    for _ in range(20000):
        pool = rnd.choice(pools)
        low = "".join(rnd.choice(pool) for _ in range(rnd.randint(0, 40))).lower()
        assert _tokens(low) == _old_tokens(low)


def test_model_scores_sum_rows_in_the_old_order() -> None:
    # Speed pass 8: the rows are gathered by map(), not a set comprehension; the float32
    # sum depends on the order, so the scores must be equal to the last bit.
    model = load_model()
    rows, matrix, bias = model._dense
    names = [*rows, "unknown-word", "0"]
    rnd = random.Random(8)
    for _ in range(2000):
        feats = [rnd.choice(names) for _ in range(rnd.randint(1, 60))]
        known = {rows.get(f, -1) for f in feats}
        known.discard(-1)
        old = bias + matrix.take(list(known), axis=0).sum(axis=0)
        assert model.scores(feats).tobytes() == old.tobytes()


def _old_notification_part(text: str) -> str:
    """textbounce.notification_part before speed pass 8 (one find per field)."""
    cut = _original_start(text)
    for field in _QUOTED_FIELDS:
        q = text.find(field, 39, cut)
        if q >= 0:
            cut = q + 1
    return text[:cut]


def test_notification_part_cuts_where_the_old_loop_cut() -> None:
    rnd = random.Random(8)
    pieces = [*_QUOTED_FIELDS, "\n", "x", " ", "Received:", "\n-- Original message --\n"]
    for _ in range(5000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 30)))
        assert notification_part(text) == _old_notification_part(text)


# mime._FIELDS before speed pass 11: the fields only; the lines were counted after it.
_OLD_FIELDS = re.compile(r"(?m)^([\x21-\x39\x3b-\x7e]+):[ \t]*+([^\n]*+(?:\n[ \t][^\n]*+)*+)\n?")


def _old_all_fields(text: str, found: list[tuple[str, str]]) -> bool:
    """mime._all_fields (speed pass 8, dropped in speed pass 11)."""
    lines = 1 + text.count("\n") - text.endswith("\n") if text else 0
    n = len(found)
    return n == lines or n + "".join(value for _, value in found).count("\n") == lines


def test_all_fields_is_the_old_line_count() -> None:
    # Speed pass 8: the fields' continuation lines are counted in their values.
    rnd = random.Random(8)
    pieces = ["From: a", "X-B:", " cont", "\tcont", "\n", "\n", "\n ", "bad line", ":", "a b: c"]
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12)))
        if text[:1] in (" ", "\t"):
            continue
        found = _OLD_FIELDS.findall(text)
        starts = 1 + text.count("\n") - text.endswith("\n") if text else 0
        old = len(found) == starts - text.count("\n ") - text.count("\n\t")
        assert _old_all_fields(text, found) == old


def _old_parse_headers(text: str) -> tuple[list[tuple[str, str]], str] | None:
    """parse_headers' fast path before speed pass 11: the fields, or None (the slow path)."""
    if text[:1] in (" ", "\t"):
        return None
    found = _OLD_FIELDS.findall(text)
    return (found, "") if _old_all_fields(text, found) else None


def test_header_block_fast_path_is_the_old_one() -> None:
    # Speed pass 11: a block is all fields when no line matched _FIELDS' other
    # alternatives, not when the fields and their folded lines count every line.
    rnd = random.Random(11)
    pieces = ["From: a", "X-B:", " cont", "\tcont", "\n", "\n", "\n ", "bad line", ":", "a b: c"]
    pieces += ["From x", "\udcff: y", "é: z", "Subject:\t", "\n\n", "\r"]
    for _ in range(30000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 14)))
        msg, stray = parse_headers(text)
        old = _old_parse_headers(text)
        if old is not None:
            assert (msg._headers, stray) == old, text  # type: ignore[attr-defined]
        else:
            # The slow path, unchanged: the fast one must not have answered.
            assert _NOT_A_FIELD in _FIELDS.findall(text) or text[:1] in (" ", "\t"), text


def _old_bound_input(raw: bytes) -> tuple[bytes, str | None]:
    """parse.bound_input's cut at the returned original before speed pass 8."""
    low = raw.lower()
    for marker in (b"message/rfc822", b"text/rfc822-headers"):
        pos = low.find(marker)
        if pos >= 0 and len(raw) > pos + ORIGINAL_KEEP_BYTES:
            return raw[: pos + ORIGINAL_KEEP_BYTES], None
    return raw, None


def test_bound_input_cuts_where_it_cut() -> None:
    # Speed pass 8: the marker search stops where a marker could no longer cut.
    keep = ORIGINAL_KEEP_BYTES
    for size in (keep - 20, keep - 1, keep, keep + 1, keep + 14, keep + 15, keep + 40):
        for at in range(0, 45):
            for marker in (b"Message/RFC822", b"text/rfc822-headers", b""):
                raw = (b"x" * at + marker + b"y" * size)[: at + size]
                assert bound_input(raw) == _old_bound_input(raw)


# phrases.first_reason before speed pass 9: the candidates as a bit mask per group.
_OLD_INDEX = AnchorIndex({a for _, group in BY_TEXT for words, _ in group.items for a in words})


def _old_masks() -> dict[str, dict[int, int]]:
    """Anchor -> {group index: bit set of the group's phrases that have this anchor}."""
    masks: dict[str, dict[int, int]] = {}
    for g, (_, group) in enumerate(BY_TEXT):
        for k, (words, _) in enumerate(group.items):
            for anchor in words:
                bits = masks.setdefault(anchor, {})
                bits[g] = bits.get(g, 0) | 1 << k
    return masks


_OLD_MASKS = _old_masks()


def _old_group_match(g: int, mask: int, low: str, start: int = 0) -> re.Match[str] | None:
    items = BY_TEXT[g][1].items
    while mask:
        m = items[(mask & -mask).bit_length() - 1][1].search(low, start)
        if m:
            return m
        mask &= mask - 1
    return None


def _old_first_reason(low: str) -> str | None:
    pending = dict(_OLD_MASKS.get("", {}))
    for word in _OLD_INDEX.matches(low):
        for g, mask in _OLD_MASKS[word].items():
            pending[g] = pending.get(g, 0) | mask
    order = sorted(pending)
    for i, g in enumerate(order):
        m = _old_group_match(g, pending[g], low)
        if m:
            if g in _FRAME_GROUPS:
                for h in order[i + 1 :]:
                    if h not in _FRAME_GROUPS and _old_group_match(h, pending[h], low, m.end()):
                        return BY_TEXT[h][0]
            return BY_TEXT[g][0]
    return None


def test_first_reason_by_phrase_numbers_is_the_old_first_reason() -> None:
    # Speed pass 9: one number's bits for every candidate phrase, numbered in the order
    # they are tried, instead of a mask per group (frames and their causes included).
    from re import _parser  # type: ignore[attr-defined]

    rnd = random.Random(9)
    samples: list[str] = []
    for src, _, _ in _phrases():
        parsed = _parser.parse(src)
        samples += [_sample(parsed, rnd) for _ in range(3)]
    # Texts with a frame's words first, so that a later group's phrase may name the cause.
    frame_rx = {rx for g in _FRAME_GROUPS for _, rx in BY_TEXT[g][1].items}
    framed = [t for t in samples if any(rx.search(t) for rx in frame_rx)]
    texts = _known_texts()
    for _ in range(4000):
        texts.append(" ".join(rnd.choice(samples) for _ in range(rnd.randint(1, 4))))
        texts.append(f"{rnd.choice(framed)} {rnd.choice(samples)}")
    answers = set()
    for low in texts:
        old = _old_first_reason(low)
        assert first_reason(low) == old, low[:200]
        answers.add(old)
    assert answers >= {reason for reason, _ in BY_TEXT}  # every reason was an answer


def _old_content_type(raw: str | None) -> tuple[str, dict[str, str]]:
    """mime.content_type's parsing before speed pass 10 (no cache)."""
    ctype = "text/plain"
    params: dict[str, str] = {}
    if raw:
        head = "".join(raw.partition(";")[0].split()).lower()
        if head.count("/") == 1 and all(head.split("/")):
            ctype = head
        if ";" in raw:
            for name, quoted, bare in _CT_PARAM.findall(raw):
                params.setdefault(name.lower(), quoted or bare)
    return ctype, params


def test_cached_content_type_matches_the_old_parse() -> None:
    rng = random.Random(10)
    pieces = [
        "text/plain",
        "TEXT/Plain",
        "multipart/report",
        "; ",
        ";",
        " ",
        "\n\t",
        "/",
        "charset=",
        'charset="utf-8"',
        "boundary=",
        '"a\\"b"',
        "x",
        "=",
        '"',
        "report-type",
    ]
    values = ["", " ", "text/plain; charset=utf-8", 'multipart/mixed; boundary="b"; BOUNDARY=c']
    values += ["".join(rng.choices(pieces, k=rng.randint(1, 8))) for _ in range(5000)]
    for raw in values * 2:  # the second round answered from the cache
        msg = Message()
        if raw:
            msg._headers = [("Content-Type", raw)]  # type: ignore[attr-defined]
        ctype, params = content_type(msg)
        assert (ctype, dict(params)) == _old_content_type(raw or None), raw
        assert content_type(msg)[0] == ctype


def _old_original_start(text: str) -> int:
    """textbounce._original_start before speed pass 11 (a loop over range(50) per word)."""
    low = text.lower()
    if len(low) != len(text):
        m = _ORIGINAL_START.search(text, 40)
        return m.start() if m else len(text)
    best = len(text)
    for word in _ORIGINAL_WORDS:
        i = low.find(word, 40)
        for _ in range(50):
            if i < 0 or i >= best:
                break
            start = low.rfind("\n", 0, i) + 1
            if start >= 40 and _ORIGINAL_START.match(text, start):
                best = start
                break
            i = low.find(word, i + 1)
    return best


def test_original_start_is_the_old_loop() -> None:
    # Speed pass 11: a while loop per word; a word that occurs nowhere costs one test;
    # the words that hold "message" are not looked for in a text without it.
    rnd = random.Random(11)
    pieces = [*_ORIGINAL_WORDS, "Original Message", "\n", "\n-- ", "x ", "  ", "--", "İ"]
    pieces += ["below this line is a copy", "mensaje original", "Mensaje Original"]
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 40)))
        assert _original_start(text) == _old_original_start(text)
    # More occurrences of a word than the loop tries, none at a line start, then a marker.
    for n in (49, 50, 51):
        text = "x" * 40 + "x returned message" * n + "\nreturned message"
        assert _original_start(text) == _old_original_start(text)


def test_gated_caseless_finds_what_its_regex_finds() -> None:
    # Speed pass 11: a Caseless with a few anchors tests them before its regex.
    from re import _parser  # type: ignore[attr-defined]

    from outreach.inbound import autoreply, notices

    gated = [
        rx
        for mod in (autoreply, notices)
        for rx in vars(mod).values()
        if isinstance(rx, Caseless) and rx.gate
    ]
    assert len(gated) >= 3
    rnd = random.Random(11)
    texts = _known_texts()[:400]
    for rx in gated:
        parsed = _parser.parse(rx.low.pattern)
        samples = [_sample(parsed, rnd) for _ in range(200)]
        found = 0
        for text in samples + [f"{rnd.choice(texts)[:300]} {s}".upper() for s in samples] + texts:
            low = lowered(text)
            old = rx.low.search(low) is not None if low else rx.rx.search(text) is not None
            assert rx.search(text, low) == old, text[:200]
            found += old
        assert found >= 200, rx.low.pattern  # the samples match


def test_compiled_phrases_and_ascii_forms_find_what_their_sources_find() -> None:
    # Speed pass 15: a phrase's leading "\b" made a look-behind after its first letter
    # (regexlits.literal_first), and Caseless's regex for ASCII text without the
    # alternatives that need a non-ASCII character.
    from re import _parser  # type: ignore[attr-defined]

    from outreach.inbound import autoreply, notices, textbounce

    rnd = random.Random(15)
    texts = _known_texts()[:400]
    rewritten = 0
    for src, _, rx in _phrases():
        if not src.startswith("\\b"):
            continue
        rewritten += rx.pattern != src
        source = re.compile(src)
        samples = [_sample(_parser.parse(src), rnd) for _ in range(20)]
        for text in (
            samples
            + [f"x{s}" for s in samples]
            + [f"{t[:200]} {s}" for t, s in zip(texts, samples, strict=False)]
        ):
            want, got = source.search(text), rx.search(text)
            assert (want and want.span()) == (got and got.span()), (src, text[:200])
    assert rewritten >= 20
    caseless = [
        c
        for mod in (autoreply, notices, textbounce)
        for c in vars(mod).values()
        if isinstance(c, Caseless) and c.ascii_low is not c.low
    ]
    assert len(caseless) >= 3
    for c in caseless:
        samples = [_sample(_parser.parse(c.low.pattern), rnd) for _ in range(200)]
        for text in samples + texts:
            low = lowered(text)
            if low is not None and low.isascii():
                assert c.search(text, low) == (c.low.search(low) is not None), text[:200]
