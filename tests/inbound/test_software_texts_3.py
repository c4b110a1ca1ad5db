"""Reply texts from mail software the other tables do not cover, round 3, in minimal bounces.

A from-source table, round 3. Collection rule, fixed before any candidate source was read:

- Programs: only mail servers, filters, policy daemons, gateways and sending services
  that test_mta_texts.py and test_software_texts_2.py do not use (their docstrings and
  "# ---" comments name them: Postfix, Exim, cPanel's Exim, Sendmail, qmail and its
  patches, vpopmail, maildrop, Dovecot, Cyrus, OpenSMTPD, Haraka, Exchange, Domino,
  hMailServer, James, MailEnable, Stalwart, rspamd/rmilter, spamass-milter, amavisd-new,
  clamsmtp, milter-greylist, sqlgrey, policyd-weight, OpenDMARC, Mailman 2, chasquid,
  mox, maddy, Zimbra, aiosmtpd, ZoneMTA, Postal, MIMEDefang, Mailgun, SparkPost,
  MailChannels, Trend Micro DDEI, IronPort, MDaemon, GNU Mailutils, Proxmox Mail
  Gateway).
- Texts: the reply a refused or deferred sender would see in a bounce (an SMTP reply or
  the text a sending service writes into its bounce), each *read* while writing this
  table in the program's public source code or official documentation, named in a
  comment above each group ("read"); nothing quoted from memory. Printf placeholders are
  filled with the table's fixed recipient kim@example.org, sender sam@outreach.example,
  our IP 192.0.2.1 and hosts of example.net / mx.example.org; a "filled" comment marks a
  stand-in for another program's inserted text. The reply code and enhanced code are
  the ones the program sends (None when it sends none).
- Duplicates: a wording already in any reply-text table (test_provider_texts,
  test_mta_texts, test_quoted_texts*, test_software_texts_2), compared after
  lower-casing, collapsing white space and dropping trailing punctuation, is left out.
- Labels: the reason in our vocabulary (Sisimai's, by its public reason documentation;
  conventions in tests/data/inbound/README.md, docs/inbound.md and the decisions recorded
  in the earlier tables: X.6.x -> contenterror, 5.1.6 -> hasmoved, a bare X.1.0 or a
  causeless delay -> undefined, HELO refusals -> blocked, connection-count limits ->
  toomanyconn, greylisting -> blocked), written *before* the classifier was run on any of
  them; an uncertain label says "Unsure" in a comment.
- Nothing from Sisimai's repositories, set-of-emails or bounceHammer.

The first pass was run by the lead on the merged code (BENCHMARKS.md, "Session 5 first
passes"); its misses are KNOWN_MISSES. Each case becomes the two bounces of
replytable.py: a Postfix RFC 3464 report whose Diagnostic-Code carries the reply, and an
Exim-style plain-text notice.
"""

from __future__ import annotations

import pytest

from .replytable import Case, check, main, params

