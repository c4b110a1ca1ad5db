"""Pure link tracking: rewrite http(s) links to signed redirects and add an open pixel.

A click token carries (message id, link index), never the URL: the redirect looks the URL up
in the links stored on the message, so it can only lead somewhere the message pointed to.
"""

from __future__ import annotations

import html as htmllib
import re
from dataclasses import dataclass

from outreach.tracking.tokens import Signers

# href="http(s)://…" or href='…' on an <a> tag; other tags (img, link) are left alone.
_HREF = re.compile(
    r"""(<a\b[^>]*?\bhref\s*=\s*)(["'])(https?://[^"'>]+)\2""", re.IGNORECASE | re.DOTALL
)
_BODY_END = re.compile(r"</body\s*>", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Instrumented:
    """Tracked HTML and the original URLs in link-index order."""

    html: str
    links: list[str]


def open_pixel_url(base_url: str, signers: Signers, message_id: int) -> str:
    """The open-tracking pixel of a message."""
    return f"{base_url}/t/o/{signers.open.sign(message_id)}.gif"


def click_url(base_url: str, signers: Signers, message_id: int, index: int) -> str:
    """The redirect URL of link ``index`` of a message."""
    return f"{base_url}/t/c/{signers.click.sign(message_id, index)}"


def unsubscribe_url(base_url: str, signers: Signers, message_id: int) -> str:
    """The unsubscribe page (GET) and RFC 8058 one-click endpoint (POST) of a message."""
    return f"{base_url}/u/{signers.unsubscribe.sign(message_id)}"


def instrument_html(html: str, *, message_id: int, base_url: str, signers: Signers) -> Instrumented:
    """Rewrite every http(s) link to a tracked redirect and add the open pixel."""
    base_url = base_url.rstrip("/")
    own_prefix = base_url + "/"
    links: list[str] = []

    def rewrite(match: re.Match[str]) -> str:
        original = match.group(3).strip()
        if "&" in original:
            original = htmllib.unescape(original)
        if original.startswith(own_prefix):
            return match.group(0)  # our own unsubscribe/tracking links stay as they are
        links.append(original)
        tracked = click_url(base_url, signers, message_id, len(links) - 1)
        return f"{match.group(1)}{match.group(2)}{tracked}{match.group(2)}"

    rewritten = _HREF.sub(rewrite, html)
    pixel = (
        f'<img src="{open_pixel_url(base_url, signers, message_id)}" width="1" height="1" '
        'alt="" style="display:none;border:0">'
    )
    ends = list(_BODY_END.finditer(rewritten))
    if ends:
        at = ends[-1].start()
        rewritten = rewritten[:at] + pixel + rewritten[at:]
    else:
        rewritten += pixel
    return Instrumented(html=rewritten, links=links)
