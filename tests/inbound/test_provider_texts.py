"""Large receiving providers' reply texts, each in a minimal bounce, classified by reason.

A from-principles table: the reply wordings the providers publish in their SMTP error
references (or that are widely quoted from them), each labelled with the reason in our
vocabulary (Sisimai's, by its public reason documentation; conventions in
tests/data/inbound/README.md) *before* the classifier was run on them. Self-written:
a check of coverage, not an independent measure. No Sisimai code, sample or test data.

Each case becomes two bounces: a Postfix RFC 3464 report whose Diagnostic-Code carries
the reply, and an Exim-style plain-text notice quoting it.
"""

from __future__ import annotations

import pytest

from .replytable import Case, check, main, params

# (provider family, SMTP reply code, enhanced status code or None, reply text, reason)
CASES: list[Case] = [
    # --- Microsoft Exchange Online / Microsoft 365 -----------------------------------
    (
        "microsoft",
        550,
        "5.1.1",
        "RESOLVER.ADR.RecipNotFound; not found",
        "userunknown",
    ),
    (
        "microsoft",
        550,
        "5.1.1",
        "RESOLVER.ADR.ExRecipNotFound; not found",
        "userunknown",
    ),
    (
        "microsoft",
        550,
        "5.1.10",
        "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
        "userunknown",
    ),
    (
        "microsoft",
        550,
        "5.4.1",
        "Recipient address rejected: Access denied. AS(201806281)",
        "userunknown",
    ),
    (
        "microsoft",
        554,
        "5.2.2",
        "mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException."
        "MapiExceptionShutoffQuotaExceeded",
        "mailboxfull",
    ),
    (
        "microsoft",
        550,
        "5.2.3",
        "RESOLVER.RST.RecipSizeLimit; message too large for this recipient",
        "mesgtoobig",
    ),
    ("microsoft", 552, "5.3.4", "Message size exceeds fixed maximum message size", "mesgtoobig"),
    (
        "microsoft",
        550,
        "5.4.14",
        "Hop count exceeded - possible mail loop ATTR34",
        "networkerror",
    ),
    ("microsoft", 550, "5.4.310", "DNS domain example.org does not exist", "hostunknown"),
    ("microsoft", 550, "5.4.300", "Message expired", "expired"),
    ("microsoft", 451, "4.4.7", "QUEUE.Expired; message expired", "expired"),
    (
        "microsoft",
        550,
        "5.7.1",
        "Service unavailable, Client host [192.0.2.1] blocked using Spamhaus. To request "
        "removal from this list see https://www.spamhaus.org/query/ip/192.0.2.1 (AS16012611)",
        "blocked",
    ),
    (
        "microsoft",
        550,
        "5.7.606",
        "Access denied, banned sending IP [192.0.2.1]. To request removal from this list "
        "please visit https://sender.office.com/ and follow the directions.",
        "blocked",
    ),
    (
        "microsoft",
        550,
        "5.7.708",
        "Service unavailable. Access denied, traffic not accepted from this IP.",
        "blocked",
    ),
    (
        "microsoft",
        550,
        "5.7.23",
        "The message was rejected because of Sender Policy Framework violation",
        "authfailure",
    ),
    (
        "microsoft",
        550,
        "5.7.509",
        "Access denied, sending domain example.com does not pass DMARC verification and "
        "has a DMARC policy of reject.",
        "authfailure",
    ),
    (
        "microsoft",
        550,
        "5.7.520",
        "Access denied, Your organization does not allow external forwarding. "
        "Please contact your administrator for further assistance. AS(7555)",
        "policyviolation",
    ),
    (
        "microsoft",
        550,
        "5.7.54",
        "SMTP; Unable to relay recipient in non-accepted domain",
        "norelaying",
    ),
    # label settled in session 7 (ADR 0017, convention 1); the first-pass numbers
    # keep the old label (filtered)
    (
        "microsoft",
        550,
        "5.7.129",
        "RESOLVER.RST.RestrictedToRecipientsPermission; you are not permitted to send to "
        "this restricted recipient",
        "rejected",
    ),
    # Label settled in session 7 (ADR 0017, convention 1: our sender not on a permitted
    # list is rejected; was filtered); the first-pass numbers keep the old label.
    (
        "microsoft",
        550,
        "5.7.133",
        "RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery "
        "restriction check failed as sender not authenticated for group",
        "rejected",
    ),
    (
        "microsoft",
        530,
        "5.7.57",
        "SMTP; Client was not authenticated to send anonymous mail during MAIL FROM",
        "securityerror",
    ),
    (
        "microsoft",
        451,
        "5.7.3",
        "STARTTLS is required to send mail",
        "securityerror",
    ),
    (
        "microsoft",
        421,
        "4.3.2",
        "The maximum number of concurrent connections has exceeded a limit, closing "
        "transmission channel",
        "toomanyconn",
    ),
    (
        "microsoft",
        451,
        "4.7.650",
        "The mail server [192.0.2.1] has been temporarily rate limited due to IP reputation.",
        "badreputation",
    ),
    ("microsoft", 452, "4.3.1", "Insufficient system resources", "systemfull"),
    (
        "microsoft",
        550,
        "5.7.350",
        "Remote server returned message detected as spam",
        "spamdetected",
    ),
    # Outlook.com / Hotmail consumer codes
    (
        "outlook.com",
        550,
        "5.7.1",
        "Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet "
        "service provider since part of their network is on our block list (S3150). You can "
        "also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
        "blocked",
    ),
    (
        "outlook.com",
        550,
        "5.7.1",
        "Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet "
        "service provider since part of their network is on our block list (S3140).",
        "blocked",
    ),
    (
        "outlook.com",
        550,
        None,
        "SC-002 Mail rejected by Outlook.com for policy reasons. The mail server IP "
        "connecting to Outlook.com has exhibited namespace mining behavior.",
        "blocked",
    ),
    (
        "outlook.com",
        550,
        None,
        "SC-004 Mail rejected by Outlook.com for policy reasons. A block has been placed "
        "against your IP address because we have received complaints concerning mail coming "
        "from that IP address.",
        "blocked",
    ),
    (
        "outlook.com",
        550,
        None,
        "DY-001 (BAY004-MC1F2) Unfortunately, messages from 192.0.2.1 weren't sent. Please "
        "contact your Internet service provider. You can tell them that Hotmail does not "
        "relay dynamically-assigned IP ranges.",
        "blocked",
    ),
    (
        "outlook.com",
        421,
        None,
        "RP-001 (BAY004-MC1F2) Unfortunately, some messages from 192.0.2.1 weren't sent. "
        "Please try again. We have limits for how many messages can be sent per hour and "
        "per day.",
        "ratelimited",
    ),
    (
        "outlook.com",
        550,
        "5.5.0",
        "Requested action not taken: mailbox unavailable (S2017062302). "
        "[BN1NAM02FT001.eop-nam02.prod.protection.outlook.com]",
        "userunknown",
    ),
    (
        "outlook.com",
        550,
        "5.7.1",
        "Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet "
        "service provider. You can tell them that Hotmail does not relay "
        "dynamically-assigned IP ranges. (S3140)",
        "blocked",
    ),
    # --- Google Workspace / Gmail -------------------------------------------------------
    (
        "google",
        550,
        "5.1.1",
        "The email account that you tried to reach does not exist. Please try "
        "double-checking the recipient's email address for typos or unnecessary spaces. "
        "https://support.google.com/mail/?p=NoSuchUser d2si123 - gsmtp",
        "userunknown",
    ),
    (
        "google",
        550,
        "5.2.1",
        "The email account that you tried to reach is disabled. "
        "https://support.google.com/mail/?p=DisabledUser d2si123 - gsmtp",
        "suspend",
    ),
    (
        "google",
        550,
        "5.2.1",
        "The email account that you tried to reach is inactive. d2si123 - gsmtp",
        "suspend",
    ),
    (
        "google",
        450,
        "4.2.1",
        "The user you are trying to contact is receiving mail at a rate that prevents "
        "additional messages from being delivered. Please resend your message at a later "
        "time. https://support.google.com/mail/?p=ReceivingRate d2si123 - gsmtp",
        "ratelimited",
    ),
    (
        "google",
        452,
        "4.2.2",
        "The email account that you tried to reach is over quota. Please direct the "
        "recipient to https://support.google.com/mail/?p=OverQuotaTemp d2si123 - gsmtp",
        "mailboxfull",
    ),
    (
        "google",
        552,
        "5.2.2",
        "The email account that you tried to reach is over quota and inactive. "
        "https://support.google.com/mail/?p=OverQuotaPerm d2si123 - gsmtp",
        "mailboxfull",
    ),
    (
        "google",
        552,
        "5.2.3",
        "Your message exceeded Google's message size limits. Please visit "
        "https://support.google.com/mail/?p=MaxSizeError to view our size guidelines.",
        "mesgtoobig",
    ),
    (
        "google",
        553,
        "5.1.2",
        "We weren't able to find the recipient domain. Please check for any spelling "
        "errors, and make sure you didn't enter any spaces, periods, or other punctuation "
        "after the recipient's email address.",
        "hostunknown",
    ),
    (
        "google",
        550,
        "5.7.1",
        "[192.0.2.1 1] Our system has detected an unusual rate of unsolicited mail "
        "originating from your IP address. To protect our users from spam, mail sent from "
        "your IP address has been blocked. Please visit "
        "https://support.google.com/mail/?p=UnsolicitedIPError to review our Bulk Email "
        "Senders Guidelines.",
        "blocked",
    ),
    (
        "google",
        421,
        "4.7.0",
        "[192.0.2.1 15] Our system has detected an unusual rate of unsolicited mail "
        "originating from your IP address. To protect our users from spam, mail sent from "
        "your IP address has been temporarily rate limited. Please visit "
        "https://support.google.com/mail/?p=UnsolicitedRateLimitError to review our Bulk "
        "Email Senders Guidelines.",
        "ratelimited",
    ),
    (
        "google",
        550,
        "5.7.1",
        "[192.0.2.1 12] Our system has detected that this message is likely unsolicited "
        "mail. To reduce the amount of spam sent to Gmail, this message has been blocked. "
        "Please visit https://support.google.com/mail/?p=UnsolicitedMessageError for more "
        "information.",
        "spamdetected",
    ),
    (
        "google",
        550,
        "5.7.26",
        "Unauthenticated email from example.com is not accepted due to domain's DMARC "
        "policy. Please contact the administrator of example.com domain if this was a "
        "legitimate mail. https://support.google.com/mail/answer/2451690",
        "authfailure",
    ),
    (
        "google",
        550,
        "5.7.26",
        "This mail has been blocked because the sender is unauthenticated. Gmail requires "
        "all senders to authenticate with either SPF or DKIM.",
        "authfailure",
    ),
    (
        "google",
        421,
        "4.7.26",
        "This mail has been rate limited because it is unauthenticated. Gmail requires all "
        "senders to authenticate with either SPF or DKIM.",
        "authfailure",
    ),
    (
        "google",
        550,
        "5.7.25",
        "The IP address sending this message does not have a PTR record setup, or the "
        "corresponding forward DNS entry does not point to the sending IP. As a policy, "
        "Gmail does not accept messages from IPs with missing PTR records.",
        "requireptr",
    ),
    (
        "google",
        421,
        "4.7.0",
        "TLS required for RCPT domain, closing connection.",
        "securityerror",
    ),
    ("google", 530, "5.7.0", "Must issue a STARTTLS command first.", "securityerror"),
    (
        "google",
        421,
        "4.7.0",
        "This message is suspicious due to the very low reputation of the sending IP "
        "address. To protect our users from spam, mail sent from your IP address has been "
        "temporarily rate limited.",
        "badreputation",
    ),
    (
        "google",
        550,
        "5.7.1",
        "Our system has detected that this message is likely suspicious due to the very low "
        "reputation of the sending domain. To best protect our users from spam, the message "
        "has been blocked.",
        "badreputation",
    ),
    (
        "google",
        550,
        "5.7.1",
        "Messages missing a valid Message-ID header are not accepted.",
        "notcompliantrfc",
    ),
    (
        "google",
        550,
        "5.7.1",
        "This message is not RFC 5322 compliant. To reduce the amount of spam sent to Gmail, "
        "this message has been blocked.",
        "notcompliantrfc",
    ),
    ("google", 555, "5.5.2", "Syntax error, cannot decode response.", "syntaxerror"),
    (
        "google",
        550,
        "5.7.1",
        "The user or domain that you are sending to (or from) has a policy that prohibited "
        "the mail that you sent. Please contact your domain administrator for further details.",
        "policyviolation",
    ),
    ("google", 554, "5.6.0", "Mail message is malformed. Not accepted.", "contenterror"),
    ("google", 421, "4.3.0", "Temporary System Problem. Try again later.", "systemerror"),
    # --- Yahoo / AOL / AT&T (Yahoo-hosted) / Verizon -------------------------------------
    (
        "yahoo",
        554,
        None,
        "delivery error: dd This user doesn't have a yahoo.com account",
        "userunknown",
    ),
    (
        "yahoo",
        554,
        None,
        "delivery error: dd Sorry your message to kim@yahoo.com cannot be delivered. This "
        "mailbox is disabled (554.30). - mta1234.mail.bf1.yahoo.com",
        "suspend",
    ),
    ("yahoo", 552, None, "1 Requested mail action aborted, mailbox not found", "userunknown"),
    (
        "yahoo",
        421,
        "4.7.0",
        "[TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or "
        "user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
        "ratelimited",
    ),
    (
        "yahoo",
        421,
        "4.7.1",
        "[TS03] All messages from 192.0.2.1 will be permanently deferred; Retrying will NOT "
        "succeed. See https://postmaster.yahooinc.com/error-codes",
        "blocked",
    ),
    (
        "yahoo",
        553,
        "5.7.1",
        "[BL21] Connections will not be accepted from 192.0.2.1, because the ip is in "
        "Spamhaus's list; see https://postmaster.yahooinc.com/error-codes",
        "blocked",
    ),
    (
        "yahoo",
        553,
        "5.7.1",
        "[BL23] Connections not accepted from IP addresses on Spamhaus XBL; see "
        "https://postmaster.yahooinc.com/error-codes",
        "blocked",
    ),
    (
        "yahoo",
        554,
        "5.7.9",
        "Message not accepted for policy reasons. See https://postmaster.yahooinc.com/error-codes",
        "policyviolation",
    ),
    (
        "yahoo",
        550,
        "5.7.9",
        "This mail has been blocked because the sender is unauthenticated. Yahoo requires "
        "all senders to authenticate with either SPF or DKIM.",
        "authfailure",
    ),
    (
        "yahoo",
        554,
        None,
        "Message not allowed - Headers are not RFC compliant[291]",
        "notcompliantrfc",
    ),
    (
        "yahoo",
        451,
        None,
        "Message temporarily deferred due to unresolvable RFC.5321 from domain; see "
        "https://postmaster.yahooinc.com/error-codes",
        "rejected",
    ),
    (
        "aol",
        421,
        "4.7.1",
        ": (DYN:T1) https://postmaster.aol.com/error-codes#421dynt1",
        "blocked",
    ),
    (
        "aol",
        554,
        None,
        "(RTR:BL) https://postmaster.aol.com/error-codes#554rtrbl",
        "blocked",
    ),
    (
        "att",
        553,
        "5.3.0",
        "alph149 DNSBL:ATTRBL 521_is_blocked.For assistance forward this email to "
        "abuse_rbl@abuse-att.net",
        "blocked",
    ),
    (
        "verizon",
        550,
        "5.1.1",
        "<kim@verizon.net> recipient does not exist here",
        "userunknown",
    ),
    # --- Apple iCloud --------------------------------------------------------------------
    ("icloud", 550, "5.1.1", "<kim@icloud.com>: user does not exist", "userunknown"),
    ("icloud", 552, "5.2.2", "<kim@icloud.com>: user is over quota", "mailboxfull"),
    (
        "icloud",
        550,
        "5.7.0",
        "Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=192.0.2.1",
        "blocked",
    ),
    (
        "icloud",
        421,
        "4.7.1",
        "Messages to kim@icloud.com deferred due to excessive volume. Try again later - "
        "https://support.apple.com/en-us/HT204204",
        "ratelimited",
    ),
    (
        "icloud",
        550,
        "5.7.1",
        "Your message was rejected due to example.com's DMARC policy. See "
        "https://support.apple.com/en-us/HT204137",
        "authfailure",
    ),
    # --- Comcast / Cox -------------------------------------------------------------------
    ("comcast", 550, "5.1.1", "<kim@comcast.net> Not our Customer", "userunknown"),
    (
        "comcast",
        554,
        None,
        "resimta-ch2-01v.sys.comcast.net resimta-ch2-01v.sys.comcast.net 192.0.2.1 found "
        "on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000001",
        "blocked",
    ),
    (
        "comcast",
        554,
        "5.7.1",
        "[SUSPEND] Mailbox currently suspended - Please contact correspondent directly",
        "suspend",
    ),
    (
        "comcast",
        421,
        None,
        "resimta-ch2-01v.sys.comcast.net Too many sessions opened from 192.0.2.1",
        "toomanyconn",
    ),
    ("cox", 550, "5.1.1", "<kim@cox.net> recipient rejected", "userunknown"),
    (
        "cox",
        554,
        None,
        "cxr.mx.a.cox.net cox 192.0.2.1 rejected - see "
        "https://www.cox.com/residential/support/email-error-codes.html IPBL1000",
        "blocked",
    ),
    # --- GMX / web.de / T-Online ---------------------------------------------------------
    (
        "gmx",
        550,
        None,
        "Requested action not taken: mailbox unavailable",
        "userunknown",
    ),
    (
        "gmx",
        554,
        None,
        "gmx.net (mxgmx014) Nemesis ESMTP Service not available No SMTP service IP address "
        "is black listed. For explanation visit "
        "https://postmaster.gmx.net/en/error-messages?ip=192.0.2.1&c=bl",
        "blocked",
    ),
    (
        "web.de",
        554,
        None,
        "web.de (mxweb112) Nemesis ESMTP Service not available No SMTP service invalid DNS "
        "PTR resource record, IP=192.0.2.1",
        "requireptr",
    ),
    (
        "gmx",
        552,
        None,
        "Requested mail action aborted: exceeded storage allocation",
        "mailboxfull",
    ),
    (
        "t-online",
        554,
        None,
        "IP=192.0.2.1 - A problem occurred. (Ask your postmaster for help or to contact "
        "tosa@rx.t-online.de to clarify.) (BL)",
        "blocked",
    ),
    ("t-online", 550, "5.1.1", "<kim@t-online.de> user unknown", "userunknown"),
    # --- Orange / Free -------------------------------------------------------------------
    (
        "orange",
        550,
        "5.1.1",
        "Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]",
        "userunknown",
    ),
    (
        "orange",
        552,
        "5.2.2",
        "Boite du destinataire pleine. Recipient overquota. OFR_417 [417]",
        "mailboxfull",
    ),
    (
        "orange",
        550,
        None,
        "mwinf5c22 ME Adresse IP source bloquee pour incident de spam. Client host blocked "
        "for spamming issues. OUK002 Pour plus d'informations, rendez-vous sur "
        "https://postmaster.orange.fr",
        "blocked",
    ),
    (
        "orange",
        421,
        None,
        "mwinf5c22 ME Trop de connexions, veuillez verifier votre configuration. Too many "
        "connections, slow down. OFR005_102 [102]",
        "toomanyconn",
    ),
    ("free", 552, "5.2.2", "Quota exceeded (mailbox for user is full)", "mailboxfull"),
    (
        "free",
        421,
        "4.7.0",
        "Too many concurrent SMTP connections; please try again later.",
        "toomanyconn",
    ),
    (
        "free",
        450,
        "4.7.1",
        "Client host rejected: cannot find your reverse hostname, [192.0.2.1]",
        "requireptr",
    ),
    # --- mail.ru / Yandex ----------------------------------------------------------------
    (
        "mail.ru",
        550,
        None,
        "Message was not accepted -- invalid mailbox. Local mailbox kim@mail.ru is "
        "unavailable: user not found",
        "userunknown",
    ),
    (
        "mail.ru",
        550,
        None,
        "Message was not accepted -- invalid mailbox. Local mailbox kim@mail.ru is "
        "unavailable: account is disabled",
        "suspend",
    ),
    (
        "mail.ru",
        550,
        None,
        "spam message rejected. Please visit http://help.mail.ru/notspam-support/id?c=abc "
        "or report details to abuse@corp.mail.ru. Error code: ABC123",
        "spamdetected",
    ),
    (
        "mail.ru",
        451,
        None,
        "Ratelimit exceeded for mailbox kim@mail.ru. Try again later.",
        "ratelimited",
    ),
    ("yandex", 550, "5.7.1", "No such user!", "userunknown"),
    ("yandex", 552, "5.2.2", "Mailbox size limit exceeded", "mailboxfull"),
    (
        "yandex",
        554,
        "5.7.1",
        "[2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc 1234567890",
        "spamdetected",
    ),
    ("yandex", 550, "5.7.1", "Email rejected per DMARC policy for example.com", "authfailure"),
    # --- QQ / Tencent Exmail -------------------------------------------------------------
    (
        "qq",
        550,
        None,
        "Mailbox not found. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728",
        "userunknown",
    ),
    (
        "qq",
        550,
        None,
        "Mail content denied. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000726",
        "spamdetected",
    ),
    (
        "qq",
        550,
        None,
        "Ip frequency limited. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000725",
        "ratelimited",
    ),
    (
        "qq",
        550,
        None,
        "Connection frequency limited. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000722",
        "ratelimited",
    ),
    (
        "qq",
        550,
        None,
        "Sender frequency limited. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000723",
        "ratelimited",
    ),
    (
        "qq",
        550,
        None,
        "Domain frequency limited. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000724",
        "ratelimited",
    ),
    (
        "qq",
        550,
        None,
        "Mail is rejected by recipients. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000727",
        "filtered",
    ),
    (
        "qq",
        550,
        None,
        "DMARC check failed. http://service.mail.qq.com/cgi-bin/help?subtype=1&&no=1001508&&id=16",
        "authfailure",
    ),
    # --- NetEase 163 / 126 ---------------------------------------------------------------
    ("netease", 550, None, "User not found: kim@163.com", "userunknown"),
    ("netease", 550, None, "User suspended: kim@126.com", "suspend"),
    (
        "netease",
        552,
        None,
        "Requested mail action aborted: exceeded mailsize limit",
        "mesgtoobig",
    ),
    (
        "netease",
        554,
        None,
        "DT:SPM 163 mx14,QMCowAD7PU8Ab1Nd, please see "
        "http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.1",
        "spamdetected",
    ),
    (
        "netease",
        451,
        None,
        "DT:SPM 126 mx3,QMCowAD7PU8Ab1Nd, please try again",
        "spamdetected",
    ),
    (
        "netease",
        450,
        None,
        "DT:RBL 163 mx14,QMCowAD7PU8Ab1Nd, http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.1",
        "blocked",
    ),
    (
        "netease",
        421,
        None,
        "HL:ICC 163 mx14, http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.1",
        "toomanyconn",
    ),
    (
        "netease",
        421,
        None,
        "HL:IFC 163 mx14, http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.1",
        "ratelimited",
    ),
    (
        "netease",
        421,
        None,
        "HL:REP 163 mx14, http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.1",
        "blocked",
    ),
    (
        "netease",
        451,
        None,
        "MI:SFQ 163 mx14, http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.1",
        "ratelimited",
    ),
    (
        "netease",
        550,
        None,
        "MI:SPF 163 mx14, http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.1",
        "authfailure",
    ),
    (
        "netease",
        550,
        None,
        "MI:IMF 163 mx14, http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.1",
        "rejected",
    ),
    # --- Sina / Coremail-style reply list ------------------------------------------------
    ("sina", 550, None, "user is locked.", "suspend"),
    ("sina", 550, None, "black ip.", "blocked"),
    ("sina", 552, None, "message rejected by anti-spam engine.", "spamdetected"),
    ("sina", 552, None, "message is too long.", "mesgtoobig"),
    ("sina", 553, None, "host denies relay.", "norelaying"),
    ("sina", 554, None, "rbl deny.", "blocked"),
    ("sina", 552, None, "Virus found.", "virusdetected"),
    # --- Alibaba / Aliyun ----------------------------------------------------------------
    ("aliyun", 551, None, "user not exist", "userunknown"),
    ("aliyun", 552, None, "Quota exceeded", "mailboxfull"),
    ("aliyun", 554, None, "Content reject/Spam denied", "spamdetected"),
    ("aliyun", 552, None, "exceeded mailsize limit", "mesgtoobig"),
    # --- Naver / Daum-Kakao / Rediffmail (commonly quoted) -------------------------------
    (
        "naver",
        550,
        "5.1.1",
        "<kim@naver.com>: Recipient address rejected: User unknown",
        "userunknown",
    ),
    ("daum", 552, "5.2.2", "<kim@daum.net>: Mailbox full", "mailboxfull"),
    ("rediffmail", 550, "5.1.1", "<kim@rediffmail.com>: User does not exist", "userunknown"),
    # --- Zoho / Proton / Fastmail --------------------------------------------------------
    ("zoho", 550, "5.1.1", "User does not exist - <kim@zoho.com>", "userunknown"),
    ("zoho", 554, "5.7.1", "<kim@zoho.com>: Relay access denied", "norelaying"),
    (
        "proton",
        550,
        "5.1.1",
        "<kim@proton.me>: Recipient address rejected: Address does not exist",
        "userunknown",
    ),
    ("fastmail", 550, "5.1.1", "<kim@fastmail.com>: Mailbox does not exist", "userunknown"),
    ("fastmail", 452, "4.2.2", "Over quota", "mailboxfull"),
    # --- Mimecast ------------------------------------------------------------------------
    (
        "mimecast",
        550,
        None,
        "Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#550 [AbCdEf.uk123]",
        "userunknown",
    ),
    (
        "mimecast",
        550,
        None,
        "Administrative prohibition - envelope blocked - "
        "https://community.mimecast.com/docs/DOC-1369#550 [AbCdEf.uk123]",
        "rejected",
    ),
    (
        "mimecast",
        421,
        None,
        "Sender address blocked - https://community.mimecast.com/docs/DOC-1369#421",
        "blocked",
    ),
    (
        "mimecast",
        451,
        None,
        "Internal resource temporarily unavailable - "
        "https://community.mimecast.com/docs/DOC-1369#451 [AbCdEf.uk123]",
        "blocked",
    ),
    (
        "mimecast",
        550,
        None,
        "SPF Sender Invalid - envelope rejected - https://community.mimecast.com/docs/DOC-1369#550",
        "authfailure",
    ),
    (
        "mimecast",
        550,
        None,
        "DMARC Sender Invalid - envelope rejected - "
        "https://community.mimecast.com/docs/DOC-1369#550",
        "authfailure",
    ),
    (
        "mimecast",
        554,
        None,
        "Maximum message size exceeded - https://community.mimecast.com/docs/DOC-1369#554",
        "mesgtoobig",
    ),
    # --- Proofpoint / Barracuda / Cisco IronPort -----------------------------------------
    (
        "proofpoint",
        550,
        "5.7.1",
        "Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.1",
        "blocked",
    ),
    (
        "proofpoint",
        550,
        "5.7.1",
        "Message blocked due to spam content in the message.",
        "spamdetected",
    ),
    ("proofpoint", 550, "5.7.0", "Local Policy Violation", "policyviolation"),
    (
        "barracuda",
        554,
        None,
        "Service unavailable; Client host [192.0.2.1] blocked using Barracuda Reputation; "
        "http://www.barracudanetworks.com/reputation/?r=1&ip=192.0.2.1",
        "blocked",
    ),
    ("barracuda", 550, None, "No such domain at this location", "hostunknown"),
    (
        "ironport",
        554,
        None,
        "Your access to this mail system has been rejected due to the sending MTA's poor "
        "reputation. If you believe that this failure is in error, please contact the "
        "intended recipient via alternate means.",
        "badreputation",
    ),
    (
        "ironport",
        421,
        None,
        "Too many concurrent SMTP connections from this IP address; please try again later.",
        "toomanyconn",
    ),
    # --- DNS blocklists (Postfix reject_rbl_client / Exim dnslists) ----------------------
    (
        "rbl",
        554,
        "5.7.1",
        "Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org; "
        "https://www.spamhaus.org/query/ip/192.0.2.1",
        "blocked",
    ),
    (
        "rbl",
        554,
        "5.7.1",
        "Service unavailable; Client host [192.0.2.1] blocked using bl.spamcop.net; "
        "Blocked - see https://www.spamcop.net/bl.shtml?192.0.2.1",
        "blocked",
    ),
    (
        "rbl",
        554,
        "5.7.1",
        "Service unavailable; Client host [192.0.2.1] blocked using dnsbl.sorbs.net; "
        "Currently Sending Spam See: http://www.sorbs.net/lookup.shtml?192.0.2.1",
        "blocked",
    ),
    (
        "rbl",
        554,
        "5.7.1",
        "Service unavailable; Client host [192.0.2.1] blocked using b.barracudacentral.org",
        "blocked",
    ),
    (
        "rbl",
        550,
        None,
        "rejected because 192.0.2.1 is in a black list at zen.spamhaus.org",
        "blocked",
    ),
    (
        "rbl",
        550,
        None,
        "JunkMail rejected - relay.example.com [192.0.2.1]:25 is in an RBL: "
        "https://www.spamhaus.org/query/ip/192.0.2.1",
        "blocked",
    ),
    # --- SPF / DKIM / DMARC --------------------------------------------------------------
    (
        "auth",
        550,
        "5.7.23",
        "<kim@example.org>: Recipient address rejected: Message rejected due to: SPF fail "
        "- not authorized. Please see http://www.openspf.net/Why?s=mfrom;id=sam@outreach.example",
        "authfailure",
    ),
    ("auth", 550, "5.7.20", "No passing DKIM signature found", "authfailure"),
    ("auth", 550, "5.7.24", "SPF validation error", "authfailure"),
    (
        "auth",
        550,
        "5.7.1",
        "Sender Policy Framework (SPF) failure: 192.0.2.1 is not allowed to send mail from "
        "outreach.example",
        "authfailure",
    ),
    # --- reverse DNS / TLS ---------------------------------------------------------------
    (
        "ptr",
        450,
        "4.7.1",
        "Client host rejected: cannot find your hostname, [192.0.2.1]",
        "requireptr",
    ),
    (
        "ptr",
        550,
        "5.7.1",
        "Connection rejected: no reverse DNS (PTR) record for 192.0.2.1",
        "requireptr",
    ),
    ("tls", 530, "5.7.0", "Must issue a STARTTLS command first", "securityerror"),
    # --- sizes, quotas, rates, connections -----------------------------------------------
    ("size", 552, "5.3.4", "Message size exceeds fixed limit", "mesgtoobig"),
    ("size", 552, None, "Message size exceeds maximum permitted", "mesgtoobig"),
    ("quota", 452, "4.2.2", "Mailbox full", "mailboxfull"),
    (
        "quota",
        552,
        "5.2.2",
        "<kim@example.org>: Quota exceeded (mailbox for user is full)",
        "mailboxfull",
    ),
    ("rate", 452, "4.3.2", "Connection rate limit exceeded.", "ratelimited"),
    ("rate", 421, "4.7.0", "Too many connections from your IP, try again later", "toomanyconn"),
    # --- disabled accounts, moved users, null MX -----------------------------------------
    ("suspend", 550, "5.2.1", "Mailbox disabled, not accepting messages", "suspend"),
    ("hasmoved", 551, "5.1.6", "User has moved; please try <kim@new.example>", "hasmoved"),
    ("nullmx", 556, "5.1.10", "Recipient address has null MX", "notaccept"),
    # --- relaying, syntax ----------------------------------------------------------------
    ("relay", 550, "5.7.1", "<kim@example.org>... Relaying denied", "norelaying"),
    ("relay", 550, "5.7.1", "Unable to relay", "norelaying"),
    ("relay", 550, None, "relay not permitted", "norelaying"),
    ("syntax", 500, "5.5.1", "Command unrecognized", "syntaxerror"),
    ("syntax", 501, "5.5.2", "Syntax error in parameters or arguments", "syntaxerror"),
    ("syntax", 503, "5.5.1", "Bad sequence of commands", "syntaxerror"),
    # --- greylisting ---------------------------------------------------------------------
    (
        "greylist",
        450,
        "4.2.0",
        "<kim@example.org>: Recipient address rejected: Greylisted, see "
        "http://postgrey.schweikert.ch/help/example.org.html",
        "blocked",
    ),
    ("greylist", 451, "4.7.1", "Greylisting in action, please come back later", "blocked"),
]

