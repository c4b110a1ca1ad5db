"""Remote servers' reply lines quoted on public pages, third round, each in a minimal bounce.

A third fresh table of *real* wording, gathered after test_quoted_texts.py and
test_quoted_texts_2.py and kept apart from any change to the classifier: it is the clean test
for a change being built elsewhere. Reply lines that occurred in real bounces and were quoted
on help-desk and hosting knowledge-base pages (German, Swiss, Dutch, Belgian, Polish, Czech,
Italian, Spanish, French, Korean, Japanese, Chinese, Indian, Australian, US and other hosts,
ISPs, gateways and ESPs), vendor documentation of gateways and mail servers (Hornetsecurity,
Baruwa, IceWarp, smtpf, hMailServer, Titan, ZeptoMail, Alibaba Mail and DirectMail,
Mimecast, Trend Micro), blog posts and GitHub issues where users pasted their bounce. The
source is in a comment above each case. No page or issue cited by test_quoted_texts.py or
test_quoted_texts_2.py was used (one other article of support.konto.pl, a host round 2
quoted, was), and wordings already in any text table (by normalised text, and the near
copies a similarity check found) were left out. Only the server's reply is taken; addresses
are anonymised to example.org / outreach.example and IPs to 192.0.2.x. Where a page quotes
the words without the reply code, the code used is said to be assumed. Nothing here comes
from Sisimai's repositories or set-of-emails.

Each case is labelled with the reason in our vocabulary (Sisimai's, by its public reason
documentation; conventions in tests/data/inbound/README.md and the decisions of the earlier
text tables) *before* the classifier was run on any of them; where the page says what the
real cause was, that is the label. Uncertain labels say so in a comment. Each case becomes
the two bounces of replytable.py: a Postfix RFC 3464 report and an
Exim-style plain-text notice.
"""

from __future__ import annotations

import pytest

from .replytable import Case, check, main, params

