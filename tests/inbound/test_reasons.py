"""Reasons from status codes and from the providers' published error wordings."""

from __future__ import annotations

import pytest

from outreach.inbound import reasons
from outreach.inbound.codes import BY_CODE, NO_REASON, reason_for_reply, reason_for_status
from outreach.inbound.reasons import (
    decide_reason,
    find_status,
    is_hard,
    is_permanent,
    reason_from_text,
)

# (status as the report gives it, diagnostic text as documented, expected reason).
# Wordings from the providers' SMTP error references and MTAs' standard texts.
DOCUMENTED = [
    # Gmail / Google Workspace
    ("5.1.1", "550-5.1.1 The email account that you tried to reach does not exist.", "userunknown"),
    ("5.2.1", "550 5.2.1 The email account that you tried to reach is disabled.", "suspend"),
    ("4.2.2", "452 4.2.2 The email account that you tried to reach is over quota.", "mailboxfull"),
    ("5.2.2", "552 5.2.2 The email account that you tried to reach is over quota.", "mailboxfull"),
    ("5.2.3", "552 5.2.3 Your message exceeded Google's message size limits.", "mesgtoobig"),
    ("5.1.2", "553 5.1.2 We weren't able to find the recipient domain.", "hostunknown"),
    (
        "4.2.1",
        "450 4.2.1 The user you are trying to contact is receiving mail too quickly.",
        "ratelimited",
    ),
    ("4.7.0", "421 4.7.0 IP not in whitelist for RCPT domain, closing connection.", "blocked"),
    ("4.7.0", "421 4.7.0 TLS required for RCPT domain, closing connection.", "securityerror"),
    ("4.3.0", "421 4.3.0 Temporary System Problem. Try again later.", "systemerror"),
    # fix12: the SMTP session's time-out (X.4.2 "bad connection"), not the queue lifetime
    # that Sisimai's "expired" names (docs/inbound.md).
    ("4.4.2", "451 4.4.2 Timeout - closing connection.", "networkerror"),
    ("4.5.0", "451 4.5.0 SMTP protocol violation, see RFC 2821.", "syntaxerror"),
    (
        "5.7.1",
        "550 5.7.1 Our system has detected that this message is likely unsolicited mail.",
        "spamdetected",
    ),
    (
        "5.7.1",
        "550 5.7.1 The user or domain that you are sending to (or from) has a policy that "
        "prohibited the mail that you sent.",
        "policyviolation",
    ),
    (
        "5.7.26",
        "550 5.7.26 This message does not have authentication information or fails to pass "
        "authentication checks (SPF or DKIM).",
        "authfailure",
    ),
    (
        "5.7.25",
        "550 5.7.25 The IP address sending this message does not have a PTR record setup.",
        "requireptr",
    ),
    (
        "4.7.28",
        "421 4.7.28 Our system has detected an unusual rate of unsolicited mail originating "
        "from your IP address. To protect our users from spam, mail sent from your IP address "
        "has been temporarily rate limited.",
        "ratelimited",
    ),
    (
        "4.7.0",
        "421 4.7.0 Our system has detected that this message is suspicious due to the very "
        "low reputation of the sending domain.",
        "badreputation",
    ),
    ("5.6.0", "554 5.6.0 Mail message is malformed. Not accepted.", "contenterror"),
    ("5.4.6", "554 5.4.6 Message exceeded 50 hops, this may indicate a mail loop.", "networkerror"),
    # Microsoft 365 / Exchange Online / Outlook.com
    (
        "5.1.10",
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
        "userunknown",
    ),
    ("5.4.1", "550 5.4.1 Recipient address rejected: Access denied.", "userunknown"),
    (
        "5.5.0",
        "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302).",
        "userunknown",
    ),
    (
        "5.2.2",
        "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException",
        "mailboxfull",
    ),
    ("5.2.2", "550 5.2.2 Submission quota exceeded", "ratelimited"),
    # Our sender not on the group's list of permitted senders: rejected (ADR 0017,
    # convention 1; filtered before fix11).
    (
        "5.7.124",
        "550 5.7.124 Sender not in allowed-senders list for group",
        "rejected",
    ),
    (
        "5.7.12",
        "550 5.7.12 RESOLVER.RST.SenderAuthenticated; Delivery restriction check failed as "
        "sender not authenticated",
        "rejected",
    ),
    ("5.7.64", "550 5.7.64 TenantAttribution; Relay Access Denied", "norelaying"),
    ("5.4.310", "550 5.4.310 DNS domain example.com does not exist", "hostunknown"),
    ("4.4.7", "550 4.4.7 QUEUE.Expired; message expired", "expired"),
    ("5.4.316", "550 5.4.316 Message expired, connection refused", "expired"),
    (
        "5.7.1",
        "550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your "
        "Internet service provider since part of their network is on our block list (S3150).",
        "blocked",
    ),
    (
        "5.0.0",
        "550 SC-001 Mail rejected by Outlook.com for policy reasons.",
        "blocked",
    ),
    (
        "4.7.650",
        "451 4.7.650 The mail server has been temporarily rate limited due to IP reputation.",
        "badreputation",
    ),
    ("5.7.606", "550 5.7.606 Access denied, banned sending IP [192.0.2.1].", "blocked"),
    (
        "5.7.509",
        "550 5.7.509 Access denied, sending domain example.com does not pass DMARC "
        "verification and has a DMARC policy of reject.",
        "authfailure",
    ),
    (
        "5.7.512",
        "550 5.7.512 Access denied, message must be RFC 5322 section 3.6.2 compliant",
        "notcompliantrfc",
    ),
    # Yahoo / AOL
    ("5.0.0", "554 delivery error: dd This user doesn't have a yahoo.com account", "userunknown"),
    (
        "5.0.0",
        "554 delivery error: dd Sorry your message to x@yahoo.com cannot be delivered. "
        "This mailbox is disabled (554.30)",
        "suspend",
    ),
    (
        "5.0.0",
        "554 30 Sorry, your message to x@yahoo.com cannot be delivered. This account has "
        "been disabled or discontinued [#102].",
        "suspend",
    ),
    ("5.0.0", "552 1 Requested mail action aborted, mailbox not found", "userunknown"),
    (
        "4.7.0",
        "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected "
        "volume or user complaints",
        "ratelimited",
    ),
    (
        "5.7.1",
        "553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.1, because the ip is "
        "in Spamhaus's list",
        "blocked",
    ),
    ("5.7.9", "554 5.7.9 Message not accepted for policy reasons.", "policyviolation"),
    (
        "5.7.9",
        "550 5.7.9 This mail has been blocked because the sender is unauthenticated.",
        "authfailure",
    ),
    # Apple iCloud
    ("5.1.1", "550 5.1.1 <x@icloud.com>: user does not exist", "userunknown"),
    ("4.2.2", "452 4.2.2 <x@icloud.com>: user is over quota", "mailboxfull"),
    ("5.7.1", "554 5.7.1 [CS01] Message rejected due to local policy.", "policyviolation"),
    ("5.7.0", "550 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi", "blocked"),
    (
        "4.7.1",
        "421 4.7.1 Messages to x@icloud.com deferred due to excessive volume.",
        "ratelimited",
    ),
    # mail.ru, Yandex, Zoho
    (
        "5.0.0",
        "550 Message was not accepted -- invalid mailbox. Local mailbox x@mail.ru is "
        "unavailable: account is disabled",
        "suspend",
    ),
    (
        "5.0.0",
        "550 Message was not accepted -- invalid mailbox. Local mailbox x@mail.ru is "
        "unavailable: user not found",
        "userunknown",
    ),
    (
        "5.0.0",
        "550 spam message rejected. Please visit http://help.mail.ru/notspam-support",
        "spamdetected",
    ),
    ("5.7.1", "550 5.7.1 No such user!", "userunknown"),
    ("5.2.2", "552 5.2.2 Mailbox size limit exceeded", "mailboxfull"),
    ("5.7.1", "554 5.7.1 Message rejected under suspicion of SPAM", "spamdetected"),
    ("5.1.1", "550 5.1.1 User does not exist - <x@zoho.com>", "userunknown"),
    ("5.7.1", "554 5.7.1 <x@zoho.com>: Relay access denied", "norelaying"),
    # Postfix, Exim, Sendmail, qmail standard texts
    (
        "5.1.1",
        "550 5.1.1 <x@example.org>: Recipient address rejected: User unknown in "
        "virtual mailbox table",
        "userunknown",
    ),
    (
        "5.1.2",
        "Host or domain name not found. Name service error for name=example.org "
        "type=MX: Host not found",
        "hostunknown",
    ),
    ("5.7.1", "554 5.7.1 <x@example.org>: Relay access denied", "norelaying"),
    (
        "4.7.1",
        "450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.1]",
        "requireptr",
    ),
    (
        "4.2.0",
        "450 4.2.0 <x@example.org>: Recipient address rejected: Greylisted, see "
        "http://postgrey.schweikert.ch/help/example.org.html",
        "blocked",
    ),
    ("5.4.6", "mail for example.org loops back to myself", "networkerror"),
    ("5.3.4", "552 5.3.4 Message size exceeds fixed limit", "mesgtoobig"),
    ("4.4.1", "connect to mx.example.org[192.0.2.1]:25: Connection refused", "networkerror"),
    ("5.0.0", "Unrouteable address", "hostunknown"),
    ("5.0.0", "all relevant MX records point to non-existent hosts", "hostunknown"),
    ("5.0.0", "retry timeout exceeded", "expired"),
    ("5.0.0", "550 No Such User Here", "userunknown"),
    # Sisimai's published definition lists too many Received: headers under contenterror.
    ("5.0.0", 'Too many "Received" headers - suspected mail loop', "contenterror"),
    ("5.0.0", "550 5.1.1 <x@example.org>... User unknown", "userunknown"),
    ("5.0.0", "Cannot send message for 5 days", "expired"),
    ("5.0.0", "553 5.3.0 <x@example.org>... Mailbox disabled for this recipient", "suspend"),
    ("5.0.0", "Sorry, no mailbox here by that name. (#5.1.1)", "userunknown"),
    ("5.0.0", "Sorry, I couldn't find any host named example.org. (#5.1.2)", "hostunknown"),
    ("5.0.0", "Sorry, I couldn't find a mail exchanger or IP address. (#5.4.4)", "hostunknown"),
    ("4.0.0", "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)", "networkerror"),
    ("5.0.0", "The users mailfolder is over the allowed quota (size). (#5.2.2)", "mailboxfull"),
    ("5.0.0", "This address no longer accepts mail. (#5.2.1)", "suspend"),
    # ESPs' notices
    ("5.0.0", "Not delivering to previously bounced address", "userunknown"),
    (
        "5.0.0",
        "Amazon SES has suppressed sending to this address because it has a recent "
        "history of bouncing as an invalid address.",
        "userunknown",
    ),
    # Localised Exchange NDR texts
    ("5.0.0", "Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden.", "userunknown"),
    ("5.0.0", "L'adresse e-mail que vous avez entrée est introuvable.", "userunknown"),
    ("5.0.0", "El buzón del destinatario está lleno.", "mailboxfull"),
    ("5.0.0", "Das Postfach des Empfängers ist voll.", "mailboxfull"),
    ("5.0.0", "宛先不明", "userunknown"),
    # unseen-7 wordings (crisp-oss fixtures)
    ("5.0.0", "550 no mailbox by that name is currently available", "userunknown"),
    ("5.0.0", "554 RCPT (x@example.org) dosn't exist", "userunknown"),
    ("5.0.0", "550 mailbox x@example.org unavailable", "userunknown"),
    ("5.1.1", "550 5.1.1 <bounces+1@example.net>: unauthorized sender", "rejected"),
    (
        "4.0.0",
        "451 Message temporarily deferred due to unresolvable RFC.5321 from domain",
        "rejected",
    ),
    # a filter is a word, not part of the answering host's name
    ("5.1.1", "host mx.cloudfilter.example said: 550 5.1.1 recipient rejected", "userunknown"),
]


