"""classify() never raises and never hangs, whatever the bytes."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from outreach.inbound import Classification, classify

from .conftest import CORPUS, load_expected

SAMPLES = [(CORPUS / rel).read_bytes() for rel in sorted(load_expected())][:40]


def _ok(result: Classification) -> None:
    assert isinstance(result, Classification)
    assert result.kind in ("bounce", "autoreply", "complaint", "human", "unknown")
    result.to_dict()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4096))
def test_garbage_bytes(raw: bytes) -> None:
    _ok(classify(raw))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(SAMPLES), st.data())
def test_mutated_samples(raw: bytes, data: st.DataObject) -> None:
    """Cut, splice and flip bytes of real samples."""
    cut = data.draw(st.integers(0, len(raw)))
    junk = data.draw(st.binary(max_size=64))
    where = data.draw(st.integers(0, cut))
    mutated = raw[:where] + junk + raw[where:cut]
    _ok(classify(mutated))


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=2000))
def test_text_in_headers(text: str) -> None:
    raw = ("From: " + text[:200] + "\nSubject: " + text[200:400] + "\n\n" + text).encode(
        "utf-8", "surrogatepass"
    )
    _ok(classify(raw))


def _fast(raw: bytes, limit: float = 2.0) -> Classification:
    start = time.perf_counter()
    result = classify(raw)
    assert time.perf_counter() - start < limit
    _ok(result)
    return result


def test_empty_and_binary() -> None:
    assert _fast(b"").kind == "unknown"
    assert _fast(b"\x00" * 5000).kind == "unknown"
    assert "not an e-mail" in (_fast(bytes(range(256)) * 40).diagnostic or "")


def test_ten_megabytes() -> None:
    raw = SAMPLES[0] + b"\n" + b"A" * (10 * 1024 * 1024)
    _fast(raw)
    _fast(b"Subject: x\n\n" + b"x@y.z " * 2_000_000)


def test_deeply_nested_multipart() -> None:
    head, tail = [], []
    for i in range(5000):
        head.append(f'Content-Type: multipart/mixed; boundary="b{i}"\n\n--b{i}\n')
        tail.append(f"\n--b{i}--\n")
    raw = ("From: a@b.c\n" + "".join(head) + "text" + "".join(reversed(tail))).encode()
    _fast(raw)


def test_nested_rfc822() -> None:
    raw = b"From: a@b.c\nContent-Type: message/rfc822\n\n" * 3000 + b"body"
    _fast(raw)


def test_many_parts() -> None:
    parts = "".join(f"--B\nContent-Type: text/plain\n\npart {i}\n" for i in range(20000))
    raw = f'From: a@b.c\nContent-Type: multipart/mixed; boundary="B"\n\n{parts}--B--\n'
    _fast(raw.encode())


def test_lying_charset_and_encoding() -> None:
    raw = (
        b"From: MAILER-DAEMON@x.example\nSubject: Undelivered Mail\n"
        b"Content-Type: text/plain; charset=klingon-9\nContent-Transfer-Encoding: base64\n\n"
        b"!!!not base64!!!\xff\xfe\n<u@example.com>: 550 5.1.1 user unknown\n"
    )
    _fast(raw)


def test_backtracking_bait() -> None:
    bait = b"a" * 50000 + b"@" + b"b." * 20000
    _fast(b"From: MAILER-DAEMON@x.example\nSubject: failure notice\n\n" + bait)
    _fast(b"From: x@y.z\nSubject: " + b"=?utf-8?q?" * 5000 + b"\n\n" + b"<" * 100000)
