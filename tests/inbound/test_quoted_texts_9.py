"""Remote servers' reply lines quoted on public pages, ninth round, each in a minimal bounce.

A ninth fresh table of *real* wording, gathered after test_quoted_texts.py and
test_quoted_texts_2.py to _8.py and kept apart from any change to the classifier: it is a
clean test whose first pass the lead runs on the merged code. Reply lines that occurred in
real bounces and were quoted on public pages: help and forum pages in many languages
(German, French, Spanish, Portuguese, Italian, Dutch, Polish, Turkish, Czech, Vietnamese,
Indonesian and others), knowledge bases of hosting providers, forums of mail-server products
(Zimbra, Kerio, MDaemon, hMailServer, SmarterMail, IceWarp, Axigen, Exim and Postfix users'
lists), university IT pages, email service providers' documentation of bounce
classifications where it quotes real server replies, and GitHub issues where a user quotes
a server's reply line. The source is in a comment above each case.

Collection rule, fixed and committed before any candidate page was read:
- only sources not used by any earlier table: no URL that appears in any
  tests/inbound/test_*texts*.py or in tests/data/inbound/README.md (GitHub issue threads
  only as issues where a user quotes a server's reply, no repository files);
- wordings already in any text table are left out, by normalised text (lower case, runs of
  other characters than letters and digits as one space): the same text, or a near copy (one
  contains the other and the shorter is at least 60% of the longer's length); the tables
  are also searched for each candidate's distinctive words;
- every reply line a page quotes is taken, by category (not only the hard-looking ones), at
  most six per page;
- only the server's reply is taken (reply code, enhanced status code if quoted, text);
  addresses are anonymised to kim@example.org / sam@outreach.example, personal and
  organisation hosts to example.org / example.net names (big providers' domains and MX names
  may stay) and IPs to 192.0.2.x. Where a page quotes the words without the reply code, the
  code used is said to be assumed;
- nothing from Sisimai's repositories, set-of-emails or bounceHammer, nor from pages that
  copy their samples.

Each case is labelled with the reason in our vocabulary (Sisimai's, by its public reason
documentation; conventions in tests/data/inbound/README.md, docs/inbound.md,
docs/adr/0017-contested-reason-labels.md and the decisions of the earlier text tables)
*before* the classifier was run on any of them; where the page says what the real cause was,
that is the label. Uncertain labels say so in a comment. Each case becomes the two bounces of
replytable.py: a Postfix RFC 3464 report and an Exim-style plain-text notice.
"""

from __future__ import annotations

import pytest

from .replytable import Case, check, main, params

# (source family, SMTP reply code, enhanced status code or None, reply text, reason)
CASES: list[Case] = []

# The first pass is the lead's; misses are written here after it, kept visible until each
# is fixed or its label is settled.
KNOWN_MISSES: dict[str, str] = {}

PARAMS = params(CASES)


@pytest.mark.parametrize(("variant", "case"), PARAMS)
def test_quoted_reply_9(variant: str, case: Case) -> None:
    check(variant, case, KNOWN_MISSES)


if __name__ == "__main__":  # PYTHONPATH=src:. python -m tests.inbound.test_quoted_texts_9 [N]
    main(CASES)
