"""Remote servers' reply lines quoted on public pages, twelfth round, each in a minimal bounce.

A twelfth fresh table of *real* wording, gathered after test_quoted_texts.py and
test_quoted_texts_2.py to _11.py and kept apart from any change to the classifier: it is a
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
  send); one case per distinct wording, at most two per page;
- not taken: paraphrases and descriptions of a reply, specimens in RFCs or documentation
  with template fields (unless the vendor's own published reply text, its fields then
  filled with the stand-ins below), replies a page made up, and nothing from Sisimai's
  repositories, set-of-emails or bounceHammer, nor from pages that copy their samples;
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
- sources and providers the earlier tables have few of are favoured: non-English ISPs and
  hosting companies, regional providers (Japan, Korea, China, Russia, Brazil, Germany,
  France, Italy, Poland, Czechia, Turkey, India), filtering gateways and sending services;
  queries are shaped by reply and enhanced status codes as well as by words.

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
    # --- https://pastebin.com/XgicFi2n (a Danish receiver, quoted by qmail: "failed after I
    # sent the message")
    # uncertain: the words name no cause (undefined, as test_production_texts labels a bare "Message
    # refused"); filtered arguable, the refusal came after DATA
    ("qmail", 550, "5.7.1", "Requested action not taken: message refused", "undefined"),
    # --- https://math.fel.cvut.cz/0misc/undelivered.html (a Czech university department's
    # own replies; the client address filled in)
    (
        "postfix",
        554,
        None,
        "Service unavailable; Client host [192.0.2.1] blocked using relays.ordb.org; This mail "
        "was handled by an open relay - please visit http://ORDB.org/lookup",
        "blocked",
    ),
    # --- http://security.rr.com/mail_blocks.htm (Road Runner's own published refusal, its
    # DOMAIN_OR_IP field filled with our domain)
    # uncertain: the page: the sending domain's reputation for subscription abuse (rejected,
    # the envelope domain); blocked or badreputation arguable
    (
        "roadrunner",
        550,
        "5.7.1",
        "Mail Refused - outreach.example - See http://security.rr.com/mail_blocks.htm#subscription",
        "rejected",
    ),
    # --- https://smtp.codes/550 (AT&T's reply as quoted there; the page: usually the sending
    # IP's reverse DNS)
    # uncertain: the words also name a valid sender domain (rejected arguable)
    (
        "att",
        550,
        "5.7.1",
        "Connections not accepted from servers without a valid sender domain. ## Fix reverse "
        "DNS for 192.0.2.1",
        "requireptr",
    ),
    # --- https://github.com/PlaneaSoluciones/mailpoet-bounce-handler/releases/tag/v1.4.1 (a
    # Spanish bounce handler's release notes quoting replies it met)
    ("unknown", 554, None, "30 mailbox is disabled", "suspend"),
    # --- https://pastebin.com/P92Jq9FG
    (
        "postfix",
        554,
        "5.1.8",
        "<sam@outreach.example>: Sender address rejected: MX record not found",
        "rejected",
    ),
    # --- https://pastebin.com/0K99FveF (a MailEnable receiver refusing the client at the
    # greeting, quoted by Gmail)
    (
        "mailenable",
        530,
        None,
        "mail.example.org ESMTP MailEnable Service, Version: 8.60-- denied access at "
        "09/01/15 06:32:55",
        "blocked",
    ),
    # --- https://pastebin.com/mdrmw62V (bmail.ru / email.ru, quoted by Yandex's relay)
    (
        "emailru",
        551,
        "5.9.9",
        "Message you sent blocked by our bulk spam email filter. If you feel we mistreat you, "
        "do contact us: abuse@email.ru",
        "spamdetected",
    ),
    # --- https://pastebin.com/d1n2BV7Y (mail.ru deferring at DATA, a Postfix log)
    # uncertain: the words name our IP and the abuse desk but no cause (blocked); the page's
    # many deferrals suggest a rate limit (ratelimited arguable)
    (
        "mailru",
        421,
        None,
        "Try again later (192.0.2.1). Please contact abuse@corp.mail.ru.",
        "blocked",
    ),
    # --- https://pastebin.com/AtB74KCf (Tiscali Italy at the greeting, a Postfix log)
    # uncertain: Cloudmark's reset page is a reputation list (badreputation arguable); the
    # words name no reputation, a named list is blocked (ADR 0017 convention 11)
    (
        "tiscali",
        554,
        None,
        "cmgw-1.mail.tiscali.it Tu5K1y00L1wtCLS01 IP: 192.0.2.1, You are not allowed to send "
        "mail. Please see http://csi.cloudmark.com/reset-request/?ip=192.0.2.1 if you feel "
        "this is in error.",
        "blocked",
    ),
    # --- https://pastebin.com/Q2gz6FiE (Tiscali Italy at the greeting, a Postfix log)
    ("tiscali", 554, None, "imp-1.mail.tiscali.it ESMTP Your ip address is blacklisted", "blocked"),
    # --- https://pastebin.com/JHGUYhFn (a personal Postfix server's custom RCPT refusal)
    # uncertain: the words name no cause (undefined); the log shows it met unknown clients,
    # blocked arguable
    ("postfix", 554, "5.7.1", "Ah ah ah you didnt say the magic word", "undefined"),
    # --- https://pastebin.com/2m8NY2fW (Orange's relay refusing the envelope sender)
    ("orange", 550, "5.1.0", "Emetteur invalide. Invalid Sender. OFR_415 [415]", "rejected"),
    # --- https://pastebin.com/index/J9kXXSdZ (SFR at the greeting, quoted by an IONOS relay)
    (
        "sfr",
        554,
        "5.7.1",
        "Service unavailable; Client host [192.0.2.1] blocked using sbl.spamhaus.sfr; "
        "https://www.spamhaus.org/sbl/query/SBL275656",
        "blocked",
    ),
    # --- https://blog.csdn.net/weixin_31487917/article/details/119692776 (Chinese; Tencent's
    # reply strings with their meanings, the words only)
    # uncertain: the page: the IP's sending rate far over QQ Mail's limit (ratelimited);
    # blocked arguable from the words alone
    ("qq", 550, None, "Connection denied", "ratelimited"),
    # --- https://pastebin.com/qE2MR7Nh (a Cyrus LMTP refusal, the multi-line reply joined)
    (
        "cyrus",
        550,
        "5.1.1",
        "Mailbox unknown. Either there is no mailbox associated with this name or you do not "
        "have authorization to see it. User unknown",
        "userunknown",
    ),
    # --- https://pastebin.com/PEZ38axe (ESET's milter, quoted through Exchange)
    ("eset", 550, "5.7.0", "Rejected by ESETS_SMFI (spam)", "spamdetected"),
    # --- https://pastebin.com/8JCWFSsD (BT's receiver at DATA, a Sendmail notice)
    (
        "bt",
        554,
        None,
        "Message rejected for policy reasons (3.2.2.1) - Please report any problems to BT via "
        "the postmaster@btinternet.com mailbox and include your sending ip address with an "
        "example header of your email",
        "policyviolation",
    ),
    # --- https://pastebin.com/HucQjivi (our relay refused as a phishing source)
    # uncertain: the words name the client (blocked) and phishing (spamdetected arguable)
    (
        "unknown",
        550,
        "5.7.1",
        "<relay.outreach.example[192.0.2.1]>: Client host rejected: Rejected : Phishing",
        "blocked",
    ),
    # --- https://pastebin.com/XLCkBbYi (a SmarterMail-style receiver's transcript; greylisting
    # is blocked by the tables' convention)
    ("smartermail", 451, None, "Greylisted, please try again in 900 seconds", "blocked"),
    # --- https://pastebin.com/034zW5PF (the receiving Exim's log of its own refusal after
    # DATA; the reply code is not quoted, 550 assumed)
    (
        "exim",
        550,
        None,
        "The mail server detected your message as spam and has prevented delivery (45).",
        "spamdetected",
    ),
    # --- https://github.com/NetSendo/NetSendo/issues/21 (Niebieski.net, a Polish bulk-mail
    # SMTP service)
    (
        "niebieski",
        421,
        None,
        "Too many connections. Please reduce connections per minute.",
        "toomanyconn",
    ),
    # --- https://github.com/exercism/website/issues/7025 (Amazon SES refusing a session)
    # uncertain: a count of open connections (toomanyconn); a sending-account throttle,
    # ratelimited arguable
    (
        "ses",
        421,
        None,
        "Throttling failure: Too many open connection from Account. Try again later.",
        "toomanyconn",
    ),
    # --- https://github.com/maildev/maildev/issues/96 (MailEnable at the greeting)
    # uncertain: the receiver's own load (systemerror, as round 2's "Server too busy");
    # toomanyconn arguable (the page sent 100 mails at once)
    (
        "mailenable",
        451,
        None,
        "ESMTP MailEnable Service temporarily refused connection at 11/27/15 11:25:27 from IP "
        "(192.0.2.1) because the server is too busy.",
        "systemerror",
    ),
    # --- https://pastebin.com/Y2V47Ysc (a Barracuda-listed sender refused; the reply repeats
    # its code)
    (
        "ceryx",
        550,
        None,
        "This system is configured to reject mail from 192.0.2.1 [192.0.2.1] (Host blacklisted - "
        "Realtime Black List server 'b.barracudacentral.org')",
        "blocked",
    ),
    # --- https://pastebin.com/chVg5jPF (postscreen naming the list)
    (
        "postscreen",
        550,
        "5.7.1",
        "Service unavailable; client [192.0.2.1] blocked using b.barracudacentral.org",
        "blocked",
    ),
    # --- https://pastebin.com/index/YY4pzqvj (the receiver's Exim log; code assumed)
    (
        "exim",
        550,
        None,
        "Email blocked by SPAMHAUS - to unblock see http://www.example.com/",
        "blocked",
    ),
    # --- http://www.yunrelay.com/news/mailreject/714205212544.html (a Chinese relay service's
    # bounce note: the envelope sender differs from the header From)
    # uncertain: rejected by ADR 0017 convention 9 (a forged sender, no SPF named);
    # authfailure arguable
    ("coremail", 550, None, "Requested mail action not taken: Fake sender", "rejected"),
    # --- https://hezoon.cn/compro/detail/23/305/530.html (a Coremail reseller's help: the
    # sending IP is outside the sender domain's SPF; the words only, 550 assumed)
    ("coremail", 550, None, "DebugInfo:SPF_REJECT", "authfailure"),
    # --- https://alibabacloud.com/help/tc/direct-mail/user-guide/summary-of-common-email-return-codes-and-solutions
    # (Alibaba Cloud Direct Mail's own return codes: MAIL FROM is not the authenticated
    # account)
    # uncertain: rejected as the tables label "not owned by user"; securityerror arguable
    (
        "directmail",
        436,
        None,
        '"MAIL FROM" doesn\'t conform with authentication [@sm060104] (Auth Account:'
        "sam@outreach.example|Mail Account:sam2@outreach.example)",
        "rejected",
    ),
    # --- https://github.com/forwardemail/forwardemail.net/issues/384 (a self-hosted Forward
    # Email server refusing mail from a newly added sender domain)
    ("forwardemail", 421, None, "Invalid SPF result", "authfailure"),
    # --- http://computerprogrammi.com/2010/04/posta-elettronica-e-impossibile-inviare.html
    # (Telecom Italia's tin.it SMTP refusing a client)
    # uncertain: "access denied" read as a refusal of the client (blocked); systemerror by
    # the page (the server overloaded at peak hours)
    (
        "tin.it",
        554,
        None,
        "vsmtp20.tin.it. Server not available - access denied",
        "blocked",
    ),
    # --- https://github.com/PHPMailer/PHPMailer/issues/304 (a hosting provider's submission
    # server refusing a hotmail.com From; the code not quoted, 550 assumed)
    # rejected as the tables label "not owned by user"
    (
        "smtp",
        550,
        None,
        "You are not allowed to use the domain hotmail.com as a sender domain.",
        "rejected",
    ),
    # --- https://github.com/zone-eu/zone-mta/pull/251 (a reply seen in the wild, quoted as a
    # comment of the proposed rule; the author found the sending IP on Symantec's IP
    # reputation lookup)
    # uncertain: blocked by the page; the words name only the filter (undefined)
    ("symantec", 500, "5.7.1", "Symantec Zodiac", "blocked"),
    # --- https://www.alibabacloud.com/help/zh/directmail/latest/summary-of-common-email-return-codes-and-solutions
    # (Alibaba Cloud Direct Mail's own return codes, the Simplified Chinese page: the
    # sending account restricted from sending)
    # uncertain: rejected as round 3's mail.ru "message sending for this account is
    # disabled"; suspend arguable
    ("directmail", 551, None, "Main account unavailable", "rejected"),
    # (the same page: the recipient hit the service's honeypot address list)
    # uncertain: userunknown as round 3's Direct Mail "Invalid rcptto" (an address store);
    # policyviolation arguable (a trap address refused by the service's own policy)
    ("directmail", 561, None, "Honeypot rcptto [@out060104]", "userunknown"),
    # --- https://blog.csdn.net/hjx9452/article/details/119910018 (a copy of NetEase's
    # published return codes: the sender's recipients in a short time over the limit)
    ("163", 451, None, "RP:QRC", "ratelimited"),
    # (the same page: an empty HELO)
    # uncertain: blocked as the tables label HELO refusals; syntaxerror arguable
    ("163", 550, None, "MI:NHD", "blocked"),
    # --- https://biecuoliao.com/pa/MBRrwEM.html (another copy of NetEase's return codes: too
    # many failed logins, login refused for a while)
    # uncertain: securityerror (authentication); ratelimited arguable (a temporary lockout)
    (
        "163",
        451,
        None,
        "Requested mail action not taken: too much fail authentication",
        "securityerror",
    ),
    # --- https://pastebin.com/7ad9Y9MY (a Bulgarian sender's bounce from mail.bg; the
    # receiver's Postfix naming LashBack's unsubscribe-probe list)
    # uncertain: blocked, a named list (ADR 0017 convention 11); badreputation arguable (the
    # list's reason: mail sent to unsubscribe probe accounts)
    (
        "postfix",
        554,
        "5.7.1",
        "Service unavailable; Client host [192.0.2.1] blocked using ubl.unsubscore.com; Visit "
        "http://blacklist.lashback.com for more information / Sender has sent to LashBack "
        "Unsubscribe Probe accounts",
        "blocked",
    ),
    # --- https://pastebin.com/nQSrLt48 (Wirtualna Polska's wp.pl refusing a wp.pl sender
    # from a foreign host, Polish and English)
    (
        "wp.pl",
        550,
        None,
        "BLAD SPF - zobacz strone / SPF Error: Please see "
        "http://spf.pobox.com/why.html?sender=sam%40outreach.example&ip=192.0.2.1&receiver="
        "smtp.wp.pl Jesli jestes uzytkownikiem poczta.wp.pl sprawdz poprawnosc autoryzacji "
        "SMTP / If you are a poczta.wp.pl user check SMTP configuration: "
        "http://poczta.wp.pl/autoryzacja/",
        "authfailure",
    ),
    # --- https://pastebin.com/FqnNEiV5 (a Polish hosting provider's Exim after DATA; the
    # scanner's signature is a SecuriteInfo spam signature)
    # uncertain: the words say a virus (virusdetected); the signature's name says spam
    # (spamdetected arguable)
    (
        "exim",
        550,
        None,
        "Virus was found: SecuriteInfo.com.Spam-4697.UNOFFICIAL",
        "virusdetected",
    ),
    # --- https://pastebin.com/ZsE78BAU (Seznam.cz refusing at MAIL FROM, a Czech sender's
    # bounce; the sender domain filled with ours)
    (
        "seznam",
        550,
        "5.7.1",
        "Sender Policy Framework of `outreach.example' domain denied your IP address.",
        "authfailure",
    ),
    # --- https://pastebin.com/wWEpeehX (Yandex refusing the client at the greeting, a
    # Postfix log; the whole reply, where round 1 had only its last clause)
    (
        "yandex",
        554,
        "5.7.1",
        "Service unavailable; Client host [192.0.2.1] blocked using spamsource.yandex.ru; "
        "Blocked by spam statistics - see "
        "http://feedback.yandex.ru/?from=mail-rejects&subject=192.0.2.1",
        "blocked",
    ),
    # --- https://pastebin.com/iAp1b4gm (a French host's bounce; the receiver's Exim naming
    # invaluement's list)
    (
        "exim",
        550,
        None,
        "Blocked by ivmSIP and/or ivmSIP/24 - see "
        "https://www.invaluement.com/lookup/?item=192.0.2.1",
        "blocked",
    ),
    # --- https://pastebin.com/B0pS4UBK (IONOS's kundenserver.de MX for a Spanish 1and1.es
    # address refusing at the greeting, an Italian sender's Postfix; the two lines joined)
    # uncertain: the receiver's own local error (systemerror); "Service not available" at the
    # greeting is also how Nemesis refuses clients (blocked arguable)
    (
        "ionos",
        421,
        None,
        "kundenserver.de (mxeue112) Nemesis ESMTP Service not available Requested action "
        "aborted: local error in processing",
        "systemerror",
    ),
    # --- https://pastebin.com/SEreuL1S (UOL, Brazil, deferring at RCPT, a Postfix log)
    # uncertain: the words name no cause, only UOL's code (undefined); a 4.7.1 deferral of
    # the client at RCPT reads as a block (blocked arguable)
    (
        "uol",
        450,
        "4.7.1",
        "<kim@example.org>: Recipient address rejected: UOL-SH_D-H[5a042ab54f7862edaa06546ab12b4e"
        "4edbac0b5c75e9346379e7b00f5071e068407ee59939427de2224663d7b607567df4361e7ce59b315971e1"
        "2b4663c8ac0d4575ed2f4f3febab0f6c11b4771521bcf2030479ee224075bba503507bba201225bdf20406"
        "2fe97f1223ee][33]",
        "undefined",
    ),
    # --- https://pastebin.com/D4m1R4uP (Locaweb's outbound relay, Brazil, refusing the
    # message after DATA, in Portuguese; "[CS]" is its content scan)
    # uncertain: spamdetected by the content scan's tag; the words name no cause (undefined
    # arguable)
    (
        "locaweb",
        550,
        "5.7.1",
        "[CS] Sua mensagem foi rejeitada. Para realizar o envio clique no link "
        "http://fp.email.locaweb.com.br/?str=zhten5ddyjwhs9hc",
        "spamdetected",
    ),
    # --- https://pastebin.com/UXGKeqXQ (Telefonica Spain's tnetmx.telefonica.net, in Spanish
    # after the list; quoted by IONOS, whose wrapping split two words, joined here)
    (
        "telefonica",
        554,
        "5.7.1",
        "Service unavailable; Client host [192.0.2.1] blocked using sbl-xbl.spamhaus.org; "
        "https://www.spamhaus.org/sbl/query/SBL275656 - IP: 192.0.2.1 en Lista Negra por "
        "Spam/Virus...contacte con su administrador",
        "blocked",
    ),
    # --- https://pastebin.com/9uP6ixAK (a Spanish receiver naming a Spanish-run list that
    # relays SORBS; quoted by IONOS, the wrapping joined)
    (
        "postfix",
        554,
        "5.7.1",
        "Service unavailable; Client host [192.0.2.1] blocked using zen.libranosdelspam.com; "
        "SORBS - Spam detect by Spam List See: http://www.sorbs.net/lookup.shtml?192.0.2.1",
        "blocked",
    ),
    # --- https://pastebin.com/fN3z9eJ7 (an Endurance-hosted "bizsmtp" MX refusing a Polish
    # VPS at the greeting, quoted by its Exim)
    (
        "bizsmtp",
        554,
        None,
        "bosimpinc14 bizsmtp Connection rejected. Reverse DNS for 192.0.2.1 does not exist.",
        "requireptr",
    ),
    # --- https://pastebin.com/w116qRkA (Wirtualna Polska's mx.wp.pl at MAIL FROM, a Polish
    # sender's Postfix log)
    ("wp.pl", 554, None, "sorry, refused mailfrom because return MX does not exist", "rejected"),
    # --- https://pastebin.com/q7QeAP6k (Gmail's own "Message blocked" notice to a sending
    # user; no reply code quoted, 550 assumed)
    # uncertain: the words name no cause (undefined); the linked help page is Gmail's on
    # blocked outgoing mail (spamdetected arguable)
    (
        "gmail",
        550,
        None,
        "Message rejected. See https://support.google.com/mail/answer/69585 for more information.",
        "undefined",
    ),
]

# The first pass is the lead's; misses are written here after it, kept visible until each
# is fixed or its label is settled.
KNOWN_MISSES: dict[str, str] = {
    "Requested action not taken: message refused": (
        "Session 10 first pass, held out (labels committed before any classification): reason "
        "'blocked' (dsn) / 'blocked' (plain), start code 'blocked' / 'blocked'; labelled "
        "undefined"
    ),
    "Mail Refused - outreach.example - See http://security.rr.com/mail_blocks.htm#subscription": (
        "Session 10 first pass, held out (labels committed before any classification): reason "
        "'securityerror' (dsn) / 'securityerror' (plain), start code 'securityerror' / "
        "'securityerror'; labelled rejected"
    ),
    "Ah ah ah you didnt say the magic word": (
        "Session 10 first pass, held out (labels committed before any classification): reason "
        "'blocked' (dsn) / 'blocked' (plain), start code 'blocked' / 'blocked'; labelled "
        "undefined"
    ),
    "Connection denied": (
        "Session 10 first pass, held out (labels committed before any classification): reason "
        "'blocked' (dsn) / 'blocked' (plain), start code 'blocked' / 'blocked'; labelled "
        "ratelimited"
    ),
    "Throttling failure: Too many open connection from Account. Try again later.": (
        "Session 10 first pass, held out (labels committed before any classification): reason "
        "'ratelimited' (dsn) / 'ratelimited' (plain), start code 'ratelimited' / "
        "'ratelimited'; labelled toomanyconn"
    ),
    "Main account unavailable": (
        "Session 10 first pass, held out (labels committed before any classification): reason "
        "'userunknown' (dsn) / 'userunknown' (plain), start code 'userunknown' / "
        "'userunknown'; labelled rejected"
    ),
    "Honeypot rcptto [@out060104]": (
        "Session 10 first pass, held out (labels committed before any classification): reason "
        "'undefined' (dsn) / 'undefined' (plain), start code 'undefined' / 'undefined'; "
        "labelled userunknown"
    ),
    "<kim@example.org>: Recipient address rejected: "
    "UOL-SH_D-H[5a042ab54f7862edaa06546ab12b4e4edbac0b5c75e9346379e7b00f5071e0684"
    "07ee59939427de2224663d7b607567df4361e7ce59b315971e12b4663c8ac0d4575ed2f4f3fe"
    "bab0f6c11b4771521bcf2030479ee224075bba503507bba201225bdf204062fe97f1223ee][33]": (
        "Session 10 first pass, held out (labels committed before any classification): reason "
        "'blocked' (dsn) / 'blocked' (plain), start code 'blocked' / 'blocked'; labelled "
        "undefined"
    ),
}

PARAMS = params(CASES)


@pytest.mark.parametrize(("variant", "case"), PARAMS)
def test_quoted_reply_12(variant: str, case: Case) -> None:
    check(variant, case, KNOWN_MISSES)


if __name__ == "__main__":  # PYTHONPATH=src:. python -m tests.inbound.test_quoted_texts_12 [N]
    main(CASES)
