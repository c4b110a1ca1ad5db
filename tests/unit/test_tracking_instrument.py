"""Link rewriting, pixel insertion and the tracking tokens."""

from __future__ import annotations

import re

from outreach.tracking.instrument import instrument_html, unsubscribe_url
from outreach.tracking.tokens import click_from, message_id_from, signers_for

SIGNERS = signers_for("unit-secret")
BASE = "https://t.example.com"


def _tokens(html: str) -> list[str]:
    return re.findall(r"https://t\.example\.com/t/c/([^\"']+)", html)


def test_every_http_link_becomes_a_signed_redirect_by_index() -> None:
    html = (
        '<p><a href="https://a.example/x?y=1&amp;z=2">A</a> '
        "<A HREF='http://b.example/'>B</A> <a href=\"mailto:x@y.z\">m</a>"
        '<img src="https://img.example/i.png"></p>'
    )
    out = instrument_html(html, message_id=42, base_url=BASE, signers=SIGNERS)
    assert out.links == ["https://a.example/x?y=1&z=2", "http://b.example/"]
    tokens = _tokens(out.html)
    assert [click_from(SIGNERS.click, t) for t in tokens] == [(42, 0), (42, 1)]
    assert "mailto:x@y.z" in out.html
    assert 'src="https://img.example/i.png"' in out.html
    assert "a.example" not in out.html  # the URL is not in the token or the HTML


def test_pixel_goes_before_body_end_or_at_the_end() -> None:
    out = instrument_html(
        "<html><body>Hi</body></html>", message_id=7, base_url=BASE, signers=SIGNERS
    )
    assert re.search(r'<img src="https://t\.example\.com/t/o/[^"]+\.gif"[^>]*></body>', out.html)
    token = re.search(r"/t/o/([^\"]+)\.gif", out.html).group(1)  # type: ignore[union-attr]
    assert message_id_from(SIGNERS.open, token) == 7
    bare = instrument_html("Hi", message_id=7, base_url=BASE, signers=SIGNERS)
    assert bare.html.startswith("Hi<img ")


def test_own_links_are_not_wrapped() -> None:
    unsub = unsubscribe_url(BASE, SIGNERS, 5)
    out = instrument_html(
        f'<a href="{unsub}">unsubscribe</a>', message_id=5, base_url=BASE, signers=SIGNERS
    )
    assert out.links == []
    assert unsub in out.html


def test_tokens_reject_forgery_tampering_and_cross_purpose_use() -> None:
    token = SIGNERS.click.sign(3, 1)
    assert click_from(SIGNERS.click, token) == (3, 1)
    payload, sig = token.split(".")
    assert (
        click_from(SIGNERS.click, payload + "." + sig[:-1] + ("A" if sig[-1] != "A" else "B"))
        is None
    )
    assert click_from(SIGNERS.click, "bm90LXNpZ25lZA.AAAA") is None
    assert click_from(SIGNERS.click, "") is None
    assert message_id_from(SIGNERS.open, token) is None  # a click token is not an open token
    assert message_id_from(SIGNERS.unsubscribe, SIGNERS.open.sign(3)) is None
    other = signers_for("another-secret")
    assert message_id_from(other.open, SIGNERS.open.sign(3)) is None
    assert click_from(SIGNERS.click, SIGNERS.click.sign("x", 1)) is None
    assert click_from(SIGNERS.click, SIGNERS.click.sign(-1, 1)) is None


def test_token_signature_is_standard_hmac_sha256() -> None:
    import base64
    import hmac as std_hmac

    from outreach.kit.tokens import TokenSigner

    signer = TokenSigner("unit-secret", "click")
    token = signer.sign(12, 3)
    payload, sig = token.split(".")
    key = std_hmac.new(b"unit-secret", b"outreach:click", "sha256").digest()
    expected = std_hmac.new(key, payload.encode(), "sha256").digest()[:16]
    assert sig == base64.urlsafe_b64encode(expected).rstrip(b"=").decode()