# (source family, SMTP reply code, enhanced status code or None, reply text, reason)
CASES: list[Case] = [
    # --- http://www.themssforum.com/smallbiz/Email-blocked/ (code not quoted, 553 assumed)
    ("bigpond", 553, None, "192.0.2.1 Defined SPAM source: bl.spamcop.net", "blocked"),
    # --- https://www.bytecamp.net/de/faq/email/zustellen.html
    (
        "bytecamp",
        422,
        "4.2.2",
        "Quota limit exceeded (Speicherplatz des Kontos ueberschritten)",
        "mailboxfull",
    ),
    (
        "bytecamp",
        571,
        "5.7.1",
        "message classified as spam (Nachricht als Spam eingestuft)",
        "spamdetected",
    ),
    # --- http://security.comcast.net/get-help/Mail-Delivery-Error-Messages.aspx
    ("comcast", 421, None, "[Reverse DNS failure : Try again later]", "requireptr"),
    # --- https://www.antionline.com/showthread.php?mode=threaded&p=692064
    (
        "postfix",
        554,
        None,
        "<kim@example.org>: Recipient address rejected: Relay access denied",
        "norelaying",
    ),
    # --- https://www.uniroma3.it/servizi/servizi-al-personale/servizi-informatici-e-telematici/posta-elettronica-di-ateneo/guida-ai-messaggi-di-errore/
    # (code not quoted, 554 assumed)
    ("uniroma3", 554, None, "Disallowed Attach Type", "contenterror"),
    # --- substack/node-smtp-protocol issue #50
    # uncertain: the words name no cause; the reporter found his reverse DNS at fault
    ("unknown", 550, None, "Command Rejected", "requireptr"),
    # --- https://wiki.pscs.co.uk/_export/raw/how_to:550_5.7.1_recipient_prohibited_x
    # uncertain: an administrator's SMTP rule refusing the recipient (filtered arguable)
    ("vpop3", 550, "5.7.1", "Recipient Prohibited (3)", "policyviolation"),
    # --- openstreetmap/operations issue #674
    # uncertain: the receiver's DNSBL query failed (its own fault), but it refused us as listed
    (
        "unknown",
        550,
        None,
        "Error: open resolver; https://www.spamhaus.org/returnc/pub/2001:db8::1",
        "blocked",
    ),
    # --- hardware/mailserver issue #202
    # the thread: Yahoo blacklisted the server
    (
        "yahoo",
        553,
        "5.7.2",
        "[TSS06] All messages from 192.0.2.1 will be permanently deferred; Retrying will "
        "NOT succeed. See https://help.yahoo.com/kb/postmaster/SLN3436.html",
        "blocked",
    ),
    # --- dart-mailer/mailer issue #235
    # uncertain: Yahoo's content refusal names no cause (policyviolation arguable)
    ("yahoo", 554, None, "Message not allowed - [299]", "spamdetected"),
    # --- pinax/django-mailer issue #161
    # an ESP suppression list: userunknown as the corpus labels the SES suppression
    # (nodemailer/delivery-status.eml)
    ("esp", 451, None, "Recipient on suppression list", "userunknown"),
    # --- https://support.everycloud.com/support/solutions/articles/4000007755-workspace-classification-codes
    # (Hornetsecurity / antispameurope reply texts)
    ("hornetsecurity", 552, "5.5.2", "Message size (content filter)", "mesgtoobig"),
    ("hornetsecurity", 554, "5.5.3", "e-mail Rejected Content Filter Size", "mesgtoobig"),
    ("hornetsecurity", 554, "5.5.4", "Spam IP rejected", "blocked"),
    ("hornetsecurity", 554, "5.5.5", "e-mail Rejected Spam", "spamdetected"),
    # a mail loop: networkerror as round 1's 'too many hops'
    (
        "hornetsecurity",
        554,
        "5.5.6",
        "Loop detection > 10 mal X-antispameurope-disclaimer",
        "networkerror",
    ),
    ("hornetsecurity", 554, "5.5.7", "e-mail Rejected Content Attachment", "contenterror"),
    # Labels corrected after the first pass (which counted spamdetected, spamdetected,
    # virusdetected): Sisimai's published contenterror definition sets contenterror for any
    # X.6.* status, and the project follows it whatever the words (docs/inbound.md, "Reasons
    # and Sisimai's published definitions"; test_reasons.py).
    ("hornetsecurity", 554, "5.6.1", "Spam Header rejected", "contenterror"),
    ("hornetsecurity", 554, "5.6.3", "Spam Body rejected", "contenterror"),
    ("hornetsecurity", 554, "5.6.4", "Virus E-Mail Blocked", "contenterror"),
    (
        "hornetsecurity",
        554,
        "5.7.1",
        "unknown domain or unknown recipient (LDAP check)",
        "userunknown",
    ),
    # --- https://bastion.umanix.net/info (Baruwa gateway; codes not quoted, 550 assumed)
    ("baruwa", 550, None, "The sender 192.0.2.1 is banned", "blocked"),
    # our sender domain on the banned list
    ("baruwa", 550, None, "The domain outreach.example is banned", "rejected"),
    # uncertain: the sending host refused for probing addresses (policyviolation arguable)
    ("baruwa", 550, None, "Dictionary attack detected", "blocked"),
    ("baruwa", 550, None, "Sender verification failed", "rejected"),
    ("baruwa", 550, None, "Recipient verification failed", "userunknown"),
    ("baruwa", 550, None, "The email address does not exist", "userunknown"),
    ("baruwa", 550, None, "The sender is in a black list hostkarma.junkemailfilter.com", "blocked"),
    # --- https://support.titan.email/hc/en-us/articles/35175377981977-Understanding-Incoming-Email-Reject-Codes
    # uncertain: the page: commands sent in a wrong way or order
    ("titan", 550, "5.5.1", "Protocol error", "syntaxerror"),
    (
        "titan",
        550,
        "5.7.27",
        "<sam@outreach.example>: Sender address rejected: Domain outreach.example does "
        "not accept mail (nullMX)",
        "rejected",
    ),
    # --- https://docs.icewarp.com/Content/IceWarp-Server/Administration-Nodes/Status/Logs/Interpretation%20of%205xx%20Errors%20in%20Icewarp%20SMTP.htm
    ("icewarp", 501, "5.5.4", "Syntax error in parameters scanning", "syntaxerror"),
    ("icewarp", 501, "5.5.1", "HELO/EHLO requires domain address", "syntaxerror"),
    # --- http://support.kagoya.jp/kir/faq/index.php?action=artikel&cat=5&id=328&artlang=ja (a local
    # delivery agent's words, no reply code; 552 assumed)
    (
        "kagoya",
        552,
        None,
        "maildir delivery failed: Sorry, the user's maildir has overdrawn his diskspace "
        "quota, please try again later.",
        "mailboxfull",
    ),
    # --- https://www.emailacademy.fr/pt2/Blog/Les-erreurs-de-non-remise-des-emails-et-leurs-significations
    # uncertain: the page lists spam filtering, SPF/DKIM/DMARC and block lists as causes
    (
        "emailacademy",
        554,
        "5.7.1",
        "Message rejected due to policy restrictions",
        "policyviolation",
    ),
    # --- https://docs.rackspace.com/docs/common-email-bounces
    # uncertain: a host throttled for its spam (ratelimited or badreputation arguable)
    (
        "rackspace",
        451,
        "4.3.0",
        "<mx.outreach.example[192.0.2.1]>: Client host rejected: Throttled - Too much "
        "spam from your mail server. Try again later.",
        "blocked",
    ),
    # --- https://www.zoho.com/zeptomail/help/api/smtp-error-codes.html
    (
        "zeptomail",
        552,
        "5.7.1",
        "virus Win.Test.EICAR_HDB-1 detected by Zoho Mail",
        "virusdetected",
    ),
    # --- https://www.zoho.com/zeptomail/help/api/smtp-error-codes.html (no reply code quoted, 552
    # assumed)
    ("zeptomail", 552, "5.2.0", "Email size exceeded the policy.", "mesgtoobig"),
    # --- https://www.zoho.com/zeptomail/help/api/smtp-error-codes.html
    # uncertain: the page: a From address whose domain the account may not use (norelaying by the
    # words)
    ("zeptomail", 553, None, "Relaying disallowed as <sam@outreach.example>.", "rejected"),
    # --- https://intohost.in/kb/common-email-bounce-back-errors
    (
        "intohost",
        550,
        "5.7.1",
        "This message has been blocked because the sender's IP address is blacklisted",
        "blocked",
    ),
    ("intohost", 550, "5.1.10", "Recipient domain not found", "hostunknown"),
    # --- https://fastmail.help/hc/en-us/articles/7010500320655-Why-messages-bounce-back
    # uncertain: our From header refused (securityerror arguable)
    ("fastmail", 551, "5.7.1", "Not authorised to send from this header address", "rejected"),
    ("fastmail", 550, "5.1.1", "Sorry, user address unknown", "userunknown"),
    # --- http://www.milter.info/smtp/smtpf/reply.html (smtpf's reply list; the page's %s filled in)
    ("smtpf", 550, "5.7.1", "host mx.outreach.example [192.0.2.1] black listed #120", "blocked"),
    ("smtpf", 550, "5.7.1", "sender <sam@outreach.example> black listed #127", "rejected"),
    ("smtpf", 550, "5.7.1", "routed address relaying denied #131", "norelaying"),
    # --- https://www.weboke.nl/knowledgebase/6/Email-foutmeldingen-Mail-delivery-failed-returning-message-to-sender.html
    ("postini", 554, None, "No relaying allowed - psmtp", "norelaying"),
    # --- https://www.clients.paymonthlyhosting.co.uk/knowledgebase/120/I-cannot-send-or-receive-emails.html
    ("cpanel", 550, None, "Invalid sender", "rejected"),
    # --- https://www.bluehost.com/help/article/what-does-my-email-bounce-mean (the page names the
    # address fields; filled in)
    ("bluehost", 550, None, "sam@outreach.example max messages per session", "ratelimited"),
    # greylisting (the page), blocked as round 1
    (
        "bluehost",
        452,
        None,
        "kim@example.org requested action aborted: try again later - GL/GL",
        "blocked",
    ),
    # uncertain: the page: the recipient blacklisted the sender (rejected arguable, as round 2's
    # open label)
    ("bluehost", 550, None, "kim@example.org recipient rejected GL/BL", "filtered"),
    # the page: the mailbox does not exist
    ("bluehost", 550, None, "kim@example.org recipient rejected", "userunknown"),
    # --- http://www.01hosting.com/hostgator-email/
    ("hostgator", 421, None, "Unexpected failure, Please try later", "systemerror"),
    # --- https://www.proximus.be/support/en/id_sfaqs_mail_blacklist/self-employed-and-small-companies/support/internet/e-mails/problems-with-your-mailbox/your-ip-address-is-in-our-blacklist.html
    # the page: the sending IP is on Proximus's blacklist
    (
        "proximus",
        554,
        None,
        "Access denied - Under investigation for spam abuse. Contact your email provider "
        "for more info",
        "blocked",
    ),
    # --- https://transip.be/knowledgebase/email/1959-de-550-5-e-mail-bouncemelding
    # uncertain: Gmail's IPv6 rule names PTR and authentication (authfailure arguable)
    (
        "gmail",
        550,
        "5.7.1",
        "Our system has detected that this message does not meet IPv6 sending guidelines "
        "regarding PTR records and authentication.",
        "requireptr",
    ),
    # --- http://kropf.net/no/ (code not quoted, 550 assumed)
    ("kropf", 550, None, "Your mail server is Blacklisted.", "blocked"),
    # --- https://btbusiness.custhelp.com/app/answers/detail/a_id/15074/ (code not quoted, 550
    # assumed)
    # the page: an SMTP server used without authentication
    ("bt", 550, None, "Recipient not authorised", "norelaying"),
    # --- https://blog.inframes.com/2013/08
    (
        "unifiedlayer",
        554,
        "5.7.1",
        "Rejected - your IP address was found in a blacklist for sending spam. Please "
        "visit: http://spamcop.net/bl.shtml?192.0.2.1",
        "blocked",
    ),
    # --- https://headwayapp.co/mxroute-changelog/adjustments-to-outbound-rejections-137432 (code
    # not quoted, 550 assumed)
    # uncertain: the page judges it IP reputation
    (
        "exchange",
        550,
        None,
        "Your access to submit messages to this e-mail system has been rejected",
        "blocked",
    ),
    # --- http://worldnet.att.net/general-info/bls_info/block_enduser.html
    # the page (rbl.att.net copy): no valid reverse DNS for the sending IP
    ("bellsouth", 421, None, "failure in DNS look-up.", "requireptr"),
    # uncertain: the page: the sender asked for more resources than available, connecting too often
    # (systemerror arguable)
    ("bellsouth", 450, None, "busy--Please try again later", "toomanyconn"),
    ("bellsouth", 521, None, "<192.0.2.1> is blocked", "blocked"),
    ("bellsouth", 550, None, "[permfail] bellsouth.net requires valid sender domain", "rejected"),
    ("bellsouth", 550, None, "unauthorized interface for <192.0.2.1>", "blocked"),
    (
        "bellsouth",
        550,
        None,
        "<192.0.2.1> blocked by ldap:ou=rblmx, dc=bellsouth, dc=net",
        "blocked",
    ),
    # --- http://www.att.net/general-info/mail_info/block_enduser.html
    ("att", 550, None, "Error. Blocked for abuse", "blocked"),
    # uncertain: the page: no DNS records for the sending system
    ("att", 550, None, "Error. Blocked for status: <unknown sender>", "requireptr"),
    # --- https://www.suped.com/knowledge/email-deliverability/troubleshooting/why-am-i-seeing-increased-email-bounces-at-att
    ("att", 553, "5.3.0", "flpd575 DNSBL:RBL 192.0.2.1_is_blocked", "blocked"),
    # --- http://adminplay.com/index.php?document_srl=2077&mid=Mail&order_type=desc (Korean SMTP
    # error list)
    # uncertain: the page: a mistyped domain or the receiver refusing the sender's domain
    ("kr-isp", 501, None, "Denied domain name", "rejected"),
    ("kr-isp", 441, "4.4.1", "No answer from host", "networkerror"),
    # uncertain: the page: the receiving domain could not be found (hostunknown arguable; 4.4.0 says
    # temporary routing)
    ("kr-isp", 451, "4.4.0", "DNS resolving error", "networkerror"),
    ("kr-isp", 451, "4.4.2", "Bad connection (io timeout)", "networkerror"),
    ("kr-isp", 452, "4.4.5", "Insufficient disk space; try again later", "systemfull"),
    # --- http://bestwisewords.com/document_detail/36612.html (a copy of Alibaba Mail's bounce help)
    # (code not quoted, 554 assumed)
    ("aliyun", 554, None, "spamed by local spam engine", "spamdetected"),
    # --- http://bestwisewords.com/document_detail/36612.html (a copy of Alibaba Mail's bounce help)
    # the page: a misspelt or moved-away recipient
    ("aliyun", 503, None, "Rcptto account isn't a local account", "userunknown"),
    (
        "aliyun",
        504,
        None,
        "the number of RCPT attempts is achieved the maximum threshold",
        "ratelimited",
    ),
    ("aliyun", 510, None, "The length of Attach is achieved the maximum threshold", "mesgtoobig"),
    # --- http://cryptsofthecoliseum.com/article-show-50-294.html (a copy of Alibaba Cloud
    # DirectMail's bounce codes)
    # the page: the address is in the invalid-address store
    ("directmail", 559, None, "Invalid rcptto", "userunknown"),
    ("directmail", 423, None, "Dns resolve error", "networkerror"),
    ("directmail", 524, None, "Host not found by dns resolve", "hostunknown"),
    ("directmail", 526, None, "No data by dns resolve", "hostunknown"),
    ("directmail", 427, None, "Socks Connect to UNREACHABLE host", "networkerror"),
    ("directmail", 552, None, "Daily sending quota exceeded", "ratelimited"),
    ("directmail", 554, None, "Reject by content spam", "spamdetected"),
    # uncertain: the page files it under 'recipient does not exist'; the words name no cause
    ("directmail", 521, None, "Recipient address rejected", "userunknown"),
    # --- https://www.yuntunpuzi.com/aliyun/745/ (codes not quoted, 552 assumed)
    ("aliyun", 552, None, "mail box space not enough", "mailboxfull"),
    ("aliyun", 552, None, "Quota exceed the hard limit for user", "mailboxfull"),
    # --- https://success.trendmicro.com/solution/1097055-frequently-asked-questions-faqs-about-messages-blocked-by-email-reputation-services-ers
    (
        "trendmicro",
        550,
        None,
        "Mail from 192.0.2.1 refused by rbl-plus.mail-abuse.org. Please refer to "
        "http://mail-abuse.org/rbl+ for an explanation",
        "blocked",
    ),
    # --- https://success.trendmicro.com/dcx/s/solution/1106332-550-domain-of-forward-path-is-not-allowed-error-message-appears-when-sending-mails-in-interscan-me
    # the page: the recipient's domain is not a relay domain
    ("trendmicro", 550, None, "Domain of forward path is not allowed", "norelaying"),
    # --- https://portal.hostmedia.uk/knowledgebase/201204295/My-emails-are-being-rejected-or-not-arriving-at-their-destination.html
    # the page: the sending server's IP is on a blocklist
    ("hostmedia", 550, "5.7.1", "[ESA] Sender blocked", "blocked"),
    # our From domain has no DNS records (the page)
    ("hostmedia", 550, "5.1.2", "Sender Domain Not Found", "rejected"),
    ("hostmedia", 550, "5.7.1", "DMARC policy", "authfailure"),
    # --- https://acornhost.net/index.php?/Knowledgebase/Article/View/3/0/my-outgoing-email-is-being-blocked-for-being-on-a-spam-blacklist
    # (codes not quoted, 550 assumed)
    ("cpanel", 550, None, "Host blocked using Spamhaus.", "blocked"),
    ("cpanel", 550, None, "Mail rejected due to being listed on RBL.", "blocked"),
    # --- https://support.dshost.com.au/knowledgebase.php?action=displayarticle&id=70
    # uncertain: a failed SPF lookup at the receiver (networkerror arguable); the page: a matching
    # SPF record is needed
    ("cpanel", 451, None, "SPF lookup failure (#4.3.0)", "authfailure"),
    # --- https://support.konto.pl/kb/a2871/ograniczenie-wiadomosci-przychodzacych-na-serwerze-pocztowym-mxavas_forpsi_com.aspx
    # the words and the inner 5.2.2 say full; the outer 5.1.1 is the server's
    (
        "forpsi",
        552,
        "5.1.1",
        "5.2.2 sorry, final recipient mailbox is full (chkuser)",
        "mailboxfull",
    ),
    # uncertain: the page: the recipient's own black list (filtered arguable, as round 2's open
    # label)
    ("forpsi", 550, "5.1.1", "<sam@outreach.example> sender is blacklisted", "rejected"),
    ("forpsi", 550, "5.1.0", "0bcW1i00G0jifNx01bcmHa blocked by SPF", "authfailure"),
    # --- https://faq.c4.cz/odeslany-e-mail-se-vraci-zpet-s-chybou (code not quoted, 550 assumed)
    (
        "c4",
        550,
        None,
        "[SPF] 192.0.2.1 is not allowed to send mail from outreach.example.",
        "authfailure",
    ),
    # --- http://www.eurohosting.cz/cs/smtp (code not quoted, 550 assumed)
    # uncertain: the page lists HELO, PTR, dynamic host, SPF, DNSBL and content checks
    ("eurohosting", 550, None, "Rejected for Security Reasons", "policyviolation"),
    # --- https://hostingxtreme.com/knowledgebase/38/Domain-has-exceeded-the-max-defers-and-failures-per-hour-5or5-100-allowed-Message-discarded.html
    # (the sending cPanel's words; 550 assumed)
    # uncertain: our own host's hourly limit on failed deliveries
    (
        "cpanel",
        550,
        None,
        "Domain outreach.example has exceeded the max defers and failures per hour (5/5 "
        "(100%)) allowed. Message discarded.",
        "ratelimited",
    ),
    # --- zammad/zammad issue #4630
    # the linked page (quoted in the issue): headers not RFC 5322 compliant
    (
        "web.de",
        554,
        None,
        "Transaction failed Reject due to policy restrictions. For explanation visit "
        "https://postmaster.web.de/en/case?c=hi",
        "notcompliantrfc",
    ),
    # --- hitobito/hitobito issue #2671
    # uncertain: the reporter found the To header empty; the case code is not documented
    # (policyviolation arguable)
    (
        "gmx",
        554,
        None,
        "Transaction failed Reject due to policy restrictions. For explanation visit "
        "https://postmaster.gmx.net/de/case?c=r0735&i=ip&v=192.0.2.1&r=1McHM6-1srIWI1qNo-00dbDH",
        "notcompliantrfc",
    ),
    # --- ActiveCampaign/smtp-field-manual pull request #60
    (
        "orange",
        550,
        None,
        "mwinf5c14 ME Adresse IP source bloquee pour incident de spam. Client host "
        "blocked for spamming issues. OFR006_102 Ref "
        "http://csi.cloudmark.com/reset-request/?ip=192.0.2.1 [102]",
        "blocked",
    ),
    # --- stephane-klein/backlog issue #149
    (
        "gmail",
        550,
        "5.7.26",
        "This message does not pass authentication checks (SPF and DKIM both do not "
        "pass). SPF check for [outreach.example] does not pass with ip: [192.0.2.1].To "
        "best protect our users from spam, the message has been blocked. Please visit "
        "https://support.google.com/mail/answer/81126#authentication for more "
        "information. s17-20020adfea91000000b002c552f5db89si6436405wrm.137 - gsmtp",
        "authfailure",
    ),
    # --- https://blog.mxtoolbox.com/2011/09/
    ("unknown", 551, None, "Denied for Spam", "spamdetected"),
    # the page files it under IP reputation; 'spam source' names the sending host
    ("postini", 571, None, "spam source blocked - psmtp", "blocked"),
    # --- https://nitindupare.blogspot.com/2012/09/smtp-error-messages.html (hMailServer's replies)
    # Label corrected after the first pass (which counted syntaxerror): the refused EHLO
    # argument is Sisimai's "blocked" by the settled convention (docs/inbound.md, "Reasons
    # and Sisimai's published definitions": "invalid domain name in HELO" is blocked).
    ("hmailserver", 501, None, "EHLO Invalid domain address.", "blocked"),
    ("hmailserver", 503, None, "Issue a reset if you want to start over", "syntaxerror"),
    # --- https://support.brownrice.com/content/3/189/en/someone-sent-me-an-email-and-it-was-returned-to-them-with-a-554-mail-server-permanently-rejected-message-message-what_s-up-with-that.html
    # uncertain: the words name no cause; the page: its spam servers judged the message spam
    ("brownrice", 554, None, "mail server permanently rejected message", "spamdetected"),
    # --- http://www.poetrysoftware.com.au/bounce/
    # our HELO name refused: blocked, as round 1's HELO cases
    (
        "postfix",
        550,
        None,
        "<mx.outreach.example>: Helo command rejected: Host not found",
        "blocked",
    ),
    # --- https://www.cybersalt.org/funblog/bounce-management-policies (strings a list host matched
    # in replies; 550 assumed)
    ("sbcglobal", 550, None, "Adressee Unknown", "userunknown"),
    ("juno", 550, None, "Account Inactive", "suspend"),
    ("unknown", 501, "5.1.1", "#5.1.1 bad address", "userunknown"),
    # --- iredmail/dockerized issue #86 (iRedMail's helo_access rule; 554 assumed for a Postfix
    # REJECT)
    (
        "iredmail",
        554,
        "5.7.1",
        "ACCESS DENIED. Your email was rejected because the sending mail server appears "
        "to be on a dynamic IP address that should not be doing direct mail delivery",
        "blocked",
    ),
    # --- iredmail/iRedMail issue #186 (554 assumed for a Postfix REJECT)
    # our HELO name refused: blocked, as round 1's HELO cases
    (
        "iredmail",
        554,
        "5.7.1",
        "ACCESS DENIED. Your email was rejected because the sending mail server does not "
        "identify itself correctly (dsldevice.lan)",
        "blocked",
    ),
    # --- root-io/vmail issue #51
    # uncertain: names a suspicious HELO and a missing PTR (blocked arguable)
    (
        "vmail",
        554,
        "5.7.1",
        "<DATA>: Data command rejected: Blocked - contact postmaster@example.org for help "
        "- Suspicious HELO [[192.0.2.4]] and missing reverse DNS [192.0.2.1]",
        "requireptr",
    ),
    # --- https://accredit-solutions.zendesk.com/hc/en-gb/articles/360017721797-550-Rejected-by-header-based-Anti-Spoofing-policy
    # uncertain: Mimecast refuses a From in the recipient's own domain arriving from outside
    # (policyviolation arguable)
    # label settled in session 7 (ADR 0017, convention 9); the first-pass numbers
    # keep the old label (authfailure)
    (
        "mimecast",
        550,
        None,
        "Rejected by header based Anti-Spoofing policy: sam@outreach.example - "
        "https://community.mimecast.com/docs/DOC-1369#550 [VUJUo2t1Pr-x_8v9fCw5Og.uk90]",
        "rejected",
    ),
    # --- https://electronicaportatil.com/smtp-error-codes/ (a copy of Mimecast's SMTP error codes)
    # the page: the Mimecast server is under maximum load
    ("mimecast", 421, None, "Unable to process connection at this time", "systemerror"),
    # --- mysociety/writetothem issue #190
    # uncertain: the linked page: bounced for the sending IP or the content, clicking adds the IP to
    # an allow list (spamdetected arguable)
    (
        "macace",
        554,
        None,
        "READ THIS: : IMPORTANT ACTION REQUIRED: Delivery will ONLY occur if you click on "
        "this link https://mail2.example.net/cgi/user.cgi?cmd=r&f=11332596",
        "blocked",
    ),
    # --- https://prospeo.io/s/550-high-probability-of-spam (SpamExperts' wording, the page says)
    ("spamexperts", 550, None, "High Probability of Spam", "spamdetected"),
    # --- Purelymail/purelymail-issues issue #262
    (
        "purelymail",
        450,
        "4.3.2",
        "Please wait to send more emails, or contact support for a rate limit increase.",
        "ratelimited",
    ),
    # --- http://adminplay.com/index.php?document_srl=2077&mid=Mail&order_type=desc (Korean SMTP
    # error list)
    ("kr-isp", 451, "4.3.0", "Other or undefined mail system status", "systemerror"),
    # uncertain: the page: the receiving side's relay function is not working
    ("kr-isp", 451, None, "Relay Server Not Ready.", "systemerror"),
    # --- http://bestwisewords.com/document_detail/36612.html (a copy of Alibaba Mail's bounce help)
    # the page: the sending frequency limit
    ("aliyun", 505, None, "the total of RCPTs is achieved the maximum threshold", "ratelimited"),
    (
        "aliyun",
        510,
        None,
        "The length of DATA content is achieved the maximum threshold",
        "mesgtoobig",
    ),
    # uncertain: the page: a local sender must use the provider's own SMTP server (norelaying
    # arguable)
    ("aliyun", 502, None, "Mailfrom account is a local account", "rejected"),
    # --- https://www.yuntunpuzi.com/aliyun/745/ (codes not quoted, 552 assumed)
    # the page files it under 'recipient not found'
    ("aliyun", 550, None, "invalid address (#5.5.0)", "userunknown"),
    # --- https://support.everycloud.com/support/solutions/articles/4000007755-workspace-classification-codes
    # (Hornetsecurity / antispameurope reply texts)
    # uncertain: a bounce (null sender) addressed to several recipients is refused by policy
    (
        "hornetsecurity",
        550,
        "5.5.3",
        "Recipient address rejected: Multi-recipient bounce",
        "policyviolation",
    ),
    # --- https://docs.icewarp.com/Content/IceWarp-Server/Administration-Nodes/Status/Logs/Interpretation%20of%205xx%20Errors%20in%20Icewarp%20SMTP.htm
    # the page: unbalanced brackets in the command
    ("icewarp", 501, "5.5.2", "Unbalanced", "syntaxerror"),
    # --- https://nitindupare.blogspot.com/2012/09/smtp-error-messages.html (hMailServer's replies)
    ("hmailserver", 502, None, "Use HELO/EHLO first", "syntaxerror"),
    # --- https://net-trouble.portal.jp.net/archives/11482 (Yahoo! JAPAN's failure notice; no outer
    # code, 554 assumed)
    # uncertain: retries given up (expired); the last remote reply was a temporary relay refusal
    # (norelaying arguable)
    (
        "yahoo.co.jp",
        554,
        None,
        "Message expired for domain example.org. Remote host said: 454 4.7.1 "
        "<kim@example.org>: Relay access denied [RCPT_TO]",
        "expired",
    ),
    # --- root-io/vmail issue #67
    (
        "vmail",
        554,
        "5.7.1",
        "<DATA>: Data command rejected: only 10 messages per day",
        "ratelimited",
    ),
    # --- MicrosoftDocs/OfficeDocs-Support issue #1150
    # the issue: the daily recipient limit of the sending account
    (
        "exchange",
        554,
        "5.2.0",
        "STOREDRV.Submission.Exception:SubmissionQuotaExceededException",
        "ratelimited",
    ),
    # --- http://www.avolio.com/weblog/2008/06/28/
    (
        "comcast",
        554,
        None,
        "IMTA08.westchester.pa.mail.comcast.net comcast 192.0.2.1 Comcast requires that "
        "all mail servers must have a PTR record with a valid Reverse DNS entry. "
        "Currently your mail server does not fill that requirement. For more information, "
        "refer to: http://www.comcast.net/help/faq/index.jsp?faq=SecurityMail_Policy18784",
        "requireptr",
    ),
    # --- https://jp.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685 (the page's
    # example)
    # uncertain: spam or virus (virusdetected arguable)
    ("godaddy", 552, None, "Message rejected for spam or virus content", "spamdetected"),
    # --- https://www.fobhost.com/jishuzhichi/jishuzhichi59.html (Chinese hosting's bounce keywords;
    # 550 assumed)
    # the page: the sender's IP is blocked
    ("cn-host", 550, None, "remote ip is forbidden", "blocked"),
    # --- http://chouwenlao.cn/FAQhtml/faq14/faq1311.htm
    # uncertain: a 550 with busy words; the page files it with 'could not establish an SMTP
    # connection or the server is busy'
    ("cn-host", 550, None, "System is busy.", "systemerror"),
    # --- https://blog.mxtoolbox.com/2011/09/
    # uncertain: the page files it under spam/IP reputation refusals (spamdetected arguable)
    ("unknown", 554, None, "Denied (Mode: normal)", "blocked"),
    # --- turtl/tracker issue #345
    (
        "tutanota",
        550,
        "5.7.1",
        "<kim@example.org>: Recipient address rejected: Recipient not found",
        "userunknown",
    ),
    # --- shenxn/protonmail-bridge-docker issue #28
    # our sender address is not one of the account's (the thread)
    ("proton-bridge", 451, "4.0.0", "backend: invalid return path: not owned by user", "rejected"),
    # --- https://bastion.umanix.net/info (Baruwa gateway; codes not quoted, 550 assumed)
    # uncertain: our null-sender message to several recipients refused by policy
    (
        "baruwa",
        550,
        None,
        "Legitimate bounces are never sent to more than one recipient.",
        "policyviolation",
    ),
    # --- http://cryptsofthecoliseum.com/article-show-50-294.html (a copy of Alibaba Cloud
    # DirectMail's bounce codes)
    # the sending account's quota
    ("directmail", 552, None, "Not enough sending quota", "ratelimited"),
    # uncertain: a per-message recipient cap, ratelimited as the earlier tables' 'too many
    # recipients' (toomanyconn by the 5.5.3-style code map)
    ("directmail", 556, None, "The number of RCPTs is over size", "ratelimited"),
    # --- https://mailout.ru/2015/09 (mail.ru's reply to its own sender)
    # uncertain: our sending account is barred by its own provider (suspected compromise, the page);
    # securityerror arguable
    ("mail.ru", 550, None, "message sending for this account is disabled", "rejected"),
    # --- https://www.zoho.com/zeptomail/help/api/smtp-error-codes.html (no reply code quoted, 550
    # assumed)
    # uncertain: a message without a Subject refused (notcompliantrfc arguable)
    ("zeptomail", 550, "5.2.1", "Subject is Mandatory.", "contenterror"),
    # --- https://support.everycloud.com/support/solutions/articles/4000007755-workspace-classification-codes
    # (Hornetsecurity / antispameurope reply texts)
    # uncertain: a header check deferred the message; the words name no cause beyond headers
    ("hornetsecurity", 450, "4.5.5", "Header Checks Defer", "contenterror"),
    # --- https://www.cybersalt.org/funblog/bounce-management-policies (strings a list host matched
    # in replies; 550 assumed)
    ("unknown", 550, None, "Inactive User", "suspend"),
    ("yahoo", 554, None, "This user doesn't have a sbcglobal.net account", "userunknown"),
    # --- hmailserver/hmailserver issue #92
    # the thread: a server bug saving messages with attachments
    (
        "hmailserver",
        554,
        None,
        "Your message was received but it could not be saved. Please retry later.",
        "systemerror",
    ),
    # --- https://www.bluehost.com/help/article/what-does-my-email-bounce-mean
    # the page: a temporary failure, the mail queue being full
    ("bluehost", 421, None, "Server Temporarily Not Available", "systemerror"),
]

