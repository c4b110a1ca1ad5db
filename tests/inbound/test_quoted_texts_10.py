"""Remote servers' reply lines quoted on public pages, tenth round, each in a minimal bounce.

A tenth fresh table of *real* wording, gathered after test_quoted_texts.py and
test_quoted_texts_2.py to _9.py and kept apart from any change to the classifier: it is a
clean test whose first pass the lead runs on the merged code. Reply lines that occurred in
real bounces and were quoted on public pages, found by query shapes the earlier rounds did
not use: exact SMTP phrases real servers send (reply and enhanced status codes with
provider names, providers' own rejection tags such as Yahoo's TSS04, Gmail's 5.7.26,
Outlook.com's 5.7.515 / 4.7.650 / 5.7.606, Orange's and Comcast's tags, Spamhaus,
Barracuda, Mimecast, Proofpoint, Sophos, Trend Micro, FortiMail and Cisco IronPort
replies), and GitHub issues of mail libraries and applications (Nodemailer, PHPMailer,
Swift Mailer, Symfony Mailer, Django, Rails, SendGrid, Mailgun, Postal, listmonk, Mautic,
Discourse, GitLab, Nextcloud, Roundcube, SnappyMail, mailcow, Mail-in-a-Box, iRedMail,
Modoboa, docker-mailserver and others) where a user quotes a server's reply line. The
source is in a comment above each case.

Collection rule, fixed and committed before any candidate page was read:
- only sources not used by any earlier table: no URL that appears in any
  tests/inbound/test_*texts*.py or in tests/data/inbound/README.md (GitHub issue threads
  only as issues where a user quotes a server's reply, no repository files);
- wordings already in any text table or in tests/data/inbound are left out, by normalised
  text (lower case, runs of other characters than letters and digits as one space): the
  same text, or a near copy (one contains the other and the shorter is at least 60% of the
  longer's length); the tables and the corpus are also searched for each candidate's
  distinctive words;
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
def test_quoted_reply_10(variant: str, case: Case) -> None:
    check(variant, case, KNOWN_MISSES)


if __name__ == "__main__":  # PYTHONPATH=src:. python -m tests.inbound.test_quoted_texts_10 [N]
    main(CASES)
