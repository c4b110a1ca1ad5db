"""Remote servers' reply lines quoted on public pages, eighteenth round, each in a minimal bounce.

An eighteenth fresh table of *real* wording, gathered after test_quoted_texts.py and
test_quoted_texts_2.py to _17.py and kept apart from any change to the classifier: it is a
clean test whose first pass the lead runs on the merged code. Reply lines that occurred in
real bounces and were quoted on public pages (GitHub issues, forums, help pages, blogs,
mailing-list archives) and vendors' own published reply texts, found by query shapes
varied over provider names (mailbox providers, hosting companies, filtering gateways,
sending services), reply and enhanced status codes and the words of common refusals; this
round, replies quoted by real mail log lines kept in log tools' test data and sample logs.
The source is in a comment above each case.

Collection rule, fixed and committed before any candidate page was read:
- a case is a real remote server's reply quoted verbatim on a public page (a GitHub issue
  or pull request, a forum thread, a help page, a blog post, a mailing-list archive), or a
  vendor's own published reply text (its help or NDR page quoting the words its servers
  send), or, this round, a real reply quoted by a mail log line kept in a log tool's test
  data or sample logs (below); one case per distinct wording, at most two per page (three
  for a vendor's own list of its reply codes, where they name clearly different causes),
  and this round at most six per source (one repository or one package), the cap below;
- not taken: paraphrases and descriptions of a reply, specimens in RFCs or documentation
  with template fields (unless the vendor's own published reply text, its fields then
  filled with the stand-ins below), replies a page made up, and nothing from Sisimai's
  repositories, set-of-emails or bounceHammer, nor from pages that copy their samples; a
  vendor's published page counts only for the reply texts its own servers send, quoted
  with their code, not for its descriptions of a reply;
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
- this round's emphasis: real reply texts kept in mail-log parsers' and log-analysis
  tools' test data and sample logs: Postfix, Exim, sendmail, qmail and Exchange log lines that
  quote a remote server's reply ("host ... said: 550 5.1.1 ...", "status=bounced (host ...
  said: ...)", Exim's "** kim@example.org R=... T=...: SMTP error from remote mail server
  after RCPT TO:<...>: 550 ..."), used as fixtures or samples by log parsers (grok and
  Logstash pattern suites, Fluentd, Fluent Bit and Vector parsers, pflogsumm-like reporters,
  mail-log parsers on PyPI and npm, SIEM, Elastic and Graylog content packs, fail2ban-like
  filters' sample logs, monitoring plugins), found through the code corpus (by meaning and
  by the exact strings "status=bounced (host", "said: 550", "SMTP error from remote mail
  server") and through package registries (PyPI, npm, Debian); a log line counts only where
  the source presents it as real (captured lines, "real log lines", sample logs from a real
  server, masked or not), not lines its authors plainly made up as templates; only sources
  whose licence (read in the repository or package before any text is taken) is permissive
  (MIT, BSD, Apache-2.0, ISC, MPL-2.0 and their like); at most six cases per source (one
  repository or one package); the reply code and enhanced code are taken as the log line
  quotes them, and only the remote server's reply text, not the MTA's own frame around it
  ("host ... said:", "(in reply to RCPT TO command)", "status=bounced", Exim's "SMTP error
  from remote mail server after ..."); only repositories and packages whose URL or name
  appears in no tests/inbound/test_*texts*.py and not in tests/data/inbound/README.md;
  sources are chosen by category (what kind of log tool keeps them), not by how hard their
  replies look.

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
def test_quoted_reply_18(variant: str, case: Case) -> None:
    check(variant, case, KNOWN_MISSES)


if __name__ == "__main__":  # PYTHONPATH=src:. python -m tests.inbound.test_quoted_texts_18 [N]
    main(CASES)