@pytest.mark.parametrize(("status", "text", "want"), DOCUMENTED)
def test_documented_wordings(status: str, text: str, want: str) -> None:
    found = find_status(text)
    status = found if found and status.endswith(".0.0") else status
    assert decide_reason(status, text) == want


def test_every_registered_code_has_a_reason() -> None:
    """Every subject.detail in the IANA registry (RFC 3463, 5248 and later) is mapped."""
    registered = (
        [f"1.{d}" for d in (1, 2, 3, 4, 6, 7, 8, 9, 10)]
        + [f"2.{d}" for d in (1, 2, 3, 4)]
        + [f"3.{d}" for d in range(0, 7)]
        + [f"4.{d}" for d in range(0, 8)]
        + [f"5.{d}" for d in range(0, 7)]
        + [f"6.{d}" for d in range(0, 11)]
        + [f"7.{d}" for d in range(0, 31)]
    )
    assert [c for c in registered if c not in BY_CODE and c not in NO_REASON] == []


def test_code_class_and_ranges() -> None:
    assert reason_for_status("5.4.4") == "hostunknown"
    assert reason_for_status("4.4.4") == "networkerror"
    assert reason_for_status("2.0.0") == "delivered"
    assert reason_for_status("5.7.640") == "blocked"
    assert reason_for_status("5.7.705") == "ratelimited"
    assert reason_for_status("4.4.316") == "networkerror"
    assert reason_for_status("5.9.9") is None


def test_bare_reply_codes(monkeypatch: pytest.MonkeyPatch) -> None:
    # The conventions alone: the text model, which answers before them, is kept out.
    monkeypatch.setattr(reasons, "guess_reason", lambda *args: None)
    assert reason_for_reply("552") == "mailboxfull"
    assert reason_for_reply("551") == "hasmoved"
    assert reason_for_reply("550") is None  # unknown user and policy alike: no guess
    assert decide_reason("5.0.0", "552 requested mail action aborted") == "mailboxfull"
    assert decide_reason("5.0.0", "550 go away") == "undefined"
    assert decide_reason("4.0.0", "421 closing channel") == "systemerror"


def test_hard_only_when_the_address_is_bad() -> None:
    assert is_hard("userunknown", True) and is_hard("hostunknown", True)
    assert is_hard("notaccept", True) and not is_hard("notaccept", False)
    for reason in ("mailboxfull", "blocked", "spamdetected", "suspend", "ratelimited"):
        assert not is_hard(reason, True)


def test_any_media_or_content_status_is_contenterror() -> None:
    # Sisimai's published definition of "contenterror": any X.6.* status, X.6.0 included,
    # whatever the server's words would otherwise suggest.
    assert decide_reason("5.6.0", "550 5.6.0 Content rejected") == "contenterror"
    assert (
        decide_reason("5.6.9", "550 5.6.9 improper use of 8-bit data in header") == "contenterror"
    )
    assert decide_reason("4.6.0", "451 4.6.0 temporary conversion failure") == "contenterror"
    assert decide_reason("5.7.1", "550 5.7.1 Content rejected") == "spamdetected"