# The first run's misses (67 of 151 on reason, 1 more on permanent; BENCHMARKS.md, round 3),
# kept visible as xfail: reply text -> why. The classifier was not changed for this table: it
# is the clean test for a change built elsewhere. 'label open' marks a label the words alone
# cannot settle; 'code decides' a reply or status code that outweighs clear words.
KNOWN_MISSES: dict[str, str] = {
    "Command Rejected": (
        "label open: the words name no cause; only the reporter's reverse-DNS fix says requireptr"
    ),
    "Message not allowed - [299]": (
        "label open: Yahoo's refusal names no cause; policyviolation is as defensible as spam"
    ),
    "Relaying disallowed as <sam@outreach.example>.": (
        "label open: the words say relaying (norelaying); the page says a From domain the "
        "account may not use (rejected)"
    ),
    "Not authorised to send from this header address": (
        "label open: our From header refused; the words 'not authorised to send' read as "
        "authfailure"
    ),
    "kim@example.org recipient rejected GL/BL": (
        "label open: the recipient's own block list (filtered or rejected); 'recipient "
        "rejected' reads as userunknown"
    ),
    "failure in DNS look-up.": (
        "label open: the words name a DNS failure, not whose (421 reads as systemerror); "
        "only the page says our reverse DNS"
    ),
    "busy--Please try again later": (
        "label open: AT&T's 450 'busy' names no cause; the page blames too many connections"
    ),
    "Error. Blocked for status: <unknown sender>": (
        "label open: the words say blocked; only the page says missing DNS (requireptr)"
    ),
    "Denied domain name": (
        "label open: 501 reads as syntax; the page says a mistyped or refused sender domain"
    ),
    "Recipient address rejected": (
        "label open: a bare 'Recipient address rejected' names no cause; only the page files "
        "it under unknown recipients"
    ),
    "[ESA] Sender blocked": (
        "label open: the words name the sender (rejected, as 'sender ... black listed'); only "
        "the page says an IP list"
    ),
    (
        "Transaction failed Reject due to policy restrictions. For explanation visit "
        "https://postmaster.web.de/en/case?c=hi"
    ): ("label open: the words say policy; only the linked page (c=hi) says non-compliant headers"),
    (
        "Transaction failed Reject due to policy restrictions. For explanation visit "
        "https://postmaster.gmx.net/de/case?c=r0735&i=ip&v=192.0.2.1&r=1McHM6-1srIWI1qNo-00dbDH"
    ): ("label open: the words say policy; only the reporter's empty To header says headers"),
    "mail server permanently rejected message": (
        "label open: the words name no cause; only the page says its spam filter (spamdetected)"
    ),
    (
        "READ THIS: : IMPORTANT ACTION REQUIRED: Delivery will ONLY occur if you click on "
        "this link https://mail2.example.net/cgi/user.cgi?cmd=r&f=11332596"
    ): ("label open: a click-to-allow challenge naming no cause; the page says IP or content"),
    "Denied (Mode: normal)": (
        "label open: 'Denied (Mode: normal)' names no cause; only the page files it under blocks"
    ),
    "The sender 192.0.2.1 is banned": (
        "Session 8 (the model's second opinion, ADR 0018): reason 'rejected' (dsn) / "
        "'rejected' (plain), session-start code 'blocked' / 'blocked'; labelled blocked"
    ),
    "Recipient address rejected: Multi-recipient bounce": (
        "Session 8 (the model's second opinion, ADR 0018): reason 'policyviolation' (dsn)"
        " / 'userunknown' (plain), session-start code 'policyviolation' / "
        "'policyviolation'; labelled policyviolation; hard False"
    ),
    "The sender is in a black list hostkarma.junkemailfilter.com": (
        "Session 11 retrain (the model learnt session 11's tables): reason "
        "'blocked' (dsn) / 'rejected' (plain), start code 'blocked' / 'blocked'; "
        "labelled blocked"
    ),
}

PARAMS = params(CASES)


@pytest.mark.parametrize(("variant", "case"), PARAMS)
def test_quoted_reply_3(variant: str, case: Case) -> None:
    check(variant, case, KNOWN_MISSES)


if __name__ == "__main__":  # PYTHONPATH=src:. python -m tests.inbound.test_quoted_texts_3 [N]
    main(CASES)
