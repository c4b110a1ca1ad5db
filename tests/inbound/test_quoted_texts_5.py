"""Remote servers' reply lines quoted on public pages, fifth round, each in a minimal bounce.

A fifth fresh table of *real* wording, gathered after test_quoted_texts.py and
test_quoted_texts_2.py to _4.py and kept apart from any change to the classifier: it is a
clean test whose first pass the lead runs on the merged code. Reply lines that occurred in
real bounces and were quoted on public pages: help-desk and knowledge-base pages of hosts
and ISPs in many countries and languages, mailing-list archives, forums and Q&A sites,
GitHub issues where users pasted their bounce, and vendor documentation of gateways and mail
servers. The source is in a comment above each case.

Collection rule, fixed and committed before any candidate page was read:
- only sources not used by any earlier table: no URL (or GitHub issue) that appears in any
  tests/inbound/test_*texts*.py or in tests/data/inbound/README.md;
- wordings already in any text table are left out, by normalised text (lower case, runs of
  other characters than letters and digits as one space): the same text, or a near copy (one
  contains the other and the shorter is at least 60% of the longer's length); the tables
  are also searched for each candidate's distinctive words;
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
    # --- https://github.com/Zimbra/zm-mailbox/pull/1434 (Zimbra LMTP when the domain's
    # aggregate quota was exceeded, before the fix)
    # uncertain: the words name no cause; the page's cause is the domain's storage quota
    # (mailboxfull; systemfull arguable)
    ("zimbra", 554, "5.0.0", "Permanent message delivery failure", "mailboxfull"),
    # --- https://github.com/zulip/zulip/issues/26721 (Exchange Online, quoted by an NDR)
    (
        "exchangeonline",
        550,
        "5.7.520",
        "Message blocked because it contains content identified as spam. AS(4810)",
        "spamdetected",
    ),
    # --- https://github.com/mikechabot/smtp-email-spoofer-py/issues/18
    ("relay", 550, None, "relay access denied - please authenticate", "norelaying"),
    # --- https://github.com/aschroder/Magento-SMTP-Pro-Email-Extension/issues/283 (Gmail)
    (
        "gmail",
        553,
        "5.1.3",
        "The recipient address <kim> is not a valid RFC-5321 address. Learn more at "
        "https://support.google.com/mail/answer/6596 g1sm1186255pfu.73 - gsmtp",
        "userunknown",
    ),
    # --- https://github.com/forwardemail/free-email-forwarding/issues/115
    # uncertain: the #4.4.1 inside says the next hop did not answer (networkerror); the
    # thread never found the cause
    ("forwardemail", 554, "5.4.0", "<ms1.forwardemail.net #4.4.1>", "networkerror"),
    # --- https://support.hoasted.com/article/282-e-mail-fouten-debuggen (cPanel's Exim
    # limit on the sending domain; no reply code quoted, 550 assumed)
    # uncertain: our own server's limit on failures per hour (ratelimited; policyviolation
    # arguable)
    (
        "cpanel",
        550,
        None,
        "Domain example.org has exceeded the max defers and failures per hour (5/5 (100%)) "
        "allowed. Message discarded.",
        "ratelimited",
    ),
    # --- https://github.com/freescout-help-desk/freescout/issues/318 (the sender's provider)
    (
        "smtp-relay",
        554,
        None,
        "Message rejected: Stream is more than 10485760 bytes long.",
        "mesgtoobig",
    ),
    # --- https://github.com/mail-in-a-box/mailinabox/issues/1144 (Postfix's queue reason;
    # no reply code, 451 and 4.4.2 assumed)
    (
        "postfix",
        451,
        "4.4.2",
        "delivery temporarily suspended: lost connection with 192.0.2.1[192.0.2.1] while "
        "sending message body",
        "networkerror",
    ),
    # --- https://support.grhosting.cz/kb/a290/email-se-vratil-odesilateli-jako-nedorucitelny.aspx
    # (a Czech host's inbound refusals)
    ("grhosting", 552, "5.2.0", "0biL1i00V1cmcpM01biL4w spam detected", "spamdetected"),
    # --- https://github.com/ActiveCampaign/smtp-field-manual/issues/11 (unusual replies seen
    # by a sender; codes as quoted)
    (
        "field-manual",
        554,
        "5.7.1",
        "The recipient definitively does not want your mail. It will not be delivered but "
        "analyzed again.  We may feed it to a spam blacklist.",
        "spamdetected",
    ),
    # --- https://github.com/zone-eu/zone-mta/pull/214 (Office 365's directory-based refusal)
    (
        "office365",
        550,
        "5.4.1",
        "Recipient address rejected: Access denied. AS(201806281) "
        "[PR2FRA01FT009.eop-fra01.prod.protection.outlook.com]",
        "userunknown",
    ),
    # --- https://github.com/sameersbn/docker-gitlab/issues/1581 (Tencent's submission server)
    # uncertain: the authenticated client may not use this envelope sender (rejected;
    # securityerror arguable)
    (
        "exmail-qq",
        550,
        "5.7.1",
        "Client does not have permissions to send as this sender",
        "rejected",
    ),
    # --- https://github.com/oneclickorgs/one-click-orgs/issues/150 (Gmail)
    ("gmail", 555, "5.5.2", "Syntax error. nb15sm15097998qcb.26", "syntaxerror"),
    # --- https://github.com/snowfire/Beautymail/issues/91
    ("smtp-relay", 550, None, "Unauthenticated senders not allowed", "securityerror"),
    # --- https://github.com/overtrue/laravel-mail-aliyun/issues/13 (Aliyun's relay)
    ("aliyun", 550, "5.7.1", "Relaying denied", "norelaying"),
    # --- https://github.com/nodemailer/nodemailer/issues/1555 (GMX's submission server
    # during a large send; the maintainer reads a rate limit)
    # uncertain: the words say the mailbox is unavailable; the thread's cause is a sending
    # rate limit (ratelimited)
    (
        "gmx",
        550,
        None,
        "Requested action not taken: mailbox unavailable Failure sending mail. Try again later",
        "ratelimited",
    ),
    # --- https://github.com/nodemailer/nodemailer/issues/1515 (Yahoo's submission server;
    # its "6.6.0" is not a valid enhanced code, so kept in the text)
    # uncertain: the words name no cause (undefined)
    ("yahoo", 554, None, "6.6.0 Error sending message for delivery.", "undefined"),
    # --- https://github.com/mybb/mybb/issues/2578 (the sender's host)
    # uncertain: the envelope sender does not match the authenticated user (rejected)
    (
        "smtp-relay",
        554,
        "5.7.1",
        "<kim@example.org>: Recipient address rejected: Username kim@example.org and sender "
        "doesn't match",
        "rejected",
    ),
    # --- https://github.com/PHPMailer/PHPMailer/issues/1370 (a reply to the end of DATA)
    (
        "smtp-relay",
        550,
        None,
        "This message was classified as SPAM and may not be delivered",
        "spamdetected",
    ),
    # --- https://github.com/samitsolutions/fop/issues/21 (Amazon SES in its sandbox)
    # uncertain: an address not verified with SES (rejected; securityerror arguable)
    ("ses", 554, None, "Message rejected: Email address is not verified", "rejected"),
    # --- https://github.com/swiftmailer/swiftmailer/issues/1181
    ("exchange", 503, "5.5.2", "Need rcpt command [mail.server.com]", "syntaxerror"),
    # --- https://github.com/nextcloud/mail/issues/1473
    ("sendmail", 503, "5.0.0", "Need RCPT (recipient)", "syntaxerror"),
    # --- https://github.com/forwardemail/forwardemail.net/issues/423
    # uncertain: a receiver's filter naming no cause (policyviolation; spamdetected arguable)
    (
        "forwardemail",
        554,
        "5.7.1",
        "This message does not meet our delivery requirements",
        "policyviolation",
    ),
    # --- https://github.com/haraka/Haraka/issues/1852 (Exchange Online after a reset)
    ("exchangeonline", 503, "5.5.2", "Need mail command", "syntaxerror"),
    # --- https://github.com/stalwartlabs/stalwart/issues/777 (Stalwart's own delivery
    # detail)
    # uncertain: a failed DNS lookup of the destination (networkerror; hostunknown arguable)
    ("stalwart", 451, None, "Address lookup failed.", "networkerror"),
    # --- https://github.com/homematic-community/hm_email/issues/13 (IONOS at submission;
    # the fix was a sender name without a non-ASCII letter)
    # uncertain: the page's cause is a malformed header (a non-ASCII display name), so
    # notcompliantrfc; the words name only a policy (policyviolation arguable)
    (
        "ionos",
        554,
        None,
        "Transaction failed Reject due to policy restrictions. For explanation visit "
        "https://www.ionos.com/help/index.php?id=2425&ip=192.0.2.1&c=hd",
        "notcompliantrfc",
    ),
    # --- https://github.com/zabbix-book/zabbix_mail_with_graph/issues/1 (NetEase 163 at
    # submission)
    (
        "163",
        554,
        None,
        "DT:SPM 163 smtp12,EMCowACnzwc_BjhcKMZmAQ--.20404S2 1547175487,please see "
        "http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.1&hostid=smtp12&time=1547175487",
        "spamdetected",
    ),
    # --- https://pastebin.com/aEkGUxq1 (Hotmail, quoted by qmail)
    (
        "hotmail",
        550,
        None,
        "SC-001 (SNT004-MC4F53) Unfortunately, messages from 192.0.2.1 weren't sent. Please "
        "contact your Internet service provider since part of their network is on our block "
        "list. You can also refer your provider to "
        "http://mail.live.com/mail/troubleshooting.aspx#errors.",
        "blocked",
    ),
    # --- https://pastebin.com/V0YmbcGE (a Zimbra host's Postfix)
    (
        "postfix",
        550,
        "5.1.0",
        "<sam@outreach.example>: Sender address rejected: outreach.example",
        "rejected",
    ),
    # --- https://pastebin.com/ZZzdk8Vg (Proofpoint, to MAIL FROM)
    ("proofpoint", 553, "5.1.8", "Domain of sender address does not exist", "rejected"),
    # --- https://pastebin.com/Mssd7NsK (chello.nl)
    # uncertain: an inactive mailbox (suspend); the 5.1.1 reads userunknown
    (
        "chello",
        550,
        "5.1.1",
        "<kim@example.org> inactive recipient rejected",
        "suspend",
    ),
    # --- https://pastebin.com/AAXTRfvC (a refusal at the greeting, quoted by Exim)
    # uncertain: a bare refusal of the connection (blocked by the convention for a greeting
    # refused); the words name only the host
    ("smtp-server", 554, None, "mx01.example.net", "blocked"),
    # --- https://pastebin.com/c2hsSsdk (qmail's local delivery; no reply code, 550
    # assumed)
    ("qmail", 550, None, "user is over quota", "mailboxfull"),
    # --- https://pastebin.com/bN5U408y (Exchange Online; abridged after the first
    # sentence, the diagnostic numbers left out)
    (
        "exchangeonline",
        554,
        "5.2.2",
        "mailbox full STOREDRV.Deliver.Exception:QuotaExceededException."
        "MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent "
        "exception with message Cannot open mailbox /o=microsoft/ou=Exchange Administrative "
        "Group (FYDIBOHF23SPDLT)/cn=Configuration/cn=Servers/cn=TK5EX14MBXC246/cn=Microsoft "
        "System Attendant.",
        "mailboxfull",
    ),
    # --- https://pastebin.com/pAXnF9J6 (Postfix's delay notice; no reply code, 451 assumed
    # with the report's 4.4.1)
    (
        "postfix",
        451,
        "4.4.1",
        "connect to mx.example.org[192.0.2.105]:25: Connection timed out",
        "networkerror",
    ),
    # --- https://pastebin.com/DFtZ8k1w (Postfix's delay notice; 451 assumed, 4.3.0 as
    # reported)
    ("postfix", 451, "4.3.0", "mail transport unavailable", "systemerror"),
    # --- https://pastebin.com/uBgczHGC (a renamed Postfix's delay notice; 451 assumed)
    (
        "postfix",
        451,
        "4.4.1",
        "connect to mx.example.org[192.0.2.91]: No route to host",
        "networkerror",
    ),
    # --- https://gist.github.com/Tjoosten/8efffe638a63b4422a645a96dd9569db (One.com's
    # Halon, a delay)
    ("halon", 400, None, "Read timeout (CMD_DATA_END)", "networkerror"),
    # --- https://pastebin.com/S3dz220t (One.com's Halon, a delay)
    ("halon", 400, None, "Could not connect to [example.org->MX]:25", "networkerror"),
    # --- https://pastebin.com/FFbF5ezY (Gmail's notice; no reply code, 550 assumed)
    ("gmail", 550, None, "DNS Error: DNS server returned answer with no data", "hostunknown"),
    # --- https://pastebin.com/J1zsA4qA (as Gmail quoted it)
    # uncertain: a temporary 4.7.1 naming no cause, the form greylisting policy servers use
    # (blocked, as greylisting in the earlier tables); undefined arguable
    # label settled in session 7 (ADR 0017, convention 6); the first-pass numbers
    # keep the old label (blocked)
    (
        "smtp-server",
        451,
        "4.7.1",
        "Service unavailable - try again later (state 18).",
        "systemerror",
    ),
    # --- https://pastebin.com/EyAnDHCQ (GoDaddy, as Gmail quoted it)
    (
        "godaddy",
        550,
        "5.1.1",
        "<kim@example.org> Recipient not found. <http://x.co/irbounce>",
        "userunknown",
    ),
    # --- https://pastebin.com/WuNRM1VB (as Gmail quoted it)
    (
        "smtp-server",
        550,
        "5.7.1",
        "SPF unauthorized mail is prohibited. (state 18).",
        "authfailure",
    ),
    # --- https://pastebin.com/fpJZapwZ (mail.ru)
    (
        "mailru",
        550,
        "5.7.1",
        "This message was not accepted due to domain (mail.ru) owner DMARC policy (RFC 7489) "
        "https://help.mail.ru/mail-help/postmaster/dmarc",
        "authfailure",
    ),
    (
        "mailru",
        550,
        None,
        "spam message rejected. Please visit http://help.mail.ru/notspam-support/id?c=T0PWj5-wabRbQ",
        "spamdetected",
    ),
    # --- https://pastebin.com/2bSecGd2 (a Brazilian MX)
    (
        "smtp-server",
        550,
        None,
        "SPF: 192.0.2.96 is not allowed to send mail from outreach.example",
        "authfailure",
    ),
    # --- https://pastebin.com/btY0Yp6i (Exchange Online quoting Symantec.cloud)
    (
        "messagelabs",
        550,
        "5.7.23",
        "The message was rejected because of Sender Policy Framework violation -> 553 SPF "
        "(Sender Policy Framework) domain authentication;fail. Refer to the Troubleshooting "
        "page at;http://www.symanteccloud.com/troubleshooting for more;information. (#5.7.1)",
        "authfailure",
    ),
    # --- https://pastebin.com/dW4JrGn7 (Hotmail and Yahoo in one Postfix log)
    (
        "hotmail",
        421,
        None,
        "RP-001 (SNT0-MC2-F19) Unfortunately, some messages from 192.0.2.177 weren't sent. "
        "Please try again. We have limits for how many messages can be sent per hour and per "
        "day. You can also refer to http://mail.live.com/mail/troubleshooting.aspx#errors.",
        "ratelimited",
    ),
    # Label corrected after the first pass (fixq5; the first pass counted "badreputation"):
    # the settled convention reads Yahoo's TS01/TS02 deferrals as ratelimited
    # (words_policy.PROVIDER_RATELIMITED, test_quoted_texts.py) and the corpus labels these
    # very words ratelimited (pasted11/zoho-forum-yahoo-ts02-delay.eml, unseen-11).
    (
        "yahoo",
        421,
        "4.7.0",
        "[TS01] Messages from 192.0.2.177 temporarily deferred due to user complaints - "
        "4.16.55.1; see http://postmaster.yahoo.com/421-ts01.html",
        "ratelimited",
    ),
    # --- https://bitbucket.org/analogic/mailserver/issues/413/550-quota-error-for-disabled-non-existing
    # (a Haraka-based server's reply to disabled or missing mailboxes, reported as a bug)
    # uncertain: the page's cause is a disabled or missing mailbox (userunknown); the words
    # say quota (mailboxfull)
    ("analogic", 550, None, "Quota Error", "userunknown"),
    # --- https://pastebin.com/TVZVzp5w (a Polish host's Postfix log)
    (
        "postfix",
        554,
        "5.7.1",
        "<host-192-0-2-53.example.net>: Helo command rejected: Generic / dynamic helo/ehlo is "
        "not allowed here",
        "blocked",
    ),
    # --- https://pastebin.com/UfXPSPxY (MagicSpam on a Spanish host)
    (
        "magicspam",
        550,
        "5.7.0",
        "HELO argument [localhost.localdomain] is malformed. See "
        "http://spamauditor.org/best-practices/valid-helo-identifier/ for more information. "
        "Protection provided by MagicSpam 2.0.11-1 http://www.magicspam.com",
        "blocked",
    ),
    # --- https://pastebin.com/Y9Cg6b3N (Postfix refusing a sendmail relay's HELO)
    (
        "postfix",
        554,
        "5.7.1",
        "<mx.example.org>: Helo command rejected: Host not found",
        "blocked",
    ),
    # --- https://pastebin.com/q9ynDRAd (Dynu's relay)
    ("dynu", 530, None, "SMTP authentication is required.", "securityerror"),
    # --- https://github.com/mozilla/fx-private-relay/issues/757 (Japanese senders' servers)
    ("smtp-server", 550, "5.7.1", "TLS required by recipient", "securityerror"),
    # --- https://pastebin.com/5Rq8y8Nw (sendmail's own notice)
    (
        "sendmail",
        554,
        "5.4.6",
        "Too many hops 26 (25 max): from <sam@outreach.example> via mx.example.org, to "
        "<kim@example.org>",
        "networkerror",
    ),
    # --- https://pastebin.com/7tt2uwv0 (Plan 9's mail at Bell Labs, quoted by sendmail)
    ("plan9", 550, "5.1.1", "example.org!kim ... user unknown", "userunknown"),
    # --- https://pastebin.com/hLKNgCBD (a parked domain's MX and Bigpond in one report)
    (
        "parked",
        550,
        None,
        "Greetings sam@outreach.example The account you're trying to reach doesn't exist, but "
        "we think you're trying to find resources related to pet insurance. We suggest you "
        "start here: http://premierpetinsurancerelief.com/?gacq=12 Thanks!",
        "userunknown",
    ),
    # --- https://pastebin.com/XXvRVRNy (OVH, quoted by Infomaniak's sendmail; the second
    # line of the transcript)
    # uncertain: Postfix's answer to DATA after every RCPT TO failed; the words point at the
    # recipients (userunknown); 5.5.1 alone reads syntaxerror
    ("sendmail", 554, "5.5.1", "Error: no valid recipients", "userunknown"),
    # --- https://pastebin.com/32NXKByX (Exchange Online for a US government tenant)
    (
        "office365",
        550,
        "5.4.1",
        "[kim@example.org]: Recipient address rejected: Access denied "
        "[CY1GCC01FT007.eop-gcc01.prod.protection.outlook.com]",
        "userunknown",
    ),
    # --- https://pastebin.com/xDUr7BjE (Exchange Online refusing a new tenant's mail)
    # uncertain: the sending account is barred for spam abuse (blocked; spamdetected
    # arguable)
    (
        "office365",
        550,
        "5.7.501",
        "Access denied, spam abuse detected. For more information please go to "
        "http://go.microsoft.com/fwlink/?LinkId=526653",
        "blocked",
    ),
    # --- https://pastebin.com/EH1TUb0X (Exchange Online)
    (
        "office365",
        550,
        "5.7.606",
        "Access denied, banned sending IP [192.0.2.45]. To request removal from this list "
        "please visit https://sender.office.com/ and follow the directions. For more "
        "information please go to http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430)",
        "blocked",
    ),
    # --- https://pastebin.com/VX2bEiCW (Hotmail, to MAIL FROM)
    (
        "hotmail",
        550,
        None,
        "OU-001 (SNT004-MC3F21) Unfortunately, messages from 192.0.2.108 weren't sent. Please "
        "contact your Internet service provider since part of their network is on our block "
        "list. You can also refer your provider to "
        "http://mail.live.com/mail/troubleshooting.aspx#errors.",
        "blocked",
    ),
    # --- https://pastebin.com/a3CnB5k5 (MailEnable's notice on a Plesk host)
    # uncertain: the mail domain's disk quota (mailboxfull, as the Zimbra domain quota
    # above); systemfull arguable
    (
        "mailenable",
        522,
        "5.7.1",
        "MailDomain example.org Disk quota has been exceeded",
        "mailboxfull",
    ),
    # --- https://pastebin.com/Rqpc47fR (IONOS Spain, quoted by IONOS's relay)
    (
        "ionos",
        552,
        None,
        "Requested mail action aborted: exceeded storage allocation Quota exceeded. For "
        "explanation visit http://postmaster.1and1.com/en/error-messages?ip=192.0.2.131&c=quot",
        "mailboxfull",
    ),
    # --- https://pastebin.com/QBqiPrRd (Postfix's own report; no reply code, 550 assumed
    # with the report's 5.1.1)
    ("postfix", 550, "5.1.1", 'delivery via local: unknown user: "kim"', "userunknown"),
    # --- https://pastebin.com/mab2zkNE (a Mexican host's relay, quoted by Exim)
    # uncertain: a recipient-side policy naming no cause (policyviolation; filtered arguable)
    (
        "postfix",
        554,
        "5.7.1",
        "<kim@example.org>: Recipient address rejected: Recipient address rejected for policy "
        "reasons",
        "policyviolation",
    ),
    # --- https://pastebin.com/DYMqRFvT (Proxmox Mail Gateway behind Postfix, end of DATA)
    # uncertain: the gateway's rule names no cause (policyviolation; spamdetected arguable)
    (
        "pmg",
        554,
        "5.7.1",
        "Rejected for policy reasons (4009BC600FD506A44DB)",
        "policyviolation",
    ),
    # --- https://pastebin.com/syADHViD (IONOS Spain, to MAIL FROM)
    # uncertain: IONOS's "poli" case, refused at MAIL FROM before any content (blocked;
    # policyviolation arguable)
    # Label corrected after the first pass (fixq5; the first pass counted "blocked"): the
    # words name the receiver's policy restrictions and neither our IP nor our host name,
    # which is Sisimai's "policyviolation", not "blocked"; the stage (MAIL FROM) is not in
    # the words, and this table labels "Rejected for policy reasons" policyviolation too.
    (
        "ionos",
        550,
        None,
        "Requested action not taken: mailbox unavailable Reject due to policy restrictions. For "
        "explanation visit http://postmaster.1and1.com/en/error-messages?ip=192.0.2.54&c=poli",
        "policyviolation",
    ),
    # --- https://pastebin.com/Cymg8y1u (a bulk sender's deferral log to Gmail; no reply
    # code, 451 assumed)
    ("pmta", 451, None, "Remote side closed connection after DATA", "networkerror"),
    (
        "pmta",
        451,
        None,
        "remote side unexpectedly closed the connection with no status",
        "networkerror",
    ),
    # --- https://pastebin.com/0SG3bRcw (an Exim MX's reject log)
    (
        "exim",
        550,
        None,
        "JunkMail rejected - mx.example.net [192.0.2.27]:43255 is in an RBL, see Spam received "
        "on 2017-11-03 14:15:25. See http://anonmails.de/dnsbl.php?ip=192.0.2.27 Spam hits: 1",
        "blocked",
    ),
    # --- https://pastebin.com/NspYGDaR (Yahoo and AOL in one Postfix log)
    (
        "yahoo",
        421,
        "4.7.1",
        "[TS03] All messages from 192.0.2.110 will be permanently deferred; Retrying will NOT "
        "succeed. See https://help.yahoo.com/kb/postmaster/SLN3436.html",
        "blocked",
    ),
    # uncertain: a refusal at the greeting naming no cause (blocked by the greeting
    # convention; systemerror arguable)
    # label settled in session 7 (ADR 0017, convention 6); the first-pass numbers
    # keep the old label (blocked)
    (
        "aol",
        421,
        None,
        "mtaig-mbe02.mx.aol.com Service unavailable - try again later",
        "systemerror",
    ),
    # --- https://pastebin.com/d5zFErcd (Libero refusing the connection, a Postfix log)
    # uncertain: our IP refused after too many unknown recipients (blocked; badreputation
    # arguable)
    (
        "libero",
        550,
        None,
        "Too many invalid recipients. For further information contact your provider. If you "
        "are the provider, mailto:postmaster@example.org?subject=Code 550",
        "blocked",
    ),
    # --- https://pastebin.com/fwErjHeM (Yahoo in a hosting relay's Postfix log)
    # Label corrected after the first pass (fixq5; the first pass counted "badreputation"):
    # the settled convention reads Yahoo's TS01/TS02 deferrals as ratelimited
    # (words_policy.PROVIDER_RATELIMITED, test_quoted_texts.py) and the corpus labels these
    # very words ratelimited (pasted11/zoho-forum-yahoo-ts02-delay.eml, unseen-11).
    (
        "yahoo",
        421,
        "4.7.0",
        "[TS02] Messages from 192.0.2.4 temporarily deferred due to user complaints - "
        "4.16.56.1; see http://postmaster.yahoo.com/421-ts02.html",
        "ratelimited",
    ),
    # --- https://pastebin.com/vt1ijFP1 (Postfix's own report; no reply code, 550 assumed
    # with the report's 5.4.4)
    (
        "postfix",
        550,
        "5.4.4",
        "Host or domain name not found. Name service error for name=mail type=A: Host not found",
        "hostunknown",
    ),
    # --- https://pastebin.com/5kuuca5J (Postfix's notice; 550 assumed with 5.4.4)
    (
        "postfix",
        550,
        "5.4.4",
        "Host or domain name not found. Name service error for name=example.org type=A: Host "
        "found but no data record of requested type",
        "hostunknown",
    ),
    # --- https://pastebin.com/r35f04G9 (outlook.com for hotmail.fr, a Postfix report)
    (
        "outlook",
        550,
        "5.5.0",
        "Requested action not taken: mailbox unavailable. "
        "[DB5EUR01FT039.eop-EUR01.prod.protection.outlook.com]",
        "userunknown",
    ),
]

# The first pass (session 5, BENCHMARKS.md): every miss, kept visible until it is fixed
# or its label is settled.
KNOWN_MISSES: dict[str, str] = {
    "Permanent message delivery failure": (
        "first pass (both formats): reason 'systemerror'; labelled mailboxfull; After "
        "fixq5: label open: the words name no cause (Zimbra's generic LMTP failure); only "
        "the page says the domain quota; no rule can read it from these words"
    ),
    (
        "The recipient definitively does not want your mail. It will not be deliv"
        "ered but analyzed again.  We may feed it to a spam blacklist."
    ): (
        "first pass (both formats): reason 'blocked'; labelled spamdetected; After fixq5: "
        "label open: the words say the recipient's side refuses our mail and 'may feed it "
        "to a spam blacklist' (read blocked by the blocklist word); spamdetected needs a "
        "judgment on the content the words do not make; filtered arguable"
    ),
    "Requested action not taken: mailbox unavailable Failure sending mail. Try again later": (
        "first pass (both formats): reason 'userunknown', hard True; labelled "
        "ratelimited; After fixq5: label open: the words are RFC 5321's stock 550 text "
        "and 'Failure sending mail. Try again later'; nothing names a rate; only the "
        "thread says ratelimited"
    ),
    (
        "Transaction failed Reject due to policy restrictions. For explanation vi"
        "sit https://www.ionos.com/help/index.php?id=2425&ip=192.0.2.1&c=hd"
    ): (
        "first pass (both formats): reason 'policyviolation'; labelled notcompliantrfc; "
        "After fixq5: label open: the words name a policy (policyviolation); the page's "
        "cause (a malformed header, notcompliantrfc) is not in the words, and the same "
        "words in the 550 IONOS case are labelled policyviolation"
    ),
    "mx01.example.net": (
        "first pass (both formats): reason 'networkerror'; labelled blocked; After fixq5: "
        "label open: the words are only a host name; the greeting stage that the blocked "
        "convention needs is not in the minimal bounce"
    ),
    "Quota Error": (
        "first pass (both formats): reason 'mailboxfull', hard False; labelled "
        "userunknown; After fixq5: label open: the words say quota (mailboxfull); the "
        "page's cause, a disabled or missing mailbox, is a server bug the words cannot "
        "show"
    ),
}

PARAMS = params(CASES)


@pytest.mark.parametrize(("variant", "case"), PARAMS)
def test_quoted_reply_5(variant: str, case: Case) -> None:
    check(variant, case, KNOWN_MISSES)


if __name__ == "__main__":  # PYTHONPATH=src:. python -m tests.inbound.test_quoted_texts_5 [N]
    main(CASES)