def test_words_that_used_to_lose_to_an_earlier_group() -> None:
    # "Connection timed out" names the failure (expired's "timed out" took it; refine.py
    # still makes a notice that gave the message up "expired").
    assert decide_reason("4.0.0", "421 Connection timed out") == "networkerror"
    # Commands before SMTP AUTH, not SPF/DKIM ("unauthenticated" took them).
    assert decide_reason("5.0.0", "530 Unauthenticated commands not allowed") == "securityerror"
    assert decide_reason("5.0.0", "550 Unauthenticated mail rejected: SPF fail") == "authfailure"


def test_a_second_code_that_agrees_with_the_words_wins() -> None:
    text = "552 5.1.1 5.2.2 sorry, final recipient mailbox is full (chkuser)"
    assert decide_reason("5.1.1", text) == "mailboxfull"
    assert decide_reason("5.1.1", "550 5.1.1 sorry, no mailbox here by that name") == "userunknown"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("550 Benutzer unbekannt", "userunknown"),
        ("552 Postfach voll", "mailboxfull"),
        ("550 Utilisateur inconnu", "userunknown"),
        ("552 Boite aux lettres pleine", "mailboxfull"),
        ("550 usuario desconocido", "userunknown"),
        ("552 buzón lleno", "mailboxfull"),
        ("550 Gebruiker onbekend", "userunknown"),
        ("550 utente sconosciuto", "userunknown"),
        ("552 casella piena", "mailboxfull"),
        ("550 Nome de usuário inexistente", "userunknown"),
        ("550 dominio inexistente", "hostunknown"),
        ("550 このメールアドレスは存在しません", "userunknown"),
        ("552 メールボックスの容量が一杯です", "mailboxfull"),
        ("550 Адресат не найден", "userunknown"),
        ("550 用户不存在", "userunknown"),
    ],
)
def test_remote_replies_in_other_languages(text: str, want: str) -> None:
    assert decide_reason("5.0.0", text) == want


# Session 5 first passes (test_quoted_texts_4.py, test_software_texts_3.py, unseen-10/11/12):
# the general rules they showed missing, each in words of its own (not the tables').
@pytest.mark.parametrize(
    ("status", "text", "want"),
    [
        # (a) a code the words contradict: the words name the cause.
        ("4.1.1", "454 4.1.1 Relaying denied for this client", "norelaying"),
        ("5.1.1", "552 5.1.1 recipient rejected: over quota", "mailboxfull"),
        ("5.2.3", "554 5.2.3 Mail policy violation", "policyviolation"),
        ("4.3.1", "452 4.3.1 Temporary system error, try later", "systemerror"),
        ("4.3.1", "452 4.3.1 Insufficient system resources", "systemfull"),
        ("5.1.2", "550 5.1.2 This domain does not accept mail", "notaccept"),
        ("4.4.5", "452 4.4.5 Hourly message limit exceeded", "ratelimited"),
        ("4.4.5", "421 4.4.5 Too busy, come back later", "systemerror"),
        ("5.0.0", "552 Headers are missing from your message", "notcompliantrfc"),
        ("5.0.0", "552 Message needs a valid Date header", "notcompliantrfc"),
        ("5.0.0", "552 Date header is too far in the future", "contenterror"),
        ("5.1.2", "550 5.1.2 Host or domain name not found", "hostunknown"),
        # (b) another reason's phrase matched first.
        ("5.0.0", "554 Content filter rejection: spam score 12.1 (RCVD_NXDOMAIN)", "spamdetected"),
        ("5.7.1", "550 5.7.1 Reverse DNS name contains a dynamic keyword", "blocked"),
        ("5.7.1", "554 Blacklisted PTR of the client address", "blocked"),
        ("5.0.0", "550 Too many unknown recipients, goodbye", "blocked"),
        ("5.0.0", "550 Your sender address has been blacklisted", "rejected"),
        ("5.0.0", "550 This domain is blacklisted here", "rejected"),
        ("5.0.0", "421 The domain of your sender address does not resolve", "rejected"),
        ("5.7.0", "530 5.7.0 HELO/EHLO domain does not match MAIL FROM domain", "blocked"),
        ("5.0.0", "517 HELO mx.example.net does not exist", "blocked"),
        ("5.0.0", "550 Forged IP in greeting", "blocked"),
        # Not on the recipient's list of senders: rejected (ADR 0017, convention 1; fix11).
        ("4.0.0", "412 Not whitelisted by this recipient, try later", "rejected"),
        ("5.0.0", "550 Sending to remote recipients is not allowed", "norelaying"),
        ("5.0.0", "553 that domain isn't allowed to be relayed", "norelaying"),
        ("4.4.1", "connect to 127.0.0.1[127.0.0.1]:10025: Connection refused", "systemerror"),
        ("4.4.1", "connect to mx.example.org[192.0.2.1]:25: Connection refused", "networkerror"),
        ("5.0.0", "554 Email rejected due to security policies", "policyviolation"),
        ("5.0.0", "422 License expired", "systemerror"),
        ("5.0.0", "554 5.0.0 SMTP transaction timeout", "systemerror"),
        ("5.0.0", "Not delivered; see https://www.example.org/spam.html", "undefined"),
        # (c) words no group had.
        ("5.0.0", "550 User <kim> unknown here", "userunknown"),
        ("5.7.1", "553 this recipient is not in my validrcptto list (#5.7.1)", "userunknown"),
        ("5.0.0", "550 Cannot receive for specified address", "userunknown"),
        ("5.0.0", "550 'a@example.org' is not a registered gateway user", "userunknown"),
        ("4.4.4", "451 4.4.4 MX did not resolve to any hosts", "hostunknown"),
        ("5.7.1", "540 5.7.1 recipient address rejected: Inactive", "suspend"),
        ("5.0.0", "552 The domain storage limit has been exceeded", "mailboxfull"),
        ("4.7.1", "450 4.7.1 SMTP traffic quota has been exceeded", "ratelimited"),
        ("5.0.0", "554 Identical sender and recipient addresses are not allowed", "rejected"),
        ("5.0.0", "550 Policy rejection due to null sender", "rejected"),
        ("4.7.1", "451 First-time sender tempfailed", "blocked"),
        ("5.7.1", "554 5.7.1 SMTP AUTH is required for this sender domain", "securityerror"),
        ("5.0.0", "550 You must log in to send mail", "securityerror"),
        ("4.7.0", "421 4.7.0 Error: too many errors", "syntaxerror"),
        ("5.0.0", "421 See http://smtpd.example.org/barelf.html", "notcompliantrfc"),
        ("5.0.0", "554 Matched map: FORBIDDEN_FILE_EXTENSION", "contenterror"),
        ("4.0.0", "451 Connection broken during SMTP conversation", "networkerror"),
        ("4.0.0", "450 Failed to process recipient, try again", "systemerror"),
        ("5.0.0", "550 Naruszenie zasad", "policyviolation"),
        ("5.2.1", "521 5.2.1 (CON:B1) see the postmaster page", "blocked"),
        ("5.0.0", "500 Domain not in example system (in reply to RCPT TO command)", "hostunknown"),
        (
            "4.0.0",
            "read error: generic::failed_precondition: read error (0): error",
            "networkerror",
        ),
        # fixq5: round 5 of the quoted replies (test_quoted_texts_5.py), other servers' words
        ("5.7.1", "550 5.7.1 Client does not have permission to send as this sender", "rejected"),
        ("5.7.1", "554 5.7.1 <a@example.org>: Sender does not match the login", "rejected"),
        ("5.0.0", "554 Message rejected: Email address is not verified.", "rejected"),
        ("5.0.0", "550 Unauthenticated senders are not permitted here", "securityerror"),
        ("5.7.1", "554 5.7.1 Your message does not meet the mail requirements", "policyviolation"),
        (
            "5.0.0",
            "550 Requested action not taken: mailbox unavailable Rejected due to policy "
            "restriction",
            "policyviolation",
        ),
        ("4.0.0", "451 Temporary address lookup failed for example.org", "networkerror"),
        ("4.0.0", "421 Read timed out after DATA", "networkerror"),
        ("5.0.0", "550 DNS server returned answer with no data for example.org", "hostunknown"),
        ("5.7.0", "550 5.7.0 EHLO argument [foo_bar] is malformed", "blocked"),
        ("5.5.1", "554 5.5.1 No valid recipients", "userunknown"),
    ],
)
def test_session_5_first_pass_rules(status: str, text: str, want: str) -> None:
    assert decide_reason(status, text) == want


