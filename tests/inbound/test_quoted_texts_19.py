"""Remote servers' reply lines quoted on public pages, nineteenth round, each in a minimal bounce.

A nineteenth fresh table of *real* wording, gathered after test_quoted_texts.py and
test_quoted_texts_2.py to _18.py and kept apart from any change to the classifier: it is a
clean test whose first pass the lead runs on the merged code. Reply lines that occurred in
real bounces and were quoted on public pages (GitHub issues, forums, help pages, blogs,
mailing-list archives) and vendors' own published reply texts, found by query shapes
varied over provider names (mailbox providers, hosting companies, filtering gateways,
sending services), reply and enhanced status codes and the words of common refusals; this
round, replies in languages other than English and from regional mailbox providers,
hosting companies and national ISPs. The source is in a comment above each case.

Collection rule, fixed and committed before any candidate page was read:
- a case is a real remote server's reply quoted verbatim on a public page (a GitHub issue
  or pull request, a forum thread, a help page, a blog post, a mailing-list archive), or a
  vendor's own published reply text (its help or NDR page quoting the words its servers
  send); one case per distinct wording, at most two per page (three for a vendor's own
  list of its reply codes, where they name clearly different causes);
- not taken: paraphrases and descriptions of a reply, specimens in RFCs or documentation
  with template fields (unless the vendor's own published reply text, its fields then
  filled with the stand-ins below), replies a page made up, and nothing from Sisimai's
  repositories, set-of-emails or bounceHammer, nor from pages that copy their samples; a
  vendor's published page counts only for the reply texts its own servers send, quoted
  with their code, not for its descriptions of a reply (nor for a translation of a reply
  that its servers send in another language);
- only sources not used by any earlier table: no URL that appears in any
  tests/inbound/test_*texts*.py or in tests/data/inbound/README.md;
- wordings already in any text table or in tests/data/inbound are left out, by normalised
  text (lower case, runs of other characters than letters and digits as one space, and
  addresses, IDs and IPs ignored): the same text, or a near copy (one contains the other
  and the shorter is at least 60% of the longer's length);
- only the server's reply is taken (reply code, enhanced status code if quoted, text);
  addresses are anonymised to kim@example.org (the recipient) / sam@outreach.example (our
  sender), hosts of persons and organisations to example.org / example.net names (big
  providers' domains and MX names stay) and IPs to 192.0.2.x. Where a page quotes the words
  without the reply code, the code used is said to be assumed;
- this round's emphasis: reply lines in languages other than English, and reply lines
  (in any language) of regional mailbox providers, hosting companies and national ISPs:
  Japan, Korea, China, Taiwan, Russia and the CIS, Brazil and Portugal, Germany, Austria
  and Switzerland, France and Belgium, Italy, Spain and Latin America, Poland, Czechia and
  Slovakia, Turkey, the Nordics, the Netherlands, India, Australia and New Zealand, South
  Africa; found through the pages and issues corpora by queries varied over provider names
  x reply codes (421, 450, 451, 452, 550, 551, 552, 553, 554 and their enhanced codes) x
  each language's words of refusal (unknown user, full mailbox, refused, blocked, spam,
  too many), and through those vendors' own published lists of reply codes in those
  languages; the reply text is kept in its language and script as the page quotes it
  (a page's translation of it is not taken); sources are chosen by category (the provider
  or language a query was shaped for) and every qualifying line is taken in result order
  up to the caps above, not by how hard it looks.

Each case is labelled with the reason in our vocabulary (Sisimai's, by its public reason
documentation; conventions in tests/data/inbound/README.md, docs/inbound.md,
docs/adr/0017-contested-reason-labels.md and the decisions of the earlier text tables)
*before* the classifier was run on any of them; where the words name one cause they
decide, where they name two or none and the page says what the real cause was, the page
decides. Uncertain labels say so in a comment. Each case becomes the two bounces of
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
def test_quoted_reply_19(variant: str, case: Case) -> None:
    check(variant, case, KNOWN_MISSES)


if __name__ == "__main__":  # PYTHONPATH=src:. python -m tests.inbound.test_quoted_texts_19 [N]
    main(CASES)
