"""Remote servers' reply lines quoted on public pages, fourth round, each in a minimal bounce.

A fourth fresh table of *real* wording, gathered after test_quoted_texts.py,
test_quoted_texts_2.py and test_quoted_texts_3.py and kept apart from any change to the
classifier: it is a clean test whose first pass the lead runs on the merged code. Reply
lines that occurred in real bounces and were quoted on public pages: help-desk and
knowledge-base pages of hosts and ISPs in many countries and languages, mailing-list
archives, forums and Q&A sites, GitHub issues where users pasted their bounce, and vendor
documentation of gateways and mail servers. The source is in a comment above each case.

Collection rule, fixed and committed before any candidate page was read:
- only sources not used by any earlier table: no URL (or GitHub issue) that appears in any
  tests/inbound/test_*texts*.py or in tests/data/inbound/README.md;
- wordings already in any text table are left out, by normalised text (lower case, runs of
  other characters than letters and digits as one space): the same text, or a near copy (one
  contains the other and the shorter is at least 60% of the longer's length); the tables
  were also searched for each candidate's distinctive words. (Made precise after the first
  search results and before any case was added: "contained in or containing" alone would
  have dropped every reply that merely includes a short phrase such as "user unknown".)
- only the server's reply is taken (reply code, enhanced status code if quoted, text);
  addresses are anonymised to example.org / outreach.example and IPs to 192.0.2.x. Where a
  page quotes the words without the reply code, the code used is said to be assumed;
- nothing from Sisimai's repositories, set-of-emails or bounceHammer, nor from pages that
  copy their samples.

Each case is labelled with the reason in our vocabulary (Sisimai's, by its public reason
documentation; conventions in tests/data/inbound/README.md, docs/inbound.md and the
decisions of the earlier text tables) *before* the classifier was run on any of them; where
the page says what the real cause was, that is the label. Uncertain labels say so in a
comment. Each case becomes the two bounces of replytable.py: a Postfix RFC 3464 report and
an Exim-style plain-text notice.
"""

from __future__ import annotations

import pytest

from .replytable import Case, check, main, params

