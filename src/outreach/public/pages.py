"""The small HTML pages recipients see (no templates engine on the hot edge)."""

from __future__ import annotations

import html

_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>{title}</title>
<style>body{{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;
color:#222}}button{{font-size:1rem;padding:.6rem 1.2rem;border-radius:.4rem;border:1px solid #555;
background:#222;color:#fff;cursor:pointer}}</style></head>
<body><main><h1>{title}</h1>{body}</main></body></html>
"""


def page(title: str, body_html: str) -> str:
    """A minimal standalone page; ``body_html`` must already be escaped."""
    return _PAGE.format(title=html.escape(title), body=body_html)


def unsubscribe_form() -> str:
    """The confirm page: a GET never unsubscribes (link scanners fetch GETs)."""
    return page(
        "Unsubscribe",
        "<p>Click the button to stop receiving these emails.</p>"
        '<form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click">'
        '<button type="submit">Unsubscribe</button></form>',
    )


def unsubscribed() -> str:
    """Shown after a successful unsubscribe."""
    return page("You are unsubscribed", "<p>You will not receive further emails from us.</p>")


def invalid_link() -> str:
    """Shown for forged, tampered or unknown tokens."""
    return page(
        "Link not valid",
        "<p>This link is not valid. It may have been copied incompletely.</p>",
    )
