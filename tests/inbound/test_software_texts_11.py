"""Reply texts from mail software the other tables do not cover, round 11, in minimal bounces.

A from-source table, round 11. Collection rule, fixed before any candidate source was read:

- Programs: only mail servers, SMTP libraries' server sides, filters, milters, policy
  daemons, greylisting, gateways and list managers that test_mta_texts.py and
  test_software_texts_2.py to test_software_texts_10.py do not use (their docstrings and
  "# ---" comments name them: Postfix and postscreen, Exim, cPanel's Exim, Sendmail,
  qmail and its patches, vpopmail, maildrop, Dovecot, Cyrus, OpenSMTPD, Haraka and its
  bundled plugins, Exchange, Domino, hMailServer, James, MailEnable, Stalwart,
  rspamd/rmilter, spamass-milter, amavisd-new, clamsmtp, milter-greylist, sqlgrey,
  policyd-weight, OpenDMARC, Mailman 2, chasquid, mox, maddy, Zimbra, aiosmtpd, ZoneMTA,
  Postal, MIMEDefang, Mailgun, SparkPost, MailChannels, Trend Micro DDEI, IronPort,
  MDaemon, GNU Mailutils, Proxmox Mail Gateway, spamdyke, go-smtp, qpsmtpd, nodemailer's
  smtp-server, Courier-MTA and its filters, WildDuck, KumoMTA, Citadel, LBBS, iRedAPD,
  OpenBSD spamd, Twisted, poolpOrg's OpenSMTPD filters, go-guerrilla, XMail, mtpolicyd,
  SubEthaSMTP; round 4's haraka-plugin-fcrdns, -spf, -karma, -dns-list, -headers,
  -spamassassin, -rspamd, -greylist, -qmail-deliverable, -access and -relay, postfwd,
  Modoboa, Inbucket, MailHog, Mailpit, smtp4dev, Spamilter, filter-clamav, filter-dnsbl,
  opensmtpd-filter-denyrelay, cosullivan's SmtpServer, pypolicyd-spf and python-slimta;
  round 5's policyd-rate-limit, postfix-policyd-spf-perl and Mail::SPF, gross,
  postfix-gld, greylistd, sa-exim, spampd, GNU Mailman 3, haraka-plugin-bounce, -esets
  and -rcpt-ldap, the "milter" package's bms.py, spfmilter.py and dkim-milter.py,
  dspam-milter, Salmon and CPython's smtpd module, lmtpd, Courier::Filter, simplesmtp,
  smtp-protocol, Net::Server::Mail, Net::SMTP::Server, amavisd-milter, couriergrey,
  vrfydmn, Sendmail::PMilter and Mail::Milter; and round 6's OpenDKIM, msmtpd (msmtp),
  proxsmtp, GNU mailfromd, SAUCE, courier-pythonfilter, CHAPPS, postfixlimit, blackhole,
  pymta, ModernRelay, python-slimta-piperelay, fakesmtpd, secure-smtpd, DavMail, the
  "dmarc" package's milter (and purepythonmilter under it), no-ppap-milter, pyquarantine,
  test-smtp-server and fake-smtp-server; and round 7's FuGlu, m365proxy, bonzo, lightr,
  azure-smtp-relay, mongrey, nginx's mail proxy, gsmtpd, Dumbster, lathermail, smtpdfix
  and mailrise; and round 8's tcllib's smtpd, mongo-mail-server, mailin, fakemail,
  smtp-server-as-promised, node-red-node-email (its e-mail mta node), Pike's
  Protocols.SMTP and EventMachine's SmtpServer; and round 9's "smtp" (the npm
  package), MailDev (and @maildev/smtp), dma, Action Mailbox, CastMail2List, mlmmj and
  amane; and round 10's pysrs (its srsmilter), pyspf, libspf2, rsml, procmail, the UW
  IMAP toolkit's tmail and dmail, and Email::Filter). A separately packaged plugin of a
  named program counts as its own program only when it is not the same code as a part the
  earlier tables read; a fork or renamed successor of a named program (Lamson of Salmon,
  spf-engine of pypolicyd-spf) counts as that program.
- Emphasis of this round: reply and notice texts of mail software chosen by category, not
  by how hard its texts look: SMTP servers and SMTP server libraries in Go, Rust, Java,
  C#/.NET, Node, Python, Ruby, PHP and Elixir/Erlang (their RCPT and DATA refusals, and
  their quota, relay, authentication, size, rate, greylisting and SPF/DKIM/DMARC refusal
  replies), inbound mail gateways of SaaS and self-hosted applications (the notices they
  send back to a refused sender), anti-spam and anti-virus milters and proxies, and
  mailbox quota and forwarding services.
- Licence: only programs whose repository states a permissive licence (MIT, BSD,
  Apache-2.0, ISC, MPL-2.0, PSF, or Artistic) are read; a copyleft-only program (GPL, LGPL,
  AGPL) or one under a source-available licence is passed over, whatever it holds.
- Source: public GitHub repositories of the session's stored index only, found with its
  code search, repository and file listings and file reader (no package registry); the
  licence is read in the repository's LICENSE (or its equivalent) before any text is
  taken. The reply text is read in the program's source, configuration, documentation or
  language files, named with the repository, path, stored commit and licence in a comment
  above each group ("read"). Nothing is quoted from memory. Printf conversions (%s) are
  filled with the table's fixed recipient kim@example.org, sender sam@outreach.example,
  our IP 192.0.2.1 and hosts of example.net / mx.example.org; a "filled" comment marks a
  stand-in for another program's inserted text. The reply code and enhanced code are the
  ones the program sends (None when it sends none; a notice without a code gets a filled
  one, said so in its comment).
- Cases: only replies and notices a remote sender would really see in a bounce (not
  protocol chatter such as a command out of sequence, nor log lines), one case per
  distinct wording, at most 6 per program.
- Duplicates: a wording already in any reply-text table (test_provider_texts,
  test_mta_texts, test_quoted_texts*, test_software_texts_2 to test_software_texts_10,
  test_production_texts and the other tests/inbound/test_*.py) or in the corpus's
  messages (tests/data/inbound), compared after lower-casing, collapsing runs of
  non-alphanumerics to one space and ignoring addresses, IDs and IPs, is left out, and so
  is a near copy (one contains the other and the shorter is at least 60% of the longer's
  length); so is a second copy within this table.
- Labels: the reason in our vocabulary (Sisimai's, by its public reason documentation;
  conventions in tests/data/inbound/README.md, docs/adr/0017, docs/inbound.md and the
  decisions recorded in the earlier tables: X.6.x -> contenterror, 5.1.6 -> hasmoved, a
  bare X.1.0 or a causeless delay -> undefined, HELO refusals -> blocked, reverse DNS of
  the client -> requireptr, connection-count limits -> toomanyconn, caps on recipients
  or messages per session -> ratelimited, greylisting -> blocked), written *before* the
  classifier was run on any of them; an uncertain label says "Unsure" in a comment.
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

PARAMS = params(CASES)


@pytest.mark.parametrize(("variant", "case"), PARAMS)
def test_software_text_11(variant: str, case: Case) -> None:
    check(variant, case, {})


if __name__ == "__main__":  # PYTHONPATH=src:. python -m tests.inbound.test_software_texts_11 [N]
    main(CASES)