def test_a_notice_that_gave_up_is_final_despite_the_last_attempts_deferral() -> None:
    """sendmail's final notice quotes the last try ("Deferred: Connection timed out")."""
    final = (
        "----- The following addresses had permanent fatal errors ----- <a@example.org>... "
        "Deferred: Connection timed out with mx.example.org. Message could not be delivered "
        "for 5 days Message will be deleted from queue"
    )
    warning = (
        "----- The following addresses had transient non-fatal errors ----- <a@example.org>"
        "... Deferred: Connection timed out with mx.example.org."
    )
    assert is_permanent(None, final, None) is True
    assert is_permanent(None, warning, None) is False


@pytest.mark.parametrize(
    ("status", "text", "want"),
    [
        # fix6 (session 6): rules for the quoted-6 and unseen-14/15 misses, each with the
        # table's wording and wordings of our own for the same meaning.
        # Line ends that are not CRLF, over-long lines, a message-format RFC cited.
        ("5.0.0", "554 Rejected - Message containing bare LF's.", "notcompliantrfc"),
        ("5.0.0", "550 Bare carriage return in message body", "notcompliantrfc"),
        ("4.0.0", "451 Bare linefeed not allowed; use CRLF", "notcompliantrfc"),
        ("5.0.0", "550 maximum allowed line length is 998 octets, got 1003", "notcompliantrfc"),
        ("5.0.0", "552 Message has lines longer than 1000 characters", "notcompliantrfc"),
        ("5.0.0", "554 Body line is too long", "notcompliantrfc"),
        ("5.0.0", "550 Invalid multipart structure (see RFC 2046)", "notcompliantrfc"),
        ("4.5.0", "451 4.5.0 SMTP protocol violation, see RFC 2821.", "syntaxerror"),
        # Raw 8-bit / non-ASCII header text.
        ("5.0.0", "550 Header contains raw 8-bit data; encode it", "contenterror"),
        ("5.0.0", "554 Non-ASCII characters in the Subject header", "contenterror"),
        # Session caps and our sending rates or quotas.
        ("4.0.0", "421 Too busy: per-IP concurrency limit exceeded", "toomanyconn"),
        ("5.0.0", "550 Excessive sender rate from your account", "ratelimited"),
        ("4.0.0", "454 Throttling failure: Daily message quota exceeded.", "ratelimited"),
        ("4.0.0", "451 Hourly e-mail quota reached, try later", "ratelimited"),
        ("4.0.0", "451 Your plan's credits exhausted", "ratelimited"),
        ("4.0.0", "452 Maximum recipients per message reached", "ratelimited"),
        ("5.0.0", "550 You exceeded the allowed number of messages today", "ratelimited"),
        # Our sending account or domain refused by our own sending service or host.
        ("5.2.0", "554 5.2.0 MapiExceptionSendAsDenied; Cannot submit message", "rejected"),
        ("5.0.0", "550 a@example.org is not permitted to send as b@example.org", "rejected"),
        ("5.0.0", "553 Envelope sender must match the authenticated user", "rejected"),
        ("5.7.1", "550 5.7.1 Unverified sending domain example.org", "rejected"),
        ("5.0.0", "554 Sending domain not configured for this account", "rejected"),
        ("5.0.0", "554 Sandbox domains may only send to authorized recipients", "rejected"),
        ("5.7.0", "502 5.7.0 This SMTP account has not been activated", "rejected"),
        ("5.0.0", "550 Outgoing mail for example.org is disabled", "rejected"),
        ("5.0.0", "550 Envelope-From <a@example.org> not permitted here", "rejected"),
        # TLS, the connection, the greeting, a relay for clients that did not log in.
        ("4.0.0", "454 TLS handshake failed with the remote server", "securityerror"),
        ("4.7.29", "421 4.7.29 Mail was not delivered over a TLS connection", "securityerror"),
        ("5.0.0", "550 Bad greeting from remote server", "networkerror"),
        ("4.0.0", "451 connect to the mail server of example.org failed", "networkerror"),
        ("4.0.0", "Malformed response from server after RCPT", "networkerror"),
        ("5.0.0", "550 No unauthenticated relaying permitted", "norelaying"),
        # A server's usage hint for a command it could not parse.
        ("5.0.0", "501 Syntax: RCPT TO: <address>", "syntaxerror"),
    ],
)
def test_session_6_fix_rules(status: str, text: str, want: str) -> None:
    assert decide_reason(status, text) == want


def test_the_remote_code_after_smtp_without_a_reply_code() -> None:
    """Exchange's "smtp; 5.4.7 - Delivery expired": the remote's code, not the outer one."""
    text = "554 5.0.0 < #5.0.0 smtp; 5.4.7 - Delivery expired (message too old)>"
    assert find_status(text) == "5.4.7"


def test_a_hedge_of_three_or_more_causes_names_none() -> None:
    """fix6: "might be disabled, full, or may not exist" names no cause; the code decides."""
    hedge = "554 5.1.1 <a@example.org>: Mailbox might be disabled, full, or may not exist"
    assert decide_reason("5.1.1", hedge) == "userunknown"
    ours = "550 The account may be suspended, over quota, or otherwise unavailable"
    # The phrases name none; the text model may still guess from the words (ADR 0018).
    assert reason_from_text(ours) is None
    # A choice of two keeps its words (Google Groups' label is its second half).
    two = "550 5.1.1 The group may not exist, or you may not have permission to post to it"
    assert decide_reason("5.1.1", two) == "rejected"


def test_words_of_a_missing_address_refine_a_full_mailbox_code() -> None:
    """fix6: X.2.2 sent for an address that is not there: the words name the object."""
    text = "552 5.2.2 <a@example.org>: Recipient address rejected: Address does not exist"
    assert decide_reason("5.2.2", text) == "userunknown"
    assert decide_reason("5.2.2", "552 5.2.2 No such user here") == "userunknown"
    assert decide_reason("5.2.2", "552 5.2.2 Mailbox full, try later") == "mailboxfull"