# (software, SMTP reply code, enhanced status code or None, reply text, reason)
CASES: list[Case] = [
    # --- spamdyke spamdyke/spamdyke.h, the REJECTION_DATA table (chrisboulton/spamdyke,
    # read): severity "421 " or "554 ", no enhanced code; the optional " See: URL" tail off.
    # Unsure: a per-connection recipient cap (as chasquid's "Too many recipients").
    (
        "spamdyke",
        421,
        None,
        "Too many recipients. Try the remaining addresses again later.",
        "ratelimited",
    ),
    # Unsure: a recipient without a domain (as Postfix's "Bad recipient address syntax").
    (
        "spamdyke",
        554,
        None,
        "Improper recipient address. Try supplying a domain name.",
        "userunknown",
    ),
    ("spamdyke", 421, None, "Refused. You have no reverse DNS entry.", "requireptr"),
    ("spamdyke", 421, None, "Refused. Your reverse DNS entry does not resolve.", "requireptr"),
    # The client's host name looks dynamic: a refusal of the client host, not a missing
    # PTR. (The "country code" variant is left out: test_quoted_texts has it.)
    (
        "spamdyke",
        554,
        None,
        "Refused. Your reverse DNS entry contains your IP address and a banned keyword.",
        "blocked",
    ),
    # Our client spoke before the greeting (as Haraka's "You talk too soon": syntaxerror).
    ("spamdyke", 554, None, "Refused. You are not following the SMTP protocol.", "syntaxerror"),
    # "Your domain name" is the client's reverse-DNS name here (the blacklist-rdns files).
    ("spamdyke", 554, None, "Refused. Your domain name is blacklisted.", "blocked"),
    ("spamdyke", 554, None, "Refused. Your IP address is blacklisted.", "blocked"),
    ("spamdyke", 554, None, "Refused. Your sender address has been blacklisted.", "rejected"),
    # Unsure: the recipient address is on the site's recipient blacklist; the words say
    # the address takes no mail (filtered; userunknown or suspend arguable).
    ("spamdyke", 554, None, "Refused. Mail is not being accepted at this address.", "filtered"),
    (
        "spamdyke",
        421,
        None,
        "Refused. The domain of your sender address has no mail exchanger (MX).",
        "rejected",
    ),
    (
        "spamdyke",
        554,
        None,
        "Refused. Your IP address is listed in the RBL at zen.spamhaus.org",
        "blocked",
    ),
    # Unsure: spamdyke's RHSBL check looks up the client's reverse-DNS name (blocked); a
    # reader could take "your domain name" for the sender's domain (rejected).
    (
        "spamdyke",
        554,
        None,
        "Refused. Your domain name is listed in the RHSBL at dbl.spamhaus.org",
        "blocked",
    ),
    # Unsure: the access file denies the client (IP or host name); the words name nothing.
    ("spamdyke", 554, None, "Refused. Access is denied.", "blocked"),
    (
        "spamdyke",
        554,
        None,
        "Refused. Sending to remote addresses (relaying) is not allowed.",
        "norelaying",
    ),
    ("spamdyke", 554, None, "Refused. Authentication is required to send mail.", "securityerror"),
    # The reject-all setting (for a client IP, name or sender) names no cause: undefined.
    ("spamdyke", 554, None, "Refused. Mail is not being accepted.", "undefined"),
    # Unsure: a refusal because the envelope sender equals the recipient (forged-sender
    # guess): rejected, as other envelope-sender refusals.
    (
        "spamdyke",
        554,
        None,
        "Refused. Identical sender and recipient addresses are not allowed.",
        "rejected",
    ),
    ("spamdyke", 454, None, "Failed to negotiate TLS connection.", "securityerror"),
    # --- go-smtp conn.go (emersion/go-smtp, read): the library's own replies -----------
    # Unsure: a per-message recipient cap (as chasquid's "Too many recipients").
    ("go-smtp", 452, "4.5.3", "Maximum limit of 100 recipients reached", "ratelimited"),
    ("go-smtp", 552, "5.3.4", "Max message size exceeded", "mesgtoobig"),
    # Filled: the backend's error text after the colon. The words name no cause.
    (
        "go-smtp",
        554,
        "5.0.0",
        "Error: transaction failed, blame it on the weather: backend unavailable",
        "undefined",
    ),
    # Unsure: Conn.Reject, the server turning a connection away under load (X.4.5
    # congestion; systemerror, toomanyconn arguable).
    ("go-smtp", 421, "4.4.5", "Too busy. Try again later.", "systemerror"),
    # --- qpsmtpd lib/Qpsmtpd/SMTP.pm (reply codes per hook: MAIL/RCPT/HELO DENY 550,
    # DENYSOFT 450; after DATA 552/452), lib/Qpsmtpd/DSN.pm (the "(#X.Y.Z)" suffix) and
    # plugins/* (smtpd/qpsmtpd, read) ---------------------------------------------------
    # plugins/greylisting: the default $DENYMSG. Unsure: greylisting (blocked, as the
    # other tables), though the words do not say so.
    ("qpsmtpd", 450, None, "This mail is temporarily denied", "blocked"),
    # plugins/headers (after DATA). RFC 5322 header requirements are notcompliantrfc, as
    # Haraka's "Required header 'Date' missing" in round 2 and OpenDMARC's "not exactly
    # one Date field" in test_quoted_texts.
    ("qpsmtpd", 552, None, "Headers are missing", "notcompliantrfc"),
    ("qpsmtpd", 552, None, "We require a valid From header", "notcompliantrfc"),
    (
        "qpsmtpd",
        552,
        None,
        "Only one Subject header allowed. See RFC 5322, Section 3.6",
        "notcompliantrfc",
    ),
    # Unsure: a Date outside the site's window is not an RFC 5322 fault (contenterror;
    # notcompliantrfc arguable).
    ("qpsmtpd", 552, None, "The Date header is too far in the past", "contenterror"),
    # plugins/qmail_deliverable
    ("qpsmtpd", 550, None, "fail, no mailbox by that name. qd (#5.1.1)", "userunknown"),
    # plugins/resolvable_fromhost with Qpsmtpd::DSN->addr_bad_from_system
    ("qpsmtpd", 550, None, "FQDN required in the envelope sender (#5.1.8)", "rejected"),
    # Qpsmtpd::DSN->temp_resolver_failed default text (resolvable_fromhost, no result).
    # Unsure: our sender domain could not be resolved for now (rejected, as the
    # envelope-sender checks; systemerror arguable).
    ("qpsmtpd", 450, None, "Temporary address resolution failure (#4.4.3)", "rejected"),
    # plugins/loop with Qpsmtpd::DSN->too_many_hops (after DATA). Unsure: the words name
    # hops (networkerror, as chasquid's "Loop detected (50 hops)"); mox's count of
    # Received headers was settled as contenterror.
    ("qpsmtpd", 552, None, "Too many hops (#5.4.6)", "networkerror"),
    # plugins/helo (HELO refusals are blocked)
    ("qpsmtpd", 550, None, "I do not believe you are example.net.", "blocked"),
    ("qpsmtpd", 550, None, "Your HELO hostname is not allowed", "blocked"),
    ("qpsmtpd", 550, None, "Plain IP is invalid HELO hostname (RFC 2821)", "blocked"),
    ("qpsmtpd", 550, None, "RFC 2821 allows an address literal, but we do not", "blocked"),
    ("qpsmtpd", 550, None, "Forged IPs not accepted here", "blocked"),
    ("qpsmtpd", 550, None, "HELO name is not fully qualified. Read RFC 2821", "blocked"),
    ("qpsmtpd", 550, None, "HELO hostname does not exist", "blocked"),
    ("qpsmtpd", 550, None, "That HELO hostname fails FCrDNS", "blocked"),
    # The helo plugin's rDNS test names the client's IP, not the HELO name.
    ("qpsmtpd", 550, None, "no rDNS for 192.0.2.1", "requireptr"),
    # plugins/dmarc (after DATA)
    ("qpsmtpd", 552, None, "failed DMARC policy", "authfailure"),
    # plugins/sender_permitted_from. Filled: Mail::SPF's local explanation after the colon.
    (
        "qpsmtpd",
        550,
        None,
        "SPF - forgery: outreach.example: Sender is not authorized by default to use "
        "'sam@outreach.example' in 'mfrom' identity (mechanism '-all' matched)",
        "authfailure",
    ),
    (
        "qpsmtpd",
        450,
        None,
        "SPF - fail: outreach.example: Sender is not authorized by default to use "
        "'sam@outreach.example' in 'mfrom' identity (mechanism '~all' matched)",
        "authfailure",
    ),
    # plugins/hosts_allow: the per-IP connection cap. The code of a DENYSOFT before the
    # greeting was not read (450 assumed, as the other hooks).
    (
        "qpsmtpd",
        450,
        None,
        "Sorry, too many connections from 192.0.2.1, try again later",
        "toomanyconn",
    ),
    # plugins/bogus_bounce: a bounce (null sender) to more than one recipient. Unsure:
    # refused for what the envelope sender's message is (rejected).
    (
        "qpsmtpd",
        552,
        None,
        "fail, this bounce message does not have 1 recipient",
        "rejected",
    ),
    # plugins/virus/clamdscan (after DATA). Filled: ClamAV's name for the EICAR test file.
    ("qpsmtpd", 552, None, "Virus Found: Eicar-Test-Signature", "virusdetected"),
    # plugins/spamassassin (after DATA)
    ("qpsmtpd", 552, None, "spam score exceeded threshold", "spamdetected"),
    # plugins/dspam with Qpsmtpd::DSN->media_unsupported (after DATA). Unsure: the words
    # say spam (spamdetected), but the settled rule makes any X.6.x status contenterror.
    ("qpsmtpd", 552, None, "dspam says, no spam please (#5.6.1)", "contenterror"),
    # plugins/karma: a client IP in the penalty box for earlier naughty connections.
    # Unsure: blocked (the client's own history here); badreputation arguable.
    (
        "qpsmtpd",
        550,
        None,
        "You were naughty. You are penalized for 0.75 more days.",
        "blocked",
    ),
    # plugins/badmailfrom: the default reason when the list entry gives none.
    ("qpsmtpd", 550, None, "Your envelope sender is in my badmailfrom list", "rejected"),
    # lib/Qpsmtpd/SMTP.pm
    # ("Message too big!" is left out: test_software_texts_2 has it.)
    ("qpsmtpd", 451, None, "Queuing declined or disabled; try again later", "systemerror"),
    # A bare LF line end in our message; the text is only a URL. Unsure: notcompliantrfc,
    # as chasquid's "invalid line ending".
    ("qpsmtpd", 421, None, "See http://smtpd.develooper.com/barelf.html", "notcompliantrfc"),
    # --- nodemailer smtp-server lib/smtp-connection.js (nodemailer/smtp-server, read) --
    (
        "smtp-server",
        421,
        None,
        "mx.example.org Too many connected clients, try again in a moment",
        "toomanyconn",
    ),
    ("smtp-server", 530, None, "Error: authentication Required", "securityerror"),
    ("smtp-server", 538, None, "Error: Must issue a STARTTLS command first", "securityerror"),
    (
        "smtp-server",
        552,
        None,
        "Error: message exceeds fixed maximum message size 10485760",
        "mesgtoobig",
    ),
    # --- Courier-MTA courier/courier/submit.C (svarshavchik/courier, read): Courier's
    # own three-digit codes (417, 517, 546, ...) are sent as they are ----------------------
    (
        "courier",
        417,
        None,
        "DNS lookup on HELO mail.outreach.example failed.  Try again later.",
        "blocked",
    ),
    ("courier", 517, None, "HELO mail.outreach.example does not match 192.0.2.1", "blocked"),
    ("courier", 517, None, "HELO mail.outreach.example does not exist.", "blocked"),
    # The BOFHSPFNOVERBOSE wording of an SPF refusal of the MAIL FROM address.
    (
        "courier",
        517,
        None,
        "SPF fail sam@outreach.example: Rejected by the Sender Policy Framework.",
        "authfailure",
    ),
    ("courier", 517, None, "Sender rejected: sam@outreach.example", "rejected"),
    # An MX host of our sender domain is on the site's bad-MX list. Unsure: a refusal of
    # the envelope sender's domain (rejected); blocked arguable.
    ("courier", 517, None, "Mail server at 192.0.2.7 is blocked.", "rejected"),
    # The last line of "517-Domain does not exist: outreach.example." (our sender
    # domain). Unsure: alone the words do not say whose domain.
    (
        "courier",
        517,
        None,
        "Invalid domain, see <URL:https://www.ietf.org/rfc/rfc1035.txt>",
        "rejected",
    ),
    # Unsure: our sender domain's DNS failed for now (rejected, as the sender checks).
    (
        "courier",
        417,
        None,
        "DNS lookup failure: outreach.example.  Try again later.",
        "rejected",
    ),
    # Unsure: the recipient's own whitelist setting (filtered); the 412 is a deferral.
    # Label settled in session 7 (ADR 0017, convention 1: our sender not on a permitted
    # list is rejected; was filtered); the first-pass numbers keep the old label.
    (
        "courier",
        412,
        None,
        "You are not whitelisted by this recipient, please try again later.",
        "rejected",
    ),
    # Settled in round 2: too many Received headers is contenterror.
    (
        "courier",
        546,
        None,
        "Routing loop detected -- too many Received: headers.",
        "contenterror",
    ),
    # Unsure: a header-size limit (mesgtoobig; contenterror arguable).
    # label settled in session 7 (ADR 0017, convention 10); the first-pass numbers
    # keep the old label (mesgtoobig)
    ("courier", 534, None, "Message header size exceeds policy limit.", "contenterror"),
    ("courier", 431, None, "Mail system full.", "systemfull"),
    ("courier", 400, None, "Service temporarily unavailable.", "systemerror"),
    # --- Courier-MTA courier/courier/filters/ratefilter.C and verifyfilter.c (read) ----
    # The rate filter counts an authenticated sender's recipients per interval.
    (
        "courier",
        500,
        None,
        "Number of messages exceeded administrative limit.",
        "ratelimited",
    ),
    # verifyfilter's last line after the sender-verification callout failed.
    ("courier", 530, None, "<sam@outreach.example> verification failed.", "rejected"),
    # --- WildDuck's MX plugin, nodemailer/haraka-plugin-wildduck index.js (read; the
    # plugin's own texts; its DSN.* replies come from Haraka's table and are left out) ----
    ("wildduck", 450, None, "Failed to process recipient, try again [ERRC01]", "systemerror"),
    ("wildduck", 451, None, "Failed to queue message [ERRQ03]", "systemerror"),
    # The plugin's defaultSpamRejectMessage, a two-line reply joined here. The code after
    # DATA was not read (550 assumed).
    (
        "wildduck",
        550,
        None,
        "Our system has detected that this message is likely unsolicited mail. To reduce "
        "the amount of spam this message has been blocked.",
        "spamdetected",
    ),
    # --- KumoMTA crates/kumod/src/smtp_dispatcher.rs (KumoCorp/kumomta, read) and its
    # skip_hosts page: replies the sending MTA records itself --------------------------
    # Near the provider table's "Recipient address has null MX" (one word differs).
    ("kumomta", 556, "5.1.10", "Recipient address has a null MX", "notaccept"),
    # Unsure: the recipient domain's MX names resolve to no address (X.4.4 unable to
    # route); hostunknown, as qmail's "couldn't find a mail exchanger or IP address".
    ("kumomta", 451, "4.4.4", "MX didn't resolve to any hosts", "hostunknown"),
    # Unsure: our own configuration refuses the MX host (networkerror; undefined arguable).
    # Filled: the address and the CIDR list stand in for the program's formatting.
    (
        "kumomta",
        550,
        "5.4.4",
        "192.0.2.25:25 is on the list of prohibited_hosts {192.0.2.0/24}",
        "networkerror",
    ),
    (
        "kumomta",
        451,
        "4.4.4",
        "KumoMTA internal: MX consisted solely of hosts on the skip_hosts list",
        "networkerror",
    ),
    # Filled: the connection failure after the colon.
    (
        "kumomta",
        400,
        None,
        "KumoMTA internal: failed to connect to any candidate hosts: connect to "
        "192.0.2.25:25 and read initial banner: Connection refused (os error 111)",
        "networkerror",
    ),
    # Unsure: our own queue is suspended by a rule (a causeless delay: undefined).
    # Filled: the suspension's reason after the colon; the enhanced code 4.4.4 was read,
    # the reply code (451) was not.
    (
        "kumomta",
        451,
        "4.4.4",
        "KumoMTA internal: scheduled queue is suspended: too many deferrals",
        "undefined",
    ),
    # --- KumoMTA crates/kumod/src/queue.rs expiry records (read): 551 5.4.7. Filled:
    # the times and durations stand in for the program's formatting.
    (
        "kumomta",
        551,
        "5.4.7",
        "Next delivery time would be at 2026-11-25 09:00:00 UTC which exceeds the expiry "
        "time 2026-11-24 09:00:00 UTC configured via set_scheduling",
        "expired",
    ),
    (
        "kumomta",
        551,
        "5.4.7",
        "Next delivery time would be 7days 20m after creation, which exceeds max_age=7days",
        "expired",
    ),
    # --- Citadel citadel/modules/smtp/serv_smtp.c (mingodad/citadel mirror, read) ------
    ("citadel", 551, None, "<kim@example.org> - relaying denied", "norelaying"),
    ("citadel", 550, None, "You must log in to send mail on this port.", "securityerror"),
    # A scan hook (spam or virus filter) refused the message after DATA; its default
    # text. Unsure: spamdetected (a content filter, as the README's rule); filtered
    # arguable.
    ("citadel", 550, None, "Message rejected by filter", "spamdetected"),
    ("citadel", 550, None, "Internal delivery error", "systemerror"),
    ("citadel", 550, None, "Unable to save message: internal error.", "systemerror"),
    # The outgoing client's own DSN texts (smtp_try).
    ("citadel", 550, None, "No MX hosts found for <example.org>", "hostunknown"),
    ("citadel", 451, None, "Connection broken during SMTP conversation", "networkerror"),
    # --- Citadel citadel/msgbase.c validate_recipients() (read): RCPT answers "550 %s"
    ("citadel", 550, None, "Invalid recipient: kim@example.org", "userunknown"),
    # --- LBBS modules/mod_smtp_delivery_external.c, mod_smtp_delivery_local.c and
    # mod_paging_smtp.c (InterLinked1/lbbs, read) ----------------------------------------
    (
        "lbbs",
        550,
        "5.7.0",
        "Mail relay denied. Forwarding to remote hosts disabled",
        "norelaying",
    ),
    # The recipient domain has a null MX (lookup_mx_all returns -2).
    ("lbbs", 553, "5.1.2", "Recipient domain does not accept mail.", "notaccept"),
    # (Its "Recipient domain not found." is left out: test_quoted_texts_3 has it.)
    # Unsure: the site bars this user from outside mail (filtered, a recipient-side
    # restriction); the X.1.1 code alone would say userunknown.
    (
        "lbbs",
        550,
        "5.1.1",
        "User unauthorized to receive external mail",
        "filtered",
    ),
    (
        "lbbs",
        452,
        "4.2.2",
        "The mailbox you've tried to reach is full (over quota)",
        "mailboxfull",
    ),
    # (mod_paging_smtp's "No such mailbox" is left out: test_quoted_texts has it.)
    # Unsure: the words say a system error (systemerror); the X.3.1 code says the mail
    # system is full (systemfull).
    ("lbbs", 452, "4.3.1", "Temporary system error", "systemerror"),
    # --- iRedAPD libs/__init__.py SMTP_ACTIONS and libs/default_settings.py
    # GREYLISTING_MESSAGE (iredmail/iRedAPD, read): policy-server actions that Postfix
    # turns into replies ("REJECT text" -> 554 5.7.1 with Postfix's "Recipient address
    # rejected: " prefix, as in test_mta_texts; the action "451 4.7.1 text" as given) --
    (
        "iredapd",
        554,
        "5.7.1",
        "<kim@example.org>: Recipient address rejected: Policy rejection due to null sender",
        "rejected",
    ),
    # Unsure: our sender domain is one the site hosts, so it wants us logged in
    # (securityerror, as "Authentication required"); rejected arguable.
    (
        "iredapd",
        554,
        "5.7.1",
        "<kim@example.org>: Recipient address rejected: "
        "SMTP AUTH is required for users under this sender domain",
        "securityerror",
    ),
    (
        "iredapd",
        554,
        "5.7.1",
        "<kim@example.org>: Recipient address rejected: "
        "Sender is not same as SMTP authenticate username",
        "rejected",
    ),
    # Unsure: amavisd_wblist's per-user blacklist holds senders and client IPs alike
    # (blocked; rejected or filtered arguable).
    (
        "iredapd",
        554,
        "5.7.1",
        "<kim@example.org>: Recipient address rejected: Blacklisted",
        "blocked",
    ),
    # Unsure: a mailing list's access policy refused the sender (rejected, as list
    # non-member refusals in docs/inbound.md).
    (
        "iredapd",
        554,
        "5.7.1",
        "<kim@example.org>: Recipient address rejected: Not authorized",
        "rejected",
    ),
    (
        "iredapd",
        554,
        "5.7.1",
        "<kim@example.org>: Recipient address rejected: "
        "Message size exceed (maybe caused by big attachment file)",
        "mesgtoobig",
    ),
    (
        "iredapd",
        554,
        "5.7.1",
        "<kim@example.org>: Recipient address rejected: "
        "Blacklisted reverse DNS name of server IP address",
        "blocked",
    ),
    # The throttle plugin's sending quota (messages per period), not a mailbox quota.
    # Unsure only in that the words alone read as mailboxfull.
    (
        "iredapd",
        554,
        "5.7.1",
        "<kim@example.org>: Recipient address rejected: Quota exceeded",
        "ratelimited",
    ),
    (
        "iredapd",
        554,
        "5.7.1",
        "<kim@example.org>: Recipient address rejected: Server IP address has bad "
        "reputation. FYI: https://www.senderscore.org/lookup.php?lookup=192.0.2.1",
        "badreputation",
    ),
    # Greylisting (blocked); the default message does not say so. Unsure for that reason.
    (
        "iredapd",
        451,
        "4.7.1",
        "<kim@example.org>: Recipient address rejected: Intentional policy rejection, "
        "please try again later",
        "blocked",
    ),
    # --- LBBS modules/mod_smtp_greylisting.c (read): greylisting after DATA (blocked) ---
    ("lbbs", 421, None, "Message greylisted, retry delivery later", "blocked"),
    # --- LBBS nets/net_smtp.c (read) ---------------------------------------------------
    # HELO refusals are blocked.
    (
        "lbbs",
        501,
        "5.5.4",
        "Empty HELO/EHLO argument not allowed, closing connection.",
        "blocked",
    ),
    # Unsure: a HELO name that does not match our sender domain (blocked, as HELO
    # refusals); rejected arguable.
    ("lbbs", 530, "5.7.0", "HELO/EHLO domain does not match MAIL FROM domain", "blocked"),
    # The site's blacklist of sender domains and addresses, at MAIL FROM.
    ("lbbs", 554, "5.7.1", "This domain is blacklisted", "rejected"),
    ("lbbs", 554, "5.7.1", "This email address is blacklisted", "rejected"),
    # Unsure: the server takes no mail from outside at all (notaccept); norelaying
    # arguable.
    ("lbbs", 550, "5.7.1", "Mail not accepted externally here", "notaccept"),
    # ("No such user here" is left out: test_mta_texts has it.)
    # Unsure: a per-message recipient cap (as chasquid's "Too many recipients").
    ("lbbs", 452, "4.5.3", "Your message has too many recipients", "ratelimited"),
    # --- OpenBSD spamd libexec/spamd/spamd.c (openbsd/src, read) ----------------------
    # Greylisting (blocked, as the other tables); the words do not say so.
    ("spamd", 451, None, "Temporary failure, please try again later.", "blocked"),
    # The generic blacklist reply when a list has no message of its own; three reply
    # lines joined here, the first naming the client IP.
    (
        "spamd",
        450,
        None,
        "Sorry 192.0.2.1 You are trying to send mail from an address listed by one or "
        "more IP-based registries as being a SPAM source.",
        "blocked",
    ),
    # --- Twisted src/twisted/mail/smtp.py SMTPBadRcpt, SMTPBadSender defaults
    # (twisted/twisted, read) ---------------------------------------------------------
    ("twisted", 550, None, "Cannot receive for specified address", "userunknown"),
    ("twisted", 550, None, "Sender not acceptable", "rejected"),
    # --- OpenSMTPD filters by poolpOrg (separate programs from OpenSMTPD itself):
    # filter-senderscore.go, filter-checksenderdomain.go, filter-spfgreylist.go (read) ----
    (
        "opensmtpd-filter",
        550,
        None,
        "your IP reputation is too low for this MX",
        "badreputation",
    ),
    ("opensmtpd-filter", 550, None, "unknown sender domain", "rejected"),
    # Greylisting (blocked).
    ("opensmtpd-filter", 451, None, "greylisted, try again later", "blocked"),
    # --- go-guerrilla response/enhanced.go Codes (flashmob/go-guerrilla, read) --------
    # The library pairs a 552 with the transient 4.2.3; the enhanced code decides the
    # class (permanent False by the convention).
    ("go-guerrilla", 552, "4.2.3", "Message exceeds maximum size!", "mesgtoobig"),
    ("go-guerrilla", 522, "5.2.2", "Users mailbox is full!", "mailboxfull"),
    ("go-guerrilla", 454, "4.1.1", "Relay access denied!", "norelaying"),
    (
        "go-guerrilla",
        421,
        "4.3.0",
        "Server is shutting down. Please try again later!",
        "systemerror",
    ),
    ("go-guerrilla", 554, "5.5.0", "ERR transaction timeout", "systemerror"),
    (
        "go-guerrilla",
        550,
        "5.1.1",
        "User unknown in local recipient table",
        "userunknown",
    ),
    # --- XMail SMTPSvr.cpp (warren-bank/mirror-XMail-mail-server, read) --------------
    ("xmail", 550, None, "Account disabled <kim@example.org>", "suspend"),
    ("xmail", 452, None, "Mailbox full <kim@example.org>", "mailboxfull"),
    ("xmail", 550, None, "Mailbox unavailable <kim@example.org>", "userunknown"),
    # A mailing list that takes posts from members only refused our sender (rejected,
    # as list non-member refusals).
    (
        "xmail",
        557,
        None,
        "Access denied <kim@example.org> for user <sam@outreach.example>",
        "rejected",
    ),
    (
        "xmail",
        451,
        None,
        "Requested action aborted: (-24) local error in processing",
        "systemerror",
    ),
    ("xmail", 505, None, "Your domain has not DNS/MX entries", "rejected"),
    # spam-address.tab lists sender addresses: a refusal of our envelope sender.
    ("xmail", 504, None, "You are registered as spammer", "rejected"),
    ("xmail", 552, None, "Message exceeds fixed maximum message size", "mesgtoobig"),
    ("xmail", 551, None, "Server access forbidden by your IP", "blocked"),
    # Unsure: the client's IP is mapped to a locked MAIL command (blocked); the words
    # name no cause.
    ("xmail", 551, None, "Server use forbidden", "blocked"),
    # --- mtpolicyd lib/Mail/MtPolicyd/Plugin/{Greylist,Quota,SPF}.pm default actions
    # (benningm/mtpolicyd, read), as Postfix renders a policy "defer"/"reject" action
    # (450/554 with 4.7.1/5.7.1 and its "Recipient address rejected: " prefix) -------
    # Greylisting (blocked); the plugin appends the seconds left on an early retry.
    (
        "mtpolicyd",
        450,
        "4.7.1",
        "<kim@example.org>: Recipient address rejected: greylisting is active (240s left)",
        "blocked",
    ),
    # The Quota plugin's per-client sending quota.
    (
        "mtpolicyd",
        450,
        "4.7.1",
        "<kim@example.org>: Recipient address rejected: smtp traffic quota has been exceeded",
        "ratelimited",
    ),
    # Filled: Mail::SPF's local explanation after the colon.
    (
        "mtpolicyd",
        554,
        "5.7.1",
        "<kim@example.org>: Recipient address rejected: SPF validation failed: "
        "outreach.example: Sender is not authorized by default to use "
        "'sam@outreach.example' in 'mfrom' identity (mechanism '-all' matched)",
        "authfailure",
    ),
    # --- SubEthaSMTP command/MailCommand.java and server/Session.java
    # (voodoodyne/subethasmtp, read) ---------------------------------------------------
    # (Its "Message size exceeds fixed limit" is left out: test_provider_texts has it.)
    ("subethasmtp", 421, None, "Too many connections, try again later", "toomanyconn"),
    # Our envelope sender failed the library's address check (rejected, a sender
    # refusal).
    ("subethasmtp", 553, None, "<sam@outreach.example> Invalid email address.", "rejected"),
]

