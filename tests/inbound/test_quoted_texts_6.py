"""Remote servers' reply lines quoted on public pages, sixth round, each in a minimal bounce.

A sixth fresh table of *real* wording, gathered after test_quoted_texts.py and
test_quoted_texts_2.py to _5.py and kept apart from any change to the classifier: it is a
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
    # --- https://github.com/postalserver/postal/issues/546 (a large UK provider's Exim)
    # uncertain: the words say the recipient could not be verified just now and name no
    # cause (undefined; systemerror arguable)
    ("exim", 451, None, "<kim@example.org> unable to verify address", "undefined"),
    # --- https://github.com/forwardemail/forwardemail.net/issues/547 (Forward Email's MX)
    # uncertain: a time-out inside the receiving server (systemerror; networkerror arguable)
    ("forwardemail", 421, None, "Promise timed out after 15000 milliseconds", "systemerror"),
    # uncertain: the words contradict themselves; the server interrupted the delivery
    # (systemerror)
    (
        "forwardemail",
        421,
        None,
        "Message delivered to kim@example.org; Message delivery was temporarily interrupted, "
        "please try again later.",
        "systemerror",
    ),
    # --- https://github.com/forwardemail/forwardemail.net/issues/553 (greylisting, blocked
    # as round 1 labels greylisting)
    (
        "forwardemail",
        450,
        "4.2.1",
        "Message was greylisted, try again in 51 seconds; see "
        "https://forwardemail.net/faq#do-you-have-a-greylist for more information",
        "blocked",
    ),
    # --- https://github.com/baruwaproject/baruwa2/issues/86 (a DMARC report receiver's MX)
    # uncertain: a temporary refusal that names no cause; greylisting presumed (blocked by
    # the greylisting convention; undefined arguable)
    ("measuremail", 451, "4.7.1", "Temporarily rejected. Try again later.", "blocked"),
    # --- https://github.com/mailcow/mailcow/issues/611 (QQ's MX to MAIL FROM)
    ("qq", 501, None, "Syntax: MAIL FROM: <address>", "syntaxerror"),
    # --- https://github.com/muquit/mailsend/issues/52 (an hMailServer)
    ("hmailserver", 554, None, "Rejected - Message containing bare LF's.", "notcompliantrfc"),
    # --- https://github.com/marlam/msmtp/issues/145 (the user's provider)
    # uncertain: the words name a framing fault (notcompliantrfc); the bare X.2.0 code alone
    # would be filtered
    (
        "provider",
        552,
        "5.2.0",
        "Message contains bare CR and is violating 822.bis section 2.3",
        "notcompliantrfc",
    ),
    # --- https://github.com/gen-smtp/gen_smtp/issues/121 (a gen_smtp server)
    ("gen_smtp", 451, None, "Bare newline detected", "notcompliantrfc"),
    # --- https://github.com/bluetiger9/SmtpClient-for-Qt/issues/100 (a qmail-style server,
    # quoted by an ISP's DSN)
    (
        "qmail",
        550,
        None,
        "stray newline detected. see http://cr.yp.to/docs/smtplf.html",
        "notcompliantrfc",
    ),
    # --- https://foxydog.tistory.com/252 (a Korean blog quoting Gmail's refusal)
    # (near the documented "not RFC 5322 compliant" reply of test_provider_texts, but this
    # one names the fault: several Cc headers)
    (
        "gmail",
        550,
        "5.7.1",
        "This message is not RFC 5322 compliant. There are multiple Cc headers. To reduce the "
        "amount of spam sent to Gmail, this message has been blocked. For more information, go "
        "to https://support.google.com/mail/?p=RfcMessageNonCompliant and review RFC 5322 "
        "specifications.",
        "notcompliantrfc",
    ),
    # --- https://community.suitecrm.com/t/suitecrm-bounce-handling-after-campaign-sent/100837
    # (Exchange Online's directory-based refusal, 2026 wording; userunknown as round 5 labels
    # the same refusal)
    (
        "exchangeonline",
        550,
        "5.4.1",
        "Recipient address rejected: Access denied. For more information see "
        "[CY4PEPF0000FCC0.namprd03.prod.outlook.com 2026-02-05T01:57:08.183Z 08DE63A2ECABE068]",
        "userunknown",
    ),
    # --- https://www.mhonarc.org/archive/html/ietf-smtp/2011-09/msg00067.html (a reply to
    # RCPT quoted on the ietf-smtp list; a causeless delay, undefined by the convention)
    ("unknown", 400, None, "defer", "undefined"),
    # --- https://encode.host/knowledgebase/66/ (a host's page on Yahoo/BT deferrals, read
    # through a proxy copy; the page gives no enhanced code)
    # uncertain: the words name no cause (undefined); the page blames Yahoo's volume
    # control (ratelimited arguable)
    ("yahoo", 451, None, "Message temporarily deferred", "undefined"),
    # --- https://github.com/freescout-help-desk/freescout/issues/5542 (Brevo's relay; the
    # issue says Mailgun answers the same)
    # uncertain: the header block is over the relay's size limit (contenterror, as the
    # tables label header refusals; exceedlimit arguable)
    (
        "brevo",
        554,
        "5.0.0",
        "Unexpected long long headers length, got: 4184 want: less than 4096 chars",
        "contenterror",
    ),
    # --- https://github.com/djcb/mu/issues/859 (the user's provider after DATA)
    (
        "provider",
        550,
        None,
        "maximum allowed line length is 998 octets, got 1003",
        "notcompliantrfc",
    ),
    # --- https://github.com/dx-tooling/platform-problem-monitoring-core/pull/1 (an Exim
    # server, quoted in the title)
    # uncertain: a line longer than the server's limit (notcompliantrfc; contenterror
    # arguable)
    (
        "exim",
        550,
        None,
        "Line length in message or single header exceeds 8192",
        "notcompliantrfc",
    ),
    # --- https://github.com/rtyley/submitgit/issues/23 (vger.kernel.org's list server)
    # (8-bit data in a header: contenterror, as Sisimai's published contenterror definition
    # names it)
    (
        "vger",
        550,
        "5.7.1",
        "Content-Policy reject msg: Message headers can not have 8-bit non-ASCII characters in "
        "it; Use MIME encodings if such are needed!  BF:<U 0.5>; S1752497AbbKYQgI",
        "contenterror",
    ),
    # --- https://github.com/knadh/listmonk/issues/2749 (a German provider; no reply code
    # quoted, 450 assumed)
    # uncertain: a causeless temporary refusal (undefined by the convention; greylisting,
    # blocked, arguable)
    (
        "provider",
        450,
        None,
        "<kim@example.org>: Recipient address rejected: Please try again later! / Bitte "
        "versuchen Sie es spaeter erneut!",
        "undefined",
    ),
    # --- https://github.com/docker-mailserver/docker-mailserver/issues/1546 (quoted in the
    # title)
    # uncertain: the words name no cause (undefined)
    ("provider", 550, None, "Action not taken", "undefined"),
    # --- https://github.com/mailcow/mailcow-dockerized/issues/471 (a hosted filter after DATA)
    # uncertain: a header the filter could not parse (contenterror, as the tables label
    # header refusals; notcompliantrfc arguable)
    (
        "rcimx",
        554,
        None,
        "Failed: Malformed MIME field: ARC-Message-Signature: i=1; a=rsa-sha256; "
        "c=relaxed/relaxed [0x0D] ...",
        "contenterror",
    ),
    # --- https://github.com/haraka/Haraka/issues/1150 (a Haraka server, quoted by Gmail's
    # notice; the quoted reply goes on with some thirty more transaction ids, cut here)
    # uncertain: a mail loop (networkerror, as round 1 labels "too many hops");
    # contenterror arguable, as round 1 labels "Too many Received: headers"
    # Label corrected after the first pass (fix6, session 6; the first pass counted
    # "networkerror"): too many Received headers is contenterror by the settled convention
    # (test_mta_texts' Exim 'Too many "Received" headers - suspected mail loop',
    # test_software_texts_2 "Settled at merge", Sisimai's contenterror definition), the
    # loop words beside them included.
    (
        "haraka",
        552,
        None,
        "Too many received headers - possible mail loop (187DB187-812C-4995-BC87-D9657C56AB3A.1)",
        "contenterror",
    ),
    # --- https://github.com/Billionmail/BillionMail/issues/79 (a Postfix server after DATA;
    # a loop, networkerror as round 1's "too many hops")
    ("postfix", 554, "5.4.0", "Error: too many hops", "networkerror"),
    # --- https://github.com/haraka/Haraka/issues/1095 (Gmail after DATA)
    # uncertain: the words say mail loop (networkerror), but the settled convention makes
    # any X.6.x status contenterror
    (
        "gmail",
        554,
        "5.6.0",
        "Message exceeded 50 hops, this may indicate a mail loop. Learn more at "
        "https://support.google.com/mail/answer/6598 u78sm10746758ywu.13 - gsmtp",
        "contenterror",
    ),
    # --- https://github.com/docker-mailserver/docker-mailserver/issues/2403 (Amazon SES's
    # submission relay refusing the null sender of a bounce)
    # uncertain: the envelope sender is refused (rejected); syntaxerror arguable (501)
    ("ses", 501, None, "Invalid MAIL FROM address provided", "rejected"),
    # --- https://github.com/xuxueli/xxl-job/issues/3858 (NetEase 163's submission server:
    # the envelope sender differs from the logged-in user; rejected as round 2 labels
    # Postfix's "not owned by user")
    ("netease", 553, None, "Mail from must equal authorized user", "rejected"),
    # --- https://github.com/gophish/gophish/issues/1627 (QQ Mail's submission server, the
    # same refusal)
    ("qq", 501, None, "mail from address must be same as authorization user", "rejected"),
    # --- https://github.com/MicrosoftDocs/OfficeDocs-Support/issues/1187 (Exchange Online's
    # submission: the From is not the logged-in user's)
    # uncertain: the sender is refused (rejected); the bare 5.2.0 code alone would be
    # filtered
    (
        "exchangeonline",
        554,
        "5.2.0",
        "STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed "
        "to process message due to a permanent exception with message Cannot submit message.",
        "rejected",
    ),
    # --- https://github.com/gophish/gophish/issues/2900 (the same refusal, newer wording;
    # the quoted reply goes on with a long diagnostic dump, cut here)
    (
        "exchangeonline",
        554,
        "5.2.252",
        "SendAsDenied; sam@outlook.com not allowed to send as security@example.org; "
        "STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed "
        "to process message due to a permanent exception with message "
        "[BeginDiagnosticData]Cannot submit message.",
        "rejected",
    ),
    # --- https://github.com/Youans/nodejs-nodemailer-outlook/issues/11 (Outlook.com's
    # submission refusing an unverified account)
    # uncertain: the verdict is a sending quota (ratelimited); spamdetected arguable from
    # "OutboundSpamException"
    (
        "outlook",
        554,
        "5.2.0",
        "STOREDRV.Submission.Exception:OutboundSpamException; Failed to process message due to a "
        "permanent exception with message WASCL UserAction verdict is not None. Actual verdict "
        "is RefuseQuota, ShowTierUpgrade. OutboundSpamException: WASCL UserAction verdict is not "
        "None. Actual verdict is RefuseQuota, ShowTierUpgrade. "
        "[Hostname=VI1PR05MB5405.eurprd05.prod.outlook.com]",
        "ratelimited",
    ),
    # --- https://github.com/chatwoot/chatwoot/issues/2541 (SendGrid's SMTP relay)
    (
        "sendgrid",
        550,
        None,
        "The from address does not match a verified Sender Identity. Mail cannot be sent until "
        "this error is resolved. Visit "
        "https://sendgrid.com/docs/for-developers/sending-email/sender-identity/ to see the "
        "Sender Identity requirements",
        "rejected",
    ),
    # --- https://github.com/useplunk/plunk/issues/164 (Plunk's SMTP relay, to MAIL FROM)
    ("plunk", 550, None, "This domain is not associated with your account", "rejected"),
    # --- https://github.com/PHPMailer/PHPMailer/issues/2683 (SMTP2GO's relay after DATA)
    (
        "smtp2go",
        550,
        None,
        "From header sender domain not verified. On your Settings > Sender Domains page verify "
        "the sender domain to be allowed to send.",
        "rejected",
    ),
    # --- https://github.com/docker-mailserver/docker-mailserver/issues/2257 (a cPanel-style
    # Exim sender callout)
    (
        "exim",
        550,
        None,
        "Verification failed for <sam@outreach.example> The mail server does not recognize "
        "sam@outreach.example as a valid sender. Sender verify failed",
        "rejected",
    ),
    # --- https://github.com/swapmyvote/swapmyvote/issues/182 (Mailgun's SMTP relay after
    # DATA, a sandbox sending domain)
    # uncertain: our sandbox sending domain may only mail authorized recipients (rejected, as
    # round 5 labels the SES sandbox refusal; norelaying arguable)
    (
        "mailgun",
        554,
        None,
        "Sandbox subdomains are for test purposes only. Please add your own domain or add the "
        "address to authorized recipients in Account Settings.",
        "rejected",
    ),
    # --- https://github.com/swapmyvote/swapmyvote/issues/891 (the same refusal, later
    # wording, to DATA)
    # uncertain: as above
    (
        "mailgun",
        421,
        None,
        "Domain app7957d1f9157248c0963145da35aa903b.mailgun.org is not allowed to send: Sandbox "
        "subdomains are for test purposes only. Please add your own domain or add the address "
        "to authorized recipients in Account Settings.",
        "rejected",
    ),
    # --- https://github.com/hackclub/hackathons-backend/issues/543 (Amazon SES's SMTP
    # interface)
    ("ses", 454, None, "Throttling failure: Maximum sending rate exceeded.", "ratelimited"),
    # --- https://github.com/EFForg/action-center-platform/issues/874 (Amazon SES's SMTP
    # interface, the daily quota)
    ("ses", 454, None, "Throttling failure: Daily message quota exceeded.", "ratelimited"),
    # --- https://github.com/timeoff-management/timeoff-management-application/issues/308
    # (Office 365's submission; ratelimited as round 2 labels "recipient thread limit
    # exceeded"; toomanyconn arguable)
    (
        "office365",
        432,
        "4.3.2",
        "STOREDRV.ClientSubmit; sender thread limit exceeded "
        "[Hostname=DM5SPR00MB2471.namprd08.prod.outlook.com]",
        "ratelimited",
    ),
    # --- https://github.com/cachethq/cachet/issues/3052 (Zoho Mail's submission after DATA,
    # the account blocked until unblocked by hand)
    # uncertain: too much sending in a short time (ratelimited); policyviolation arguable
    (
        "zoho",
        550,
        "5.4.6",
        "Unusual sending activity detected. <a "
        "href=https://www.zoho.com/mail/help/usage-policy.html target=_blank>Learn more.</a> To "
        "unblock <a href=https://mail.zoho.com/UnblockMe target=_blank>Click here.</a>",
        "ratelimited",
    ),
    # --- https://github.com/mautic/mautic/issues/8721 (SendGrid's SMTP relay, the plan's
    # credits used up)
    # uncertain: a sending quota of our own account (ratelimited)
    ("sendgrid", 451, None, "Authentication failed: Maximum credits exceeded", "ratelimited"),
    # --- https://github.com/WA-WF-Bot/WA-WF-Bot-Public/issues/282 (SendGrid's SMTP relay)
    ("sendgrid", 451, None, "You've exceeded your messaging limits", "ratelimited"),
    # --- https://github.com/betagouv/conseillers-entreprises/issues/1756 (the service's
    # relay)
    ("relay", 550, "5.7.0", "Requested action not taken: too many emails", "ratelimited"),
    # --- https://github.com/mjl-/mox/issues/352 (MXroute's MX, quoted in mox's notice)
    # uncertain: the client's address range may not send without authenticating (blocked;
    # authfailure arguable)
    ("mxroute", 550, None, "Unauthenticated mail not allowed from this range", "blocked"),
    # --- https://github.com/rspamd/rspamd/issues/3279 (an rspamd milter behind Postfix; the
    # log shows only the milter's text, 554 5.7.1 assumed as Postfix's milter default)
    # uncertain: the page's cause is a virus found by ClamAV whose own reject message was
    # ignored (virusdetected); the words say spam (spamdetected arguable)
    ("rspamd", 554, "5.7.1", "Spam detected. (cwERR503)", "virusdetected"),
    # --- https://github.com/transitland/transitland-datastore/issues/1231 (SparkPost's SMTP
    # relay after DATA; our sending domain not set up there)
    ("sparkpost", 550, "5.7.1", "Unconfigured Sending Domain <outreach.example>", "rejected"),
    # --- https://github.com/forwardemail/free-email-forwarding/issues/37 (Forward Email's MX
    # reporting the next hop it forwards to; quoted by Gmail with nothing after the colon)
    # uncertain: the onward server's greeting failed (networkerror; systemerror arguable)
    ("forwardemail", 550, None, "Invalid greeting from server:", "networkerror"),
    # --- https://github.com/spamgourmet/spamgourmet/issues/62 (spamgourmet's MX during an
    # outage the thread puts down to a bad configuration)
    # uncertain: TLS not offered for now (securityerror, as test_software_texts_2 labels TLS
    # failures); systemerror arguable from the page's cause
    ("spamgourmet", 454, None, "TLS currently unavailable", "securityerror"),
    # --- https://github.com/Mailu/Mailu/issues/1234 (a German provider's MX, quoted by
    # Postfix; SPF-like "not allowed to send mail from": authfailure by the labelling rules)
    (
        "provider",
        550,
        None,
        "192.0.2.1 is not allowed to send mail from outreach.example. Help at/Hilfe unter "
        "www.mfaq.info",
        "authfailure",
    ),
    # --- https://github.com/zone-eu/wildduck/issues/103 (a receiver's Postfix; the address
    # before the colon was lost on the page and is filled with ours)
    (
        "postfix",
        550,
        "5.7.23",
        "<kim@example.org>: Recipient address rejected: Your message was rejected due to SPF "
        "fail - not authorized. Please see http://www.openspf.net/Why",
        "authfailure",
    ),
    # --- https://github.com/forwardemail/free-email-forwarding/issues/120 (Forward Email's
    # MX; the recipient domain's forwarding record, which worked hours later)
    # uncertain: the recipient domain is not set up for forwarding (hostunknown); a DNS
    # delay, systemerror, arguable
    ("forwardemail", 550, None, "Invalid forward-email TXT record", "hostunknown"),
    # --- https://github.com/supabase/agent-skills/issues/133 (Brevo's SMTP relay; the
    # account's transactional sending had not been switched on)
    # uncertain: our sending account is barred by its own relay (rejected, as
    # test_quoted_texts_3's mail.ru line); securityerror arguable
    ("brevo", 502, "5.7.0", "Your SMTP account is not yet activated", "rejected"),
    # --- https://github.com/gophish/gophish/issues/1701 (SMTP2GO's relay refusing a client
    # address not on the account's allowed list)
    # uncertain: the client's address is refused (blocked); norelaying or securityerror
    # arguable
    ("smtp2go", 550, None, "that IP address is not allowed to send", "blocked"),
    # --- https://github.com/pankleks/pm2-health/issues/52 (Office 365's submission server;
    # code not quoted, 554 assumed; the diagnostic data after the bracket not quoted)
    (
        "exchangeonline",
        554,
        None,
        "MapiExceptionMaxSubmissionExceeded; Message size exceeds maximum size limit.; "
        "STOREDRV.Submission.Exception:MessageSubmissionExceededException."
        "MapiExceptionMaxSubmissionExceeded; Failed to process message due to a permanent "
        "exception with message [BeginDiagnosticData]Cannot save changes made to an item to "
        "store.",
        "mesgtoobig",
    ),
    # --- https://github.com/roundcube/roundcubemail/issues/8737 (a cPanel host refusing its
    # own customer's outgoing mail; the domain in the quotes is ours)
    # uncertain: our sending account is barred by its own host (rejected, as above);
    # securityerror or policyviolation arguable
    (
        "cpanel",
        550,
        None,
        'Outgoing mail from "outreach.example" has been suspended.',
        "rejected",
    ),
    # --- https://github.com/openstreetmap/operations/issues/1152 (Gmail for a university's
    # alumni accounts, quoted by mailbox.org's Postfix; the institution's names anonymised)
    # uncertain: the recipient's account no longer takes outside mail (suspend); rejected or
    # policyviolation arguable, and "over limit" may mean the institution's storage
    (
        "gmail",
        550,
        "5.7.1",
        "Alumni email service over limit, email blocked outside example.org. Messages "
        "to/from non-Example accounts will not be sent or received. See "
        "https://alumni.example.org/alumni-email for details. - gcdp",
        "suspend",
    ),
    # --- http://www.howtodo.co.il/?author=2&paged=3 (a FortiGate's antispam engine, as
    # outside senders to the blogger's domain received it)
    (
        "fortigate",
        554,
        "5.7.1",
        "This message has been blocked because ASE reports it as spam.",
        "spamdetected",
    ),
    # --- https://portal.iridis.uk/?action=article&cmd=knowledgebase&id=254 (a UK relay and
    # inbound-filter service's documented replies, sent as "Prefix: response"; the page
    # gives the class only, 4xx or 5xx, so 451 and 550 are assumed; empty brackets on the
    # page filled with our addresses)
    ("iridis", 451, None, "HST-RTE: Hourly send rate exceeded, retry later.", "ratelimited"),
    # uncertain: the page: a high volume of bounces from us, typical of a compromised host;
    # the relay refuses on a rate (ratelimited); policyviolation or rejected arguable
    ("iridis", 550, None, "SND-NUL: High Null sender rate", "ratelimited"),
    ("iridis", 550, None, "SND-VFY: Sender domain does not exist", "rejected"),
    ("iridis", 550, None, "RPT-VFY: Recipient domain does not exist", "hostunknown"),
    ("iridis", 550, None, "RPT-VFY: Recipient does not exist (kim@example.org)", "userunknown"),
    # the page: the From address does not use a domain authorised for relay (our sender
    # refused, rejected as the relay refusals above; norelaying arguable)
    (
        "iridis",
        550,
        None,
        "MSG-DOM: Envelope-From (sam@outreach.example) is not authorised",
        "rejected",
    ),
    (
        "iridis",
        550,
        None,
        "MSG-RFC: Your message does not conform to RFC2822 standard",
        "notcompliantrfc",
    ),
    # the detection name in the brackets is empty on the page and left out
    # uncertain: virus, malware or spam in one reply (virusdetected); spamdetected arguable
    (
        "iridis",
        550,
        None,
        "MSG-VMS: This message contains a virus, malware or spam",
        "virusdetected",
    ),
    # a banned attachment type (contenterror, as test_quoted_texts_4's rspamd line)
    (
        "iridis",
        550,
        None,
        "MSG-EXT: Blacklisted high risk file extension detected",
        "contenterror",
    ),
    ("iridis", 550, None, "Relay Prohibited", "norelaying"),
    # --- https://docs.contactlab.com/docs/development/smartrelay/smartrelay-headers-identifiers-attributes-and-error-codes
    # (Contactlab's SmartRelay, an Italian ESP's relay, its documented replies)
    # uncertain: the relay being reconfigured (systemerror); undefined arguable
    ("contactlab", 421, None, "Reconfiguration in progress", "systemerror"),
    ("contactlab", 421, None, "Service unavailable, concurrency limit reached", "toomanyconn"),
    # uncertain: a per-message recipient cap, ratelimited as test_quoted_texts_3's DirectMail
    # line; toomanyconn arguable
    (
        "contactlab",
        452,
        None,
        "Service unavailable, recipients per message limit reached",
        "ratelimited",
    ),
    # --- https://github.com/stalwartlabs/smtp-server/issues/26 (Exchange Online refusing an
    # oversized Autocrypt header at BDAT; the bracketed host and time stamps after it left
    # out)
    (
        "exchangeonline",
        554,
        "5.6.211",
        "Invalid MIME Content: Single text value size (33061) exceeded allowed maximum (32768) "
        "for the 'Autocrypt' header.",
        "contenterror",
    ),
    # --- https://github.com/zou-yu/worker-mailer/issues/39 (a receiver's Exim after end of
    # data; the library's multipart boundaries were longer than 70 characters)
    # uncertain: a MIME structure against the RFC (notcompliantrfc); contenterror arguable
    ("exim", 550, None, "MIME boundary length exceeded (see RFC 2046).", "notcompliantrfc"),
    # --- https://github.com/nodemailer/nodemailer/issues/1137 (the user's provider's
    # submission server; code not quoted, 550 assumed)
    (
        "provider",
        550,
        None,
        "User sam@outreach.example has exceeded its 24-hour sending limit. Messages to 25 "
        "recipients out of 25",
        "ratelimited",
    ),
    # --- https://github.com/forwardemail/free-email-forwarding/issues/103 (Forward Email's
    # MX checking a Gmail sender's SPF, which it failed on DNS lookup limits)
    # uncertain: an SPF permerror of the sender's domain (authfailure); the thread puts it
    # down to rate-limited DNS lookups on the service's side (networkerror arguable)
    (
        "forwardemail",
        421,
        None,
        'SPF validation failed with result "permerror" and explanation "SPF Permanent '
        'Error: Too many DNS lookups"',
        "authfailure",
    ),
    # --- https://github.com/softwerkskammer/Agora/issues/1420 (a German host's MX for a
    # group address the project had removed; the maintainer: the address no longer exists)
    # uncertain: the words say "not allowed"; the page's cause is a removed address
    # (userunknown); rejected arguable
    ("uberspace", 550, None, "kim@example.org That recipient is not allowed", "userunknown"),
    # --- https://github.com/Xpra-org/xpra/issues/3555 (Gmail to a mailing list's Postfix,
    # which sent without STARTTLS; the wrapped "421-4.7.29" prefixes joined)
    # uncertain: the words say rate limited, the cause and fix is TLS (securityerror, as
    # the earlier tables label TLS requirements); ratelimited arguable
    (
        "gmail",
        421,
        "4.7.29",
        "Your email has been rate limited because this message wasn't sent over a TLS "
        "connection. Gmail requires all bulk email senders to use TLS/SSL for SMTP "
        "connections. To set up TLS for email, visit https://support.google.com/a?p=tls-ssl "
        "To learn more about Gmail requirements for bulk senders, visit "
        "https://support.google.com/a?p=sender-guidelines. "
        "ffacd0b85a97d-390e47aafc6si10583781f8f.246 - gsmtp",
        "securityerror",
    ),
    # --- https://github.com/mailcow/mailcow-dockerized/issues/1497 (a mailcow submission
    # server's rspamd rate limit on a forum's SMTP account)
    ("rspamd", 451, "4.7.1", 'Ratelimit "user" exceeded', "ratelimited"),
    # --- https://github.com/dani-garcia/vaultwarden/issues/3308 (Tencent Exmail's
    # submission server refusing an invitation mail; the missing space is as quoted)
    # uncertain: a content filter (spamdetected, as test_production_texts' Coremail "Content
    # reject"); contenterror arguable
    (
        "exmail.qq",
        550,
        None,
        "Error: content rejected.http://mail.qq.com/zh_CN/help/content/rejectedmail.html",
        "spamdetected",
    ),
]

# The first pass is the lead's; misses are written here after it, kept visible until each
# is fixed or its label is settled.
KNOWN_MISSES: dict[str, str] = {
    "<kim@example.org> unable to verify address": (
        "first pass (both formats): reason 'systemerror'; labelled undefined; After fix6:"
        " miss: the words name no cause; the text model reads a 451 server reply as "
        "systemerror (its guess, not a rule)"
    ),
    "Promise timed out after 15000 milliseconds": (
        "first pass (both formats): reason 'expired'; labelled systemerror; After fix6: "
        "miss: the words say only 'timed out', which the expired words read; nothing says"
        " whose time-out (a program's, from the milliseconds, is the page's reading). "
        "After fix12: reason 'networkerror' (a bare time-out in a reply is the session's; "
        "networkerror is the label's own arguable alternative)"
    ),
    "Message temporarily deferred": (
        "first pass (both formats): reason 'systemerror'; labelled undefined; After fix6:"
        " miss: the words name no cause; the text model reads a 451 server reply as "
        "systemerror (its guess)"
    ),
    (
        "<kim@example.org>: Recipient address rejected: Please try again later! / Bitte"
        " versuchen Sie es spaeter erneut!"
    ): (
        "first pass (both formats): reason 'blocked'; labelled undefined; After fix6: "
        "miss: a causeless temporary refusal; the text model guesses from 'Recipient "
        "address rejected' (blocked in the report, filtered in the notice)"
    ),
    (
        "STOREDRV.Submission.Exception:OutboundSpamException; Failed to process message"
        " due to a permanent exception with message WASCL UserAction verdict is not "
        "None. Actual verdict is RefuseQuota, ShowTierUpgrade. OutboundSpamException: "
        "WASCL UserAction verdict is not None. Actual verdict is RefuseQuota, "
        "ShowTierUpgrade. [Hostname=VI1PR05MB5405.eurprd05.prod.outlook.com]"
    ): (
        "first pass (both formats): reason 'filtered'; labelled ratelimited; After fix6: "
        "miss: the quota is named only by Microsoft's verdict token 'RefuseQuota' beside "
        "'OutboundSpamException'; no rule for one provider's token (and the label is "
        "uncertain: spamdetected arguable)"
    ),
    (
        "Unusual sending activity detected. <a "
        "href=https://www.zoho.com/mail/help/usage-policy.html target=_blank>Learn "
        "more.</a> To unblock <a href=https://mail.zoho.com/UnblockMe "
        "target=_blank>Click here.</a>"
    ): (
        "first pass (both formats): reason 'policyviolation'; labelled ratelimited; After"
        " fix6: label open: 'unusual sending activity' names no rate; the usage-policy "
        "link reads policyviolation, which the label itself calls arguable"
    ),
    "Spam detected. (cwERR503)": (
        "first pass (both formats): reason 'spamdetected'; labelled virusdetected; After "
        "fix6: label open: the words say spam (spamdetected); the virus is only the "
        "page's cause, not in the words"
    ),
    "Invalid forward-email TXT record": (
        "first pass (both formats): reason 'undefined', hard False; labelled hostunknown;"
        " After fix6: miss: one forwarding service's own DNS record; no general rule "
        "reads it as an unknown host"
    ),
    "kim@example.org That recipient is not allowed": (
        "first pass (both formats): reason 'policyviolation', hard False; labelled "
        "userunknown; After fix6: label open: the words say only 'not allowed' (a policy "
        "refusal); the removed address is the page's cause, not in the words"
    ),
}

PARAMS = params(CASES)


@pytest.mark.parametrize(("variant", "case"), PARAMS)
def test_quoted_reply_6(variant: str, case: Case) -> None:
    check(variant, case, KNOWN_MISSES)


if __name__ == "__main__":  # PYTHONPATH=src:. python -m tests.inbound.test_quoted_texts_6 [N]
    main(CASES)
