"""Reply texts from mail software the other tables do not cover, round 4, in minimal bounces.

A from-source table, round 4. Collection rule, fixed before any candidate source was read:

- Programs: only mail servers, filters, policy daemons, gateways, list managers and
  sending services that test_mta_texts.py, test_software_texts_2.py and
  test_software_texts_3.py do not use (their docstrings and "# ---" comments name them:
  Postfix and postscreen, Exim, cPanel's Exim, Sendmail, qmail and its patches, vpopmail,
  maildrop, Dovecot, Cyrus, OpenSMTPD, Haraka and its bundled plugins, Exchange, Domino,
  hMailServer, James, MailEnable, Stalwart, rspamd/rmilter, spamass-milter, amavisd-new,
  clamsmtp, milter-greylist, sqlgrey, policyd-weight, OpenDMARC, Mailman 2, chasquid,
  mox, maddy, Zimbra, aiosmtpd, ZoneMTA, Postal, MIMEDefang, Mailgun, SparkPost,
  MailChannels, Trend Micro DDEI, IronPort, MDaemon, GNU Mailutils, Proxmox Mail Gateway,
  spamdyke, go-smtp, qpsmtpd, nodemailer's smtp-server, Courier-MTA and its filters,
  WildDuck, KumoMTA, Citadel, LBBS, iRedAPD, OpenBSD spamd, Twisted, poolpOrg's OpenSMTPD
  filters, go-guerrilla, XMail, mtpolicyd, SubEthaSMTP). A page or repository already
  cited in tests/data/inbound/README.md or any tests/inbound/test_*texts*.py is not used.
- Texts: the reply a refused or deferred sender would see in a bounce (an SMTP reply or
  the text a sending service writes into its bounce), each *read* while writing this
  table in the program's public source code or official documentation, named in a
  comment above each group ("read": repository/path and license, or the page); nothing
  quoted from memory. Printf placeholders are filled with the table's fixed recipient
  kim@example.org, sender sam@outreach.example, our IP 192.0.2.1 and hosts of
  example.net / mx.example.org; a "filled" comment marks a stand-in for another
  program's inserted text. The reply code and enhanced code are the ones the program
  sends (None when it sends none).
- Duplicates: a wording already in any reply-text table (test_provider_texts,
  test_mta_texts, test_quoted_texts*, test_software_texts_2, test_software_texts_3,
  test_production_texts), compared after lower-casing, collapsing white space and
  dropping trailing punctuation, is left out; so is a second copy within this table.
- Labels: the reason in our vocabulary (Sisimai's, by its public reason documentation;
  conventions in tests/data/inbound/README.md, docs/inbound.md and the decisions recorded
  in the earlier tables: X.6.x -> contenterror, 5.1.6 -> hasmoved, a bare X.1.0 or a
  causeless delay -> undefined, HELO refusals -> blocked, connection-count limits ->
  toomanyconn, greylisting -> blocked), written *before* the classifier was run on any of
  them; an uncertain label says "Unsure" in a comment.
- Nothing from Sisimai's repositories, set-of-emails or bounceHammer.

The first pass is pending: the lead runs it on the session's final code and records its
misses as KNOWN_MISSES. Each case becomes the two bounces of replytable.py: a Postfix
RFC 3464 report whose Diagnostic-Code carries the reply, and an Exim-style plain-text
notice.
"""

from __future__ import annotations

import pytest

from .replytable import Case, check, main, params

# (software, SMTP reply code, enhanced status code or None, reply text, reason)
CASES: list[Case] = []

# Open label questions after the first pass (none yet: the first pass has not been run).
KNOWN_MISSES: dict[str, str] = {}

PARAMS = params(CASES)


@pytest.mark.parametrize(("variant", "case"), PARAMS)
def test_software_text_4(variant: str, case: Case) -> None:
    check(variant, case, KNOWN_MISSES)


if __name__ == "__main__":  # PYTHONPATH=src:. python -m tests.inbound.test_software_texts_4 [N]
    main(CASES)
