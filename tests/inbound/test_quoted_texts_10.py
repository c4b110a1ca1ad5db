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
CASES: list[Case] = [
    # --- https://github.com/KumoCorp/kumomta/pull/376 (Yahoo's deferrals quoted as examples;
    # the PR: Yahoo confirmed the four tags are treated alike)
    # ratelimited as the tables label TSS04; the tag differs from the provider table's TSS04
    # line (kept: the tag is the server's own code). IPTS05 left out: a near copy of IPTS04
    (
        "yahoo",
        421,
        "4.7.0",
        "[TSS05] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user "
        "complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
        "ratelimited",
    ),
    (
        "yahoo",
        421,
        None,
        "[IPTS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user "
        "complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
        "ratelimited",
    ),
    # --- https://github.com/mailcow/mailcow/issues/318 (the poster's relay refusing mail sent
    # without SMTP AUTH; securityerror as the tables label "Authentication required")
    ("postfix", 550, None, "smtp auth required", "securityerror"),
    # --- https://support.microsoft.com/en-au/topic/fix-ndr-error-550-5-7-515-in-outlook-com-
    # 34cfe8f8-6fbf-457e-9e8b-9e4dbaf4e0ef (Outlook.com's reply as Microsoft's help page quotes
    # it; the page: SPF, DKIM and DMARC of the From domain)
    (
        "outlook",
        550,
        "5.7.515",
        "Access denied, sending domain outreach.example does not meet the required "
        "authentication level.",
        "authfailure",
    ),
    # --- https://logsat.com/spamfilter/forums/printer_friendly_posts.asp?TID=6127 (LogSat
    # SpamFilter's "IP Blacklist Cache": the IP sent spam and is banned for a while; the
    # vendor's forum quotes the disconnect message)
    ("spamfilter", 421, None, "Your IP is temporarily blocked, please try again later", "blocked"),
    # --- https://support.awcwebdesign.com/knowledge-base/article/sender-ip-blacklisted (a
    # host's page; the list name is cut off on the page, kept as quoted)
    ("awc", 550, None, "Sender IP (192.0.2.1) is blacklisted at", "blocked"),
    # --- https://www.gordano.com/knowledge-base/what-is-alert-8002/ (Gordano GMS: the
    # administrator banned the IP; the reply quoted in the page's "See also" list)
    ("gordano", 550, None, "Your server has been banned from this server", "blocked"),
    # --- https://errorsmaster.ru/oshibka-is-not-allowed-to-send-mail-from (a Russian page
    # quoting an English SPF refusal)
    (
        "exim",
        550,
        "5.1.0",
        "192.0.2.1 is not allowed to send from outreach.example per it's SPF Record. Please "
        "inspect your SPF settings, and try again.",
        "authfailure",
    ),
    # --- https://wordtothewise.com/2018/07/who-are-mimecast (Mimecast rejections from bounce
    # logs; the page's link anchor gives 550. Its other lines are in earlier tables)
    (
        "mimecast",
        550,
        None,
        "spamcop.mimecast.org Blocked - see http://www.spamcop.net/bl.shtml?192.0.2.1.",
        "blocked",
    ),
    # --- https://mimecastsupport.zendesk.com/hc/en-us/articles/42979092709907-Policies-Managing
    # -Blocked-Senders-and-Email-Rejections (Mimecast's own help page; code not quoted, 550
    # assumed)
    # rejected by ADR 0017 convention 1 (a site's Blocked Senders policy on the sender address
    # or domain, the page); uncertain: blocked arguable where the policy names an IP
    ("mimecast", 550, None, "Policy level block list in force", "rejected"),
    # --- https://github.com/swiftmailer/swiftmailer/issues/658 (GoDaddy's relay at the
    # greeting; the two reply lines joined)
    (
        "godaddy",
        451,
        None,
        "The server has reached its limit for processing requests from your host. Please try "
        "again later.",
        "ratelimited",
    ),
    # --- https://github.com/PHPMailer/PHPMailer/issues/763 (qmail's rcpthosts-style refusal;
    # the poster: the recipient domain is invalid)
    (
        "qmail",
        553,
        None,
        "sorry, your envelope recipient domain must exist (#5.7.1)",
        "hostunknown",
    ),
    # --- https://forums.cox.com/discussions/internet/mail-being-blocked-from-500-pm-to-700-am---
    # error-cxcnct/136938 (Cox; the stored page drops the link after "at", kept as quoted;
    # Cox's table: a limit on concurrent connections per IP)
    (
        "cox",
        421,
        None,
        "cmsmtp blocked. Refer to Error Codes section at for more information. AUP#CXCNCT",
        "toomanyconn",
    ),
    # --- https://forums.cox.com/discussions/internet/emails-to-me-from-rice-edu-being-rejected-
    # aupcxbl-error-554-5-0-0/122275 (Cox: the sending IP blocked for spam-like behaviour)
    (
        "cox",
        554,
        None,
        "cmsmtp blocked. Refer to Error Codes section at for more information. AUP#CXBL",
        "blocked",
    ),
    # --- https://github.com/juanluisbaptiste/docker-postfix/issues/33 ("refused to talk to
    # me" at the greeting of the poster's relay host)
    # blocked by the greeting convention (a refusal at the greeting naming no cause)
    ("gmail", 521, None, "connection rejected.", "blocked"),
    # --- https://github.com/nextcloud/server/issues/31919 (free.fr's submission server
    # refusing the poster's outgoing message, after DATA)
    (
        "free",
        550,
        "5.7.1",
        "Spam Detected - Mail Rejected.  Please see our policy at: "
        "http://postmaster.free.fr/#spam_detected",
        "spamdetected",
    ),
    # --- https://github.com/nextcloud/server/issues/5566 (a submission server set to "reject if
    # SMTP AUTH is different from sender", the poster)
    # uncertain: our sender is not the authenticated user's (rejected, as "not owned by user");
    # securityerror arguable
    ("sendmail", 501, "5.7.1", "<sam@outreach.example>... Permission denied", "rejected"),
    # --- https://bbs.iredmail.org/post13489.html (Trend Micro's gateway; the appeal answer:
    # the IP is on Trend Micro's dynamic user list)
    (
        "trendmicro",
        550,
        "5.7.1",
        "Your email messages have been blocked by the recipient OR by Trend Micro Email "
        "Reputation Service. Contact the recipient or his/her administrator using alternate "
        "means to resolve the issue.",
        "blocked",
    ),
    # --- https://success.trendmicro.com/solution/1056643-valid-emails-are-blocked-by-the-email-
    # reputation-feature-of-worry-free-business-security-wfbs (Trend Micro's own page; code not
    # quoted, 550 assumed)
    (
        "trendmicro",
        550,
        None,
        "Your email messages have been blocked by Trend Micro Email Reputation Service.",
        "blocked",
    ),
    # --- https://github.com/dani-garcia/vaultwarden/issues/6038 (Gmail's submission server;
    # the continuation lines joined)
    (
        "gmail",
        535,
        "5.7.8",
        "Username and Password not accepted. For more information, go to "
        "https://support.google.com/mail/?p=BadCredentials "
        "ffacd0b85a97d-3b47030bd4dsm10815241f8f.7 - gsmtp",
        "securityerror",
    ),
    # --- https://github.com/tutao/tutanota/issues/2299 (mail.ru at the end of DATA; the
    # maintainers: mail.ru blocks Tutanota as a whole)
    ("mail.ru", 550, None, "tutanota is blocked", "blocked"),
    # --- https://github.com/simonrob/email-oauth2-proxy/issues/315 (Office 365's submission
    # server)
    ("office365", 530, "5.7.57", "Client not authenticated to send mail", "securityerror"),
    # --- https://github.com/renevanosnabrugge/SendEmail-BuildTask/issues/49 (Office 365's
    # submission server, the second reply the poster quotes)
    ("office365", 535, "5.7.3", "Authentication unsuccessful", "securityerror"),
    # --- https://github.com/andrewdavey/postal/issues/127 (quoted inside .NET's "Mailbox
    # unavailable" wording, which .NET gives a 550; 550 assumed)
    ("smtp", 550, None, "If MAIL FROM is local then you must authenticate", "securityerror"),
    # --- https://github.com/muquit/mailsend/issues/159 (Yandex's submission server)
    ("yandex", 503, "5.5.4", "Error: send AUTH command first.", "securityerror"),
    # --- https://github.com/TryGhost/Ghost/issues/17012 (iCloud's submission server refusing
    # a From address of a custom domain; code not quoted, 550 assumed)
    # rejected as the tables label "not owned by user"
    ("icloud", 550, None, "From address is not one of your addresses", "rejected"),
    # --- https://github.com/gen-smtp/gen_smtp/issues/140 (Gmail's submission server: the
    # account's daily sending limit)
    (
        "gmail",
        550,
        "5.4.5",
        "Daily user sending quota exceeded. o65sm25351206pga.71 - gsmtp",
        "ratelimited",
    ),
    # --- https://github.com/WWBN/AVideo/issues/7527 (the poster's relay at the end of DATA: its
    # relay quota)
    (
        "relay",
        552,
        None,
        "C13ypH3DXQO9CC140p6S9y Message would take you over your relay quota of 500 Current "
        "quota used: 487",
        "ratelimited",
    ),
    # --- https://github.com/yegor256/0pdd/issues/240 (Amazon SES's SMTP interface: our own
    # sending account suspended)
    # uncertain: rejected as round 3's mail.ru "message sending for this account is disabled";
    # securityerror arguable
    (
        "ses",
        554,
        None,
        "Message rejected: Sending suspended for this account. For more information, please "
        "check the inbox of the email address associated with your AWS account.",
        "rejected",
    ),
    # --- https://wordtothewise.com/2015/11/when-did-the-reject-happen/?replytocom=8826 (AOL
    # "after end of data"; the page: the reject came after DATA, so look at the content and
    # URLs)
    # uncertain: the words name no cause; spamdetected by the page's reading, blocked arguable
    (
        "aol",
        521,
        "5.2.1",
        ": AOL will not accept delivery of this message.",
        "spamdetected",
    ),
    # --- https://wordtothewise.com/2012/10/mail-problems-at-aol/ (replies seen during AOL's
    # own mail-system trouble, the page)
    # uncertain: systemerror by the page (AOL's system failing); undefined arguable
    ("aol", 521, "5.2.1", '"TempFail"', "systemerror"),
    # uncertain: systemerror by the page; blocked arguable (a refusal of the connection)
    ("aol", 554, None, "ESMTP not accepting connections", "systemerror"),
    # --- https://support.konto.pl/kb/a2164/blad-5_1_0.aspx (a Polish host's submission
    # server: the sender's domain must be the authenticated domain; code not quoted, 550
    # assumed)
    ("forpsi", 550, "5.1.0", "<sam@outreach.example> sender rejected", "rejected"),
    # --- https://github.com/jhomlala/catcher/issues/198 (Exim's submission server)
    ("exim", 535, None, "Incorrect authentication data", "securityerror"),
    # --- https://github.com/MailCore/mailcore2/pull/1517 (tiscali.it's submission server)
    (
        "tiscali",
        535,
        "5.7.0",
        "authentication rejected: your password is too simple",
        "securityerror",
    ),
    # --- https://github.com/nodemailer/nodemailer/issues/18 (Exim: AUTH sent before EHLO, the
    # poster)
    # uncertain: syntaxerror (a command out of sequence); securityerror arguable
    ("exim", 503, None, "AUTH command used when not advertised", "syntaxerror"),
    # --- https://github.com/hmailserver/hmailserver/issues/260 (hMailServer's spam test reply)
    # uncertain: rejected by the words; the thread says the text was a previous test's and the
    # real cause another spam test (spamdetected arguable)
    ("hmailserver", 554, None, "Sender domain does not have any MX records.", "rejected"),
    # --- https://github.com/supertuxkart/stk-code/issues/3761 (quoted from the recipient's
    # Exim log; code not quoted, 550 assumed)
    # blocked: a check of the HELO name (ADR 0017 convention 3)
    (
        "exim",
        550,
        None,
        "invalid NON-FQDN HELO (online), please talk to your mailserveradmin about this",
        "blocked",
    ),
    # --- https://github.com/leonamp/SPFBL/issues/71 (SPFBL; the maintainer: a block of the
    # sender made by the recipient)
    # uncertain: rejected by the maintainer's reading; blocked arguable ("you" is the client)
    ("spfbl", 550, "5.7.1", "SPFBL you are permanently blocked on this server.", "rejected"),
    # --- https://github.com/ComsenzDiscuz/DiscuzX/issues/2 (NetEase enterprise mail's
    # submission server once the account's 100 messages a day are used; the URL redacted by
    # the poster, kept as quoted)
    ("163", 554, "5.5.0", "MI:STC .For more information, please visit xxxxxx", "ratelimited"),
    # --- https://github.com/louislam/uptime-kuma/issues/5411 (a submission service; the code
    # quoted as "55", 550 assumed)
    # rejected as the tables label "not owned by user"
    (
        "submission",
        550,
        "5.7.1",
        "[M12] User [sam@outreach.example] not authorized to send on behalf of "
        "<noreply@outreach.example> (ec22bc0e-b2e3-11ef-87bf-6f719e79c8e4)",
        "rejected",
    ),
    # --- https://github.com/grafana/grafana/issues/18745 (the poster's relay refusing the
    # login)
    ("relay", 535, None, "Authentication failed: No such account.", "securityerror"),
    # --- https://github.com/the-djmaze/snappymail/issues/478 (a hosting provider's Exim: our
    # From domain is local to it but the client is not; the two reply lines joined)
    # uncertain: rejected by ADR 0017 convention 9 (a forged sender, no SPF named);
    # authfailure arguable
    (
        "exim",
        550,
        None,
        '"Your IP: 192.0.2.1 : Your domain outreach.example is not allowed in header From"',
        "rejected",
    ),
    # --- https://github.com/meeting-room-booking-system/mrbs-code/issues/1692
    ("smtp", 550, None, "No RDNS entry for 192.0.2.1", "requireptr"),
    # --- https://github.com/goauthentik/authentik/issues/10720 (a relay's rate limit at the
    # end of DATA)
    (
        "postfix",
        450,
        "4.7.1",
        "<END-OF-MESSAGE>: End-of-data rejected: Sorry, too many requests per time unit",
        "ratelimited",
    ),
    # --- https://github.com/kootenpv/yagmail/issues/267 (the server is not named; the poster
    # sends to QQ Mail)
    # undefined as the tables label a bare "Message rejected"; spamdetected arguable
    ("smtp", 550, None, "2efb645ddd8af6f-15f8b Mail rejected", "undefined"),
    # --- https://github.com/mautic/mautic/issues/14410 (the poster's own server refusing
    # Mautic's bounce-tagged sender address; the text after the colon is the poster's redacted
    # domain, kept as quoted)
    (
        "postfix",
        550,
        "5.1.0",
        "<sam+bounce_676d04bc83217995476425@outreach.example>: Sender address rejected: "
        "outreach.example",
        "rejected",
    ),
]

