"""Remote servers' reply lines quoted on public pages, fifteenth round, each in a minimal bounce.

A fifteenth fresh table of *real* wording, gathered after test_quoted_texts.py and
test_quoted_texts_2.py to _14.py and kept apart from any change to the classifier: it is a
clean test whose first pass the lead runs on the merged code. Reply lines that occurred in
real bounces and were quoted on public pages (GitHub issues, forums, help pages, blogs,
mailing-list archives) and vendors' own published reply texts, found by query shapes
varied over provider names (mailbox providers, hosting companies, filtering gateways,
sending services), reply and enhanced status codes and the words of common refusals. The
source is in a comment above each case.

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
- this round's emphasis: places earlier rounds looked least: mailing-list archives of
  mail-software users' lists, where administrators paste the reply their server got
  (postfix-users, exim-users, sendmail / comp.mail.sendmail, qmail, spamassassin-users,
  dovecot, courier-users, mailman-users, OpenBSD misc, FreeBSD questions, Debian, Ubuntu and
  Fedora user lists, opensmtpd); the non-code text of source repositories (docs, READMEs,
  changelogs, test expectations, issue templates) where it quotes a real reply from a real
  server, not a program's own template; and real replies of big providers (Microsoft,
  Google, Yahoo, Apple, Comcast, GMX, Orange, mail.ru, Yandex, QQ, NetEase) worded
  differently from those in test_provider_texts.py, newer or older; queries are shaped by
  list names, reply and enhanced status codes (550 5.7.1, 554 5.7.1, "said: 550", "Remote
  host said:", "SMTP error from remote mail server", "refused to talk to me") and by the
  words of refusals.

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
CASES: list[Case] = [
    # --- https://lore.kernel.org/qemu-devel/20210401065343.3197791-1-thuth@redhat.com/ (a
    # patch dropping an address, quoting Huawei's relay report; its own 5.1.1 refusal with the
    # inner host's reply; the outer reply code is not quoted, 550 assumed)
    (
        "huawei",
        550,
        "5.1.1",
        "<kim@example.org>: Recipient address rejected: Failed recipient validation check.",
        "userunknown",
    ),
    ("postfix", 554, "5.7.1", "recipient verify from ldap failed", "userunknown"),
    # --- https://lore.kernel.org/all/20260116172915.99811-2-krzysztof.kozlowski@oss.qualcomm.com/
    # (a patch replacing a maintainer whose address at a chip maker bounces permanently)
    # uncertain: the words name a relay refusal (norelaying); the page says the person's
    # address is gone, userunknown arguable
    ("unknown", 550, None, "Relaying mail to kim@example.org is not allowed", "norelaying"),
    # --- https://lore.kernel.org/lkml/20061114.142349.74748158.davem@davemloft.net/
    # (vger.kernel.org refusing a banned sender address, quoted by the list's postmaster's reply)
    (
        "vger",
        553,
        "5.7.1",
        "Hello [192.0.2.1], for your MAIL FROM address <sam@outreach.example> policy analysis "
        "reported: Your address is not liked source for email",
        "rejected",
    ),
    # --- https://lore.kernel.org/lkml/20010927020409.J11046@mea-ext.zmailer.org/ (vger.kernel.org's
    # refusal of an address it does not host, quoted in the subject of the reply)
    (
        "vger",
        550,
        "5.7.1",
        "Policy analysis reported: This is not accepted relay target rcpt=<kim@example.org>",
        "norelaying",
    ),
    # --- https://lore.kernel.org/io-uring/f3cf3dc047dcee400423f526c1fe31510c5bcf61.camel@trillion01.com/
    # (vger.kernel.org's Bogofilter refusal after DATA, as a hosting company's Exim report quotes
    # it; the report's line breaks joined)
    (
        "vger",
        550,
        "5.7.1",
        "Content-Policy accept-into-freezer-1 msg: Bayes Statistical Bogofilter considers this "
        "message SPAM.  BF:<S 0.9924>  In case you disagree, send the ENTIRE message plus this "
        "error message to <postmaster@example.org> ; S230153AbhFJPkq",
        "spamdetected",
    ),
    # --- https://lore.kernel.org/netfilter-devel/8a892a24-62f2-fb43-aad6-62ada13143e7@virtuozzo.com/
    # (vger.kernel.org's greylisting deferral, as the sender's Exim report quotes it; Exim's own
    # "retry timeout exceeded" left out)
    # Label changed after the first pass (which read `blocked`): first labelled
    # "greylisting", which is not in the vocabulary; the corpus conventions file greylisting
    # under blocked (tests/data/inbound/README.md), as the blind second labeller did.
    (
        "vger",
        451,
        "4.7.1",
        "Hello [192.0.2.1], for recipient address <kim@example.org> the policy analysis "
        "reported: Greylisted, see http://postgrey.schweikert.ch/help/example.org.html",
        "blocked",
    ),
    # --- https://lore.kernel.org/netdev/E1qWZ0Q-001HVg-3A@ns-196.awsdns-24.com/ (an Exim report
    # that reached the list, quoting vger.kernel.org's SpamAssassin refusal after DATA)
    (
        "vger",
        550,
        "5.7.1",
        "Spamassassin considers this message SPAM. In case you disagree, send the ENTIRE message "
        "(preferably as a saved attachment) plus this error message to "
        "<postmaster@example.org>",
        "spamdetected",
    ),
    # --- https://lore.kernel.org/lkml/20201028210228.GI3249@paulmck-ThinkPad-P72/ (a reply quoting
    # the deferrals a developer received while vger.kernel.org's greylisting daemon was down; the
    # reply code is not quoted, 451 assumed)
    (
        "vger",
        451,
        "4.7.1",
        "Hello [192.0.2.1], for recipient address <kim@example.org> the policy analysis "
        "reported: zpostgrey: connect: Connection refused",
        "systemerror",
    ),
    # --- https://lore.kernel.org/git/CAPLyDLo+-SebLvHxVKT7RAiER2c8HdeZQUg7_DGrpER1h-BPQA@mail.gmail.com/
    # (a bug report mentioning vger.kernel.org's refusal of HTML mail)
    # uncertain: the words call the HTML part spam (spamdetected); the cause is the list's rule
    # against HTML, policyviolation arguable
    (
        "vger",
        550,
        "5.7.1",
        "Content-Policy reject msg: The message contains HTML subpart, therefore we consider it "
        "SPAM or Outlook Virus.  TEXT/PLAIN is accepted.! BF:<U 0.499737>; S1752168AbaKMAGd",
        "spamdetected",
    ),
    # --- https://lore.kernel.org/git/20161103153453.4aipi5lxkmkt3kco@sigill.intra.peff.net/
    # (a reply quoting vger.kernel.org's refusal of an 8-bit body without a
    # Content-Transfer-Encoding)
    (
        "vger",
        550,
        "5.7.1",
        "Content-Policy reject msg: Wrong MIME labeling on 8-bit character texts.",
        "contenterror",
    ),
    # --- http://sourceforge.net/mailarchive/forum.php?forum_name=osst-users (the osst-users list
    # archive, Message-Id <8eb11c$tvgad@ip.sgp.pillogistics.com> of 15 Nov 2020: a Notes gateway's
    # report that reached the list, quoting QQ Mail's SPF refusal)
    (
        "qq",
        550,
        None,
        "SPF check failed [MPf7Mks9mtErD1Fu/P4qoIVx2ocLGWC7Ehw6PkGYUi69ZE0ZXc9AyAjcW9i5tdnGKw==  "
        "IP: 192.0.2.1]. http://service.mail.qq.com/cgi-bin/help?subtype=1&&no=1001445&&id=20022.",
        "authfailure",
    ),
    # --- http://sourceforge.net/mailarchive/forum.php?forum_name=linux-f2fs-devel (the list
    # archive, Message-Id <E1hpJZn-0000SE-Mg@sfs-ml-2.v29.lw.sourceforge.com> of 21 Jul 2019: a
    # hosting company's Exim report that reached the list, quoting a filtering service's SPF
    # refusal; the list's domain and address anonymised as the sender's)
    (
        "mailspamprotection",
        550,
        None,
        "192.0.2.1 is not allowed to send mail from outreach.example. Please see the SPF record, "
        "with scope mfrom, identity sam@outreach.example, and ip 192.0.2.1",
        "authfailure",
    ),
    # --- https://lore.kernel.org/netdev/20230531183323.eozihhbax4tzho6w@skbuf/ (a developer
    # quoting Microsoft 365's report of kernel.org's refusal; the inner reply taken)
    # uncertain: the words name a HELO check against a domain list (blocked); Spamhaus's "open
    # resolver" answer means the receiving site's own DNS queries were refused, systemerror
    # arguable
    (
        "kernel.org",
        554,
        "5.7.1",
        "Service unavailable; Helo command [EUR04-DB3-obe.outbound.protection.outlook.com] "
        "blocked using dbl.spamhaus.org; Error: open resolver; "
        "https://www.spamhaus.org/returnc/pub/192.0.2.1",
        "blocked",
    ),
    # --- https://github.com/sympa-community/sympa/issues/1843 (Outlook.com refusing a list
    # server's delivery reports; the comment says the domain's SPF, DKIM and DMARC were in order)
    (
        "outlook",
        550,
        "5.7.509",
        "Access denied, sending domain [OUTREACH.EXAMPLE] does not pass DMARC verification and "
        "has a DMARC policy of reject. [VI1P195MB0734.EURP195.PROD.OUTLOOK.COM "
        "2025-06-23T20:38:28.040Z 08DDB2564DE36667]",
        "authfailure",
    ),
    # --- https://community.spectrum.net/discussion/172891/i-manage-a-domain-stovebolt-com-that-is-having-emails-to-spectum-users-blocked
    # (Spectrum's refusal at the greeting, as a domain's Postfix report quotes it; the moderator
    # removed the address and the page dropped the link, kept as shown)
    # uncertain: the words say the client host is blocked (blocked); Spectrum's employee on the
    # page says AUP#1020 is a block on the sender's address after complaints, rejected arguable
    (
        "spectrum",
        554,
        None,
        "impin004.msg.chrl.nc.charter.net cmsmtp 192.0.2.1 blocked. Please see for more "
        "information. AUP#In-1020",
        "blocked",
    ),
    # --- https://lore.kernel.org/lkml/a44ae5cd0609031504p5c9673f2jacf60b0068bdebb@mail.gmail.com/
    # (a 2006 post forwarding Gmail's report of vger.kernel.org's older Bogofilter refusal; the
    # poster says the message was wrongly tagged)
    (
        "vger",
        550,
        "5.7.1",
        "Content-Policy accept-into-freezer-1 msg: Bogofilter considers this message SPAM. "
        "BF:<S 1>; S1751542AbWICV1i",
        "spamdetected",
    ),
    # --- https://lore.kernel.org/kvm/20210914091353.10599-1-alexandru.elisei@arm.com/ (a resent
    # patch quoting the Postfix report of vger.kernel.org's refusal of the first send)
    # uncertain: as the HTML-subpart refusal above (spamdetected; policyviolation arguable); the
    # patch was plain text, the filter's verdict wrong
    (
        "vger",
        550,
        "5.7.1",
        "Content-Policy reject msg: The message contains HTML, therefore we consider it SPAM.  "
        "Send pure TEXT/PLAIN if you are not a spammer. BF:<S 1>; S1343576AbhIMPoN",
        "spamdetected",
    ),
    # --- http://zort.org/email/excessive-unknown-recipients (Yahoo's 2004 greeting refusal, as
    # a telnet session on the page shows it; the qmail-style "(#4.1.8)" is part of the text)
    # uncertain: the IP refused after too many unknown recipients (blocked, as test_quoted_texts_5
    # files "Too many invalid recipients"); ratelimited arguable, as the TS01 deferral
    (
        "yahoo",
        421,
        None,
        "VS1-IP Excessive unknown recipients - possible Open Relay "
        "http://help.yahoo.com/help/us/mail/spam/spam-18.html (#4.1.8)",
        "blocked",
    ),
    # --- http://sourceforge.net/mailarchive/forum.php?forum_name=industrypack-devel (the list
    # archive's "Undelivered Mail Returned to Sender" of 19 May 2020: a Postfix report that
    # reached the list, quoting QQ Mail's refusal after DATA)
    # uncertain: QQ's check of the sending domain in DNS (rejected, the envelope sender's
    # domain); blocked arguable if the check was of the client's host name
    (
        "qq",
        550,
        None,
        "Domain may not exist or DNS check failed "
        "[MGf//zZeHm7BSWVsd/nyeprTw/ADiJ3SmSipB2kD1DvWNpVPIlC1p/ihM94JwjkVhw== IP: 192.0.2.1].",
        "rejected",
    ),
    # --- http://bodega.cs.umass.edu/~bburns/aol-sucks.html (AOL's 2003 greeting refusal of a
    # cable-modem address, as the page's Exim report quotes it; the 554- lines joined)
    (
        "aol",
        554,
        None,
        "The IP address you are using to connect to AOL is a dynamic (residential) IP address.  "
        "AOL will not accept future e-mail transactions from this IP address until your ISP "
        "removes this IP address from its list of dynamic (residential) IP addresses.  For "
        "additional information, please visit http://postmaster.info.aol.com.",
        "blocked",
    ),
    # --- https://kb.odin.com/en/121291 (a hosting platform's article quoting AOL's deferral at
    # the greeting; the article gives the missing reverse DNS as the cause)
    (
        "aol",
        421,
        "4.7.1",
        ": (DNS:NR) http://postmaster.info.aol.com/errors/421dnsnr.html",
        "requireptr",
    ),
    # --- https://admin.shamot.cz/?p=154&replytocom=2142 (a Czech hosting admin's post on AOL's
    # MX hosts answering some messages with a permanent code; the blog's quotation marks left
    # out)
    # uncertain: a bare "service unavailable" (systemerror by ADR 0017); the X.2.1 code alone
    # would give filtered, the page calls it a misconfigured server
    ("aol", 521, "5.2.1", "Service unavailable. Please try again later.", "systemerror"),
    # --- https://www.mydigitallife.net/how-to-remove-server-ip-address-from-msn-hotmail-block-blacklist/
    # (Windows Live Hotmail's older policy refusal, as a Postfix log on the page quotes it; the
    # page's cause is the sending server on Hotmail's block list)
    # uncertain: the words name content or IP/domain reputation (two causes); the page says
    # blocklisted (blocked), badreputation arguable
    (
        "hotmail",
        550,
        None,
        "SC-001 Mail rejected by Windows Live Hotmail for policy reasons. Reasons for rejection "
        "may be related to content with spam-like characteristics or IP/domain reputation. If "
        "you are not an email/network admin please contact your E-mail/Internet Service "
        "Provider for help.",
        "blocked",
    ),
    # --- http://stevejenkins.com/blog/2012/08/how-to-postfix-configuration-to-reduce-yahoo-deferrals-using-transport-maps/
    # (Yahoo's greeting deferral with its reference page, as the post's Postfix log quotes it)
    # uncertain: as test_quoted_texts.py's shorter GL01 (badreputation, Yahoo's help citing
    # reputation); ratelimited arguable, the post treats it as throttling
    (
        "yahoo",
        421,
        "4.7.0",
        "[GL01] Message from (192.0.2.1) temporarily deferred - 4.16.50. Please refer to "
        "http://postmaster.yahoo.com/errors/postmaster-21.html",
        "badreputation",
    ),
    # --- https://lists.freebsd.org./pipermail/freebsd-doc/2009-October/016377.html (EarthLink's
    # automatic answer that reached the freebsd-doc list, quoting the words of its own refusal;
    # the archive's " at " restored to "@", the provider's role address kept)
    (
        "earthlink",
        550,
        None,
        "Dynamic/zombied/spam IPs blocked.  Write blockedbyearthlink@abuse.earthlink.net",
        "blocked",
    ),
    # --- https://www.verizon.com/support/residential/internet/fiosinternet/email/blocked+email/questionsone/85702.htm
    # (Verizon Online's own page quoting the refusal its anti-spam system sends; the page as
    # stored lost the link after "visit", kept as shown; the "ERROR" before the code left out)
    (
        "verizon",
        550,
        None,
        "Email from your Email Service Provider is currently blocked by Verizon Online's "
        'anti-spam system. The email "sender" or Email Service Provider may visit and request '
        "removal of the block.",
        "blocked",
    ),
    # --- https://www.spamresource.com/2024/04/gmail-rejection-your-sending-ip-address.html (a
    # deliverability writer quoting Gmail's refusal of an address not meant to run a mail
    # server; the page's "[IP address]" filled with the stand-in)
    (
        "gmail",
        550,
        "5.7.1",
        "[192.0.2.1] The IP you're using to send mail is not authorized to send email directly "
        "to our servers. Please use the SMTP relay at your service provider instead. For more "
        "information, go to https://support.google.com/mail/?p=NotAuthorizedError",
        "blocked",
    ),
    # --- https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes?hl=pt-br
    # (Google's own page giving the reply a Workspace administrator's custom rule produces; its
    # <sessionid> field filled with a stand-in)
    # uncertain: the recipient domain's own mail policy (policyviolation); filtered arguable,
    # the rule may be a content filter
    (
        "gmail",
        550,
        "5.7.1",
        "This message violates example.org email policy. - gcdp s1si2345678 - gsmtp",
        "policyviolation",
    ),
]

# The first pass is the lead's; misses are written here after it, kept visible until each
# is fixed or its label is settled.
KNOWN_MISSES: dict[str, str] = {
    "Hello [192.0.2.1], for recipient address <kim@example.org> the policy analysis "
    "reported: zpostgrey: connect: Connection refused": (
        "Session 11 first pass, held out (labels committed before any "
        "classification): reason 'blocked' (dsn) / 'blocked' (plain), start code "
        "'blocked' / 'blocked'; labelled systemerror"
    ),
}

PARAMS = params(CASES)


@pytest.mark.parametrize(("variant", "case"), PARAMS)
def test_quoted_reply_15(variant: str, case: Case) -> None:
    check(variant, case, KNOWN_MISSES)


if __name__ == "__main__":  # PYTHONPATH=src:. python -m tests.inbound.test_quoted_texts_15 [N]
    main(CASES)