# (source family, SMTP reply code, enhanced status code or None, reply text, reason)
CASES: list[Case] = [
    # --- https://github.com/NethServer/dev/issues/5811 (an rspamd multimap rule refusing a
    # file extension: a banned attachment type, contenterror as the earlier tables)
    ("rspamd", 554, "5.7.1", "Matched map: FORBIDDEN_FILE_EXTENSION", "contenterror"),
    # --- https://pastebin.com/DGVf7ePp (a qmail bounce quoting the remote reply)
    (
        "spamassassin",
        554,
        "5.7.1",
        "Content filter rejection: SpamAssassin score 21.673 (DEAR_SOMETHING,"
        "DKIM_ADSP_NXDOMAIN,DNSBL_AND_URIBL,HTML_MESSAGE,MIME_QP_LONG_LINE,MISSING_MID,"
        "RCVD_IN_BL_SPAMCOP_NET,RCVD_IN_DNSWL_NONE,SENT_TO_WHOIS_PRIVACY_ADDRESS,"
        "URIBL_DBL_ABUSE_BOTCC,URIBL_INDEPENDENT_OVERLAP2,URIBL_IVM). Please alter the "
        "content of your message and try again.",
        "spamdetected",
    ),
    # --- https://pastebin.com/eaXMWT2g (NextGenTel, Norway, as an Exchange NDR quoted it)
    (
        "nextgentel",
        552,
        "5.2.0",
        "yxTiZdXDTefL7yxTiZ8pDw Message rejected by NextGenTel Spam Filter - For more "
        "information, see https://www.nextgentel.com/kundesider/artikler/epostvask.php [602]",
        "spamdetected",
    ),
    # --- http://kb.indsoft.net/kb/a70/common-email-delivery-errors.aspx (SmarterMail's own
    # notice lines; no reply code quoted, 552 and 550 assumed)
    # uncertain: the recipient domain's storage allowance (systemfull arguable)
    ("smartermail", 552, None, "The domain size limit has been exceeded", "mailboxfull"),
    (
        "smartermail",
        550,
        None,
        "Failed to connect to the recipients mail server. No MX records were found for the "
        "'example.org' domain.",
        "hostunknown",
    ),
    # --- https://pastebin.com/MMGUFmXp (a qmail bounce quoting EarthLink and AT&T WorldNet)
    ("earthlink", 550, None, "kim@example.org...User account is overquota", "mailboxfull"),
    (
        "att",
        553,
        "5.3.0",
        "<kim@example.org>... 550 worldnet addressee unknown, relay=[192.0.2.1]",
        "userunknown",
    ),
    # --- https://pastebin.com/WuxZTzm8 (AOL's CON:B1: the connecting IP is on AOL's block
    # list, by the linked page's name)
    (
        "aol",
        521,
        "5.2.1",
        ": (CON:B1) http://postmaster.info.aol.com/errors/554conb1.html",
        "blocked",
    ),
    # --- http://blog.susanfinch.com/2010/03/wondering-what-your-undeliverable-email-codes-mean.html
    # Yahoo's TS01, ratelimited as test_provider_texts labels TSS04 (uncertain:
    # badreputation arguable, the words name complaints)
    (
        "yahoo",
        421,
        "4.7.0",
        "[TS01] Messages from 192.0.2.1 temporarily deferred due to user complaints - "
        "4.16.55.1; see http://postmaster.yahoo.com/421-ts01.html",
        "ratelimited",
    ),
    # --- https://github.com/jeremydumais/CPP-SMTPClient-library/issues/46 (MailChannels'
    # content filter; its support said the message lacked Message-ID and MIME-Version)
    # uncertain: the real cause is a header RFC 5322 leaves optional (notcompliantrfc by
    # the page); the words say only a content block (spamdetected arguable)
    ("mailchannels", 550, "5.7.1", "[CS] Message blocked", "notcompliantrfc"),
    # --- https://sppd.ne.jp/support/client/manual_mail_trouble.php (a Japanese host's own
    # relay: the client has not logged in, POP before SMTP)
    ("sppd", 550, None, "Relaying denied.(F-Secure/virusgw_smtp/virusgw1.sppd.jp)", "norelaying"),
    # --- https://auctionpro.co.kr/?p=2544 (Daum: the page says the sending IP is on spam
    # block lists)
    (
        "daum",
        554,
        "5.7.1",
        "DAS51 192.0.2.1: Your mail is blocked automatically by anti-spam system. (E06)",
        "blocked",
    ),
    # --- https://yfs8.com/view/962889.html (Chinese providers' bounce keywords; filed under
    # "no space left in the recipient's mailbox")
    ("themail", 552, None, "This person's account is exceeding their quota.", "mailboxfull"),
    # --- http://kbit.tistory.com/tag/reply%20error%20message (Korean: the sending server is
    # filtered as a spammer)
    (
        "hanafos",
        421,
        "4.3.2",
        "Your IP(192.0.2.1) is filtered and this connection will be closed. You must register "
        "your IP to spammaster at example.org By SpaceLee, the Lord of mail server.",
        "blocked",
    ),
    # --- https://github.com/zytzagoo/smtp-validate-email/issues/9 (after 100+ address probes)
    # uncertain: an IP refused for its behaviour (ratelimited arguable)
    ("unknown", 421, "4.7.1", "Intrusion prevention active for [192.0.2.1][R]", "blocked"),
    # --- https://github.com/mitodl/micromasters/issues/2958 (Mailgun's log of two replies)
    (
        "nixspam",
        550,
        None,
        "550 rejected because 192.0.2.1 is in a black list at ix.dnsbl.manitu.net Your e-mail "
        "service was detected by spam.over.port25.me (NiX Spam) as spamming at Mon, 27 Mar "
        "2017 14:52:05 +0200. Your admin should visit "
        "http://www.dnsbl.manitu.net/lookup.php?value=192.0.2.1",
        "blocked",
    ),
    (
        "directnic",
        550,
        None,
        '"JunkMail rejected - relay.outreach.example [192.0.2.1]:16742 is in an RBL, see '
        'Known spammer, see https://directnic.com/knowledge#/knowledge/article/321"',
        "blocked",
    ),
    # --- https://github.com/haraka/Haraka/issues/848 (Microsoft's FrontBridge block list)
    (
        "microsoft",
        550,
        "5.7.1",
        "Service unavailable; Client host [192.0.2.1] blocked using FBLW15; To request "
        "removal from this list please forward this message to delist@messaging.microsoft.com",
        "blocked",
    ),
    # --- https://pastebin.com/sRe9t6bn (qmail's validrcptto patch, quoted by Gmail)
    (
        "qmail",
        553,
        None,
        "sorry, this recipient is not in my validrcptto list (#5.7.1)",
        "userunknown",
    ),
    # --- https://pastebin.com/5RThtzeu (an unusual 557 for an unknown address)
    (
        "unknown",
        557,
        None,
        "Email address - kim@example.org - is not available here. Disconnecting...",
        "userunknown",
    ),
    # --- https://pastebin.com/Y6mnKJ1Z (Bell Canada refusing a MailChannels relay)
    # uncertain: the words name no cause; a refusal of the sending relay (blocked) read
    # here, the recipient's own filter (filtered) arguable
    ("bell", 550, None, "you are not allowed to send mail to <kim@example.org>", "blocked"),
    # --- https://pastebin.com/zvxsPjWy (a bank's gateway refusing at the greeting with
    # only its host name; anonymised)
    # uncertain: nothing but a 554 banner; the connection refused (blocked), notaccept arguable
    ("unknown", 554, None, "mx.example.org", "blocked"),
    # --- https://pastebin.com/6JA7cVwM (Wedos, Czech: our own sender mailbox is disabled
    # at the submission relay)
    (
        "wedos",
        550,
        "5.7.1",
        "<sam@outreach.example>: Sender address rejected: mailbox disabled - DEBUG: dom "
        "outreach.example",
        "rejected",
    ),
    # --- https://pastebin.com/CzBQxZUu
    ("unknown", 550, None, "User <kim> unknown", "userunknown"),
    # --- https://pastebin.com/RJeh1Bwk (GoDaddy's relay refusing the placeholder address
    # web forms leave in place; the address is the page's own, an IANA example)
    (
        "godaddy",
        550,
        "5.1.1",
        "<recipient@example.com> recipient rejected. This is a default recipient used as a "
        "placeholder in many web applications. Please check your settings and try again.",
        "userunknown",
    ),
    # --- https://pastebin.com/GFSKpSPH (mail.ru at MAIL FROM: our sender domain does not
    # route)
    ("mailru", 550, None, "Unroutable sender address", "rejected"),
    # --- https://pastebin.com/uqn1m9qf (a Singapore company's gateway, after the initial
    # connection)
    # uncertain: the RFC's bare words name no cause; a refusal at the greeting is a block of
    # the client (undefined arguable)
    ("unknown", 554, None, "Transaction failed", "blocked"),
    # --- https://pastebin.com/RRUyv1vM (Dovecot LMTP, the message expired in the queue)
    ("dovecot", 451, "4.3.0", "<kim@example.org> Temporary internal error", "systemerror"),
    # --- https://pastebin.com/NyGj4hum (Gmail quoting the receiver's STARTTLS failure)
    # uncertain: a TLS failure, securityerror as test_software_texts_2 labels Postfix's
    # "refused to start TLS" (networkerror arguable)
    ("unknown", 454, None, "TLS not available due to temporary reason", "securityerror"),
    # --- https://pastebin.com/TuQgvjzq (Web.com's namesecuremail, at MAIL FROM, so before
    # any content was sent)
    # uncertain: the words say spam/virus content, but the refusal came at MAIL FROM and
    # names our IP (blocked read here; spamdetected arguable)
    (
        "websitepro",
        553,
        "5.3.0",
        "192.0.2.1 Your message was rejected for possible spam/virus content.Please ask your "
        "email provider to visit http://emailadmin.registeredsite.com for resolution.",
        "blocked",
    ),
    # --- https://pastebin.com/YmbA8mL5 (SmarterMail's outbound spam check; its delivery log,
    # no reply code, 550 assumed)
    (
        "smartermail",
        550,
        None,
        "This message cannot be delivered as it was marked as spam. Weight: 30",
        "spamdetected",
    ),
    # --- Postfix's own deferral texts in pasted logs (no reply code; 451 assumed, the
    # logged dsn= taken as the enhanced code)
    # https://pastebin.com/9Vdg8f4C
    (
        "postfix",
        451,
        "4.4.2",
        "delivery temporarily suspended: lost connection with mx.example.org[192.0.2.25] "
        "while sending RCPT TO",
        "networkerror",
    ),
    # https://pastebin.com/Bv937fkd (the local content filter was down)
    # uncertain: a fault of our own side (systemerror); networkerror arguable
    (
        "postfix",
        451,
        "4.4.1",
        "delivery temporarily suspended: connect to 127.0.0.1[127.0.0.1]:10024: Connection refused",
        "systemerror",
    ),
    # https://pastebin.com/KWuEsmHn
    ("postfix", 451, "4.3.0", "unknown mail transport error", "systemerror"),
    # https://pastebin.com/j2ummuBx
    (
        "postfix",
        451,
        "4.4.1",
        "connect to mx.example.org[2001:db8::1]:25: Network is unreachable",
        "networkerror",
    ),
    # --- https://pastebin.com/45SNf1Ec (Haraka's forward to a Postfix that verifies the
    # address with the next hop)
    (
        "postfix",
        550,
        "5.1.1",
        "<kim@example.org>: Recipient address rejected: undeliverable address: host "
        "192.0.2.1[192.0.2.1] said: 550 sorry, no mailbox here by that name (in reply to RCPT "
        "TO command)",
        "userunknown",
    ),
    # --- https://pastebin.com/qwzF3GaS (one Postfix report, several receivers)
    ("synacor", 550, "5.1.1", "[R2] Recipient kim@example.org does not exist here.", "userunknown"),
    (
        "centurylink",
        550,
        None,
        "SPF Hard Fail: Domain outreach.example does not designate 192.0.2.1 as permitted sender.",
        "authfailure",
    ),
    ("messagelabs", 550, None, "Invalid recipient <kim@example.org> (#5.1.1)", "userunknown"),
    # --- https://pastebin.com/pnX6jKVc (an address-probing log; Juno)
    ("juno", 550, None, "kim@example.org is not a valid user", "userunknown"),
    # --- https://pastebin.com/5TXz6HLt (Postfix's own text: the domain has no mail host;
    # no reply code, 550 assumed with the logged dsn)
    (
        "postfix",
        550,
        "5.4.4",
        "Host or domain name not found. Name service error for name=example.org type=AAAA: "
        "Host found but no data record of requested type",
        "hostunknown",
    ),
    # --- https://pastebin.com/wQKuV2Cw (a Czech filter's qmail, at MAIL FROM)
    ("safe4mail", 553, None, "sorry, your envelope sender domain must exist (#5.7.1)", "rejected"),
    # --- http://shbhlxxjs.com/onlineManualDetail161.html (a Japanese-language host manual:
    # POP before SMTP, so the relay refuses a client that has not fetched its mail first)
    (
        "bohanit",
        553,
        "5.3.0",
        "<sam@outreach.example>... Please receive your mail before sending",
        "norelaying",
    ),
    # --- http://support.konto.pl/kb/a2813/blad-policy-violation-spam-do-qq_com-yahoo_com.aspx
    # (Forpsi's submission server, as the Polish page quotes it: our account's SMTP access is
    # suspended for an hour after many messages to qq.com / yahoo.com)
    # uncertain: our own account held for spam-like sending (policyviolation, the words);
    # ratelimited arguable
    (
        "forpsi",
        550,
        "5.1.0",
        "Naruszenie zasad cNkj1y0022zrrQM01NkjaD, zobacz https://support.forpsi.com/kb/a4071",
        "policyviolation",
    ),
    # --- https://github.com/nodemailer/smtp-server/issues/75 (a Postfix refusing the null
    # sender of a delivery report)
    (
        "postfix",
        550,
        "5.1.1",
        "<>: Sender address rejected: User unknown in local sender table",
        "rejected",
    ),
    # --- https://github.com/splitbrain/dokuwiki-plugin-smtp/issues/38 (Yandex's submission
    # server: the envelope sender is not the logged-in user's)
    ("yandex", 553, "5.7.1", "Sender address rejected: not owned by auth user.", "rejected"),
    # --- https://github.com/postalserver/postal/issues/2088 (Postal's own check of the From
    # header's domain)
    # uncertain: a From domain the server may not send for (rejected, as round 3's ZeptoMail
    # case); policyviolation arguable
    ("postal", 530, None, "From/Sender name is not valid", "rejected"),
    # --- https://pastebin.com/jxCrH5mj (Exim sender callouts at two receivers; multi-line
    # reply joined): our envelope sender does not exist at our own server
    (
        "exim",
        550,
        None,
        "Verification failed for <sam@outreach.example> Called: 192.0.2.1 Sent: RCPT "
        "TO:<sam@outreach.example> Response: 550 5.1.1 <sam@outreach.example>: Recipient "
        "address rejected: User unknown in local recipient table Sender verify failed",
        "rejected",
    ),
    # --- https://pastebin.com/LzdpQGj6 (Exim sender callout; multi-line reply joined)
    (
        "exim",
        550,
        None,
        "Verification failed for <sam@outreach.example> Unrouteable address Sender verify failed",
        "rejected",
    ),
    # --- https://pastebin.com/UyYmyNYV (FrontBridge, Microsoft's old hosted filter)
    (
        "frontbridge",
        550,
        None,
        "<outreach.example[192.0.2.1]>: Client host rejected: Access Denied",
        "blocked",
    ),
    # --- https://pastebin.com/xxj5LiFS (Google Apps' old reply, the local part only)
    ("google", 550, None, "Invalid recipient: kim", "userunknown"),
    # --- https://pastebin.com/dS0JkYBA (1&1 Spain, multi-line reply joined)
    (
        "1and1",
        552,
        None,
        "Requested mail action aborted: exceeded storage allocation Quota exceeded. For "
        "explanation visit http://postmaster.1and1.com/en/error-messages?ip=192.0.2.1&c=quot",
        "mailboxfull",
    ),
    # --- https://pastebin.com/W1K7kf3m (mail.ru)
    # uncertain: the words ask for a custom reverse DNS name (requireptr); a refusal of
    # dynamic IPs is blocked in test_provider_texts (blocked arguable)
    (
        "mailru",
        550,
        None,
        "Sorry, we do not accept mail from hosts with dynamic IP or generic DNS PTR-records. "
        "Please get a custom reverse DNS name from your ISP for your host 192.0.2.1 or contact "
        "abuse@corp.mail.ru in case of error",
        "requireptr",
    ),
    # --- https://pastebin.com/h9sQukY7 (a Ukrainian receiver, quoted by Exim)
    ("unknown", 550, None, "Broken Reverse DNS no host name found.", "requireptr"),
    # --- https://pastebin.com/index/wbYSHYYu (apache.org's receiver, quoted by Gmail)
    ("apache", 552, None, "spam score (6.9) exceeded threshold", "spamdetected"),
    # --- https://gist.github.com/pbruna/4595838 (a Zimbra proxy's Postfix log)
    ("unknown", 450, None, "too many connections from your IP (rate controlled)", "toomanyconn"),
    # --- https://pastebin.com/pEBS5hy4 (Yandex: the recipient's own receiving rate; Exim
    # gave up on it later)
    (
        "yandex",
        451,
        "4.5.1",
        "The recipient <kim@example.org> has exceeded their message rate limit. Try again later.",
        "ratelimited",
    ),
    # --- https://emailit.com/de/docs/kb/429-rate-limit-exceeded/ (an ESP's documented replies
    # of its own SMTP relay to MAIL FROM)
    ("emailit", 452, "4.4.5", "Messages per second limit exceeded", "ratelimited"),
    ("emailit", 452, "4.5.3", "Daily message limit exceeded", "ratelimited"),
    # --- https://pastebin.com/p0xbFZYN (Zoho's MX for a domain not set up there, quoted by
    # Gmail)
    # uncertain: the words say relaying (norelaying); the recipient domain is not hosted
    # there, like qmail's rcpthosts refusal the labelling rules call hostunknown
    ("zoho", 553, None, "Relaying disallowed", "norelaying"),
    # --- https://pastebin.com/1qRkUWBq (OVH's smarthost without SMTP AUTH, at MAIL FROM)
    (
        "ovh",
        553,
        None,
        "sorry, that domain isn't allowed to be relayed thru this MTA (#5.7.1)",
        "norelaying",
    ),
    # --- http://nl.help.carerix.com/nl/articles/2245905-e-mail-bounce (a Dutch ATS vendor's
    # list of replies its customers received)
    ("unknown", 554, None, "Invalid recipient", "userunknown"),
    ("unknown", 550, None, "no mailbox by that name is currently available", "userunknown"),
    # --- https://www.exedo.nl/mailmeldingen (the words only; 552 assumed)
    ("unknown", 552, None, "The recipient has exceeded their mailbox limit", "mailboxfull"),
    # --- https://github.com/dyve-agency/zeitkit/issues/78 (Gandi's submission relay, at DATA)
    # uncertain: an outbound filter rule of Gandi's; the words say policy (policyviolation),
    # spamdetected arguable
    (
        "gandi",
        550,
        "5.7.1",
        "Reject for policy reason RULE3_2. See http://postmaster.gandi.net",
        "policyviolation",
    ),
    # --- https://pastebin.com/VaFdFSVL (Trend Micro Hosted Email Security: its Email
    # Reputation Service block list)
    (
        "trendmicro",
        550,
        "5.7.1",
        "<kim@example.org>: Recipient address rejected: ERS-RBL.",
        "blocked",
    ),
    # --- https://pastebin.com/S0ay8vQY (a Swedish receiver's gateway, quoted by one.com)
    ("unknown", 550, "5.1.1", "yG4QZNGttZRyvyG4QZgw6k Recipient Rejected [503]", "userunknown"),
    # --- https://community.virginmedia.com/t5/Email/Email-Spam-Content-Found-error-550-554/td-p/3229831
    # (Virgin Media's notice to bulk senders: "550 - 554 5.2.0 Spam content found"; 554
    # taken)
    ("virginmedia", 554, "5.2.0", "Spam content found", "spamdetected"),
    # --- http://www.machighway.com/support/support_topics/email/troubleshooting/bounceback_email_codes.php
    # (the host's own greylisting, the page says; blocked as round 1 labels greylisting)
    # uncertain: the words name only a busy server (systemerror by the words)
    # label settled in session 7 (ADR 0017, convention 6); the first-pass numbers
    # keep the old label (blocked)
    (
        "machighway",
        451,
        None,
        "This server is currently unavailable, please try later..",
        "systemerror",
    ),
    # --- https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/550.json
    # (replies seen in production sending, as the field manual lists them per provider;
    # its placeholders anonymised)
    (
        "gmail",
        550,
        "5.2.1",
        "The user you are trying to contact is receiving mail at a rate that prevents "
        "additional messages from being delivered. For more information, please visit "
        "https://support.google.com/mail/?p=ReceivingRatePerm - gsmtp",
        "ratelimited",
    ),
    ("icloud", 550, "5.1.1", "<kim@example.org>: user does not exist", "userunknown"),
    (
        "icloud",
        550,
        "5.7.1",
        "Your message was rejected due to outreach.example's DMARC policy. See "
        "https://support.apple.com/en-us/HT204137 for info",
        "authfailure",
    ),
    ("comcast", 550, "5.1.1", "<kim@example.org> recipient mailbox unallocated", "userunknown"),
    (
        "comcast",
        550,
        "5.2.0",
        "Message rejected due to DMARC. Please see "
        "http://postmaster.comcast.net/smtp-error-codes.php#DM000001",
        "authfailure",
    ),
    # uncertain: our envelope sender's domain is on a block list (rejected); blocked arguable
    (
        "outlook",
        550,
        "5.7.1",
        "Service unavailable, MailFrom domain is listed in Spamhaus. To request removal from "
        "this list see https://www.spamhaus.org/query/lookup/ (S8002)",
        "rejected",
    ),
    (
        "mailru",
        550,
        None,
        "Message was not accepted -- invalid mailbox. Local mailbox kim@example.org is "
        "unavailable: account is disabled",
        "suspend",
    ),
    ("yandex", 550, "5.7.1", "Email rejected per DMARC policy for mail.ru", "authfailure"),
    (
        "att",
        550,
        "5.2.1",
        "<kim@example.org>... blank mailhost - invalid address, relay=[192.0.2.1]",
        "userunknown",
    ),
    (
        "att",
        550,
        "5.7.1",
        "Connections not accepted from servers without a valid sender outreach.example. Fix "
        "reverse DNS for 192.0.2.1",
        "requireptr",
    ),
    (
        "mimecast",
        550,
        None,
        "Rejected by header based manually Blocked Senders: sam@outreach.example - "
        "https://community.mimecast.com/docs/DOC-1369#550",
        "rejected",
    ),
    (
        "proofpoint",
        550,
        "5.1.1",
        "- This is not a valid email address. Please verify that you have the correct email "
        "address for your recipient.",
        "userunknown",
    ),
    # Exchange Online's directory check behind a Barracuda, userunknown as
    # test_provider_texts labels the bare 5.4.1 reply
    (
        "barracuda",
        550,
        None,
        "cuda_nsu 5.4.1 [kim@example.org]: Recipient address rejected: Access denied [example.org]",
        "userunknown",
    ),
    # --- https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/554.json
    (
        "outlook",
        554,
        "5.2.122",
        "The recipient has exceeded their limit for the number of messages they can receive "
        "per hour. For more information go to http://go.microsoft.com/fwlink/?LinkId=526653.",
        "ratelimited",
    ),
    # uncertain: the words name no cause (undefined); the manual gives no explanation
    (
        "yahoo",
        554,
        None,
        "delivery error: dd Requested mail action aborted - mta.example.org",
        "undefined",
    ),
    (
        "yahoo",
        554,
        "5.7.9",
        "Message not accepted for policy reasons. See "
        "https://help.yahoo.com/kb/postmaster/SLN7253.html",
        "policyviolation",
    ),
    # the manual: suspected phishing in the content. uncertain: spamdetected read;
    # policyviolation by the words
    (
        "yahoo",
        554,
        None,
        "Message not allowed - [PH01] Email not accepted for policy reasons. Please visit "
        "https://help.yahoo.com/kb/postmaster/SLN5067.html [120]",
        "spamdetected",
    ),
    # uncertain: X.2.3 is exceedlimit by the code; the words say policy
    (
        "zoho",
        554,
        "5.2.3",
        "MailPolicy violation Error delivering to mailboxes,mx.zoho.com",
        "policyviolation",
    ),
    (
        "zoho",
        554,
        "5.7.1",
        "Email cannot be delivered. Reason: Email flagged as Spam.",
        "spamdetected",
    ),
    (
        "free",
        554,
        "5.2.2",
        "<kim@example.org>: Recipient address rejected: Quota exceeded (mailbox for user is full)",
        "mailboxfull",
    ),
    # uncertain: a security policy naming no cause (policyviolation); securityerror arguable
    (
        "mimecast",
        554,
        None,
        "Email rejected due to security policies - https://community.mimecast.com/docs/DOC-1369#554",
        "policyviolation",
    ),
    # Trend Micro Hosted Email Security: an administrator's block of our sender, an unknown
    # address, a domain not set up to route through the service, a blocked recipient
    (
        "trendmicro",
        554,
        "5.7.1",
        "<kim@example.org>: Recipient address rejected: BLOCK-SEND-ER.",
        "rejected",
    ),
    (
        "trendmicro",
        554,
        "5.7.1",
        "<kim@example.org>: Recipient address rejected: Invalid-Recipient.",
        "userunknown",
    ),
    # uncertain: the domain is not hosted there (hostunknown, as the labelling rules file
    # rcpthosts); norelaying arguable
    (
        "trendmicro",
        554,
        "5.7.1",
        "<kim@example.org>: Recipient address rejected: NO-DOMAIN.",
        "hostunknown",
    ),
    # uncertain: the recipient address blocked by the domain's administrator (filtered)
    (
        "trendmicro",
        554,
        "5.7.1",
        "<kim@example.org>: Recipient address rejected: BLOCK-RCPT.",
        "filtered",
    ),
    ("barracuda", 554, None, "rejected due to spam URL in content", "spamdetected"),
    # uncertain: banned content is contenterror as test_quoted_texts labels "Rejected due to
    # banned content"; the manual describes suspicious phrasing and links (spamdetected)
    ("barracuda", 554, None, "rejecting banned content", "contenterror"),
    (
        "zerospam",
        554,
        "5.7.1",
        "<kim@example.org>: Recipient address rejected: Not in recipient list",
        "userunknown",
    ),
    # --- https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/421.json
    # uncertain: a cap on messages per connection (toomanyconn); ratelimited arguable
    # label settled in session 7 (ADR 0017, convention 5); the first-pass numbers
    # keep the old label (toomanyconn)
    (
        "yahoo",
        421,
        None,
        "Max message per connection reached, closing transmission channel",
        "ratelimited",
    ),
    # Postfix's hang-up after repeated errors in one session (iCloud)
    # uncertain: a protocol-level cut-off (syntaxerror); undefined arguable
    ("icloud", 421, "4.7.0", "me.com Error: too many errors", "syntaxerror"),
    (
        "exchangeonline",
        421,
        "4.3.2",
        "The maximum number of concurrent connections per resource forest has exceeded a "
        "limit, closing transmission channel. example.org. PRX8 [example.org]",
        "toomanyconn",
    ),
    # the recipient's address check has not finished yet: a delay naming no fault
    # uncertain: undefined read; userunknown by the 4.1.1 code
    (
        "proofpoint",
        421,
        "4.1.1",
        "<kim@example.org>: Recipient address rejected: unverified address: Address "
        "verification in progress",
        "undefined",
    ),
    # a causeless delay (the manual: a group message held back by one recipient's bounce)
    ("barracuda", 421, None, "Temporary failure, please try again later.", "undefined"),
    # the recipient domain's Barracuda licence has expired: the receiver's own fault
    # uncertain: systemerror read; notaccept arguable
    ("barracuda", 422, None, "License Expired", "systemerror"),
    # --- https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/451.json
    # Mimecast: the recipient domain is not one it accepts mail for
    (
        "mimecast",
        451,
        None,
        "Open relay not allowed - https://community.mimecast.com/docs/DOC-1369#451",
        "norelaying",
    ),
    (
        "mimecast",
        451,
        None,
        "Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#451",
        "userunknown",
    ),
    (
        "office365",
        451,
        "4.7.0",
        "Temporary server error. Please try again later. PRX4 NextHop: example.org [example.org]",
        "systemerror",
    ),
    # greylisting, blocked as round 1 labels it
    (
        "barracuda",
        451,
        "4.7.1",
        "<kim@example.org>: Recipient address rejected: Greylisted for 5 minutes",
        "blocked",
    ),
    # --- https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/450.json
    (
        "yandex",
        450,
        "4.2.1",
        "The recipient has exceeded message rate limit. Try again later.",
        "ratelimited",
    ),
    # the manual: ImprovMX's anti-spam check wants a retry
    # uncertain: the words name no cause (undefined); greylisting-like (blocked) arguable
    # Label corrected after the first pass (fixq4, session 5): "undefined" -> "filtered".
    # With words that name nothing, a bare X.2.1 is filtered by Sisimai's published
    # definition (docs/inbound.md), as this table labels the bare X.2.0 just below; the
    # first-pass numbers keep the old label.
    ("improvmx", 450, "4.2.1", "Please try again later. (#id-5.9.4)", "filtered"),
    # uncertain: a bare X.2.0 with words that name nothing: filtered by the X.2.0 rule;
    # undefined arguable
    ("comcast", 450, "4.2.0", "<kim@example.org> - Recipient temporarily unavailable", "filtered"),
    # uncertain: the recipient side's policy refusing us for abuse (blocked read); rejected
    # or filtered arguable
    (
        "barracuda",
        450,
        "4.7.1",
        "cuda_nsu 4.7.1 <kim@example.org>: Recipient address rejected: Policy Rejection- "
        "Abuse. Go away.",
        "blocked",
    ),
    # greylisting, blocked as round 1 labels it
    (
        "zerospam",
        450,
        "4.2.0",
        "<kim@example.org>: Recipient address rejected: example.org greylisted for 60 seconds "
        "by ZEROSPAM",
        "blocked",
    ),
    # --- https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/553.json
    # an address that is not valid syntax (userunknown, as X.1.3 is)
    (
        "gmail",
        553,
        "5.1.2",
        "The recipient address <.@gmail.com> is not a valid RFC-5321 address. - gsmtp",
        "userunknown",
    ),
    # uncertain: Symantec.cloud's content rules refused the message (filtered, the words);
    # spamdetected arguable
    (
        "symantec",
        553,
        None,
        "Message filtered. Refer to the Troubleshooting page at "
        "http://www.symanteccloud.com/troubleshooting for more information. (#5.7.1)",
        "filtered",
    ),
    (
        "symantec",
        553,
        None,
        "you are trying to use me [mx.example.org] as a relay, but I have not been configured "
        "to let you [192.0.2.1, outreach.example] do this. Please visit "
        "www.symanteccloud.com/troubleshooting for more details about this error message and "
        "instructions to resolve this issue. (#5.7.1)",
        "norelaying",
    ),
    # --- https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/552.json
    ("icloud", 552, "5.2.2", "<kim@example.org>: user is overquota", "mailboxfull"),
    ("free", 552, "5.2.2", "user quota exceeded (UserSearch)", "mailboxfull"),
    (
        "comcast",
        552,
        "5.1.1",
        "<kim@example.org> recipient rejected - extended quota violation",
        "mailboxfull",
    ),
    # --- https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/501.json
    # an address of bad syntax (userunknown, as X.1.3 is)
    ("outlook", 501, "5.1.3", "Invalid address [outlook.com]", "userunknown"),
    # --- https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/540.json
    ("rambler", 540, "5.7.1", "<kim@example.org>: recipient address rejected: Inactive", "suspend"),
    # --- https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/551.json
    # ImprovMX (a forwarding service): a domain reputation block (badreputation, as
    # test_provider_texts labels Gmail's), a forwarding loop (networkerror, as round 1's
    # "too many hops"), a domain not set up there, and two faults of its own data
    (
        "improvmx",
        551,
        "5.7.1",
        "Due to the very low reputation of the sending domain, this message has been blocked "
        "(Code 2).",
        "badreputation",
    ),
    (
        "improvmx",
        551,
        "5.7.1",
        "Loop detected: Email is sent and forwarded from/to improvmx.com. (#id-5.9.0)",
        "networkerror",
    ),
    ("improvmx", 551, "5.7.1", "Domain not found (#id-5.9.2)", "hostunknown"),
    (
        "improvmx",
        551,
        "5.7.1",
        "Our database returned invalid pieces of information about the requested "
        "recipient's domain (#id-5.9.3)",
        "systemerror",
    ),
    (
        "improvmx",
        551,
        "5.7.1",
        "Unable to correctly read the forwarding recipient (where to forward the email to) "
        "(#id-5.9.5)",
        "systemerror",
    ),
    # uncertain: X.3.0 is systemerror by the code; the words name nothing (undefined arguable)
    ("yandex", 551, "5.3.0", "Unknown error", "systemerror"),
    # --- https://pastebin.com/MAjBV3zj (Yahoo at MAIL FROM, refusing the declared SIZE)
    ("yahoo", 552, None, "message size exceeds maximum message size", "mesgtoobig"),
    # --- https://pastebin.com/PUPVqvKh (Exim's own notice for a message over its
    # message_size_limit; no reply code, 552 assumed)
    (
        "exim",
        552,
        None,
        "A message that you sent was longer than the maximum size allowed on this system. It "
        "was not delivered to any recipients.",
        "mesgtoobig",
    ),
    # --- https://github.com/zone-eu/zone-mta/blob/master/config/bounces.txt (ZoneMTA's
    # bounce rules; the comments above the rules quote the replies each rule was written
    # for, taken from real bounces; only the quoted replies are used, not the rules'
    # labels)
    # (the page elides the query string after "unblock")
    (
        "cloud-security",
        554,
        "5.5.4",
        "Your IP 192.0.2.1 address has a bad reputation. To unblock visit "
        "http://cloud-security.net/unblock",
        "badreputation",
    ),
    (
        "unknown",
        554,
        None,
        "mx.example.org Your access to this mail system has been rejected due to the sending "
        "MTA's poor reputation. If you believe that this failure is in error, please contact "
        "the intended recipient",
        "badreputation",
    ),
    # uncertain: the words say reputation; Mimecast's help explains this one as an RBL
    # listing of the sending IP (blocked arguable)
    (
        "mimecast",
        550,
        None,
        "csi.mimecast.org Poor Reputation Sender. - https://community.mimecast.com/docs/"
        "DOC-1369#550 [vH7Ns8biNg-p6EfZ0QaVMQ.us149]",
        "badreputation",
    ),
    (
        "unknown",
        554,
        "5.7.1",
        "Service unavailable; Client host [192.0.2.1] blocked using ee.countries.nerd.dk; Your "
        "IP is in ee, rejected based on geographical location",
        "blocked",
    ),
    # uncertain: the file's note says the server refuses the client IP at connect after too
    # many bad RCPT TO commands (blocked); userunknown arguable from the words alone
    ("unknown", 550, None, "Too many invalid recipients", "blocked"),
    # (the rule's pattern gives the whole reply)
    ("unknown", 554, None, "rejected due to virus", "virusdetected"),
    # (Hot.ee; the rule's pattern gives the code and the words, the address before them
    # is assumed)
    # uncertain: an account that has expired is a disabled mailbox (suspend); userunknown
    # arguable
    ("hot.ee", 550, "5.2.1", "<user@example.org> is expired account", "suspend"),
    (
        "unknown",
        550,
        "5.7.0",
        "Your server IP address is in the SpamHaus SBL-XBL database, bye",
        "blocked",
    ),
    (
        "unknown",
        550,
        "5.2.1",
        "Mailbox unavailable. Your IP address 192.0.2.1 is blacklisted using SPAMHAUS-XBL. "
        "Details: https://www.spamhaus.org/query/ip/192.0.2.1.",
        "blocked",
    ),
    (
        "unknown",
        550,
        None,
        "Black listed at hostkarma http://ipadmin.junkemailfilter.com/remove.php?ip=192.0.2.1",
        "blocked",
    ),
    (
        "unknown",
        550,
        None,
        "The sending IP (192.0.2.1) is listed on https://spamrl.com/. Please resolve this and "
        "retry.",
        "blocked",
    ),
    (
        "unknown",
        554,
        None,
        "Connection from 192.0.2.1 rejected for policy reasons. Host found in DNS blacklist at "
        "dnsbl.sorbs.net",
        "blocked",
    ),
    # uncertain: Postfix's "Relaying denied" words, but the cause given is the client IP
    # judged a spammer (blocked); norelaying arguable
    (
        "unknown",
        553,
        "5.7.1",
        "<mx.outreach.example[192.0.2.1]>: Client host rejected: Relaying denied - Your IP "
        "identified as spammer. Please contact 123",
        "blocked",
    ),
    (
        "unknown",
        501,
        "5.7.1",
        "<sender@outreach.example>... Sender refused by the DNSBL dnsbl.sorbs.net",
        "blocked",
    ),
    # (Coremail's reply form, as at 163.com)
    (
        "coremail",
        450,
        None,
        "Requested action not taken:c1mx2, IwENCgC3+s5MYEpYXlIcAA--.4588S3, dnsbl.sorbs.net, "
        "please try again",
        "blocked",
    ),
]

