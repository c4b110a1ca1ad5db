"""Remote servers' replies from public lists of replies seen in production, each in a
minimal bounce.

A fresh table of the *frequent* real wordings: replies that senders logged in production
and published as lists (for example ActiveCampaign's smtp-field-manual `data/codes/*.json`,
grouped by reply code, and comment lines of real replies in other mail software's bounce
lists). It is kept apart from any change to the classifier; its first pass is recorded
exactly in BENCHMARKS.md ("Production reply texts").

Collection rule, fixed and committed before any source was read:
- only lists of replies observed in production (not a program's own wording, not a guide's
  invented example); the source list is named in a `# ---` comment above its cases;
- replies already used by an earlier table are left out: every tests/inbound/test_*texts*.py
  table is grepped for each candidate by normalised text (lower case, runs of other
  characters than letters and digits as one space, anonymised parts ignored); the same text
  or a near copy (one contains the other and the shorter is at least 60% of the longer's
  length) is not taken again. In particular the 57 smtp-field-manual replies and the ZoneMTA
  config/bounces.txt comment lines already in test_quoted_texts_4.py are not taken again;
- the rest are taken in the list's own order (file by file, entry by entry), not picked by
  how hard they look, up to about 200 cases; an entry is skipped only when it is not a
  remote server's reply (empty, a bare code, the sender's own note) or repeats a reply
  already taken with only a different id, address or number;
- only the server's reply is taken (reply code, enhanced status code if given, text);
  addresses are anonymised to example.org / outreach.example and IPs to 192.0.2.x; queue
  ids and tracking tokens are kept as they are unless they carry an address;
- nothing from Sisimai's repositories, set-of-emails or bounceHammer, nor from pages that
  copy their samples.

Sources read, in this order (written after the collection, before the classifier ran):
- ActiveCampaign's smtp-field-manual (MIT), `data/codes/{421,422,450,451,452,471,501,540,
  550,551,552,553,554}.json`, providers then spam filters as each file lists them (one
  stored version of each file; its placeholders anonymised: `x.xx.xx.xx` -> 192.0.2.1,
  `example@...`/`email@...` -> kim@example.org, a trailing `[#]`/`#` id placeholder left
  out, as round 4 did);
- ZoneMTA `config/bounces.txt`, the comment lines quoting a reply (the rules' own labels
  are not used);
- twisted1919/bounce-handler (MailWizz's bounce rules, no licence file; only the quoted
  reply texts are used, as test data): the "Triggered by: Diagnostic-Code: ..." comments of
  its DIAGNOSTIC_CODE_RULES list. Its later lists (DSN_MESSAGE_RULES, BODY_RULES) quote
  whole notice bodies, mostly the sending MTA's own words, and were not taken.
Made precise while collecting (before the classifier ran): "anonymised parts ignored" means
e-mail addresses and IPv4 addresses are removed before the normalised comparison; the near-
copy test is applied to the cases already taken here too; entries dropped as repeats with
only a different id or number: Yahoo's [TSS07] (= [BL21]), AT&T's second DNSBL:RBL line,
Yahoo's "doesn't have a ... account [0]" (= the manual's [-9]) and Yahoo's "Resources
temporarily unavailable [#4.16.4:70]" (test_provider_texts has [#4.16.1]). Of 235
candidates, 83 were already in an earlier table or a near copy of one taken here (by the
script), 4 were dropped by hand as above; 148 are taken.

Each case is labelled with the reason in our vocabulary (Sisimai's, by its public reason
documentation; conventions in tests/data/inbound/README.md, docs/inbound.md "Reasons and
Sisimai's published definitions" and the label-decision comments of the earlier tables)
*before* the classifier was run on any of them. Uncertain labels say so in a comment. Each
case becomes the two bounces of replytable.py: a Postfix RFC 3464 report and an Exim-style
plain-text notice.
"""

from __future__ import annotations

import pytest

from .replytable import Case, check, main, params