# Open label questions after the first pass (none yet: the first pass has not been run).
# The first pass (session 5, BENCHMARKS.md): every miss, kept visible until it is fixed
# or its label is settled.
KNOWN_MISSES: dict[str, str] = {
    "Refused. Your domain name is blacklisted.": (
        "first pass (both formats): reason 'rejected'; labelled blocked. After fixq4: label "
        "open: spamdyke means our client's rDNS name (blocked); the words 'your domain ... "
        "blacklisted' read as our sender's domain (rejected), as lbbs's 'This domain is "
        "blacklisted'"
    ),
    "Refused. Mail is not being accepted.": (
        "first pass (both formats): reason 'blocked'; labelled undefined. After fixq4: label "
        "open: the words name no cause (undefined); the text model reads a refusal of the "
        "client (blocked)"
    ),
    "Error: transaction failed, blame it on the weather: backend unavailable": (
        "first pass (both formats): reason 'systemerror'; labelled undefined. After fixq4: "
        "label open: the words name a backend fault (systemerror); the label reads go-smtp's "
        "placeholder text"
    ),
    "Temporary address resolution failure (#4.4.3)": (
        "first pass (both formats): reason 'systemerror'; labelled rejected. After fixq4: label"
        " open: the words do not say whose address (qpsmtpd checks our sender's domain); the "
        "4.4.3 code says a directory fault (systemerror)"
    ),
    "fail, this bounce message does not have 1 recipient": (
        "first pass (both formats): reason 'mailboxfull'; labelled rejected. After fixq4: label"
        " open: a bounce to several recipients is policyviolation by POLICY_STRONG (Postfix's "
        "multi-recipient bounce, settled earlier); the label reads our null sender (rejected); "
        "no words match, the 552 code says mailboxfull"
    ),
    "Mail server at 192.0.2.7 is blocked.": (
        "first pass (both formats): reason 'blocked'; labelled rejected. After fixq4: label "
        "open: Courier means the MX of our sender's domain (rejected); the words read as a "
        "blocked client (blocked)"
    ),
    "DNS lookup failure: outreach.example.  Try again later.": (
        "first pass (both formats): reason 'networkerror'; labelled rejected. After fixq4: "
        "label open: the words do not say whose domain (Courier checks our sender's); a DNS "
        "failure reads networkerror"
    ),
    "<sam@outreach.example> verification failed.": (
        "first pass (both formats): reason 'securityerror'; labelled rejected. After fixq4: "
        "label open: the words do not say whose address was verified (our sender, by the "
        "source); a bare 530 is securityerror"
    ),
    "192.0.2.25:25 is on the list of prohibited_hosts {192.0.2.0/24}": (
        "first pass (both formats): reason 'hostunknown', hard True; labelled networkerror. "
        "After fixq4: label open: a routing rule of the sending MTA itself; the 5.4.4 code says"
        " hostunknown"
    ),
    "KumoMTA internal: scheduled queue is suspended: too many deferrals": (
        "first pass (both formats): reason 'networkerror'; labelled undefined. After fixq4: "
        "label open: the sending MTA's own queue state (undefined); the 4.4.4 code says "
        "networkerror"
    ),
    "<kim@example.org>: Recipient address rejected: Not authorized": (
        "first pass (both formats): reason 'blocked'; labelled rejected. After fixq4: label "
        "open: the words do not say who is not authorized (iRedAPD means our sender)"
    ),
    "<kim@example.org>: Recipient address rejected: Quota exceeded": (
        "first pass (both formats): reason 'mailboxfull'; labelled ratelimited. After fixq4: "
        "label open: the words say a quota (mailboxfull); only the source says iRedAPD's "
        "throttling (ratelimited)"
    ),
    "Mail not accepted externally here": (
        "first pass (both formats): reason 'blocked', hard False; labelled notaccept. After "
        "fixq4: label open: a site that takes no outside mail (notaccept by the label) or a "
        "restriction of our client (blocked, the text model)"
    ),
    "Temporary failure, please try again later.": (
        "first pass (both formats): reason 'systemerror'; labelled blocked. After fixq4: label "
        "open: the words name no cause; a bare 421/451 is systemerror by the reply-code "
        "convention (codes.BY_REPLY)"
    ),
    "Access denied <kim@example.org> for user <sam@outreach.example>": (
        "first pass (both formats): reason 'blocked'; labelled rejected. After fixq4: label "
        "open: the words do not say which side is denied"
    ),
    "Server use forbidden": (
        "first pass (both formats): reason 'hasmoved', hard True; labelled blocked. After "
        "fixq4: miss: XMail's refusal of a client that may not use the server (blocked); a bare"
        " 551 reads hasmoved"
    ),
    "<sam@outreach.example> Invalid email address.": (
        "first pass (both formats): reason 'userunknown', hard True; labelled rejected. After "
        "fixq4: label open: the words name an address without saying it is the sender's"
    ),
    "Refused. Mail is not being accepted at this address.": (
        "Session 8 (the model's second opinion, ADR 0018): reason 'blocked' (dsn) / "
        "'blocked' (plain), session-start code 'filtered' / 'filtered'; labelled filtered"
    ),
}

PARAMS = params(CASES)


@pytest.mark.parametrize(("variant", "case"), PARAMS)
def test_software_text_3(variant: str, case: Case) -> None:
    check(variant, case, KNOWN_MISSES)


if __name__ == "__main__":  # PYTHONPATH=src:. python -m tests.inbound.test_software_texts_3 [N]
    main(CASES)
