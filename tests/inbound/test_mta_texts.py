"""Reply and notice texts that mail software itself emits, each in a minimal bounce.

A from-source table: the short reply strings that MTAs, delivery agents and filters
write into bounces (taken from their public source code or official documentation,
named in a comment above each group), each labelled with the reason in our vocabulary
(Sisimai's, by its public reason documentation; conventions in
tests/data/inbound/README.md) *before* the classifier was run on them. Placeholders
(%s) are filled with the table's fixed recipient kim@example.org, sender
sam@outreach.example, our IP 192.0.2.1 and the remote host mx.example.org.

Source notes: "read" means the string was read in the named file or page through the
public-code index while writing this table; "recalled" means it is quoted from the
named source from memory and was not re-read here (kept where the wording is well
known; a misquote would make the case a wording test, not a source test).
No Sisimai code, sample or test data was used.

Each case becomes the two bounces of replytable.py: a Postfix RFC 3464
report whose Diagnostic-Code carries the reply, and an Exim-style plain-text notice.
"""

from __future__ import annotations

import pytest

from .replytable import Case, check, main, params

# (software, SMTP reply code, enhanced status code or None, reply text, reason)
CASES: list[Case] = [
    # --- Postfix src/smtpd/smtpd_check.c (recalled; the file's reverse-name checks read) -
    ("postfix", 554, "5.7.1", "<kim@example.org>: Relay access denied", "norelaying"),
    (
        "postfix",
        450,
        "4.1.2",
        "<kim@example.org>: Recipient address rejected: Domain not found",
        "hostunknown",
    ),
    (
        "postfix",
        550,
        "5.1.1",
        "<kim@example.org>: Recipient address rejected: User unknown in virtual mailbox table",
        "userunknown",
    ),
    (
        "postfix",
        550,
        "5.1.1",
        "<kim@example.org>: Recipient address rejected: User unknown in relay recipient table",
        "userunknown",
    ),
    (
        "postfix",
        550,
        "5.1.1",
        "<kim@example.org>: Recipient address rejected: User unknown in virtual alias table",
        "userunknown",
    ),
    ("postfix", 501, "5.5.2", "<relay_1>: Helo command rejected: Invalid name", "blocked"),
    (
        "postfix",
        504,
        "5.5.2",
        "<sam>: Sender address rejected: need fully-qualified address",
        "rejected",
    ),
    (
        "postfix",
        450,
        "4.1.1",
        "<kim@example.org>: Recipient address rejected: unverified address: host "
        "mx2.example.org[192.0.2.26] said: 550 5.1.1 <kim@example.org>: Recipient address "
        "rejected: User unknown in local recipient table (in reply to RCPT TO command)",
        "userunknown",
    ),
    (
        "postfix",
        550,
        "5.1.1",
        '<kim@example.org>: Recipient address rejected: undeliverable address: unknown user: "kim"',
        "userunknown",
    ),
    (
        "postfix",
        450,
        "4.1.8",
        "<sam@outreach.example>: Sender address rejected: Malformed DNS server reply",
        "rejected",
    ),
    (
        "postfix",
        553,
        "5.7.1",
        "<sam@outreach.example>: Sender address rejected: not owned by user bob",
        "rejected",
    ),
    # Unsure: our sender *domain* on a domain blocklist; labelled like an IP listing.
    (
        "postfix",
        554,
        "5.7.1",
        "Service unavailable; Sender address [sam@outreach.example] blocked using dbl.spamhaus.org",
        "blocked",
    ),
    (
        "postfix",
        554,
        "5.7.1",
        "Service unavailable; Helo command [relay.outreach.example] blocked using dbl.spamhaus.org",
        "blocked",
    ),
    ("postfix", 452, "4.3.1", "Insufficient system storage", "systemfull"),
    # Unsure: a per-message recipient cap; ratelimited is the nearest reason.
    ("postfix", 452, "4.5.3", "Error: too many recipients", "ratelimited"),
    (
        "postfix",
        421,
        "4.7.0",
        "mx.example.org Error: too many connections from 192.0.2.1",
        "toomanyconn",
    ),
    ("postfix", 450, "4.7.1", "Error: too many recipients from 192.0.2.1", "ratelimited"),
    (
        "postfix",
        421,
        "4.7.0",
        "mx.example.org Error: too many messages from 192.0.2.1",
        "ratelimited",
    ),
    ("postfix", 451, "4.3.5", "Server configuration error", "systemerror"),
    ("postfix", 451, "4.3.5", "Server configuration problem", "systemerror"),
    # Unsure: our client broke the pipelining rules; syntaxerror is the nearest reason.
    (
        "postfix",
        503,
        "5.5.0",
        "<kim@example.org>: Recipient address rejected: Improper use of SMTP command pipelining",
        "syntaxerror",
    ),
    ("postfix", 450, "4.7.1", "Session encryption is required", "securityerror"),
    (
        "postfix",
        556,
        "5.1.10",
        "<kim@example.org>: Recipient address rejected: Domain example.org does not accept "
        "mail (nullMX)",
        "notaccept",
    ),
    # --- Postfix src/smtpd/smtpd.c (recalled) ----------------------------------------
    ("postfix", 451, "4.3.0", "Error: queue file write error", "systemerror"),
    ("postfix", 501, "5.1.7", "Bad sender address syntax", "rejected"),
    # Unsure: the recipient address itself is malformed (X.1.3 in our code table).
    ("postfix", 501, "5.1.3", "Bad recipient address syntax", "userunknown"),
    # --- Postfix src/postscreen/ (recalled) ------------------------------------------
    (
        "postscreen",
        550,
        "5.7.1",
        "Service unavailable; client [192.0.2.1] blocked using zen.spamhaus.org",
        "blocked",
    ),
    ("postscreen", 421, "4.3.2", "All server ports are busy", "toomanyconn"),
    # Unsure: postscreen's deep-protocol-test refusal works like greylisting.
    # label settled in session 7 (ADR 0017, convention 6); the first-pass numbers
    # keep the old label (blocked)
    ("postscreen", 450, "4.3.2", "Service currently unavailable", "systemerror"),
    # --- Postfix src/smtp/ and src/global/ delivery client (recalled) ----------------
    (
        "postfix-smtp",
        550,
        "5.4.4",
        "Host or domain name not found. Name service error for name=example.org type=A: "
        "Host not found",
        "hostunknown",
    ),
    (
        "postfix-smtp",
        450,
        "4.4.3",
        "Host or domain name not found. Name service error for name=example.org type=MX: "
        "Host not found, try again",
        "networkerror",
    ),
    (
        "postfix-smtp",
        451,
        "4.4.1",
        "connect to mx.example.org[192.0.2.25]:25: Connection refused",
        "networkerror",
    ),
    (
        "postfix-smtp",
        451,
        "4.4.1",
        "connect to mx.example.org[192.0.2.25]:25: Connection timed out",
        "networkerror",
    ),
    (
        "postfix-smtp",
        451,
        "4.4.1",
        "connect to mx.example.org[192.0.2.25]:25: No route to host",
        "networkerror",
    ),
    (
        "postfix-smtp",
        451,
        "4.4.2",
        "lost connection with mx.example.org[192.0.2.25] while receiving the initial server "
        "greeting",
        "networkerror",
    ),
    (
        "postfix-smtp",
        451,
        "4.4.2",
        "conversation with mx.example.org[192.0.2.25] timed out while sending end of data -- "
        "message may be sent more than once",
        "networkerror",
    ),
    ("postfix-smtp", 554, "5.4.6", "mail for example.org loops back to myself", "networkerror"),
    (
        "postfix-smtp",
        451,
        "4.4.1",
        "delivery temporarily suspended: connect to mx.example.org[192.0.2.25]:25: "
        "Connection refused",
        "networkerror",
    ),
    (
        "postfix-smtp",
        451,
        "4.4.3",
        "Host or domain name not found. Name service error for name=example.org type=MX: "
        "Malformed or unexpected name server reply",
        "networkerror",
    ),
    (
        "postfix-smtp",
        552,
        "5.3.4",
        "message size 31457280 exceeds size limit 20971520 of server mx.example.org[192.0.2.25]",
        "mesgtoobig",
    ),
    (
        "postfix-smtp",
        451,
        "4.7.5",
        "TLS is required, but was not offered by host mx.example.org[192.0.2.25]",
        "securityerror",
    ),
    (
        "postfix-smtp",
        451,
        "4.7.5",
        "Server certificate not verified",
        "securityerror",
    ),
    # --- Postfix src/local/ and src/virtual/ (recalled) ------------------------------
    ("postfix-local", 550, "5.1.1", 'unknown user: "kim"', "userunknown"),
    (
        "postfix-local",
        552,
        "5.2.2",
        "cannot update mailbox /var/mail/kim for user kim. error writing message: File too large",
        "mailboxfull",
    ),
    (
        "postfix-virtual",
        552,
        "5.2.2",
        "cannot update mailbox /var/mail/vhosts/example.org/kim for user kim. error writing "
        "message: Disk quota exceeded",
        "mailboxfull",
    ),
    ("postfix-local", 554, "5.4.6", "mail forwarding loop for kim@example.org", "networkerror"),
    # A delivery program failed (Sisimai would say mailererror, a reason our vocabulary
    # lacks; the corpus labels flufl/postfix_03's "Command died" systemerror).
    (
        "postfix-local",
        550,
        "5.3.0",
        'Command died with status 1: "/usr/bin/procmail". Command output: procmail: '
        'Couldn\'t create "/var/mail/kim"',
        "systemerror",
    ),
    (
        "postfix-local",
        450,
        "4.3.0",
        'Command time limit exceeded: "/usr/bin/procmail"',
        "systemerror",
    ),
    # --- Postfix src/cleanup/ header_checks default REJECT text (recalled) -----------
    # Unsure: a content rule hit; the unseen-3 rules say content filter -> spamdetected.
    ("postfix-cleanup", 550, "5.7.1", "message content rejected", "spamdetected"),
    # --- Exim src/src/deliver.c, routers, transports/smtp.c, appendfile.c (recalled;
    # transports/smtp.c host-failure texts read) -----------------------------------
    ("exim", 550, None, "Unrouteable address", "hostunknown"),
    ("exim", 550, None, "all relevant MX records point to non-existent hosts", "hostunknown"),
    ("exim", 550, None, "an MX or SRV record indicated no SMTP service", "notaccept"),
    ("exim", 550, None, "retry timeout exceeded", "expired"),
    (
        "exim",
        550,
        None,
        "retry time not reached for any host after a long failure period",
        "expired",
    ),
    (
        "exim",
        550,
        None,
        "all hosts have been failing for a long time and were last tried after this message "
        "arrived",
        "expired",
    ),
    ("exim", 451, None, "all host address lookups failed temporarily", "networkerror"),
    ("exim", 550, None, "all host address lookups failed permanently", "hostunknown"),
    ("exim", 451, None, "host lookup did not complete", "networkerror"),
    # Label settled after the first pass (it said networkerror): Sisimai's published
    # contenterror definition names too many Received: headers.
    ("exim", 550, None, 'Too many "Received" headers - suspected mail loop', "contenterror"),
    ("exim", 550, None, "mailbox is full", "mailboxfull"),
    (
        "exim",
        550,
        None,
        "mailbox is full (MTA-imposed quota exceeded while writing to /var/mail/kim)",
        "mailboxfull",
    ),
    ("exim", 550, None, "mailbox is full: retry timeout exceeded", "mailboxfull"),
    ("exim", 550, None, "local delivery failed", "systemerror"),
    (
        "exim",
        451,
        None,
        "Child process of local_delivery transport returned 75 (could mean temporary error) "
        "from command: /usr/bin/procmail",
        "systemerror",
    ),
    (
        "exim",
        451,
        None,
        "SMTP timeout after sending data block (199 bytes written): Connection timed out",
        "networkerror",
    ),
    (
        "exim",
        451,
        None,
        "Remote host closed connection in response to initial connection",
        "networkerror",
    ),
    # Unsure: a routing misconfiguration at the receiving site.
    ("exim", 550, None, "lowest numbered MX record points to local host", "networkerror"),
    # --- Exim src/src/configure.default ACL texts (read) -----------------------------
    # Unsure: the recipient address has characters the site refuses (X.1.3-like).
    ("exim", 550, None, "Restricted characters in address", "userunknown"),
    ("exim", 550, None, "Sender verify failed", "rejected"),
    ("exim", 550, None, "Unknown user", "userunknown"),
    # --- Exim src/src/smtp_in.c, acl.c (recalled) ------------------------------------
    # Unsure: a callout to our domain could not finish.
    ("exim", 451, None, "Could not complete sender verify", "rejected"),
    ("exim", 503, None, "sender not yet given", "syntaxerror"),
    # Unsure: our client spoke before the greeting or out of turn.
    ("exim", 554, None, "SMTP synchronization error", "syntaxerror"),
    # --- cPanel's Exim/Dovecot build (cPanel docs, read) ----------------------------
    ("cpanel", 550, None, "No Such User Here", "userunknown"),
    (
        "cpanel",
        452,
        "4.2.2",
        "<kim@example.org> Mailbox is full / Blocks limit exceeded / Inode limit exceeded",
        "mailboxfull",
    ),
    (
        "cpanel",
        550,
        None,
        "Please turn on SMTP Authentication in your mail client. relay.outreach.example "
        "[192.0.2.1]:42424 is not permitted to relay through this server without "
        "authentication.",
        "norelaying",
    ),
    # --- Sendmail sendmail/deliver.c, srvrsmtp.c, parseaddr.c, queue.c (recalled) ------
    ("sendmail", 550, "5.1.1", "<kim@example.org>... User unknown", "userunknown"),
    (
        "sendmail",
        550,
        "5.1.2",
        "<kim@example.org>... Host unknown (Name server: example.org: host not found)",
        "hostunknown",
    ),
    (
        "sendmail",
        451,
        "4.4.1",
        "<kim@example.org>... Deferred: Connection refused by mx.example.org.",
        "networkerror",
    ),
    (
        "sendmail",
        451,
        "4.4.1",
        "<kim@example.org>... Deferred: Connection timed out with mx.example.org.",
        "networkerror",
    ),
    (
        "sendmail",
        451,
        "4.4.3",
        "<kim@example.org>... Deferred: Name server: mx.example.org.: host name lookup failure",
        "networkerror",
    ),
    ("sendmail", 550, "5.4.7", "Cannot send message for 5 days", "expired"),
    ("sendmail", 550, "5.4.7", "Message could not be delivered for 5 days", "expired"),
    # Unsure: a delay warning that names no cause (flanker/delayed.eml is labelled so).
    ("sendmail", 451, "4.4.7", "Warning: could not send message for past 4 hours", "expired"),
    (
        "sendmail",
        553,
        "5.1.8",
        "<sam@outreach.example>... Domain of sender address sam@outreach.example does not exist",
        "rejected",
    ),
    (
        "sendmail",
        554,
        "5.4.6",
        "Too many hops 26 (25 max): from <sam@outreach.example> via localhost, to "
        "<kim@example.org>",
        "networkerror",
    ),
    (
        "sendmail",
        550,
        "5.7.1",
        "<kim@example.org>... Relaying denied. IP name lookup failed [192.0.2.1]",
        "norelaying",
    ),
    ("sendmail", 550, "5.7.1", "Rejected: 192.0.2.1 listed at zen.spamhaus.org", "blocked"),
    (
        "sendmail",
        550,
        "5.7.1",
        "Mail from 192.0.2.1 refused by blackhole site zen.spamhaus.org",
        "blocked",
    ),
    (
        "sendmail",
        552,
        "5.2.3",
        "Message size exceeds fixed maximum message size (10485760)",
        "mesgtoobig",
    ),
    ("sendmail", 421, "4.3.2", "mx.example.org Too many open connections.", "toomanyconn"),
    ("sendmail", 554, "5.3.0", "<kim@example.org>... unknown mailer error 1", "systemerror"),
    # --- qmail / netqmail / notqmail qmail-local.c (read) ----------------------------
    ("qmail", 550, None, "Sorry, no mailbox here by that name. (#5.1.1)", "userunknown"),
    (
        "qmail",
        550,
        None,
        "This message is looping: it already has my Delivered-To line. (#5.4.6)",
        "networkerror",
    ),
    ("qmail", 451, None, "Unable to chdir to maildir. (#4.2.1)", "systemerror"),
    ("qmail", 451, None, "Temporary error on maildir delivery. (#4.3.0)", "systemerror"),
    # --- qmail-remote.c (read) --------------------------------------------------------
    (
        "qmail",
        550,
        None,
        "Sorry, I couldn't find any host named example.org. (#5.1.2)",
        "hostunknown",
    ),
    # Unsure: a temporary DNS failure, not a missing domain.
    (
        "qmail",
        451,
        None,
        "Sorry, I couldn't find any host by that name. (#4.1.2)",
        "networkerror",
    ),
    (
        "qmail",
        550,
        None,
        "Sorry, I couldn't find a mail exchanger or IP address. (#5.4.4)",
        "hostunknown",
    ),
    # Unsure: the MX points back at the sending host (a routing loop).
    (
        "qmail",
        550,
        None,
        "Sorry. Although I'm listed as a best-preference MX or A for that host, it isn't in "
        "my control/locals file, so I don't treat it as local. (#5.4.6)",
        "networkerror",
    ),
    (
        "qmail",
        451,
        None,
        "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)",
        "networkerror",
    ),
    ("qmail", 451, None, "CNAME lookup failed temporarily. (#4.4.3)", "networkerror"),
    ("qmail", 451, None, "Connected to 192.0.2.25 but connection died. (#4.4.2)", "networkerror"),
    (
        "qmail",
        553,
        None,
        "Connected to 192.0.2.25 but sender was rejected. Remote host said: 553 sorry, your "
        "envelope sender is in my badmailfrom list (#5.7.1)",
        "rejected",
    ),
    ("qmail", 550, None, "Connected to 192.0.2.25 but my name was rejected.", "blocked"),
    (
        "qmail",
        550,
        None,
        "192.0.2.25 does not like recipient. Remote host said: 550 5.1.1 <kim@example.org>... "
        "User unknown Giving up on 192.0.2.25.",
        "userunknown",
    ),
    # --- qmail-send.c (read) ----------------------------------------------------------
    (
        "qmail",
        451,
        None,
        "I'm not going to try again; this message has been in the queue too long.",
        "expired",
    ),
    # --- qmail-smtpd.c (read) ---------------------------------------------------------
    (
        "qmail",
        553,
        None,
        "sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)",
        "hostunknown",
    ),
    (
        "qmail",
        553,
        None,
        "sorry, your envelope sender is in my badmailfrom list (#5.7.1)",
        "rejected",
    ),
    ("qmail", 554, None, "too many hops, this message is looping (#5.4.6)", "networkerror"),
    ("qmail", 451, None, "timeout (#4.4.2)", "networkerror"),
    ("qmail", 421, None, "unable to read controls (#4.3.0)", "systemerror"),
    ("qmail", 451, None, "qqt failure (#4.3.0)", "systemerror"),
    ("qmail", 555, None, "syntax error (#5.5.4)", "syntaxerror"),
    # Unsure: a bare line feed in our message; an RFC 5321 framing fault.
    ("qmail", 451, None, "See http://pobox.com/~djb/docs/smtplf.html.", "notcompliantrfc"),
    # --- qmail-queue error texts as qmail-smtpd reports them (recalled) --------------
    ("qmail", 451, None, "qq write error or disk full (#4.3.0)", "systemfull"),
    ("qmail", 451, None, "qq trouble creating files in queue (#4.3.0)", "systemerror"),
    # --- qmail chkuser patch and vpopmail (recalled; the vpopmail text read) ---------
    (
        "qmail-chkuser",
        511,
        None,
        "sorry, no mailbox here by that name (#5.1.1 - chkuser)",
        "userunknown",
    ),
    (
        "qmail-chkuser",
        522,
        None,
        "sorry, recipient mailbox is full (#5.2.2 - chkuser)",
        "mailboxfull",
    ),
    ("vpopmail", 511, None, "Sorry, no mailbox here by that name (#5.1.1)", "userunknown"),
    # --- Courier maildrop (recalled) -------------------------------------------------
    ("courier-maildrop", 550, "5.2.2", "maildrop: maildir over quota.", "mailboxfull"),
    # --- Dovecot src/lmtp, src/lib-storage error strings (recalled) ------------------
    (
        "dovecot",
        451,
        "4.3.0",
        "<kim@example.org> Internal error occurred. Refer to server log for more information.",
        "systemerror",
    ),
    (
        "dovecot",
        451,
        "4.3.0",
        "<kim@example.org> Temporary user lookup failure",
        "systemerror",
    ),
    ("dovecot", 452, "4.3.1", "<kim@example.org> Not enough disk space", "systemfull"),
    # --- Cyrus IMAP lmtpd convert_lmtp() (read) --------------------------------------
    ("cyrus", 550, "5.1.1", "User unknown", "userunknown"),
    ("cyrus", 451, "4.3.0", "System I/O error", "systemerror"),
    ("cyrus", 451, "4.3.1", "cannot create file: out of space", "systemfull"),
    # Unsure: the recipient's mailbox does not grant posting rights.
    # label settled in session 7 (ADR 0017, convention 1); the first-pass numbers
    # keep the old label (filtered)
    ("cyrus", 550, "5.7.1", "Permission denied", "rejected"),
    ("cyrus", 451, "4.2.0", "Mailbox has an invalid format", "systemerror"),
    ("cyrus", 554, "5.6.0", "Message contains NUL characters", "contenterror"),
    ("cyrus", 554, "5.6.0", "Message contains bare newlines", "contenterror"),
    (
        "cyrus",
        554,
        "5.6.0",
        "Message contains non-ASCII characters in headers",
        "contenterror",
    ),
    ("cyrus", 554, "5.6.0", "Message has no header/body separator", "contenterror"),
    ("cyrus", 554, "5.0.0", "Unexpected internal error", "systemerror"),
    # --- OpenSMTPD usr.sbin/smtpd/mta.c (read), queue.c (recalled) -------------------
    ("opensmtpd", 451, None, "Temporary failure in MX lookup", "networkerror"),
    ("opensmtpd", 550, None, "Invalid domain name", "hostunknown"),
    ("opensmtpd", 550, None, "Domain does not exist", "hostunknown"),
    # Unsure: OpenSMTPD defers this; the domain exists but has no mail host.
    ("opensmtpd", 451, None, "No MX found for domain", "hostunknown"),
    ("opensmtpd", 550, None, "Destination seem to reject all mails", "notaccept"),
    ("opensmtpd", 451, None, "Network error on destination MXs", "networkerror"),
    ("opensmtpd", 451, None, "No valid route to destination", "networkerror"),
    ("opensmtpd", 451, None, "Could not retrieve credentials", "securityerror"),
    ("opensmtpd", 550, None, "Envelope expired", "expired"),
    ("opensmtpd", 550, None, "Loop detected", "networkerror"),
    # --- Haraka connection.js (read), plugins (recalled) -----------------------------
    # Unsure: no plugin claimed the recipient (unknown user or domain not served).
    ("haraka", 550, None, "I cannot deliver mail for <kim@example.org>", "userunknown"),
    (
        "haraka",
        550,
        None,
        "host [192.0.2.1] is blacklisted by zen.spamhaus.org",
        "blocked",
    ),
    # --- Microsoft Exchange Server 2016 docs "DSNs and NDRs in Exchange 2016" (read) -
    ("exchange", 421, "4.3.2", "Service not available", "systemerror"),
    ("exchange", 451, "4.4.1", "Connection timed out", "networkerror"),
    ("exchange", 451, "4.4.2", "Connection dropped", "networkerror"),
    ("exchange", 451, "4.4.7", "Message delayed", "expired"),
    ("exchange", 550, "5.1.3", "STOREDRV.Submit; invalid recipient address", "userunknown"),
    # Unsure: reserved test domains can never exist.
    ("exchange", 550, "5.1.4", "Recipient address reserved by RFC 2606", "hostunknown"),
    (
        "exchange",
        550,
        "5.1.6",
        "Recipient addresses in single label domains not accepted",
        "hostunknown",
    ),
    ("exchange", 550, "5.1.7", "Unknown sender address", "rejected"),
    ("exchange", 550, "5.1.8", "Access denied, bad outbound sender", "rejected"),
    (
        "exchange",
        550,
        "5.2.1",
        "Content Filter agent quarantined this message",
        "spamdetected",
    ),
    ("exchange", 550, "5.3.0", "Too many related errors", "systemerror"),
    (
        "exchange",
        550,
        "5.3.2",
        "STOREDRV.Deliver: Missing or bad StoreDriver MDB properties",
        "systemerror",
    ),
    ("exchange", 500, "5.3.3", "Unrecognized command", "syntaxerror"),
    ("exchange", 550, "5.3.5", "System incorrectly configured", "systemerror"),
    ("exchange", 503, "5.5.2", "Send hello first", "syntaxerror"),
    ("exchange", 530, "5.7.1", "Client was not authenticated", "securityerror"),
    ("exchange", 550, "5.7.3", "Cannot achieve Exchange Server authentication", "securityerror"),
    # Unsure: a mail flow (transport) rule refused the message.
    ("exchange", 550, "5.7.900", "Delivery not authorized, message refused", "policyviolation"),
    # --- Exchange transport AckReason responses (decompiled class, read) -------------
    (
        "exchange",
        550,
        "4.4.7",
        "QUEUE.Expired; message expired in unreachable destination queue. Reason: "
        "Connection timed out",
        "expired",
    ),
    (
        "exchange",
        550,
        "5.2.0",
        "RESOLVER.ADR.BadPrimary; recipient primary SMTP address is missing or invalid",
        "systemerror",
    ),
    (
        "exchange",
        550,
        "5.4.6",
        "RESOLVER.FWD.Loop; there is a forwarding loop configured in the directory",
        "networkerror",
    ),
    # Label settled in session 7 (ADR 0017, convention 1: our sender not on a permitted
    # list is rejected; was filtered); the first-pass numbers keep the old label.
    (
        "exchange",
        550,
        "5.7.1",
        "RESOLVER.RST.NotAuthorizedToGroup; not authorized to send to the distribution list",
        "rejected",
    ),
    (
        "exchange",
        550,
        "5.2.3",
        "RESOLVER.RST.SendSizeLimit.Org; message too large for this organization",
        "mesgtoobig",
    ),
    (
        "exchange",
        550,
        "5.2.3",
        "RESOLVER.RST.RecipSizeLimit.DL; message length exceeds administrative limit",
        "mesgtoobig",
    ),
    # Unsure: 5.4.4 "unable to route"; our code table reads a permanent X.4.4 so.
    ("exchange", 550, "5.4.4", "ROUTING.NoNextHop; unable to route", "hostunknown"),
    ("exchange", 550, "5.1.2", "ROUTING.InvalidAddress; invalid address domain", "hostunknown"),
    (
        "exchange",
        554,
        "5.4.4",
        "SMTPSEND.DNS.NonExistentDomain; nonexistent domain",
        "hostunknown",
    ),
    (
        "exchange",
        554,
        "5.4.4",
        "SMTPSEND.DNS.MxLoopback; DNS records for this domain are configured in a loop",
        "networkerror",
    ),
    (
        "exchange",
        554,
        "5.4.4",
        "SMTPSEND.DNS.InvalidData; DNS returned an invalid response for this domain",
        "networkerror",
    ),
    (
        "exchange",
        550,
        "5.6.2",
        "SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds, which cannot be "
        "sent via DATA",
        "contenterror",
    ),
    (
        "exchange",
        550,
        "5.3.4",
        "SMTPSEND.OverAdvertisedSize; message size exceeds fixed maximum size",
        "mesgtoobig",
    ),
    ("exchange", 431, "4.3.1", "STOREDRV; mailbox disk is full", "systemfull"),
    ("exchange", 432, "4.3.2", "STOREDRV; mailbox database is offline", "systemerror"),
    ("exchange", 430, "4.2.0", "STOREDRV; mailbox logon failure", "systemerror"),
    # --- HCL/IBM Domino router texts (recalled; the first widely quoted in NDRs) -----
    (
        "domino",
        550,
        "5.1.1",
        "User kim (kim@example.org) not listed in Domino Directory",
        "userunknown",
    ),
    (
        "domino",
        554,
        "5.4.6",
        "Maximum hop count exceeded.  Message probably in a routing loop.",
        "networkerror",
    ),
    ("domino", 550, "5.4.7", "Delivery time expired", "expired"),
    # --- hMailServer source/Server/SMTP (read) ---------------------------------------
    ("hmailserver", 550, None, "Recipient not in route list.", "userunknown"),
    # --- Apache James DNSRBL handler (read) ------------------------------------------
    (
        "james",
        530,
        "5.7.1",
        "Rejected: unauthenticated e-mail from 192.0.2.1 is restricted.  Contact the "
        "postmaster for details.",
        "blocked",
    ),
    # --- MailEnable SMTP connector (recalled) ----------------------------------------
    (
        "mailenable",
        550,
        None,
        "Requested action not taken: mailbox unavailable or not local",
        "userunknown",
    ),
    # Unsure: relaying refused unless the domain is served here (cf. qmail rcpthosts).
    (
        "mailenable",
        503,
        None,
        "This mail server requires authentication when attempting to send to a non-local "
        "e-mail address. Please check your mail client settings or contact your "
        "administrator to verify that the domain or address is defined for this server.",
        "norelaying",
    ),
    # --- Stalwart mail server (recalled) ---------------------------------------------
    ("stalwart", 550, "5.1.2", "Mailbox does not exist.", "userunknown"),
    # --- rspamd / rmilter defaults (rmilter docs read; rspamd log texts read) --------
    ("rspamd", 554, "5.7.1", "Spam message rejected", "spamdetected"),
    (
        "rmilter",
        554,
        "5.7.1",
        "Spam message rejected; If this is not spam contact abuse team",
        "spamdetected",
    ),
    # Unsure: rspamd's greylisting answer names no cause.
    ("rspamd", 451, "4.7.1", "Try again later", "blocked"),
    ("rspamd", 451, "4.7.1", "Rate limit exceeded", "ratelimited"),
    # --- spamass-milter (read) --------------------------------------------------------
    ("spamass-milter", 550, "5.7.1", "Blocked by SpamAssassin", "spamdetected"),
    # --- amavisd-new (BAD_HEADER reply read in a real DSN; the rest recalled) --------
    ("amavis", 554, "5.7.0", "Reject, id=12345-01 - spam", "spamdetected"),
    (
        "amavis",
        554,
        "5.7.0",
        "Reject, id=12345-01 - INFECTED: Eicar-Test-Signature",
        "virusdetected",
    ),
    # Unsure: a banned attachment type; a site policy on content.
    (
        "amavis",
        554,
        "5.7.0",
        "Reject, id=12345-01 - BANNED: P=p003,L=1,M=multipart/mixed | P=p002,L=1/2,T=exe,"
        "N=setup.exe",
        "contenterror",  # settled after the first pass (was policyviolation): as the corpus
    ),
    # label settled in session 7 (ADR 0017, convention 8); the first-pass numbers
    # keep the old label (notcompliantrfc)
    (
        "amavis",
        554,
        "5.6.0",
        'Reject, id=12345-01 - BAD_HEADER: Header field occurs more than once: "Cc" occurs 5 times',
        "contenterror",
    ),
    ("amavis", 550, "5.7.1", "Message content rejected, UBE, id=12345-01", "spamdetected"),
    # --- clamsmtp (recalled) -----------------------------------------------------------
    ("clamsmtp", 550, None, "Virus Detected; Content Rejected", "virusdetected"),
    # --- milter-greylist milter-greylist.c (read) ------------------------------------
    (
        "milter-greylist",
        451,
        "4.7.1",
        "Greylisting in action, please come back in 00:05:00",
        "blocked",
    ),
    # --- sqlgrey (recalled) -------------------------------------------------------------
    ("sqlgrey", 450, "4.7.1", "Greylisted for 5 minutes (1)", "blocked"),
    # --- policyd-weight default $REJECTMSG (read), temporary block (recalled) --------
    (
        "policyd-weight",
        550,
        "5.7.1",
        "<kim@example.org>: Recipient address rejected: Mail appeared to be SPAM or forged. "
        "Ask your Mail/DNS-Administrator to correct HELO and DNS MX settings or to get "
        "removed from DNSBLs; in bl.spamcop.net",
        "blocked",
    ),
    (
        "policyd-weight",
        450,
        "4.7.1",
        "Client host rejected: temporarily blocked because of previous errors - retrying too "
        "fast. penalty: 30 seconds x 0 retries.",
        "ratelimited",
    ),
    # --- OpenDMARC opendmarc/opendmarc.c (read) --------------------------------------
    ("opendmarc", 550, "5.7.1", "rejected by DMARC policy for outreach.example", "authfailure"),
    # --- GNU Mailman 2 list refusal and hold notices (recalled) ----------------------
    # Unsure: the list refuses our sender; rejected is the nearest reason.
    (
        "mailman",
        550,
        None,
        "You are not allowed to post to this mailing list, and your message has been "
        "automatically rejected.  If you think that your messages are being rejected in "
        "error, contact the mailing list owner at team-owner@example.org.",
        "rejected",
    ),
    # Unsure: a moderation hold, not a refusal (the conventions say onhold).
    (
        "mailman",
        451,
        None,
        "Your message to Team awaits moderator approval for the following reason(s): Post "
        "by non-member to a members-only list",
        "onhold",
    ),
]

