"""Real auto-reply texts and real human reply texts, each in a plain message without the
telling headers: is the kind right when only the body (and a "Re:" subject) is left?

Collection rule (written and committed before any page was read):

- Auto-replies (group ``a``): real texts quoted on public pages: out-of-office notes that
  people actually received or posted (blogs, Q&A threads, GitHub issues and pull requests
  where reply-by-email posted them), ticket-system acknowledgements ("We have received your
  request #1234"), help-desk auto-responders ("thank you for your message, we will reply
  within 2 business days"), "this mailbox is no longer monitored", "I have left the company,
  please contact ...", "my e-mail address has changed", role-account notices, vacation
  notices with return dates. Mostly English, also de/fr/es/nl/pt/it/ja and others.
  Published *templates* (sample texts offered for people to copy) count only when the page
  shows them as received or used; none is written by us.
- Human replies (group ``h``): real replies written by people, quoted on public pages:
  public mailing-list archives and GitHub issue e-mail replies that mention being away,
  holidays, travel, "thanks for your e-mail", "I'll get back to you", a new address, etc.:
  the same vocabulary as the auto-replies, but a person answering.
- Each text carries its source URL in a comment. Texts are quoted as the page shows them,
  shortened only at a paragraph boundary (noted); addresses anonymised to example.org /
  example.net / outreach.example, phone numbers to 555 numbers, and personal names of
  private persons replaced by placeholders.
- Nothing already used by test_localized_kinds.py or the corpus (tests/data/inbound/);
  nothing from Sisimai, its set-of-emails, bounceHammer or pages copying their samples.
- Each text becomes a message WITHOUT Auto-Submitted, X-Autoreply, Precedence or any other
  header that tells the kind: From a person's address, To our sender, Subject "Re: " and a
  plausible subject; an auto-reply whose page shows its own subject is also tried with it
  (``page_subject``).
- Labels by tests/data/inbound/README.md: an auto-reply is kind ``autoreply``, reason
  ``vacation`` (also when it says the person left or the mailbox closed: the corpus labels
  pasted9/moj-mailbox-closed-resend.eml so); a person's reply is kind ``human``.
- Labels and texts are committed before the classifier is run on any of them; the first
  pass is recorded in BENCHMARKS-kindtx.md exactly as printed. A label changed after the
  first pass keeps a note saying so and why.

Run ``PYTHONPATH=src:. python -m tests.inbound.test_reply_kinds`` for the score.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from email.message import EmailMessage
from email.policy import SMTP
from typing import NamedTuple

import pytest

from outreach.inbound import classify


class Case(NamedTuple):
    """One real reply text and what the classifier must say about it."""

    group: str  # a: auto-reply, h: human reply
    lang: str
    source: str  # the page the text is quoted from
    subject: str  # "Re: " and a plausible subject
    body: str
    kind: str  # autoreply / human
    page_subject: str | None = None  # the auto-reply's own subject, when the page shows it


PERSON = "Kim Berg <kim.berg@example.org>"

CASES: list[Case] = []


def raw_message(case: Case, subject: str | None = None) -> bytes:
    """A plain message from a person: From, To, Subject, Date, Message-ID, a UTF-8 body."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = PERSON
    msg["To"] = "Sam <sam@outreach.example>"
    msg["Subject"] = subject or case.subject
    msg["Date"] = "Tue, 12 Aug 2025 09:00:00 +0000"
    msg["Message-ID"] = "<reply-kinds-1@example.org>"
    msg.set_content(case.body)
    return msg.as_bytes()


def expected(case: Case) -> dict[str, object]:
    """Kind, and reason ``vacation`` for auto-replies."""
    if case.kind == "autoreply":
        return {"kind": "autoreply", "reason": "vacation"}
    return {"kind": case.kind}


def variants(case: Case) -> list[tuple[str, str]]:
    """(tag, subject) per message built from a case: the "Re:" one, and the page's own."""
    out = [("re", case.subject)]
    if case.page_subject:
        out.append(("page", case.page_subject))
    return out


# Measured misses left alone, kept visible: (case index, variant tag) -> why.
KNOWN_MISSES: dict[tuple[int, str], str] = {}


def _params() -> list[object]:
    return [
        pytest.param(i, tag, subject, id=f"{c.group}-{i:03d}-{c.lang}-{tag}")
        for i, c in enumerate(CASES)
        for tag, subject in variants(c)
    ]


@pytest.mark.parametrize(("index", "tag", "subject"), _params())
def test_reply_kind(index: int, tag: str, subject: str) -> None:
    why = KNOWN_MISSES.get((index, tag))
    if why:
        pytest.xfail(why)
    case = CASES[index]
    got = classify(raw_message(case, subject)).to_dict()
    want = expected(case)
    assert {k: got[k] for k in want} == want


def score(cases: list[Case]) -> str:
    """Kind accuracy per group and variant, per language; each miss."""
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    langs: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses = []
    for i, case in enumerate(cases):
        for tag, subject in variants(case):
            got = classify(raw_message(case, subject)).to_dict()
            ok = got["kind"] == case.kind
            reason_ok = ok and (case.kind != "autoreply" or got["reason"] == "vacation")
            for key in (f"{case.group} {tag}", f"all {tag}"):
                tally[key][0] += ok
                tally[key][1] += 1
            if tag == "re":
                langs[case.lang][0] += ok
                langs[case.lang][1] += 1
            if not ok:
                misses.append(
                    f"  kind miss {case.group}-{i:03d}-{case.lang}-{tag}: -> {got['kind']}"
                )
            elif not reason_ok:
                misses.append(
                    f"  reason miss {case.group}-{i:03d}-{case.lang}-{tag}: -> {got['reason']}"
                )
    lines = [f"{len(cases)} texts"]
    lines += [f"  kind {k:7s} {a}/{t} = {100 * a / t:.1f}%" for k, (a, t) in sorted(tally.items())]
    lines += [
        "  per language (re): " + ", ".join(f"{k} {a}/{t}" for k, (a, t) in sorted(langs.items()))
    ]
    return "\n".join(lines + misses)


if __name__ == "__main__":  # PYTHONPATH=src:. python -m tests.inbound.test_reply_kinds
    print(score(CASES))
    sys.exit(0)