# Known disagreements after the first pass, kept visible: reply text -> why. Empty until the
# lead has run the first pass.
# The first pass (session 5, BENCHMARKS.md): every miss, kept visible until it is fixed
# or its label is settled.
KNOWN_MISSES: dict[str, str] = {
    "[CS] Message blocked": (
        "first pass (both formats): reason 'blocked'; labelled notcompliantrfc. After fixq4: "
        "label open: the page's real cause was missing headers (notcompliantrfc); the words say"
        " only a block"
    ),
    "mx.example.org": (
        "first pass (both formats): reason 'networkerror'; labelled blocked. After fixq4: miss:"
        " a 554 banner with a host name names no cause"
    ),
    "Transaction failed": (
        "first pass (both formats): reason 'undefined'; labelled blocked. After fixq4: miss: "
        "RFC 5321's bare words name no cause"
    ),
    (
        "192.0.2.1 Your message was rejected for possible spam/virus content.Please ask your email "
        "provider to visit http://emailadmin.registeredsite.com for resolution."
    ): (
        "first pass (both formats): reason 'spamdetected'; labelled blocked. After fixq4: label"
        " open: the words name spam/virus content (spamdetected); the label reads a block of "
        "our IP"
    ),
    (
        "<kim@example.org>: Recipient address rejected: unverified address: Address verification in"
        " progress"
    ): (
        "first pass (both formats): reason 'userunknown', hard True; labelled undefined. After "
        "fixq4: label open: the 4.1.1 code says userunknown; the words say the verification has"
        " not finished (no cause yet)"
    ),
    "Temporary failure, please try again later.": (
        "first pass (both formats): reason 'systemerror'; labelled undefined. After fixq4: "
        "label open: the words name no cause; a bare 421/451 is systemerror by the reply-code "
        "convention (codes.BY_REPLY)"
    ),
}

PARAMS = params(CASES)


@pytest.mark.parametrize(("variant", "case"), PARAMS)
def test_quoted_reply_4(variant: str, case: Case) -> None:
    check(variant, case, KNOWN_MISSES)


if __name__ == "__main__":  # PYTHONPATH=src:. python -m tests.inbound.test_quoted_texts_4 [N]
    main(CASES)