# Added after the first pass, with the rules they check (the NetEase codes of its
# published list that the first table lacked); not part of the first-pass numbers.
CASES += [
    (
        "netease",
        421,
        None,
        "HL:MEP 163 mx14, http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.1",
        "blocked",
    ),
    ("netease", 450, None, "WM:BLI 163 mx14, http://mail.163.com/help/help_spam_16.htm", "blocked"),
    (
        "netease",
        450,
        None,
        "WM:BLU 163 mx14, http://mail.163.com/help/help_spam_16.htm",
        "rejected",
    ),
    (
        "netease",
        450,
        None,
        "MI:DMC 163 mx14, http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.1",
        "ratelimited",
    ),
]

# Round 2, written and committed before the classifier ran on it (second table: MTAs'
# own refusal texts and more provider wordings); first-pass numbers in
# BENCHMARKS.md, "Provider reply texts".
# `python -m tests.inbound.test_provider_texts round2` scores it.
ROUND2: list[Case] = [
    # Label settled in session 7 (ADR 0017, convention 1: our sender not on a permitted
    # list is rejected; was filtered); the first-pass numbers keep the old label.
    ("microsoft", 550, "5.7.1", "RESOLVER.RST.AuthRequired; authentication required", "rejected"),
    # Label settled in session 7 (ADR 0017, convention 1: our sender not on a permitted
    # list is rejected; was filtered); the first-pass numbers keep the old label.
    ("microsoft", 550, "5.7.1", "RESOLVER.RST.NotAuthorized; not authorized", "rejected"),
    ("microsoft", 550, "5.1.0", "Sender denied", "rejected"),
    (
        "microsoft",
        451,
        "4.4.316",
        "Connection refused [Message=Socket error code 10061]",
        "networkerror",
    ),
    (
        "microsoft",
        451,
        "4.7.500",
        "Server busy. Please try again later from [192.0.2.1]. (AS77712344)",
        "ratelimited",
    ),
    (
        "outlook.com",
        550,
        None,
        "OU-001 (SNT004-MC1F43) Unfortunately, messages from 192.0.2.1 weren't sent. Please "
        "contact your Internet service provider.",
        "blocked",
    ),
    (
        "postfix",
        550,
        "5.1.1",
        "<kim@example.org>: Recipient address rejected: User unknown in local recipient table",
        "userunknown",
    ),
    (
        "postfix",
        450,
        "4.1.8",
        "<sam@outreach.example>: Sender address rejected: Domain not found",
        "rejected",
    ),
    (
        "postfix",
        554,
        "5.7.1",
        "<sam@outreach.example>: Sender address rejected: Access denied",
        "rejected",
    ),
    (
        "postfix",
        554,
        "5.7.1",
        "<unknown[192.0.2.1]>: Client host rejected: Access denied",
        "blocked",
    ),
    (
        "postfix",
        504,
        "5.5.2",
        "<relay>: Helo command rejected: need fully-qualified hostname",
        "blocked",
    ),
    (
        "postfix",
        450,
        "4.7.1",
        "<relay.outreach.example>: Helo command rejected: Host not found",
        "blocked",
    ),
    (
        "exim",
        550,
        None,
        "Verification failed for <sam@outreach.example> No Such User Here Sender verify failed",
        "rejected",
    ),
    ("exim", 451, None, "Temporary local problem - please try later", "systemerror"),
    (
        "exim",
        550,
        None,
        "Your message looks like SPAM or has been reported as SPAM",
        "spamdetected",
    ),
    (
        "cpanel",
        550,
        None,
        "Domain outreach.example has exceeded the max emails per hour (150/150 (100%)) "
        "allowed. Message discarded.",
        "ratelimited",
    ),
    (
        "sendmail",
        550,
        "5.7.1",
        "<kim@example.org>... Relaying denied. Proper authentication required.",
        "norelaying",
    ),
    ("sendmail", 550, "5.1.1", "<kim@example.org>... Addressee unknown", "userunknown"),
    ("sendmail", 452, "4.4.5", "Insufficient disk space; try again later", "systemfull"),
    (
        "sendmail",
        451,
        "4.1.8",
        "Domain of sender address sam@outreach.example does not resolve",
        "rejected",
    ),
    (
        "qmail",
        552,
        None,
        "sorry, that message size exceeds my databytes limit (#5.3.4)",
        "mesgtoobig",
    ),
    (
        "dovecot",
        550,
        "5.1.1",
        "<kim@example.org> User doesn't exist: kim@example.org",
        "userunknown",
    ),
    ("courier", 550, None, "User unknown.", "userunknown"),
    (
        "google",
        550,
        "5.7.1",
        "Unauthenticated email is not accepted from this domain.",
        "authfailure",
    ),
    (
        "google",
        550,
        "5.7.0",
        "Mail relay denied [192.0.2.1]. Invalid credentials for relay for one of the domains "
        "in: example.com (as obtained from HELO and MAIL FROM).",
        "norelaying",
    ),
    ("google", 550, "5.4.5", "Daily user sending limit exceeded.", "ratelimited"),
    (
        "google",
        421,
        "4.7.0",
        "[192.0.2.1 15] Our system has detected that this message is suspicious due to the "
        "nature of the content and/or the links within.",
        "spamdetected",
    ),
    ("google", 451, "4.3.0", "Mail server temporarily rejected message.", "systemerror"),
    (
        "google",
        550,
        "5.7.32",
        "Your email has been blocked because the sender is unauthenticated. Gmail requires "
        "all senders to authenticate with either SPF or DKIM. 'From' header isn't aligned "
        "with either the authenticated SPF or DKIM organizational domain.",
        "authfailure",
    ),
    (
        "google",
        550,
        "5.7.1",
        "Messages with multiple addresses in From: header are not accepted.",
        "policyviolation",
    ),
    (
        "google",
        550,
        "5.7.1",
        "This message does not meet IPv6 sending guidelines regarding PTR records and "
        "authentication.",
        "requireptr",
    ),
    (
        "yahoo",
        553,
        "5.7.2",
        "[TSS09] All messages from 192.0.2.1 will be permanently deferred; Retrying will NOT "
        "succeed. See https://postmaster.yahooinc.com/error-codes",
        "blocked",
    ),
    (
        "yahoo",
        554,
        None,
        "delivery error: dd Not a valid recipient - atlas123.free.mail.bf1.yahoo.com",
        "userunknown",
    ),
    (
        "yahoo",
        451,
        None,
        "Resources temporarily unavailable. Please try again later [#4.16.1].",
        "systemerror",
    ),
    # label settled in session 7 (ADR 0017, convention 5); the first-pass numbers
    # keep the old label (toomanyconn)
    (
        "yahoo",
        421,
        None,
        "Max message per connection exceeded, closing transmission channel",
        "ratelimited",
    ),
    ("aol", 550, "5.1.1", "<kim@aol.com>: Recipient address rejected: aol.com", "userunknown"),
    (
        "icloud",
        554,
        "5.7.1",
        "[HM08] Message rejected due to local policy. Please visit "
        "https://support.apple.com/en-us/HT204137",
        "policyviolation",
    ),
    (
        "mimecast",
        550,
        None,
        "Rejected by header based Blocked Senders - Block policy for Header From - "
        "https://community.mimecast.com/docs/DOC-1369#550",
        "rejected",
    ),
    (
        "gmx",
        550,
        None,
        "Requested action not taken: mailbox unavailable invalid DNS MX or A/AAAA resource record",
        "rejected",
    ),
    (
        "yandex",
        451,
        "4.7.1",
        "Sorry, the service is currently unavailable. Please come back later.",
        "systemerror",
    ),
    ("docomo", 550, None, "Unknown user kim@docomo.ne.jp", "userunknown"),
    ("ezweb", 550, None, "<kim@ezweb.ne.jp>: User unknown", "userunknown"),
    ("softbank", 550, None, "Invalid recipient: <kim@softbank.ne.jp>", "userunknown"),
]