# The first pass is the lead's; misses are written here after it, kept visible until each
# is fixed or its label is settled.
KNOWN_MISSES: dict[str, str] = {
    "Your server has been banned from this server": (
        "Session 12, second retrain (3,346 texts): the model now reads the plain notice "
        "as 'rejected' (the DSN stays 'blocked'); labelled blocked"
    ),
    "sorry, your envelope recipient domain must exist (#5.7.1)": (
        "Session 8 first pass on the final classifier, held out (labels committed before "
        "any classification): reason 'rejected' (dsn) / 'rejected' (plain), session-start"
        " code 'blocked' / 'blocked'; labelled hostunknown; hard False"
    ),
    "Client not authenticated to send mail": (
        "Session 8 first pass on the final classifier, held out (labels committed before "
        "any classification): reason 'authfailure' (dsn) / 'authfailure' (plain), "
        "session-start code 'authfailure' / 'authfailure'; labelled securityerror"
    ),
    "SPFBL you are permanently blocked on this server.": (
        "Session 8 first pass on the final classifier, held out (labels committed before "
        "any classification): reason 'blocked' (dsn) / 'blocked' (plain), session-start "
        "code 'blocked' / 'blocked'; labelled rejected"
    ),
    (
        "[M12] User [sam@outreach.example] not authorized to send on behalf of "
        "<noreply@outreach.example> (ec22bc0e-b2e3-11ef-87bf-6f719e79c8e4)"
    ): (
        "Session 8 first pass on the final classifier, held out (labels committed before "
        "any classification): reason 'blocked' (dsn) / 'blocked' (plain), session-start "
        "code 'blocked' / 'blocked'; labelled rejected"
    ),
    "Authentication failed: No such account.": (
        "Session 8 first pass on the final classifier, held out (labels committed before "
        "any classification): reason 'userunknown' (dsn) / 'userunknown' (plain), "
        "session-start code 'userunknown' / 'userunknown'; labelled securityerror; hard "
        "True"
    ),
}

PARAMS = params(CASES)


@pytest.mark.parametrize(("variant", "case"), PARAMS)
def test_quoted_reply_10(variant: str, case: Case) -> None:
    check(variant, case, KNOWN_MISSES)


if __name__ == "__main__":  # PYTHONPATH=src:. python -m tests.inbound.test_quoted_texts_10 [N]
    main(CASES)