# (source family, SMTP reply code, enhanced status code or None, reply text, reason)
CASES: list[Case] = [
    # --- https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/421.json
    (
        "gmail",
        421,
        "4.7.0",
        "[192.0.2.1] Our system has detected that this message is suspicious due to the "
        "very low reputation of the sending domain. To best protect our users from spam, "
        "the message has been blocked. Please visit "
        "https://support.google.com/mail/answer/188131 for more information. - gsmtp",
        "badreputation",
    ),
    (
        "gmail",
        421,
        "4.7.0",
        "[192.0.2.1] Our system has detected that this message is suspicious due to the "
        "nature of the content and/or the links within. To best protect our users from "
        "spam, the message has been blocked. Please visit "
        "https://support.google.com/mail/answer/188131 for more information. - gsmtp",
        "spamdetected",
    ),
    # uncertain: a rate limit set off by unsolicited mail from our IP (ratelimited, the words);
    # blocked or badreputation arguable
    (
        "gmail",
        421,
        "4.7.28",
        "[192.0.2.1] Our system has detected an unusual rate of unsolicited mail "
        "originating from your IP address. To protect our users from spam, mail sent from "
        "your IP address has been temporarily rate limited. Please visit "
        "https://support.google.com/mail/?p=UnsolicitedRateLimitError to review our Bulk "
        "Email Senders Guidelines. - gsmtp",
        "ratelimited",
    ),
    # Yahoo's TSS04, ratelimited as test_provider_texts labels it
    (
        "yahoo",
        421,
        "4.7.0",
        "[TSS04] Messages from 192.0.2.1 temporarily deferred due to user complaints - "
        "4.16.55.1; see https://help.yahoo.com/kb/postmaster/SLN3434.html",
        "ratelimited",
    ),
    (
        "icloud",
        421,
        "4.7.1",
        "Messages to kim@example.org deferred due to excessive volume. Try again later - "
        "https://support.apple.com/en-us/HT204137",
        "ratelimited",
    ),
    # the gateway's recipient check lost its connection to the mailbox server. uncertain:
    # networkerror read; undefined (round 4's 'verification in progress') arguable
    (
        "proofpoint",
        421,
        "4.1.1",
        "<kim@example.org>: Recipient address rejected: unverified address: host "
        "example.org[192.0.2.1] said: 450 4.1.1 <kim@example.org>: Recipient address "
        "rejected: unverified address: lost connection with mail.example.org[192.0.2.1] "
        "while sending RCPT TO (in reply to RCPT TO command)",
        "networkerror",
    ),
    # --- https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/450.json
    (
        "gmail",
        450,
        "4.2.1",
        "The user you are trying to contact is receiving mail at a rate that prevents "
        "additional messages from being delivered. Please resend your message at a later "
        "time. If the user is able to receive mail at that time, your message will be "
        "delivered. For more information, please visit "
        "https://support.google.com/mail/?p=ReceivingRate - gsmtp",
        "ratelimited",
    ),
    # uncertain: the words name no cause (undefined)
    (
        "symantec",
        450,
        None,
        "Requested action aborted [9] #-#, please visit "
        "https://knowledge.broadcom.com/external/article?legacyId=TECH246726 for more "
        "details about this error message.",
        "undefined",
    ),
    # --- https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/452.json
    (
        "gmail",
        452,
        "4.2.2",
        "The email account that you tried to reach is over quota. Please direct the "
        "recipient to https://support.google.com/mail/?p=OverQuotaTemp - gsmtp",
        "mailboxfull",
    ),
    # uncertain: a fault on the recipient domain's side (systemerror); undefined arguable
    ("yahoo", 452, None, "temporary domain failure <kim@example.org>", "systemerror"),
    # --- https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/550.json
    (
        "gmail",
        550,
        "5.1.1",
        "The email account that you tried to reach does not exist. Please try "
        "double-checking the recipient's email address for typos or unnecessary spaces. "
        "Learn more at https://support.google.com/mail/?p=NoSuchUser - gsmtp",
        "userunknown",
    ),
    (
        "gmail",
        550,
        "5.2.1",
        "The email account that you tried to reach is disabled. Learn more at "
        "https://support.google.com/mail/?p=DisabledUser - gsmtp",
        "suspend",
    ),
    (
        "gmail",
        550,
        "5.7.1",
        "Unauthenticated email from outreach.example is not accepted due to domain's "
        "DMARC policy. Please contact the administrator of outreach.example domain if "
        "this was a legitimate mail. Please visit "
        "https://support.google.com/mail/answer/2451690 to learn about the DMARC "
        "initiative. - gsmtp",
        "authfailure",
    ),
    (
        "icloud",
        550,
        "5.7.1",
        "[CS01] Message rejected due to local policy. Please visit "
        "https://support.apple.com/en-us/HT204137",
        "policyviolation",
    ),
    # uncertain: Outlook's wording for a mailbox it does not have (userunknown); X.5.0 names no
    # cause. (the manual's host placeholder shortened to the domain)
    (
        "outlook",
        550,
        "5.5.0",
        "Requested action not taken: mailbox unavailable. [eop-nam12.prod.protection.outlook.com]",
        "userunknown",
    ),
    # (the provider's own abuse address kept; the trailing id placeholder left out)
    (
        "mailru",
        550,
        None,
        "spam message rejected. Please visit "
        "http://help.mail.ru/notspam-support/id?c="
        "7y4ytdHbuOGv3O50NYTwpz1F-TVIpnactxtFPeFQSDYMAAAAaKgAAOX_3hE~ "
        "or report details to abuse@corp.mail.ru. Error code: "
        "B5322EEFE1B8DBD174EEDCAFA7F0843535F9453D9C76A6483D451BB7364850E1.",
        "spamdetected",
    ),
    (
        "proofpoint",
        550,
        "5.1.1",
        "<kim@example.org>: Recipient address rejected: undeliverable address: host "
        "example.org[192.0.2.1] said: 550 5.1.1 <kim@example.org>: Recipient address "
        "rejected: undeliverable address: host example.org[192.0.2.1]",
        "userunknown",
    ),
    ("barracuda", 550, None, "cuda_nsu 5.1.1 <kim@example.org>... User unknown", "userunknown"),
    # uncertain: the sender judged forged (rejected, as the anti-spoofing refusal); authfailure
    # arguable
    ("barracuda", 550, None, "rejecting spoofed message", "rejected"),
    # --- https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/552.json
    (
        "gmail",
        552,
        "5.2.2",
        "The email account that you tried to reach is over quota. Please direct the "
        "recipient to https://support.google.com/mail/?p=OverQuotaPerm - gsmtp",
        "mailboxfull",
    ),
    # uncertain: the words name a policy (policyviolation); userunknown by the X.1.1 code, or
    # filtered, arguable
    (
        "zoho",
        552,
        "5.1.1",
        "<kim@example.org> Mailbox delivery failure policy error",
        "policyviolation",
    ),
    # (the manual's placeholder for the virus name kept)
    ("zoho", 552, "5.7.1", "virus [name] detected by Zoho Mail", "virusdetected"),
    # --- https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/554.json
    (
        "yahoo",
        554,
        None,
        "delivery error: dd This user doesn't have a example.org account "
        "(kim@example.org) [-9] - mta.example.org",
        "userunknown",
    ),
    (
        "yahoo",
        554,
        None,
        "delivery error: dd Sorry, your message to kim@example.org cannot be delivered. "
        "This mailbox is disabled (554.30). - mta.example.org",
        "suspend",
    ),
    (
        "yahoo",
        554,
        None,
        "delivery error: dd kim@example.org is no longer valid. [-20] - mta.example.org",
        "userunknown",
    ),
    (
        "yandex",
        554,
        "5.7.1",
        "[1] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc",
        "spamdetected",
    ),
    # --- https://github.com/zone-eu/zone-mta/blob/master/config/bounces.txt (the comment lines
    # quoting the replies each rule was written for, in the file's order; the lines round 4
    # took are left out)
    (
        "spamhaus",
        550,
        None,
        "192.0.2.1 blacklisted see http://www.spamhaus.org/query/bl?ip=192.0.2.1",
        "blocked",
    ),
    ("spamhaus", 550, None, "192.0.2.1 listed at spamhaus, see http://www.spamhaus.org", "blocked"),
    ("spamhaus", 550, "5.7.1", "192.0.2.1 has been blocked by zen.spamhaus.org", "blocked"),
    # greylisting by a DNS list, blocked as round 1 labels greylisting
    (
        "greyrbl",
        421,
        "4.7.1",
        "Service unavailable; Client host [192.0.2.1] blocked using grey.rbl - Rechazo "
        "temporal, intentelo mas tarde por favor...Greylisting in action, please try "
        "again later",
        "blocked",
    ),
    # (the file's line ends in '?ip=$'; the IP filled in)
    (
        "spamhaus",
        550,
        "5.7.1",
        ":127.0.0.4:Client host 192.0.2.1 blocked using 87.blocklist.zap; Mail from IP "
        "banned. To request removal from this list please visit "
        "http://www.spamhaus.org/query/bl?ip=192.0.2.1",
        "blocked",
    ),
    (
        "extra-dns",
        550,
        "5.7.1",
        "Blacklisted by zen.spamhaus.org. To avoid this problem on this particular server "
        "please visit "
        "http://spamfiltered.extra-dns.com/resolve/000-00-00-000-00-00-00-id-00000-00000 "
        "- Bezoek de site om dit probleem te verhelpen",
        "blocked",
    ),
    # (the file quotes it as a reply its rule must not match) uncertain: the recipient's own
    # block list of senders. Label corrected after the first pass (which counted
    # "rejected", citing round 4's Mimecast "manually Blocked Senders", an administrator's
    # policy): the settled convention for a recipient's own block list is "filtered"
    # (test_quoted_texts_2's "Recipient doesn't want your mail", the page saying the
    # recipient put the sender on their block list; words_recipient.FILTERED_SENDER's
    # "blacklisted by (the) recipient"). rejected arguable.
    # Label settled in session 7 (ADR 0017, convention 1: our sender not on a permitted
    # list is rejected; was filtered); the first-pass numbers keep the old label.
    ("unknown", 550, "5.7.1", "Blacklisted by recipient", "rejected"),
    (
        "spamhaus",
        550,
        "5.7.1",
        "Client address [192.0.2.1] blocked. You are in the SPAMMER List - Listed on The "
        "Spamhaus Project. See http://www.spamhaus.org/query/bl?ip=192.0.2.1",
        "blocked",
    ),
    (
        "spamhaus",
        550,
        "5.7.1",
        "Mail from 192.0.2.1 rejected using zen.spamhaus.org. Please see "
        "http://www.spamhaus.org/query/bl?ip=192.0.2.1",
        "blocked",
    ),
    (
        "spamhaus",
        550,
        "5.7.1",
        "Mail from IP 192.0.2.1 was rejected due to listing in Spamhaus XBL. For details "
        "please see http://www.spamhaus.org/query/bl?ip=192.0.2.1",
        "blocked",
    ),
    (
        "spamhaus",
        550,
        "5.7.1",
        "Rejected. Sender 192.0.2.1 found in SPL-XBL listing; see "
        "http://www.spamhaus.org/query/bl?ip=192.0.2.1",
        "blocked",
    ),
    (
        "outlook",
        550,
        "5.7.1",
        "Service unavailable, Client host [192.0.2.1] blocked using Spamhaus. To request "
        "removal from this list see http://www.spamhaus.org/lookup.lasso (AS16012611)",
        "blocked",
    ),
    # the client's host name on a URI list: blocked (the client host)
    (
        "uribl",
        554,
        "5.7.1",
        "Service unavailable; Client host [mail.outreach.example] blocked using multi.uribl.com",
        "blocked",
    ),
    # uncertain: the list refused the receiver's queries, yet the reply blocks the client
    # (blocked); systemerror arguable
    (
        "uribl",
        554,
        "5.7.1",
        "Service unavailable; Client host [mail.outreach.example] blocked using "
        "multi.uribl.com; 127.0.0.1 -> Query Refused. See http://uribl.com/refused.shtml "
        "for more information [Your DNS IP: 192.0.2.2]",
        "blocked",
    ),
    # our envelope sender's domain on a block list. Label corrected after the first pass
    # (which counted "rejected", as round 4's "MailFrom domain is listed"): test_mta_texts
    # labels the same Postfix reject_rhsbl_sender reply, without the link, "blocked" (the
    # collection's 60% near-copy test let this one through). rejected arguable.
    (
        "spamhaus",
        554,
        "5.7.1",
        "Service unavailable; Sender address [sam@outreach.example] blocked using "
        "dbl.spamhaus.org; https://www.spamhaus.org/query/domain/outreach.example",
        "blocked",
    ),
    (
        "postfix",
        550,
        "5.7.1",
        "Service unavailable; client [192.0.2.1] blocked using spamhaus.org",
        "blocked",
    ),
    (
        "scrollout",
        550,
        "5.7.1",
        "Service unavailable; client [192.0.2.1] blocked using zen.spamhaus.org For "
        "assistance, see http://www.scrolloutf1.com or contact your administrator. Please "
        "provide the following information in your problem report: Time: (Nov 02 "
        "11:59:39), Client: (192.0.2.1), Server: (mx.example.org).",
        "blocked",
    ),
    (
        "postfix",
        521,
        "5.7.1",
        "Service unavailable; client [192.0.2.1] blocked using dnsbl.sorbs.net",
        "blocked",
    ),
    (
        "spamhaus",
        550,
        "5.7.1",
        "The IP address was rejected by the Realtime Block List provider zen.spamhaus.org.",
        "blocked",
    ),
    (
        "spamhaus",
        550,
        "5.7.1",
        "The IP address was rejected by the sbl.spamhaus.org RBL.",
        "blocked",
    ),
    (
        "spamhaus",
        550,
        "5.7.1",
        "This system is configured to reject mail from mta.outreach.example. Connecting "
        "host [192.0.2.1] is listed by the lookup site 'zen.spamhaus.org.'.",
        "blocked",
    ),
    (
        "spamhaus",
        550,
        "5.7.1",
        "Your IP address is listed by https://spamhaus.org/zen, correct this",
        "blocked",
    ),
    ("spamhaus", 550, None, "Email blocked by SPAMHAUS", "blocked"),
    (
        "spamhaus",
        550,
        None,
        "Listed in zen.spamhaus.org. https://www.spamhaus.org/query/ip/192.0.2.1",
        "blocked",
    ),
    ("spamhaus", 550, None, "https://www.spamhaus.org/query/ip/192.0.2.1", "blocked"),
    (
        "mfaq",
        550,
        None,
        "IP 192.0.2.1 is blacklisted (xbl.spamhaus.org). Help at/Hilfe unter www.mfaq.info",
        "blocked",
    ),
    (
        "spamhaus",
        550,
        None,
        "Rejected message because 192.0.2.1 is in a black list at sbl-xbl.spamhaus.org",
        "blocked",
    ),
    ("spamhaus", 553, "5.3.0", "192.0.2.1 Rejected - see http://www.spamhaus.org", "blocked"),
    (
        "yahoo",
        553,
        "5.7.1",
        "[BL21] Connections will not be accepted from 192.0.2.1, because the ip is in "
        "Spamhaus's list; see https://help.yahoo.com/kb/postmaster/SLN5070.html",
        "blocked",
    ),
    (
        "yahoo",
        553,
        None,
        "Mail from 192.0.2.1 not allowed - 5.7.1 [BL23] Connections not accepted from IP "
        "addresses on Spamhaus XBL; see http://postmaster.yahoo.com/errors/550-bl23.html "
        "[550]",
        "blocked",
    ),
    (
        "spamhaus",
        554,
        "5.7.1",
        "<kim@example.org>: Recipient address rejected: "
        "https://www.spamhaus.org/query/ip/192.0.2.1",
        "blocked",
    ),
    (
        "spamhaus",
        554,
        "5.7.1",
        "Blocked - see http://www.spamhaus.org/query/bl?ip=192.0.2.1",
        "blocked",
    ),
    # the client IP's listing, not the message (blocked)
    (
        "spamhaus",
        554,
        "5.7.1",
        "You are sending spam (check http://www.spamhaus.org/query/bl?ip=192.0.2.1)",
        "blocked",
    ),
    (
        "spamhaus",
        554,
        "5.7.1",
        "mta.outreach.example[192.0.2.1] blocked using zen.spamhaus.org. Please see "
        "https://www.spamhaus.org/query/ip/192.0.2.1",
        "blocked",
    ),
    (
        "rackspace",
        554,
        "5.7.1",
        "ACL dns_rbl; Client host [192.0.2.1] blocked using "
        "sa-ip4tset.blagr.emailsrvr.com=127.24.0.2 Spamhaus XBL. Please visit "
        "http://www.spamhaus.org/lookup/ for more information on why this message could "
        "not be delivered",
        "blocked",
    ),
    (
        "postfix",
        554,
        "5.7.1",
        "Service unavailable; Client host [192.0.2.1] blocked using sbl-xbl.spamhaus.org",
        "blocked",
    ),
    (
        "spamhaus",
        554,
        None,
        "Denied [SHXBL] - Denied by Spamhaus XBL - See "
        "http://www.spamhaus.org/query/bl?ip=192.0.2.1 (Mode: normal)",
        "blocked",
    ),
    (
        "spamhaus",
        554,
        None,
        "Refused. Your IP address is listed in the RBL at xbl.spamhaus.org",
        "blocked",
    ),
    (
        "postfix",
        554,
        None,
        "Service unavailable; Client host [mta.outreach.example] blocked by "
        "zen.spamhaus.org; 192.0.2.1",
        "blocked",
    ),
    (
        "bizsmtp",
        554,
        None,
        "bosimpinc12 bizsmtp 192.0.2.1 is on the Spamhaus XBL blacklist. Please visit: "
        "http://www.spamhaus.org/query/bl?ip=192.0.2.1",
        "blocked",
    ),
    (
        "bizsmtp",
        554,
        None,
        "mx.example.org bizsmtp IB105. Connection refused. 192.0.2.1 is listed on the "
        "Exploits Block List (XBL) <http://www.spamhaus.org/query/ip/192.0.2.1> Please "
        "visit http://www.spamhaus.org/xbl/ for more information.",
        "blocked",
    ),
    (
        "cmsmtp",
        554,
        None,
        "mx.example.org cmsmtp 1sSZcfhLEUv3Q IP blacklisted by Spamhaus. For remediation "
        "please use https://www.spamhaus.org/lookup/ [103]",
        "blocked",
    ),
    (
        "cmailpro",
        591,
        None,
        "kim@example.org your host [192.0.2.1] is blacklisted by dnsbl.sorbs.net. "
        "Currently Sending Spam See: http://www.sorbs.net/lookup.shtml?192.0.2.1. Send "
        "your questions to blacklist-admin@mx01.example.net",
        "blocked",
    ),
    ("drbl", 550, None, "Rejected: 192.0.2.1 is listed at work.drbl.example.net", "blocked"),
    (
        "cobion",
        550,
        None,
        "Rejected due to DNSBL server response (dnsbl.cobion.com - 192.0.2.1)",
        "blocked",
    ),
    (
        "trendmicro",
        550,
        None,
        "Service unavailable; Client Host [192.0.2.1] blocked using Trend Micro RBL+. "
        "Please see http://www.mail-abuse.com/cgi-bin/lookup?ip_address=192.0.2.1",
        "blocked",
    ),
    (
        "sorbs",
        550,
        "5.7.1",
        "--- SAATKE SEE TEADE OMA IT-MEHELE! --- TEIE server 192.0.2.1 on BLACKLISTIS "
        "dnsbl.sorbs.net, Sorbs blokeeris kirja! YOUR server 192.0.2.1 is in the "
        "blacklist dnsbl.sorbs.net, your message was blocked by Sorbs! Check "
        "http://www.robtex.com/ip/192.0.2.1.html#blacklists",
        "blocked",
    ),
    ("sorbs", 550, None, "Rejected 192.0.2.1 found in dnsbl.sorbs.net", "blocked"),
    (
        "sorbs",
        554,
        "5.7.1",
        "SORBS DNSBL Entry - see <http://www.us.sorbs.net/lookup.shtml?192.0.2.1>",
        "blocked",
    ),
    (
        "sorbs",
        550,
        None,
        "Mail from 192.0.2.1 rejected see: http://www.dnsbl.sorbs.net/",
        "blocked",
    ),
    # the client IP's listing at SORBS (blocked), not the message
    (
        "sorbs",
        451,
        None,
        "Currently Sending Spam See: http://www.sorbs.net/lookup.shtml?192.0.2.1",
        "blocked",
    ),
    # (the file quotes the reply in double quotes, left out) uncertain: an RBL listing
    # (blocked); badreputation arguable (round 4 labels Mimecast's 'Poor Reputation Sender' so)
    (
        "cloudmark",
        550,
        None,
        "JunkMail rejected - [mta.outreach.example] [192.0.2.1]:39153 is in an RBL on "
        "csi.cloudmark.com/reset-request/?ip=192.0.2.1 , see Poor Reputation Sender",
        "blocked",
    ),
    # (the file's '*.terra.com' host anonymised) uncertain: a block list (blocked);
    # badreputation arguable
    (
        "cloudmark",
        554,
        None,
        "mx.example.org cmsmtp 5.7.1 Service unavailable; Client host [192.0.2.1] blocked "
        "using cm-csi-v11; Cloudmark Poor Reputation Sender Blacklist "
        "http://csi.cloudmark.com/reset-request/?ip=192.0.2.1",
        "blocked",
    ),
    # AT&T's own block list
    (
        "att",
        553,
        "5.3.0",
        "flph825 DNSBL:ATTRBL 521< 192.0.2.1 >_is_blocked.For assistance forward this "
        "email to abuse@example.net",
        "blocked",
    ),
    (
        "outlook",
        550,
        "5.7.606",
        "Access denied, banned sending IP [192.0.2.1]. To request removal from this list "
        "please visit https://sender.office.com/ and follow the directions. For more "
        "information please go to http://go.microsoft.com/fwlink/?LinkID=526655 "
        "(AS16012609) [DB5EUR01FT031.eop-EUR01.prod.protection.outlook.com]",
        "blocked",
    ),
    (
        "outlook",
        550,
        "5.7.511",
        "Access denied, banned sender[192.0.2.1]. To request removal from this list "
        "please forward this message to delist@messaging.microsoft.com. For more "
        "information please go to http://go.microsoft.com/fwlink/?LinkId=526653. AS(508) "
        "[AM5EUR02FT019.eop-EUR02.prod.protection.outlook.com]",
        "blocked",
    ),
    # uncertain: the file's rule reads it as a block of our IP (blocked); the words do not say
    # what was blocked (filtered arguable)
    (
        "barracuda",
        550,
        None,
        "permanent failure for one or more recipients (kim@example.org:blocked)",
        "blocked",
    ),
    ("cobion", 550, "5.7.1", "192.0.2.1 listed at dnsbl.cobion.com", "blocked"),
    (
        "comcast",
        554,
        None,
        "resimta-po-11v.sys.comcast.net resimta-po-11v.sys.comcast.net 192.0.2.1 found on "
        "one or more DNSBLs, see "
        "http://postmaster.comcast.net/smtp-error-codes.php#BL000010",
        "blocked",
    ),
    # --- https://github.com/twisted1919/bounce-handler/blob/master/BounceHandler/rules.php
    # (MailWizz's bounce rules; the "Triggered by: Diagnostic-Code: ..." comments of its
    # DIAGNOSTIC_CODE_RULES list quote real bounces; only the remote replies in them are used,
    # not the rules' soft/hard verdicts)
    ("unknown", 552, None, "Requested mailbox exceeds quota.", "mailboxfull"),
    # uncertain: the words name both causes; X.2.2 is a full mailbox (mailboxfull); mesgtoobig
    # arguable
    (
        "exchange",
        552,
        "5.2.2",
        "This message is larger than the current system limit or the recipient's mailbox "
        "is full. Create a shorter message body or remove attachments and try sending it "
        "again.",
        "mailboxfull",
    ),
    ("unknown", 552, None, "recipient storage full, try again later", "mailboxfull"),
    (
        "hermes",
        551,
        None,
        "bounce as<the destination mailbox <kim@example.org> is full> queue as "
        "100.1.ZmxEL.720k.1140313037.kim@example.org",
        "mailboxfull",
    ),
    # Lotus Notes' diagnostic (X-Notes); no reply code quoted, 550 assumed
    (
        "notes",
        550,
        None,
        "User kim (kim@example.org) not listed in public Name & Address Book",
        "userunknown",
    ),
    ("unknown", 450, None, "user path no exist", "userunknown"),
    (
        "sendmail",
        550,
        None,
        "relaying to <kim@example.org> prohibited by administrator",
        "norelaying",
    ),
    ("qq", 554, None, "qq Sorry, no valid recipients (#5.1.3)", "userunknown"),
    # uncertain: the words (userunknown, as round 2's 'Mailbox not available'); X.7.1 by the
    # code
    ("unknown", 550, "5.7.1", "Requested action not taken: mailbox not available", "userunknown"),
    ("qmail", 553, None, "sorry, no mailbox here by that name (#5.7.1)", "userunknown"),
    ("unknown", 452, "4.2.1", "mailbox temporarily disabled: kim@example.org", "suspend"),
    # uncertain: not found (userunknown) or inactivated (suspend)
    ("unknown", 550, None, "Mailbox ( kim@example.org ) not found or inactivated", "userunknown"),
    ("unknown", 551, None, "<kim@example.org> is a deactivated mailbox", "suspend"),
    ("unknown", 550, None, "<kim> is now disabled with MTA service.", "suspend"),
    # (quoted inside '5.1.0 - Unknown address error 540-...')
    ("unknown", 540, None, "Error: Wrong recipients", "userunknown"),
    ("unknown", 550, None, "Command RCPT User <kim@example.org> not OK", "userunknown"),
    # uncertain: an access refusal naming no cause (blocked by X.7.1); filtered arguable
    ("unknown", 550, "5.7.1", "Access-Denied-XM.SSR-001", "blocked"),
    (
        "sendmail",
        550,
        "5.1.1",
        "<kim@example.org>... email address lookup in domain map failed",
        "userunknown",
    ),
    ("unknown", 550, None, "User not a member of domain: <kim@example.org>", "userunknown"),
    # (the source cuts the line)
    (
        "unknown",
        550,
        None,
        "The recipient cannot be verified.  Please check all recipients of this",
        "userunknown",
    ),
    ("qmail", 550, None, "sorry, that recipient doesn't exist (#5.7.1)", "userunknown"),
    # (the source cuts the line)
    (
        "unknown",
        550,
        None,
        "I'm sorry but kim@example.org does not have an account here. I will not",
        "userunknown",
    ),
    # uncertain: the account may not receive mail (suspend); filtered or userunknown arguable
    ("unknown", 550, None, "This account is not allowed...kim@example.org", "suspend"),
    (
        "postfix",
        550,
        None,
        "<kim@example.org>: Recipient address rejected: Account closed due to inactivity. "
        "No forwarding information is available.",
        "suspend",
    ),
    # uncertain: an account not (yet) active (suspend); userunknown arguable
    ("sendmail", 550, None, "<kim@example.org>... User account not activated", "suspend"),
    # an expired account, suspend as round 4 labels 'is expired account'
    ("unknown", 550, None, "account expired", "suspend"),
    (
        "sendmail",
        553,
        "5.3.0",
        "<kim@example.org>... Recipient address no longer exists",
        "userunknown",
    ),
    # uncertain: the account deactivated for abuse (suspend); rejected (a forged sender)
    # arguable
    (
        "yahoo",
        553,
        None,
        "VS10-RT Possible forgery or deactivated due to abuse (#5.1.1) 192.0.2.1",
        "suspend",
    ),
    # uncertain: a mailbox that takes mail only from some senders (filtered); suspend arguable
    ("unknown", 553, None, "mailbox kim@example.org is restricted", "filtered"),
    ("unknown", 550, None, "<kim@example.org>: User status is locked.", "suspend"),
    ("unknown", 553, None, "User refused to receive this mail.", "filtered"),
    # uncertain: our envelope sender refused (rejected); norelaying arguable
    ("unknown", 501, None, "sam@outreach.example Sender email is not in my domain", "rejected"),
    # uncertain: no cause named (undefined); filtered arguable
    ("unknown", 554, None, "Message refused", "undefined"),
    # uncertain: an access rule refuses the recipient (filtered); userunknown arguable
    ("sendmail", 550, "5.0.0", "<kim@example.org>... No permit", "filtered"),
    # uncertain: an authentication failure (securityerror); the words say nothing more
    ("unknown", 553, None, "AUTH FAILED - kim@example.org", "securityerror"),
    ("unknown", 530, "5.7.1", "Relaying not allowed: kim@example.org", "norelaying"),
    ("sendmail", 550, None, "not local host example.org, not a gateway", "norelaying"),
    ("unknown", 500, None, "Unauthorized relay msg rejected", "norelaying"),
    # uncertain: the message data refused (contenterror); notcompliantrfc or syntaxerror
    # arguable
    ("unknown", 554, "5.5.2", "Invalid data in message", "contenterror"),
    # uncertain: only local or authenticated senders may relay (norelaying); rejected arguable
    ("unknown", 550, None, "Local user only or Authentication mechanism", "norelaying"),
    (
        "cpanel",
        550,
        None,
        "ds176.outreach.example [192.0.2.1] is currently not permitted to relay through "
        "this server. Perhaps you have not logged into the pop/imap server in the last 30 "
        "minutes or do not have SMTP Authentication turned on in your email client.",
        "norelaying",
    ),
    # uncertain: a content filter (spamdetected); contenterror arguable
    ("coremail", 550, None, "Content reject. FAAAANsG60M9BmDT.1", "spamdetected"),
    ("messagewall", 552, None, "MessageWall: MIME/REJECT: Invalid structure", "contenterror"),
    # uncertain: broken MIME (contenterror); notcompliantrfc arguable
    (
        "amavis",
        554,
        "5.6.0",
        "Message with invalid header rejected, id=13462-01 - MIME error: error: "
        "UnexpectedBound: part didn't end with expected boundary [in multipart message]; "
        "EOSToken: EOF; EOSType: EOF",
        "contenterror",
    ),
    # uncertain: an anti-spam rule (spamdetected); filtered arguable
    ("unknown", 553, None, "Mail data refused by AISP, rule [169648].", "spamdetected"),
    # uncertain: the recipient domain is not served there (hostunknown, as rcpthosts);
    # norelaying arguable
    ("unknown", 553, None, "Specified domain is not allowed.", "hostunknown"),
    # uncertain: the server is busy (systemerror); toomanyconn arguable
    ("unknown", 451, None, "System(u) busy, try again later.", "systemerror"),
    (
        "coremail",
        554,
        None,
        "sender is rejected: 0,mx20,wKjR5bDrnoM2yNtEZVAkBg==.32467S2",
        "rejected",
    ),
    # uncertain: our sender domain does not match the client IP, an SPF-like check
    # (authfailure); rejected arguable
    (
        "unknown",
        554,
        None,
        "Connection refused(mx). MAIL FROM [sam@outreach.example] mismatches client IP "
        "[192.0.2.1].",
        "authfailure",
    ),
    (
        "unknown",
        554,
        None,
        "Please visit http:// antispam.example.org/denyip.php?IP=192.0.2.1 (#5.7.1)",
        "blocked",
    ),
    (
        "unknown",
        554,
        None,
        "Service unavailable; Client host [192.0.2.1] blocked using "
        "dynablock.example.org; Your message could not be delivered due to complaints we "
        "received regarding the IP address you're using or your ISP. See http:// "
        "blackholes.example.org/ Error: WS-02",
        "blocked",
    ),
    # uncertain: Coremail's content refusal code (spamdetected); undefined arguable
    (
        "coremail",
        550,
        None,
        "Requested action not taken: mail IsCNAPF76kMDARUY.56621S2 is rejected,mx3,BM",
        "spamdetected",
    ),
    # Label corrected after the first pass (which counted "spamdetected", the words): the
    # settled convention (docs/inbound.md, Sisimai's published definition) makes any X.6.*
    # status "contenterror" whatever words come with it, and "(#5.6.0)" is the reply's
    # enhanced status.
    ("unknown", 552, None, "sorry, the spam message is detected (#5.6.0)", "contenterror"),
    (
        "unknown",
        554,
        "5.7.1",
        "Rejected as Spam see: http:// rejected.example.org/help/spam/rejected.html",
        "spamdetected",
    ),
    # uncertain: a spam filter's refusal (spamdetected); filtered arguable
    (
        "unknown",
        553,
        "5.7.1",
        "<kim@example.org>... SpamTrap=reject mode, dsn=5.7.1, Message blocked by BOX "
        "Solutions (www.example.org) SpamTrap Technology, please contact the example.org "
        "site manager for help: (ctlusr8012).",
        "spamdetected",
    ),
    ("coremail", 550, None, "Verify mailfrom failed,blocked", "rejected"),
    # uncertain: envelope and header sender differ (policyviolation); rejected arguable
    (
        "unknown",
        550,
        None,
        "Error: MAIL FROM is mismatched with message header from address!",
        "policyviolation",
    ),
    (
        "unknown",
        554,
        "5.7.1",
        "Message scored too high on spam scale.  For help, please quote incident ID 22492290.",
        "spamdetected",
    ),
    ("unknown", 550, None, "sorry, it seems as a junk mail", "spamdetected"),
    # uncertain: the words point at spam (spamdetected); filtered arguable
    ("unknown", 553, None, "Message filtered. Please see the FAQs section on spam", "spamdetected"),
    (
        "unknown",
        554,
        "5.7.1",
        "The message from (<sam@outreach.example>) with the subject of ( *(ca2639) "
        '7|-{%2E* : {2"(%EJ;y} (SBI$#$@<K*:7s1!=l~) matches a profile the Internet '
        "community may consider spam. Please revise your message before resending.",
        "spamdetected",
    ),
    ("unknown", 553, "5.3.5", "system config error", "systemerror"),
    # (the source's folded 554- reply joined)
    (
        "aol",
        554,
        None,
        "(RTR:BL) http://postmaster.info.aol.com/errors/554rtrbl.html 554  Connecting IP: "
        "192.0.2.1",
        "blocked",
    ),
]