# Round 3, written and committed before the classifier ran on it: Cox's and Spectrum's
# documented codes (postmaster.cox.net error codes; Spectrum's AUP codes as its staff
# explain them) and GoDaddy's help-page wordings (no GoDaddy IB codes beyond those).
ROUND3: list[Case] = [
    (
        "cox",
        554,
        None,
        "cxr.mx.a.cox.net cox 192.0.2.1 rejected - see "
        "https://www.cox.com/residential/support/email-error-codes.html CXBL",
        "blocked",
    ),
    (
        "cox",
        421,
        None,
        "cxr.mx.a.cox.net cox 192.0.2.1 temporarily rejected - see "
        "https://www.cox.com/residential/support/email-error-codes.html CDRBL",
        "blocked",
    ),
    (
        "cox",
        550,
        None,
        "<sam@outreach.example> sender rejected. Refer to Error Codes section at "
        "https://www.cox.com/residential/support/email-error-codes.html for more "
        "information. AUP#CXSNDR",
        "rejected",
    ),
    (
        "cox",
        452,
        None,
        "cxr.mx.a.cox.net cox 192.0.2.1 too many messages. Refer to Error Codes section "
        "at https://www.cox.com/residential/support/email-error-codes.html. AUP#CXMXRT",
        "ratelimited",
    ),
    (
        "spectrum",
        421,
        None,
        "impin004.msg.chrl.nc.charter.net cmsmtp 192.0.2.1 blocked. Please see "
        "https://www.spectrum.net/support/internet/understanding-email-error-codes for "
        "more information. AUP#In-1340",
        "toomanyconn",
    ),
    (
        "spectrum",
        421,
        None,
        "impin004.msg.chrl.nc.charter.net cmsmtp 192.0.2.1 blocked. Please see "
        "https://www.spectrum.net/support/internet/understanding-email-error-codes for "
        "more information. AUP#In-1370",
        "blocked",
    ),
    (
        "spectrum",
        550,
        "5.1.0",
        "<sam@outreach.example> sender rejected. Please see "
        "https://www.spectrum.net/support/internet/understanding-email-error-codes for "
        "more information. AUP#In-1310",
        "rejected",
    ),
    ("godaddy", 550, None, "Recipient not found", "userunknown"),
    ("godaddy", 552, None, "Message rejected for spam or virus content", "spamdetected"),
    (
        "godaddy",
        552,
        "5.2.0",
        "This message has been rejected due to content judged to be spam by the internet "
        "community IB212",
        "spamdetected",
    ),
    ("godaddy", 421, None, "Server temporarily unavailable. Try again later. IB101", "systemerror"),
]

# Labels settled in session 7 (ADR 0017) that the classifier does not give yet: reply
# text -> why (a case right in every format fails, so a fix must take it off).
KNOWN_MISSES: dict[str, str] = {
    (
        "impin004.msg.chrl.nc.charter.net cmsmtp 192.0.2.1 blocked. Please see "
        "https://www.spectrum.net/support/internet/understanding-email-error-codes for "
        "more information. AUP#In-1340"
    ): (
        "Session 8 (the model's second opinion, ADR 0018): reason 'blocked' (dsn) / "
        "'toomanyconn' (plain), session-start code 'toomanyconn' / 'toomanyconn'; "
        "labelled toomanyconn"
    ),
}

PARAMS = params(CASES + ROUND2 + ROUND3)


@pytest.mark.parametrize(("variant", "case"), PARAMS)
def test_provider_reply(variant: str, case: Case) -> None:
    check(variant, case, KNOWN_MISSES)


# PYTHONPATH=src:. python -m tests.inbound.test_provider_texts [N|round2|round3]
if __name__ == "__main__":
    main(CASES, {"round2": ROUND2, "round3": ROUND3})
