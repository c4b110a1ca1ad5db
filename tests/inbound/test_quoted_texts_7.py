"""Remote servers' reply lines quoted on public pages, seventh round, each in a minimal bounce.

A seventh fresh table of *real* wording, gathered after test_quoted_texts.py and
test_quoted_texts_2.py to _6.py and kept apart from any change to the classifier: it is a
clean test whose first pass the lead runs on the merged code. Reply lines that occurred in
real bounces and were quoted on public pages outside github.com: help-desk and
knowledge-base pages of hosts and ISPs in many countries and languages, vendor documentation
of gateways and mail servers, forums, Q&A sites and mailing-list archives (GitHub issues are
collected by another table of the same round). The source is in a comment above each case.

Collection rule, fixed and committed before any candidate page was read:
- only sources not used by any earlier table: no URL that appears in any
  tests/inbound/test_*texts*.py or in tests/data/inbound/README.md; no page on github.com;
- wordings already in any text table are left out, by normalised text (lower case, runs of
  other characters than letters and digits as one space): the same text, or a near copy (one
  contains the other and the shorter is at least 60% of the longer's length); the tables
  are also searched for each candidate's distinctive words;
- every reply line a page quotes is taken (not only the hard-looking ones), at most six per
  page;
- only the server's reply is taken (reply code, enhanced status code if quoted, text);
  addresses are anonymised to example.org / outreach.example, personal and organisation
  hosts to example.org / example.net names and IPs to 192.0.2.x. Where a page quotes the
  words without the reply code, the code used is said to be assumed;
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
    # --- https://www.strato.nl/faq/mail/waarom-krijg-ik-foutmeldingen-bij-het-werken-met-e-mail/
    # (STRATO's Dutch help: wordings of a full recipient mailbox, quoted without a code; 552
    # assumed)
    ("strato", 552, None, "mailbox is overquota", "mailboxfull"),
    ("strato", 552, None, "User has exhausted allowed storage space", "mailboxfull"),
    # the page: the content points to phishing (code assumed 550). uncertain: virusdetected
    # as earlier tables read "phishing"; spamdetected arguable
    ("strato", 550, None, "Suspected phishing attempt", "virusdetected"),
    # --- http://helpdesk.ugent.be/email/faq.php (a university's help desk)
    # the page files it under blacklisting
    ("ugent", 550, None, "SC-004 Mail rejected", "blocked"),
    # the page: an attachment type the system refuses (executables); contenterror as
    # test_software_texts_4 labels an executable-attachment refusal (virusdetected arguable)
    (
        "ugent",
        550,
        "5.6.0",
        "*** A suspicious file (executable code) was found in the message ! - See "
        "http://helpdesk.example.org/email/",
        "contenterror",
    ),
    # --- https://webdiretto.it/messaggio-non-recapitato-perche-la-email-torna-indietro-risolvere-problema/
    ("provider", 550, "5.1.1", "Recipient address rejected: undeliverable address.", "userunknown"),
    # --- https://support.kerioconnect.gfi.com/hc/en-us/articles/4416310418706-Outbound-Email-Delivery-Troubleshooting-Article
    ("kerio", 550, "5.7.1", "Relaying is denied", "norelaying"),
    # --- https://guide.pec.it/posta-pec/faq-errori-comuni/errori-comuni/errori-comuni-durante-invio-ricezione-pec.aspx
    # (Aruba PEC, Italian certified mail) the page: ordinary (non-certified) mail sent to a
    # PEC box that does not accept it. uncertain: a refusal by policy of the sender's kind
    # (policyviolation); userunknown by the words "sconosciuto"
    (
        "arubapec",
        554,
        None,
        "<kim@example.org>: Messaggio rifiutato dal sistema. Indirizzo destinatario sconosciuto "
        "o non abilitato alla ricezione di posta non certificata",
        "policyviolation",
    ),
    # quoted without a code; "temporaneamente" (421 assumed)
    ("arubapec", 421, None, "Indirizzo IP bloccato temporaneamente per sospetto abuso", "blocked"),
    # --- https://guide.hosting.aruba.it/email/risoluzione-errori-comuni-e-consigli/risoluzione-errori-comuni.aspx
    # the page: invalid characters among the recipient addresses (501 assumed, 5.5.2 quoted)
    ("aruba", 501, "5.5.2", "bad chars in command", "syntaxerror"),
    # --- https://netfabric.freshdesk.com/support/solutions/articles/6000236440-problemi-invio-posta-italiano-
    # (an Italian host's submission server; codes not quoted, 550 assumed) the daily sending
    # allowance of the plan is used up
    ("netfabric", 550, None, "MAX RCPT TO DAILY LIMIT", "ratelimited"),
    # --- https://www.suped.com/knowledge/email-deliverability/technical/what-causes-email-delays-and-ofr_999-errors-when-sending-to-orangefr
    # (Orange; the host part elided by the page) the page: a temporary refusal, the IP
    # blocked for hours after complaints. uncertain: blocked; ratelimited arguable
    ("orange", 421, None, "mwinf... ME Service refuse. Veuillez essayer plus tard.", "blocked"),
    # --- https://vipre.freshdesk.com/support/solutions/articles/1000290396-email-rejection-reasons
    # (VIPRE Email Security's inbound rejection reasons, quoted without codes; 550 assumed
    # unless said) mail for a domain the service does not host (hostunknown, as rcpthosts)
    ("vipre", 550, None, "Your domain is not configured to use this MX host.", "hostunknown"),
    # a HELO naming the service itself (HELO refusals are blocked)
    ("vipre", 550, None, "You cannot say you are me. I am me.", "blocked"),
    # a TLS-enforced sender domain that sent in clear
    (
        "vipre",
        550,
        None,
        "Your sender domain is required to send via an encrypted SMTP session",
        "securityerror",
    ),
    # the page: the downstream server refused the recipient at the callout. uncertain:
    # userunknown (the usual callout refusal); the page names no cause
    ("vipre", 550, None, "Call forward rejected", "userunknown"),
    # the page: the downstream server timed out (451 assumed)
    ("vipre", 451, None, "Could not complete recipient callout", "networkerror"),
    ("vipre", 550, None, "Invalid Mailbox (Call FWD)", "userunknown"),
    # --- https://thetechgeeks.com/blogs/sophos/sophos-central-email-outbound-email-rate-limit-mail-flood-detected-notifications-and-bounce-backs
    # (Sophos Central Email's outbound rate limit for bulk senders)
    ("sophos", 554, "5.7.28", "Mail flood detected;", "ratelimited"),
    # --- http://blog.mail-scanning.com/tags/rejections (a filtering service's own rejection
    # notice; the reply's three lines joined, the page's "reject/for" kept)
    (
        "mail-scanning",
        552,
        None,
        "not a valid user: kim See http://mail-scanning.com/reject/for details. ID: MSG-678956",
        "userunknown",
    ),
    # --- https://www.hainhan.com/vn/ho-tro/huong-dan/cac-thong-bao-email-thuong-gap/ (a
    # Vietnamese host; only the last line of Gmail's multi-line reply is quoted) the page: an
    # attachment type the receiver refuses (contenterror, as round 2 labels Gmail's block)
    ("gmail", 552, "5.7.0", "review our attachment guidelines.", "contenterror"),
    # --- https://tinhocvanphong.com.vn/hieu-loi-email-ten-mien-va-thong-bao-loi-co-the-gap-phai-khi-su-dung.html
    # (Vietnamese; quoted under "Mailbox is full" without a code, 552 assumed)
    ("provider", 552, None, "Mailbox limit exceeded while appending message", "mailboxfull"),
    # --- https://agnx.com/helpdesk/doku.php?id=faq:email:smtp_error_codes (a Hong Kong
    # host's sample descriptions, codes as the page files them)
    (
        "agnx",
        552,
        None,
        "The recipient's mailbox has reached its maximum allowed size",
        "mailboxfull",
    ),
    # the page: the mail is taken for spam or the sending server is blacklisted
    ("agnx", 554, None, "Your IP address is listed in spam filter", "blocked"),
    # uncertain: our sender address refused by a spam filter (rejected by the words);
    # spamdetected arguable
    ("agnx", 554, None, "Sending address not accepted due to spam filter", "rejected"),
    # --- http://www.hmailserver.com/documentation/latest/?page=reference_error_messages_smtp
    # (hMailServer's own replies; the lines not taken by round 3 from a copy of this page,
    # less the HELO twin of its EHLO line and the TURN/VRFY refusals, which no delivery
    # meets) the server gave up waiting for the client's next command
    ("hmailserver", 421, None, "Connection timeout", "networkerror"),
    # the client sent a long chunk without a line end. uncertain: a framing fault
    # (notcompliantrfc, as round 2 labels "Line Too Long")
    ("hmailserver", 421, None, "Excessive amounts of data sent to server.", "notcompliantrfc"),
    # --- https://www.suped.com/knowledge/email-deliverability/troubleshooting/why-are-emails-to-bigpond-bouncing-or-being-marked-as-spam
    # (Telstra BigPond)
    (
        "bigpond",
        558,
        "5.7.1",
        "Message content rejected due to suspected spam. IB704x",
        "spamdetected",
    ),
    # --- https://www.suped.com/knowledge/email-deliverability/troubleshooting/how-to-troubleshoot-email-delivery-issues-with-chartertwc-spectrumroadrunner-customers-including
    # (Charter/Spectrum; the page: the sending IP blocked under the acceptable use policy)
    (
        "charter",
        554,
        None,
        "dnvrco-cmimta15 esmtp ESMTP server not available AUP#I-1010",
        "blocked",
    ),
    # --- https://services.ncl.ac.uk/itservice/help-services/security/emailreject (Newcastle
    # University's gateways; the multi-line replies' first lines)
    # the page: the address is not recognised, or the account expired
    (
        "ncl",
        553,
        "5.1.1",
        "<kim@example.org>... Recipient address not recognised #299",
        "userunknown",
    ),
    ("ncl", 550, "5.7.0", "[192.0.2.1] black listed by rbl-plus.mail-abuse.ja.net #525", "blocked"),
    ("ncl", 550, "5.7.0", "[192.0.2.1] black listed by zen.dnsbl.ja.net #525", "blocked"),
    ("ncl", 550, "5.7.0", "mx.example.net [192.0.2.1] black listed by bl.spamcop.net.", "blocked"),
    # a HELO refusal (blocked, as round 2 labels "HELO should be a FQDN")
    (
        "ncl",
        550,
        "5.7.0",
        "HELO argument mx.example.net must be a FQDN or IP-domain literal #428",
        "blocked",
    ),
    (
        "ncl",
        550,
        "5.7.1",
        "sender <sam@outreach.example> via 192.0.2.1 SPF result Fail; #702",
        "authfailure",
    ),
    # --- http://uit.tufts.edu/?pid=548&c=429 (a university's bounce documentation; a banned
    # attachment, contenterror as the earlier tables)
    ("provider", 552, None, "Illegal Attachment", "contenterror"),
    # --- https://www.spam-mail-blocker.de/greylisted.html (a German filter's help page; it
    # gives the enhanced codes only, reply codes 450/550 assumed, "XX sec" as 300)
    # greylisting is blocked by round 1's convention
    ("spam-mail-blocker", 450, None, "Greylisted (see http://www.spam-mail-blocker.de)", "blocked"),
    (
        "spam-mail-blocker",
        450,
        "4.2.0",
        "Sender address rejected: Greylisted for 300 sec.",
        "blocked",
    ),
    # too many mails from one IP for many sender domains in ten minutes (the 4.2.x codes are
    # the filter's own, not a mailbox state)
    (
        "spam-mail-blocker",
        450,
        "4.2.1",
        "Sender ip address rejected: You sent to many mails from different domains in the last "
        "10 minutes",
        "ratelimited",
    ),
    (
        "spam-mail-blocker",
        450,
        "4.2.2",
        "Sender domain rejected: You sent to many mails from different ip address in the last "
        "10 minutes",
        "ratelimited",
    ),
    # label settled in session 7 (ADR 0017, convention 8); the first-pass numbers
    # keep the old label (requireptr)
    (
        "spam-mail-blocker",
        550,
        "5.6.2",
        "Sender ip adress rejected: Your IPv6 address do not have a reverse look name",
        "contenterror",
    ),
    # label settled in session 7 (ADR 0017, convention 8); the first-pass numbers
    # keep the old label (securityerror)
    (
        "spam-mail-blocker",
        550,
        "5.6.3",
        "Sender ip adress rejected: Your IPv6 address must be send with an encryption",
        "contenterror",
    ),
    # --- https://lists.gnu.org/archive/html/emacs-devel/2014-05/msg00555.html (a list
    # member's outbound relay). uncertain: the words say the spam filter failed (its
    # licence), systemerror; the reply in the thread guesses greylisting (blocked)
    (
        "provider",
        451,
        "4.0.0",
        "Spam filter end message failed - server - license [slot 1]",
        "systemerror",
    ),
    # --- https://portal.alvenicloud.com/kb/a11/cuando-me-envian-mail-les-regresa-una-alerta-451-greylisted-o-451-timeout.aspx
    # (a Mexican host's greylisting; the page's "..." seconds as 300)
    ("alvenicloud", 451, None, "Greylisting, try again in 300 seconds", "blocked"),
    # the server's recipient check timed out. uncertain: networkerror; the page files it with
    # greylisting (blocked)
    (
        "alvenicloud",
        451,
        None,
        "Time out trying verify RCP kim@example.org for domain example.org",
        "networkerror",
    ),
    # --- https://help.ishosting.com/en/dmarc-check (a host's log line of the remote reply;
    # DMARC refusals are authfailure in the earlier tables)
    (
        "provider",
        550,
        "5.7.1",
        "This message was not accepted due to domain (outreach.example) owner DMARC policy "
        "(RFC 7489)",
        "authfailure",
    ),
    # --- https://www.merula.io/articles/error-550-5-7-1-dmarc (typical DMARC bounce texts;
    # its shortened "Unauthenticated email from ... is not accepted" is left out as a near
    # copy of the spfwise line below)
    ("provider", 554, "5.7.5", "Permanent error evaluating DMARC policy", "authfailure"),
    # --- https://spfwise.com/en/article/550-5-7-1-email-rejected-per-dmarc-policy
    (
        "provider",
        550,
        "5.7.1",
        "Unauthenticated email from outreach.example is not accepted due to domain's DMARC policy",
        "authfailure",
    ),
    # --- https://tamingdns.com/bounce-decoder/550-5-2-1-mailbox-disabled (a real-world
    # example the page lists for a disabled mailbox)
    ("provider", 550, "5.2.1", "Mailbox not enabled for receiving", "suspend"),
    # --- https://www.cleanmail.ch/stricter-rules-for-bluewin/?lang=en (a Swiss filter; mail
    # with a bluewin.ch sender from a server outside Bluewin's SPF record; 550 assumed)
    # label settled in session 7 (ADR 0017, convention 9); the first-pass numbers
    # keep the old label (authfailure)
    ("cleanmail", 550, None, "Forged sender domain from this server", "rejected"),
    # --- https://www.cyon.ch/support/a/smtp-error-550 (a Swiss host's list; its bare
    # headings "550 SPF", "550 Reverse DNS" and "550 Quarantined/Spam" are left out as the
    # page's own labels, not reply texts) the page: the receiving server refuses the sender.
    # uncertain: rejected; userunknown by the 5.1.0 code alone
    ("cyon", 550, "5.1.0", "Adress Rejected", "rejected"),
    # the page: a listed (RBL) or dynamic sending IP
    ("cyon", 550, None, "Administrative Prohibition", "blocked"),
    # --- https://infomaniak.com/en/support/faq/858/resolve-an-email-issue-following-an-error-report
    # (the page: the recipient's account is suspended by their provider)
    (
        "provider",
        550,
        "5.1.1",
        "kim@example.org recipient rejected, account administratively disabled",
        "suspend",
    ),
    # --- https://bisacloud.my.id/posts/request-delist-trend-micro (Indonesian; Trend Micro's
    # hosted filter refusing a sending IP of poor reputation)
    (
        "trendmicro",
        450,
        "4.7.1",
        "<kim@example.org>: Recipient address rejected: Mail from <192.0.2.1> was refused due "
        "to the sender IP found in ERS-QIL. For details, query the IP reputation on "
        "https://servicecentral.trendmicro.com/en-US/ers/.",
        "blocked",
    ),
    # --- https://www.spamresource.com/2022/08/gmail-weird-rfc-5322-bounces-and-what.html
    # (Gmail naming the header fault; multi-line replies joined)
    (
        "gmail",
        550,
        "5.7.1",
        "[192.0.2.1] Our system has detected that this message is not RFC 5322 compliant: "
        "duplicate headers. To reduce the amount of spam sent to Gmail, this message has been "
        "blocked. Please review RFC 5322 specifications for more information. "
        "j6-20020a637a46000000b0042b3a763e76si3563504pgn.127 - gsmtp",
        "notcompliantrfc",
    ),
    (
        "gmail",
        550,
        "5.7.1",
        "[192.0.2.1] Our system has detected that this message is not RFC 5322 compliant: "
        "Multiple 'From' headers found. To reduce the amount of spam sent to Gmail, this "
        "message has been blocked. Please visit "
        "https://support.google.com/mail/?p=RfcMessageNonCompliant and review RFC 5322 "
        "specifications for more information. "
        "y6-20020a17090a86c600b001fb71e2d709si4076772pjv.83 - gsmtp",
        "notcompliantrfc",
    ),
    # --- https://www.suped.com/knowledge/email-deliverability/troubleshooting/why-are-my-emails-to-gmail-corporate-addresses-bouncing-with-rfc-5322-compliance-errors
    (
        "gmail",
        550,
        "5.7.1",
        "Our system has detected that this message is not RFC 5322 compliant: 'From' header is "
        "missing",
        "notcompliantrfc",
    ),
    # --- https://wiki.pscs.co.uk/how_to:421_4.3.2_vpop3_too_many_connections_from_your_ip_address_-_try_later
    # (VPOP3's own limit on simultaneous sessions from one IP)
    (
        "vpop3",
        421,
        "4.3.2",
        "VPOP3 Too many connections from your IP address - try later",
        "toomanyconn",
    ),
    # --- https://www.suped.com/knowledge/email-deliverability/troubleshooting/what-causes-server-is-not-currently-available-possibly-due-to-too-many-connections-and-how-to-fi
    # (Charter/Spectrum; quoted without a code, 421 assumed) the page: a limit on concurrent
    # connections and volume from the sending IP. uncertain: toomanyconn; ratelimited arguable
    (
        "charter",
        421,
        None,
        "Server is not currently available, possibly due to too many connections",
        "toomanyconn",
    ),
    # --- https://era.host/en/blog/421-too-many-connections-complete-guide.php (a host's guide)
    ("provider", 421, None, "Too Many Connections (8) From This IP", "toomanyconn"),
    # --- http://www.alaskacommunications.com/Online-Care/Support-Center/FAQs/Explanation-of-error-554.aspx
    # (an Alaskan ISP's outbound filter; the page: the message has strong marks of junk)
    ("alaskacommunications", 554, "5.7.1", "spamdefang score exceeds maximum", "spamdetected"),
    # --- https://bobcares.com/blog/error-552/ (Gmail's refusal of an attachment type, as
    # the page quotes it; contenterror as round 2 labels Gmail's attachment block)
    (
        "gmail",
        552,
        "5.7.0",
        "Our system detected an illegal attachment on your message.",
        "contenterror",
    ),
    # --- https://support.konto.pl/kb/a2765/blad-policy-violation-e-maile-w-kolejce-z-adresu-ip.aspx
    # (Forpsi's submission server: over 100 messages from the client's IP in an hour, half
    # of them undeliverable, so SMTP access is held for 60 minutes). uncertain:
    # policyviolation by the words, as round 4 labels Forpsi's twin reply; ratelimited
    # arguable
    (
        "forpsi",
        550,
        "5.1.0",
        "cNkj1y0022zrrQM01NkjaD policy violation, see https://support.forpsi.com/kb/a4081",
        "policyviolation",
    ),
    (
        "forpsi",
        550,
        "5.1.0",
        "cNkj1y0022zrrQM01NkjaD policy violation, see https://support.forpsi.com/kb/a4075",
        "policyviolation",
    ),
    # --- https://jouwweb.freshdesk.com/fr/support/solutions/articles/13000102861-que-signifient-les-email-contenant-la-mention-undelivered-mail-returned-to-sender-
    # (a Dutch site builder's French help; quoted without a code, 554 assumed)
    ("provider", 554, None, "Message blocked due to virus content of the message", "virusdetected"),
    # --- https://smtp.codes/rackspace (Rackspace's documented replies, G-codes as quoted; its
    # "Too many concurrent connections from this client (G2)" is left out as a near copy)
    ("rackspace", 450, "4.7.1", "Client host 192.0.2.1 has no PTR record (G1F)", "requireptr"),
    # the page: a temporary failure verifying the recipient. uncertain: systemerror;
    # networkerror arguable
    (
        "rackspace",
        450,
        "4.4.1",
        "<kim@example.org>: The recipient's server was temporarily unavailable to accept your "
        "message (G6)",
        "systemerror",
    ),
    # the page: a per-mailbox inbound rate limit (ratelimited, as Gmail's "receiving mail
    # too quickly" in the earlier tables)
    (
        "rackspace",
        450,
        "4.2.1",
        "<kim@example.org>: Mailbox received too much email in a short period of time (G30)",
        "ratelimited",
    ),
    # a mail loop (networkerror, as round 1's "too many hops")
    ("rackspace", 450, "4.4.6", "Routing loop detected (G16)", "networkerror"),
    # the sender domain's DMARC record could not be looked up just now. uncertain:
    # networkerror (a DNS failure); authfailure arguable
    (
        "rackspace",
        450,
        "4.4.0",
        "<kim@example.org> Temporary DMARC DNS lookup failure (G1E)",
        "networkerror",
    ),
    # --- https://smtp.codes/zoho (Zoho Mail; the page: the receiving domain's own filters)
    ("zoho", 541, "5.4.1", "Mail rejected by destination domain", "filtered"),
    (
        "zoho",
        452,
        None,
        "<kim@example.org> Mailbox delivery restricted by policy error",
        "filtered",
    ),
    # --- https://help.runbox.com/common-errors-when-sending-mail-through-an-email-client/
    # (Runbox's submission server: no SMTP authentication)
    ("runbox", 550, None, "relaying prohibited", "norelaying"),
    # our From address is not one of the account's validated addresses
    ("runbox", 550, None, "Invalidated From address", "rejected"),
    # --- https://www.strato-hosting.co.uk/faq/product/why-are-my-emails-not-being-delivered
    # (STRATO: an envelope sender in a domain of STRATO's own)
    (
        "strato",
        550,
        None,
        "Forbidden domain 'example.org' in Envelope-From (B-EFROM-STRATO)",
        "rejected",
    ),
    # --- https://docs.onmeil.eu/en/troubleshooting/error-messages (greylisting, blocked by
    # round 1's convention)
    ("onmeil", 421, None, "Greylisted", "blocked"),
    # --- https://smtp.codes/unitedinternet/ (GMX, web.de, mail.com: a sending IP outside the
    # sender domain's SPF record)
    (
        "unitedinternet",
        550,
        None,
        "<kim@example.org>: Reject due to SPF policy. The originating IP of the message is not "
        "permitted by the domain owner",
        "authfailure",
    ),
    # --- https://postmaster.gmx.com/en/error-messages (GMX's example of its multi-line
    # refusal of a block-listed IP, the lines joined)
    (
        "gmx",
        554,
        None,
        "gmx.net (mxgmx104) Nemesis ESMTP Service not available No SMTP service IP address is "
        "block listed. For explanation visit "
        "https://postmaster.gmx.net/en/case?c=r0201&i=ip&v=192.0.2.1&r=1MNcgj-1ue23t3pyV-00S2YR",
        "blocked",
    ),
    # --- https://docs.trendmicro.com/en-us/documentation/article/deep-discovery-email-inspector-51-online-help-smtp-error-codes
    # (Trend Micro DDEI's replies for its sender filters: harvest and bounce-attack
    # protection, throttling, SPF/DKIM/DMARC). uncertain: blocked (a refusal of the
    # sender); authfailure or ratelimited arguable by the page's list
    ("trendmicro", 421, None, "Block temporarily (Sender Filtering/Authentication)", "blocked"),
    ("trendmicro", 521, None, "Block permanently (Sender Filtering/Authentication)", "blocked"),
    # --- https://linuxkitchen.com/2013/08/16/smtp-greske-koje-mogu-da-se-jave-pri-slanju-mail-a/
    # (a Serbian blog's list of a provider's replies; its "450 4.5.0 Mailbox temporarily
    # unavailable." is left out, the words and the code naming no cause)
    # our sender domain does not resolve just now (rejected, the sender's domain)
    (
        "provider",
        451,
        "4.1.8",
        "Sender e-mail address domain does not resolve temporarily.",
        "rejected",
    ),
    ("provider", 544, "5.4.4", "Host not found (not in DNS).", "hostunknown"),
    ("provider", 550, "5.7.0", "Your IP address is in a blacklist.", "blocked"),
    ("provider", 553, "5.1.8", "Sender e-mail address domain does not exist.", "rejected"),
    # --- https://support.forpsi.com/kb/a3302/incoming-emails-limitiation-on-the-mailserver-mxavas_forpsi_com.aspx
    # (Forpsi's English page; the lines not already taken by round 3 from its Czech twin)
    # the recipient's own block list holds our sender (rejected, as round 3 labels the
    # Czech page's "sender is blacklisted")
    ("forpsi", 550, "5.1.1", "<sam@outreach.example> sender is blocklisted", "rejected"),
    # the page: our From domain's DMARC policy is reject and the DKIM check failed
    ("forpsi", 552, None, "bizsmtp 0bqv1i0054rvCQt01 DMARC validation failed", "authfailure"),
    # --- https://multimedia-4-all.de/intern/?p=278 (a German site owner's page: a big
    # provider's outbound relay listed on SpamCop, refused by the owner's server)
    (
        "postfix",
        554,
        "5.7.1",
        "Service unavailable; Client host [192.0.2.2] blocked using bl.spamcop.net; Blocked - "
        "see http://www.spamcop.net/bl.shtml?192.0.2.2",
        "blocked",
    ),
]

# The first pass is the lead's; misses are written here after it, kept visible until each
# is fixed or its label is settled.
KNOWN_MISSES: dict[str, str] = {
    "Call forward rejected": (
        "first pass (both formats): reason 'blocked'; labelled userunknown; hard False"
        " After fix8: label question: a callout refused by the next server, the page names no "
        "cause (userunknown is the usual one, not said)."
    ),
    "Excessive amounts of data sent to server.": (
        "first pass (both formats): reason 'systemerror'; labelled notcompliantrfc"
        ' After fix8: left: "excessive amounts of data" names no framing fault in the words '
        "(notcompliantrfc by the page; mesgtoobig reads as well)."
    ),
    "dnvrco-cmimta15 esmtp ESMTP server not available AUP#I-1010": (
        "first pass (both formats): reason 'undefined'; labelled blocked"
        " After fix8: left: Charter's AUP code names no cause in its words; only the page says "
        "the IP was blocked."
    ),
    "Adress Rejected": (
        "first pass (both formats): reason 'undefined'; labelled rejected"
        ' After fix8: left: a bare "address rejected" names neither whose address nor why (the '
        "label is marked uncertain)."
    ),
    "Administrative Prohibition": (
        "first pass (both formats): reason 'undefined'; labelled blocked"
        ' After fix8: left: a bare "administrative prohibition" names no cause (the page says '
        "a listed or dynamic IP)."
    ),
    "Mail rejected by destination domain": (
        "first pass (both formats): reason 'expired'; labelled filtered"
        ' After fix8: left: "rejected by destination domain" names no filter in its words (the '
        "page does); the X.4.1 code gives expired."
    ),
}

PARAMS = params(CASES)


@pytest.mark.parametrize(("variant", "case"), PARAMS)
def test_quoted_reply_7(variant: str, case: Case) -> None:
    check(variant, case, KNOWN_MISSES)


if __name__ == "__main__":  # PYTHONPATH=src:. python -m tests.inbound.test_quoted_texts_7 [N]
    main(CASES)