@pytest.mark.parametrize(
    ("status", "text", "want"),
    [
        # A site policy named as the frame of a refusal yields to the cause named after it
        # (fix7: Spamilter's "Rejecting due to security policy - <cause>"); own wordings.
        ("5.7.1", "550 5.7.1 Rejected due to security policy: listed at a DNSBL", "blocked"),
        ("5.7.1", "554 5.7.1 Refused for security reasons: SURBL-listed link", "spamdetected"),
        ("5.7.1", "550 5.7.1 Blocked by our security policy: message size too large", "mesgtoobig"),
        ("5.0.0", "550 Denied due to policy restrictions - relaying denied", "norelaying"),
        ("5.7.1", "550 5.7.1 Message violates our security policy: virus found", "virusdetected"),
        # "Access denied" is such a frame too; alone it is the client refused.
        ("4.0.0", "450 Access denied - you are being throttled", "ratelimited"),
        ("5.0.0", "552 Access denied: message size exceeds the limit", "mesgtoobig"),
        ("5.0.0", "550 Access denied", "blocked"),
        # (Each of the above is the frame's reason without the rule.) Alone, or with a cause
        # only before it, the frame is the reason.
        ("5.7.1", "550 5.7.1 Rejected due to security policy", "policyviolation"),
        ("5.0.0", "550 Message refused for security reasons", "policyviolation"),
        # Frame words after the frame do not outrank it (a policy URL is not a cause).
        (
            "5.7.1",
            "550 Rejected due to security policy, see http://x.example/policy",
            "policyviolation",
        ),
        # fix7 phrase rules, each in other words than its table's text.
        ("5.0.0", "550 Could not validate the sender address", "rejected"),
        ("5.0.0", "550 Sender <a@example.net> has been blacklisted here", "rejected"),
        ("5.0.0", "550 Recipient address is blocklisted by this site", "filtered"),
        ("5.0.0", "550 This recipient is not allowed", "filtered"),
        ("4.0.0", "451 Content check error, please retry", "systemerror"),
        ("4.0.0", "451 Spam scanner failure", "systemerror"),
        ("4.0.0", "451 Error while verifying the recipient, try later", "systemerror"),
        ("4.0.0", "451 Unable to store the message, try again", "systemerror"),
        ("4.0.0", "451 Backend error, try again later", "systemerror"),
        ("4.0.0", "421 Server under maintenance, come back in an hour", "systemerror"),
        ("5.0.0", "550 HELO name and IP address mismatch", "blocked"),
        ("5.0.0", "503 EHLO greeting expected first", "blocked"),
        ("5.0.0", "550 Invalid client hostname", "blocked"),
        ("5.0.0", "550 Dynamic rDNS names are not welcome; use your provider's relay", "blocked"),
        ("5.0.0", "554 Connection refused: poor karma", "badreputation"),
        ("5.0.0", "550 Messages may not contain a Delivered-To header", "notcompliantrfc"),
        ("5.0.0", "554 Message rejected: blocklisted URL in body", "spamdetected"),
        ("5.0.0", "501 Invalid syntax in RCPT command", "syntaxerror"),
        ("4.0.0", "450 Do not send more than 10 times per hour", "ratelimited"),
        ("4.0.0", "450 Hourly message limit reached for your account", "ratelimited"),
        ("5.0.0", "550 Mail for this domain is not accepted here", "norelaying"),
        ("4.0.0", "451 Connection refused (too many retries)", "expired"),
        ("5.0.0", "550 Retry limit exceeded, giving up", "expired"),
        ("5.0.0", "550 Recipient address lacks a domain", "userunknown"),
        ("5.7.1", "550 5.7.1 Your message was rejected by a transport rule", "policyviolation"),
        # X.4.4 with words refusing to relay (unseen-16's Exchange "Unable to relay").
        ("5.4.4", "550 5.4.4 Relaying denied", "norelaying"),
    ],
)
def test_fix7_rules(status: str, text: str, want: str) -> None:
    assert decide_reason(status, text) == want


@pytest.mark.parametrize(
    ("status", "text", "want"),
    [
        # fix8 (session 7): rules for the quoted-7 and unseen-18 first-pass misses, each in
        # other words than its table's text (each gave another reason before the rule).
        # Our sender's domain or address checked and refused: the sender, not the recipient.
        ("5.1.8", "553 5.1.8 Sender address domain does not exist", "rejected"),
        ("4.1.8", "451 4.1.8 Sender e-mail domain does not resolve", "rejected"),
        ("5.1.1", "550 5.1.1 Sender <a@example.net> is block listed here", "rejected"),
        ("5.0.0", "554 Your sending address was refused by our filter", "rejected"),
        # Greylisting inside a sender or recipient refusal frame is greylisting.
        ("4.7.1", "450 4.7.1 Sender address rejected: you are greylisted", "blocked"),
        # An SPF refusal naming our host as not allowed, before "mail from domain".
        (
            "5.7.0",
            "550 5.7.0 SPF: 192.0.2.1 is not permitted to send mail from domain example.net",
            "authfailure",
        ),
        # Sending without encryption where it is required.
        (
            "5.0.0",
            "550 Mail from your domain must arrive via an encrypted connection",
            "securityerror",
        ),
        # A domain that the MX does not serve.
        ("5.0.0", "550 The domain is not configured on this server", "hostunknown"),
        # A mailbox not switched on.
        ("5.2.1", "550 5.2.1 Account is not enabled", "suspend"),
        # Rates: "to many" as "too many"; a mailbox receiving too much; a rate limit in force.
        ("4.0.0", "450 Client host rejected: you sent to many mails from this IP", "ratelimited"),
        ("4.2.1", "450 4.2.1 Recipient has received too much mail today", "ratelimited"),
        ("5.2.0", "554 5.2.0 Sender reputation rate limit in effect", "ratelimited"),
        # The next hop did not answer: a connection or recipient check that timed out.
        ("4.0.0", "421 Connection timeout, closing", "networkerror"),
        ("4.0.0", "451 Unable to complete recipient verify, try later", "networkerror"),
        ("4.0.0", "451 Timed out while verifying the address", "networkerror"),
        ("4.4.0", "450 4.4.0 Temporary SPF DNS lookup error", "networkerror"),
        # A HELO refusal with a long host name between the words.
        ("5.7.0", "550 5.7.0 HELO mail-01.relay.example.net should be a FQDN", "blocked"),
        # Virus, spam score, a spam filter's own verdict, a filter that failed.
        ("5.0.0", "554 Blocked because of virus in attachment", "virusdetected"),
        ("5.7.1", "554 5.7.1 Spamfilter score exceeded the limit", "spamdetected"),
        ("5.7.1", "550 5.7.1 Message classified as XSPAM", "spamdetected"),
        ("4.0.0", "451 Content filter scan engine failed, retry", "systemerror"),
        # A block of our sending; our IP found on a list.
        ("4.0.0", "421 Block temporarily: sender filtering", "blocked"),
        (
            "4.7.1",
            "450 4.7.1 Sender IP 192.0.2.1 found in list; check your IP reputation",
            "blocked",
        ),
    ],
)
def test_fix8_rules(status: str, text: str, want: str) -> None:
    assert decide_reason(status, text) == want


def test_a_multi_line_reply_is_read_across_its_line_prefixes() -> None:
    """fix8: "not <<< 550-5.7.1 RFC 5322 compliant" (a sendmail transcript of a multi-line
    reply) is read as "not RFC 5322 compliant", before the spam words of its next lines."""
    text = (
        "<<< 550-5.7.1 This message is not <<< 550-5.7.1 RFC 5322 compliant. To reduce "
        "the amount of spam <<< 550 5.7.1 sent, it has been blocked."
    )
    assert decide_reason("5.7.1", text) == "notcompliantrfc"
    assert decide_reason("5.7.1", text.replace("<<< ", "")) == "notcompliantrfc"