# Known disagreements after the fixes, kept visible: (regex matched at the start of the
# reply text, why). "label"
# marks an open label question (the table's label against a project convention or a
# defensible other reading); "miss" a text that names no cause the classifier can read.
KNOWN_MISSES: dict[str, str] = {
    "Restricted characters in address": "label: a refused local part, userunknown or filtered",
    "Sorry, I couldn't find any host by that name": "label: a 4.1.2 DNS failure, hostunknown?",
    "Delivery not authorized, message refused": "label: a transport rule, filtered or policy",
    "RESOLVER.ADR.BadPrimary": "label: a directory fault under 5.2.0, filtered or system",
    (
        "RESOLVER\\.RST\\.RecipSizeLimit\\.DL;\\ message\\ length\\ exceeds\\ administrative\\ "
        "limit"
    ): (
        "Session 8 (the second opinion's agreement gate, ADR 0018): reason 'exceedlimit' "
        "(dsn) / 'exceedlimit' (plain), session-start code 'exceedlimit' / 'exceedlimit';"
        " labelled mesgtoobig"
    ),
}

PARAMS = params(CASES)


@pytest.mark.parametrize(("variant", "case"), PARAMS)
def test_mta_reply(variant: str, case: Case) -> None:
    check(variant, case, KNOWN_MISSES, regex=True)


if __name__ == "__main__":  # PYTHONPATH=src:. python -m tests.inbound.test_mta_texts [N]
    main(CASES)