# The first pass (BENCHMARKS.md, "Production reply texts"): every case wrong in some format, kept
# visible until it is fixed or its label is settled.
KNOWN_MISSES: dict[str, str] = {
    "<kim@example.org> Mailbox delivery failure policy error": (
        "first pass (both formats): reason 'userunknown', hard True; labelled policyviolation"
    ),
    "This account is not allowed...kim@example.org": (
        "first pass (both formats): reason 'policyviolation'; labelled suspend"
    ),
    "<kim@example.org>... No permit": (
        "first pass (both formats): reason 'undefined'; labelled filtered"
    ),
    "Invalid data in message": (
        "first pass (both formats): reason 'syntaxerror'; labelled contenterror"
    ),
    "Mail data refused by AISP, rule [169648].": (
        "first pass (both formats): reason 'blocked'; labelled spamdetected"
    ),
    "Specified domain is not allowed.": (
        "first pass (both formats): reason 'policyviolation', hard False; labelled hostunknown"
    ),
    (
        "Connection refused(mx). MAIL FROM [sam@outreach.example] mismatches client IP [192.0.2.1]."
    ): "first pass (both formats): reason 'blocked'; labelled authfailure",
    "Requested action not taken: mail IsCNAPF76kMDARUY.56621S2 is rejected,mx3,BM": (
        "first pass (both formats): reason 'blocked'; labelled spamdetected"
    ),
    "Error: MAIL FROM is mismatched with message header from address!": (
        "first pass (both formats): reason 'rejected'; labelled policyviolation"
    ),
    (
        "<kim@example.org>... SpamTrap=reject mode, dsn=5.7.1, Message blocked by BOX "
        "Solutions (www.example.org) SpamTrap Technology, please contact the example.org "
        "site manager for help: (ctlusr8012)."
    ): (
        "Session 8 (the second opinion's agreement gate, ADR 0018): reason 'blocked' "
        "(dsn) / 'blocked' (plain), session-start code 'blocked' / 'blocked'; labelled "
        "spamdetected"
    ),
}

PARAMS = params(CASES)


@pytest.mark.parametrize(("variant", "case"), PARAMS)
def test_production_text(variant: str, case: Case) -> None:
    check(variant, case, KNOWN_MISSES)


if __name__ == "__main__":  # PYTHONPATH=src:. python -m tests.inbound.test_production_texts [N]
    main(CASES)