@pytest.mark.parametrize(
    ("status", "text", "want"),
    [
        # fix10 (session 7): rules for software round 5's first-pass misses, each in other
        # words than its table's text (each gave another reason before the rule).
        # The SPF project's explanation link is the text of an SPF failure.
        (
            "5.7.1",
            "550 5.7.1 Sender rejected: see http://www.openspf.net/Why?s=helo",
            "authfailure",
        ),
        # A delivery not yet allowed: come back later (greylisting).
        ("4.0.0", "451 Not yet authorized to deliver mail from this host, try later", "blocked"),
        # The receiving side's own store or filters failed; a server too busy.
        ("4.3.0", "451 4.3.0 Greylist database cannot be opened, try later", "systemerror"),
        ("4.0.0", "451 Unable to open the policy database", "systemerror"),
        ("4.0.0", "451 Content filters are not available right now", "systemerror"),
        ("4.0.0", "421 Too busy scanning for spam, come back later", "systemerror"),
        # Our envelope sender refused as such.
        ("5.7.1", "550 5.7.1 Unauthorized MAIL FROM for this network", "rejected"),
        (
            "5.7.1",
            "550 5.7.1 SMTP user bob is not allowed to send mail as that domain",
            "rejected",
        ),
        ("5.7.1", "550 5.7.1 Sender callback verification failed", "rejected"),
        ("5.7.1", "550 5.7.1 Prohibited sender", "rejected"),
        ("5.0.0", "550 Address bob@example.net is blocklisted here", "rejected"),
        ("5.0.0", "550 Bounces are not accepted by this server", "rejected"),
        ("5.0.0", "550 Invalid bounce: no matching message", "rejected"),
        ("5.7.0", "554 5.7.0 RFC5322.From address not permitted for this login", "rejected"),
        ("5.7.1", "550 5.7.1 Access denied to sender a@example.net", "rejected"),
        # ... unless a list is named: the listing is the cause (blocked; a control, blocked
        # before fix10 too).
        (
            "5.7.1",
            "550 5.7.1 Access denied to sender address a@example.net (listed by dbl.spamhaus.org)",
            "blocked",
        ),
        # A named address that takes no bounces: the recipient's own setting.
        ("5.0.0", "550 bob@example.org does not accept bounces", "filtered"),
        # A sender's history; a message that looks like spam.
        ("5.7.1", "550 5.7.1 Your domain has been sending lots of spam", "badreputation"),
        ("5.7.1", "550 5.7.1 This mail is spammy", "spamdetected"),
        # The message's content: boundary, empty body, banned part or header, odd Date.
        ("5.7.7", "554 5.7.7 Boundary error in multipart message", "contenterror"),
        ("5.0.0", "550 Empty message body", "contenterror"),
        ("5.0.0", "550 Prohibited part found in message", "contenterror"),
        ("5.0.0", "550 Prohibited header found: X-Mailer", "contenterror"),
        ("5.0.0", "550 Implausible date in message", "contenterror"),
        # RFC 5322's form broken: a mandatory header missing; parser defects.
        ("5.7.1", "554 5.7.1 Mandatory header Date missing", "notcompliantrfc"),
        ("5.0.0", "550 Headers have defects", "notcompliantrfc"),
        # Command syntax: parameters, options, a command out of turn, a BODY value.
        ("5.0.0", "550 RCPT TO parameters unrecognized", "syntaxerror"),
        ("5.0.0", "555 Unsupported parameter: MT-PRIORITY", "syntaxerror"),
        ("4.0.0", "453 DATA received prior to completion of the previous command", "syntaxerror"),
        ("4.0.0", "451 Bad syntax in request", "syntaxerror"),
        ("5.0.0", "550 Body must be one of 7bit, 8bitmime", "syntaxerror"),
        # Recipients per transaction; a bounce or DSN to several recipients (a policy, as
        # Postfix's "Multi-recipient bounce").
        ("4.0.0", "451 Will not accept multiple recipients in a single session", "ratelimited"),
        ("5.0.0", "550 Bounce message with multiple recipients refused", "policyviolation"),
        (
            "5.7.0",
            "554 5.7.0 Delivery status notifications may not go to more than one recipient",
            "policyviolation",
        ),
    ],
)
def test_fix10_rules(status: str, text: str, want: str) -> None:
    assert decide_reason(status, text) == want


@pytest.mark.parametrize(
    ("status", "text", "want"),
    [
        # Convention 1: our sender not on the recipient's, group's or site's list of
        # permitted senders, or on a user's own reject list: rejected, words or code.
        ("5.7.129", "550 5.7.129 RESOLVER.RST.RestrictedToRecipientsPermission", "rejected"),
        (
            "5.7.133",
            "550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required",
            "rejected",
        ),
        ("5.7.136", "550 5.7.136 RESOLVER.RST.SenderNotAuthenticatedForMailUser", "rejected"),
        ("5.7.1", "550 5.7.1 you do not have permissions to send to this address", "rejected"),
        ("5.0.0", "550 delivery to this address is restricted", "rejected"),
        ("5.0.0", "550 not on the group's allowed senders list", "rejected"),
        ("5.0.0", "550 You are registered as spammer", "rejected"),
        ("5.0.0", "550 Sender is on the user's block list", "rejected"),
        # ... while a recipient the site refuses stays filtered.
        ("5.0.0", "550 Recipient address is blacklisted", "filtered"),
        # Convention 2: an account's service over its limit, its mail blocked: suspend;
        # a mailbox over quota stays mailboxfull.
        ("5.7.1", "550 5.7.1 Email service over limit, mail blocked", "suspend"),
        ("5.2.2", "552 5.2.2 Mailbox over quota", "mailboxfull"),
        # Convention 3: FCrDNS of the connecting IP is requireptr; of the HELO name blocked.
        ("5.0.0", "554 no FCrDNS match found", "requireptr"),
        ("5.0.0", "550 the forward DNS entry does not point to the sending IP", "requireptr"),
        ("5.0.0", "550 That HELO hostname fails FCrDNS", "blocked"),
        # Convention 4: a Date outside the site's window is contenterror, not a queue.
        ("5.0.0", "550 The Date header is too old", "contenterror"),
        ("5.0.0", "550 Date is in the distant future", "contenterror"),
        ("5.0.0", "550 message too old, giving up", "expired"),
        # Convention 5: a cap on recipients per message or on messages per connection or
        # session is ratelimited; a count of connections stays toomanyconn. X.5.3 alone
        # is a recipient cap; words that name another cause decide.
        ("4.5.3", "452 4.5.3 Error: too many recipients", "ratelimited"),
        ("5.0.0", "452 max of 100 recipients reached", "ratelimited"),
        ("4.0.0", "421 Max message per connection exceeded", "ratelimited"),
        ("5.0.0", "550 max messages per session", "ratelimited"),
        ("4.5.3", "452 4.5.3 Requested action not taken", "ratelimited"),
        ("4.5.3", "421 4.5.3 Too many connections from your host", "toomanyconn"),
        ("4.0.0", "421 Too many concurrent SMTP connections", "toomanyconn"),
        ("5.5.3", "554 5.5.3 Message size exceeds fixed limit", "mesgtoobig"),
        # Convention 7: a PEC address that takes no non-certified mail: policyviolation.
        (
            "5.0.0",
            "554 Indirizzo destinatario sconosciuto o non abilitato alla ricezione di posta "
            "non certificata",
            "policyviolation",
        ),
        ("5.0.0", "550 Indirizzo destinatario sconosciuto", "userunknown"),
        # Convention 9: a sender judged spoofed, no SPF/DKIM/DMARC named: rejected.
        ("5.0.0", "550 Rejected by header based Anti-Spoofing policy", "rejected"),
        ("5.0.0", "550 Anti-spoofing: SPF check failed for the sender", "authfailure"),
        # Convention 10: the header section's size is contenterror; the message's stays
        # mesgtoobig.
        ("5.0.0", "534 Message header size exceeds policy limit.", "contenterror"),
        ("5.0.0", "554 headers length over 4096 chars", "contenterror"),
        ("5.0.0", "552 Message size exceeds fixed maximum message size", "mesgtoobig"),
    ],
)
def test_adr_0017_conventions(status: str, text: str, want: str) -> None:
    """fix11: the rules follow ADR 0017's settled labels (docs/adr/0017)."""
    assert decide_reason(status, text) == want


@pytest.mark.parametrize(
    ("status", "text", "want"),
    [
        # A time-out of the SMTP session (a command, the data, the client) is networkerror;
        # a time-out of the message or the queue stays expired.
        (
            "4.0.0",
            "421 example.net Service closing transmission channel - command timeout",
            "networkerror",
        ),
        ("4.0.0", "421 Timeout waiting for data from client.", "networkerror"),
        ("4.0.0", "451 timeout (#4.4.2)", "networkerror"),
        ("5.0.0", "550 Message timed out", "expired"),
        ("5.0.0", "554 delivery timeout", "expired"),
        ("5.0.0", "550 retry timeout exceeded", "expired"),
        ("5.0.0", "554 message timed out after 5 days in queue", "expired"),
        # A repeated header field named a duplicate: RFC 5322's form (an X.6.x code would
        # still make it contenterror, ADR 0017 convention 8).
        ("5.0.0", "554 Transaction failed: Duplicate header 'Delivered-To'.", "notcompliantrfc"),
        ("5.0.0", '550 Bad Header, Duplicate Header Field "MIME version"', "notcompliantrfc"),
        ("5.6.0", "554 5.6.0 Duplicate header Subject", "contenterror"),
        # An attachment refused for its macros: a refused kind of attachment.
        (
            "5.0.0",
            "552 MS-Office file containing VBA macros found inside of the email",
            "contenterror",
        ),
        ("5.0.0", "550 Macros are not allowed in attachments", "contenterror"),
        # Working memory, not storage: systemerror even with X.3.1; a full disk stays systemfull.
        ("4.3.1", "452 4.3.1 Out of memory", "systemerror"),
        ("4.3.1", "452 4.3.1 Insufficient system storage", "systemfull"),
        # A "sender" named by an IP address is the sending host; by an address, our sender.
        ("5.7.1", "550 5.7.1 [RBL] Sender blocked 192.0.2.1", "blocked"),
        ("5.7.1", "550 5.7.1 Sender blocked a@example.net", "rejected"),
        (
            "5.7.1",
            "550 5.7.1 <host.example.net[192.0.2.18]>: Client host rejected: Blacklisted user: "
            "a@example.net",
            "rejected",
        ),
        (
            "5.7.1",
            "550 5.7.1 <host.example.net[192.0.2.18]>: Client host rejected: blacklisted",
            "blocked",
        ),
        # The connecting IP's sending behaviour (its history): blocked.
        (
            "5.0.0",
            "554 Reject by behaviour spam at DATA State(Connection IP address:192.0.2.1)",
            "blocked",
        ),
        # The SMTP dialogue's rules broken.
        ("5.0.0", "550 esmtp: protocol deviation", "syntaxerror"),
        # qmail's rcpthosts refusal in other words: hostunknown (README convention).
        (
            "5.7.1",
            "553 Sorry, this domain is not in my list of allowed hosts (#5.7.1)",
            "hostunknown",
        ),
        # A spam filter named; a link in the message on a URL list (URIBL convention).
        ("5.7.1", "554 5.7.1 rejected by rspamd filter", "spamdetected"),
        (
            "5.0.0",
            "550 A URL in this email (example.org) is listed on a URL blocklist",
            "spamdetected",
        ),
    ],
)
def test_fix12_rules(status: str, text: str, want: str) -> None:
    """fix12 (test_quoted_texts_8.py's first-pass misses): rules by meaning."""
    assert decide_reason(status, text) == want


@pytest.mark.parametrize(
    ("status", "text", "want"),
    [
        # A domain that "couldn't be found" (Gmail's wording) is the domain, not the user.
        ("5.0.0", "Delivery failed: the domain example.net couldn't be found.", "hostunknown"),
        ("5.0.0", "the host mx.example.net could not be found", "hostunknown"),
        # Repeated attempts that ended: the queue gave up (Microsoft 365's expiry NDRs).
        (
            "5.0.0",
            "Despite repeated attempts to deliver the message, the destination did not answer.",
            "expired",
        ),
        # Chinese "spam mail", simplified and traditional script.
        ("5.0.0", "550 您的邮件被判定为垃圾邮件", "spamdetected"),
        ("5.0.0", "550 此郵件被系統判定為垃圾郵件", "spamdetected"),
    ],
)
def test_session_10_rules(status: str, text: str, want: str) -> None:
    """Session 10 (unseen-24's tuning half): rules by meaning, in our own wordings."""
    assert decide_reason(status, text) == want


@pytest.mark.parametrize(
    ("status", "text", "want"),
    [
        # Our client's credentials refused: a security error, not an unknown user.
        ("5.7.8", "535 5.7.8 Authentication failed: bad username or password", "securityerror"),
        ("5.0.0", "535 incorrect login and password", "securityerror"),
        # A recipient said not to exist in other words.
        ("5.0.0", "550 nonexistent mailbox", "userunknown"),
        ("5.0.0", "550 Non-existent e-mail address", "userunknown"),
        # Our sender refused, not the recipient unknown (a soft refusal was called hard).
        ("5.0.0", "550 Sender does not exist", "rejected"),
        ("5.0.0", "553 refused mail from: no MX for the return domain", "rejected"),
        # The command's syntax, not a bad recipient.
        ("5.0.0", "501 Syntactically invalid RCPT TO parameter", "syntaxerror"),
    ],
)
def test_session_10_table_rules(status: str, text: str, want: str) -> None:
    """Session 10 (software round 8's misses after its first pass, then the tables' soft
    refusals called hard): rules by meaning."""
    assert decide_reason(status, text) == want


@pytest.mark.parametrize(
    ("status", "text", "want"),
    [
        # A bare line feed, also in Postfix's bracketed form: RFC 5321/5322 framing.
        ("5.5.2", "521 5.5.2 relay.example.net Error: bare <LF> received", "notcompliantrfc"),
        ("5.0.0", "554 bare <CR> in message", "notcompliantrfc"),
        # A header repeated, said as a count; a header section failing a syntax check.
        ("5.0.0", "550 Messages should have one or no Date headers, not 3", "notcompliantrfc"),
        ("5.0.0", "550 Your message headers failed the syntax checks", "notcompliantrfc"),
        # Several From: addresses stay a policy violation beside a pointer to RFC 5322.
        (
            "5.7.1",
            "550 5.7.1 Messages with multiple addresses in From: header are not accepted. "
            "Please review RFC 5322 specifications",
            "policyviolation",
        ),
        # SMTP AUTH asked of our client; POP-before-SMTP as the relay's permission.
        ("5.0.0", "530 Please authenticate first", "securityerror"),
        ("5.0.0", "553 Relay denied: use POP-before-SMTP to stop spam", "norelaying"),
    ],
)
def test_session_11_table_rules(status: str, text: str, want: str) -> None:
    """Session 11 (quoted round 14's misses after its first pass): rules by meaning."""
    assert decide_reason(status, text) == want


@pytest.mark.parametrize(
    ("status", "text", "want"),
    [
        # The host named between "host" and "not found": the name does not exist.
        ("5.0.0", "550 DNS lookup failure: host mx.example.net not found", "hostunknown"),
        # The receiving disk full, as strerror words ENOSPC.
        ("4.0.0", "451 write error: No space left on device", "systemfull"),
        # Lists and groups for some senders only, in three languages; a moderator's refusal.
        ("5.0.0", "550 Only authorised senders may post to this group", "rejected"),
        ("5.0.0", "550 This list only accepts posts from its members", "rejected"),
        ("5.0.0", "550 Sie haben die Liste nicht abonniert", "rejected"),
        ("5.0.0", "550 Vous n'êtes pas membre de cette liste", "rejected"),
        ("5.0.0", "550 Your post was rejected by the list moderator", "rejected"),
        # Quoted round 15: a failed check of the site's own users; too many unknown
        # recipients from our IP (harvesting, not an unknown user); AOL's "DNS:NR".
        ("5.0.0", "550 recipient verification from directory failed", "userunknown"),
        ("5.7.1", "554 Excessive invalid recipients from your IP", "blocked"),
        ("4.0.0", "421 DNS:NR see the provider's error page", "requireptr"),
        # Only the server's own users may send through it: a relay refusal, not an
        # unknown recipient (it had made a soft refusal hard).
        ("5.0.0", "550 Requested action not taken: Local user only", "norelaying"),
        # ADR 0017's session-11 addendum: list software's own states.
        ("5.0.0", "550 Rejected: the list address was not found in To: or Cc:", "policyviolation"),
        ("5.0.0", "550 Your post expired without any moderator approving it", "expired"),
        ("5.0.0", "550 This mailing list is closed", "suspend"),
        ("5.0.0", "550 Refused by an access rule set by the list owner", "rejected"),
        # Quoted round 16: our sender's count over a limit inside a sender-address frame.
        (
            "4.7.1",
            "450 4.7.1 <a@b.example>: Sender address rejected: Too many mails from this sender",
            "ratelimited",
        ),
    ],
)
def test_session_11_software_rules(status: str, text: str, want: str) -> None:
    """Session 11 (software round 9's and quoted rounds 15 and 16's misses after their
    first passes): rules by meaning."""
    assert decide_reason(status, text) == want


@pytest.mark.parametrize(
    ("status", "text", "want"),
    [
        # A local delivery agent that could not lock, create or write the mailbox or a
        # temporary file, or may not run as the user it was started as.
        ("4.0.0", "451 procmail: lock failed on /var/mail/kim.lock", "systemerror"),
        ("4.0.0", "451 deliver: unable to create the maildir for kim", "systemerror"),
        ("4.0.0", "451 tmail: cannot write temp file in /tmp", "systemerror"),
        ("4.0.0", "451 error writing temporary file", "systemerror"),
        ("5.0.0", "554 deliver: insufficient privileges to open the spool", "systemerror"),
        ("5.0.0", "554 this agent may not be invoked by the mail system's own user", "systemerror"),
        # A return path whose SRS or BATV signature does not verify: our sender refused.
        ("5.0.0", "550 the SRS signature of the bounce address is invalid", "rejected"),
        ("5.0.0", "553 invalid BATV signature on the envelope sender", "rejected"),
        # A cap on messages sent over one connection, worded as a batch.
        ("4.0.0", "421 batch limit reached, open a new connection", "ratelimited"),
    ],
)
def test_session_12_rules(status: str, text: str, want: str) -> None:
    """Session 12 (software round 10's and quoted round 17's misses after their first
    passes): rules by meaning."""
    assert decide_reason(status, text) == want


@pytest.mark.parametrize(
    ("status", "text", "want"),
    [
        # Session 12 (unseen-28): the next hop did not answer (CommuniGate Pro's delay);
        # a user the server could not find (Prodigy).
        ("4.0.0", "mx.example.org: no response", "networkerror"),
        ("5.0.0", "Unable to find user: <kim@example.org>", "userunknown"),
    ],
)
def test_session_12_notice_rules(status: str, text: str, want: str) -> None:
    """Session 12 (unseen-28's misses after its first pass): rules by meaning."""
    assert decide_reason(status, text) == want


@pytest.mark.parametrize(
    ("status", "text", "want"),
    [
        # Session 12 (unseen-31): Korean providers' reasons, our own sentences.
        ("5.0.0", "받는 사람이 귀하의 메일을 수신차단 하였습니다.", "filtered"),
        ("5.0.0", "받는 사람이 메일 수신을 제한하고 있습니다.", "filtered"),
        ("5.0.0", "받는 사람의 메일함 용량이 초과되었습니다.", "mailboxfull"),
        ("5.0.0", "존재하지 않는 계정입니다.", "userunknown"),
        ("5.0.0", "존재하지 않는 도메인입니다.", "hostunknown"),
        ("5.0.0", "받는 사람의 계정이 휴면 상태입니다.", "suspend"),
    ],
)
def test_session_12_korean_rules(status: str, text: str, want: str) -> None:
    """Korean reasons by meaning (session 12)."""
    assert decide_reason(status, text) == want


@pytest.mark.parametrize(
    ("status", "text", "want"),
    [
        # Session 13 (the first passes' misses; software round 11): an app's mail
        # gateway refusing an empty message; a virus named as the policy broken. Our own
        # wording.
        ("5.0.0", "550 Sorry, your e-mail was empty, so nothing was posted.", "contenterror"),
        ("5.0.0", "550 The message did not contain any text we could read.", "contenterror"),
        ("5.7.1", "554 5.7.1 Rejected: virus-policy violation (EICAR test file)", "virusdetected"),
        # Quoted round 19: a recipient domain named invalid; our sender not the account
        # we logged in with.
        ("5.1.2", "550 5.1.2 Invalid recipient domain example.invalid", "hostunknown"),
        ("5.0.0", "553 The sender and the authenticated user do not match", "rejected"),
        # A quota named as the sender's or a sending one, not the mailbox's store (the
        # replayed first passes of quoted rounds 9-11 read them as a full mailbox).
        ("5.7.1", "554 5.7.1 You have reached your hourly relay quota", "ratelimited"),
        ("4.0.0", "451 Outbound quota exceeded for this account, try later", "ratelimited"),
        ("5.0.0", "550 Message quota exceeded for sender sam@outreach.example", "ratelimited"),
        ("5.2.2", "552 5.2.2 Mailbox quota exceeded", "mailboxfull"),
    ],
)
def test_session_13_rules(status: str, text: str, want: str) -> None:
    """Session 13: rules by meaning."""
    assert decide_reason(status, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # Session 13: our own probes of localized NDR wordings the lists lacked.
        ("No se encontró la dirección de correo electrónico que especificó.", "userunknown"),
        ("Nie ma takiego użytkownika", "userunknown"),
        ("Użytkownik nie istnieje", "userunknown"),
        ("宛先のメールアドレスが見つかりません", "userunknown"),
        ("Alıcı bulunamadı", "userunknown"),  # noqa: RUF001
        ("Mailbox vol", "mailboxfull"),
        ("Skrzynka odbiorcy jest pełna", "mailboxfull"),
        ("收件人邮箱已满", "mailboxfull"),
        ("Posta kutusu dolu", "mailboxfull"),
        ("The mailbox volume is low", "undefined"),
        ("Die Domain existiert nicht.", "hostunknown"),
        ("Сообщение распознано как спам.", "spamdetected"),
        ("迷惑メールと判定されました", "spamdetected"),
        ("Ihre IP-Adresse steht auf einer Sperrliste.", "blocked"),
        ("Votre adresse IP est sur liste noire.", "blocked"),
        ("Die Nachricht ist zu groß.", "mesgtoobig"),
        ("Le message est trop volumineux.", "mesgtoobig"),
        ("El mensaje es demasiado grande.", "mesgtoobig"),
        ("Wiadomość jest za duża.", "mesgtoobig"),
        ("邮件大小超过限制", "mesgtoobig"),
        ("Аккаунт заблокирован.", "suspend"),
        ("Der Empfänger hat Ihre Adresse blockiert.", "filtered"),
        ("Zeitüberschreitung der Verbindung", "networkerror"),
        ("Délai de connexion dépassé", "networkerror"),
    ],
)
def test_session_13_localized_words(text: str, want: str) -> None:
    """Localized notices' words for the common reasons (session 13, our own probes)."""
    assert decide_reason("5.0.0", text) == want
