"""The send pipeline: claim → gate → render → instrument → compose → SMTP → record.

Three steps, two transactions, and the SMTP conversation outside both:
1. claim (commit): due queued rows of running campaigns become 'sending', the suppression
   gate settles what must not go out, Message-IDs are stored;
2. send: render, track and compose each job here while a sender thread hands the previous
   ones to the transport; a failure of one message (bad template, refused recipient) is
   recorded, never raised;
3. record (commit): sent/failed/retry for the whole batch with executemany, then campaigns
   with nothing left to send are completed.
A crash between 1 and 3 leaves rows in 'sending'; they are moved to 'review' (never resent)
by the next claim once they are older than STALE_AFTER.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

from outreach.db.claim import claim_due_messages, release_stale
from outreach.db.uow import unit_of_work
from outreach.errors import DomainError
from outreach.sending.compose import OutgoingEmail, compose
from outreach.sending.jobs import Claimed, Job, build_jobs
from outreach.sending.outcomes import Outcome, complete_finished, record_outcomes, retry_or_fail
from outreach.sending.transport import Transport, TransportError
from outreach.templates.render import render
from outreach.tracking.instrument import instrument_html, unsubscribe_url
from outreach.tracking.tokens import Signers, signers_for

log = logging.getLogger(__name__)

STALE_AFTER = timedelta(minutes=15)
# Messages composed ahead of the SMTP conversation (bounded, so memory stays flat).
PIPELINE_DEPTH = 32


def claim_batch(session: Session, *, now: datetime, batch_size: int, secret_key: str) -> Claimed:
    """Recover stale 'sending' rows, claim a batch and build its jobs (caller commits)."""
    recovered = release_stale(session, older_than=now - STALE_AFTER)
    if recovered:
        log.warning("%d messages were left in 'sending'; set to 'review'", recovered)
    ids = claim_due_messages(session, now=now, limit=batch_size)
    if not ids:
        return Claimed()
    return build_jobs(session, ids, now=now, secret_key=secret_key)


def build_email(
    job: Job, *, now: datetime, base_url: str, signers: Signers
) -> tuple[OutgoingEmail, list[str]]:
    """Render, instrument and describe one job's email; raises TemplateRenderError."""
    rendered = render(job.subject, job.html, job.text, job.context)
    links: list[str] = []
    html = rendered.html
    if html:
        tracked = instrument_html(html, message_id=job.id, base_url=base_url, signers=signers)
        html, links = tracked.html, tracked.links
    mail = OutgoingEmail(
        from_email=job.sender.from_email,
        from_name=job.sender.from_name,
        reply_to=job.sender.reply_to,
        to_email=job.to_email,
        subject=rendered.subject,
        html=html,
        text=rendered.text,
        message_id=job.message_id,
        date=now,
        unsubscribe_url=unsubscribe_url(base_url, signers, job.id),
        unsubscribe_mailto=f"{job.sender.from_email}?subject=unsubscribe",
        tracking_token=signers.message.sign(job.id),
    )
    return mail, links


@dataclass(frozen=True, slots=True)
class Prepared:
    """A job rendered and composed, ready for the wire."""

    job: Job
    subject: str
    data: bytes
    links: list[str]


def prepare(job: Job, *, now: datetime, base_url: str, signers: Signers) -> Prepared | Outcome:
    """Render, instrument and compose one job; a failure becomes an Outcome, never raises."""
    try:
        mail, links = build_email(job, now=now, base_url=base_url, signers=signers)
        return Prepared(job, mail.subject, compose(mail), links)
    except DomainError as exc:
        return Outcome(job, "failed", error=f"{exc.code}: {exc.message}")
    except Exception as exc:  # poison message: set aside with its reason, keep going
        log.exception("building message %s failed", job.id)
        return Outcome(job, "failed", error=f"{type(exc).__name__}: {exc}")


def deliver(item: Prepared, transport: Transport) -> Outcome:
    """Hand one prepared message to the transport; never raises."""
    job = item.job
    try:
        transport.send(
            job.sender.smtp,
            mail_from=job.sender.from_email,
            rcpt_to=[job.to_email],
            data=item.data,
        )
    except TransportError as exc:
        outcome = retry_or_fail(job, str(exc), permanent=exc.permanent)
        return Outcome(job, outcome.status, subject=item.subject, error=outcome.error)
    except Exception as exc:
        log.exception("sending message %s failed", job.id)
        return Outcome(job, "failed", subject=item.subject, error=f"{type(exc).__name__}: {exc}")
    return Outcome(job, "sent", subject=item.subject, links=item.links)


def send_all(
    jobs: list[Job], transport: Transport, *, now: datetime, base_url: str, signers: Signers
) -> list[Outcome]:
    """Prepare messages in this thread while a second thread talks SMTP.

    smtplib spends most of its time waiting on the socket with the GIL released, so message
    n+1 is rendered and composed while message n is on the wire. The transport is only used
    by the sender thread. A job whose outcome never arrives (the thread died) stays in
    'sending' and goes to 'review' later, never resent.
    """
    outcomes: list[Outcome] = []
    ready: queue.Queue[Prepared | None] = queue.Queue(maxsize=PIPELINE_DEPTH)

    def sender() -> None:
        while (item := ready.get()) is not None:
            outcomes.append(deliver(item, transport))

    thread = threading.Thread(target=sender, name="smtp-sender", daemon=True)
    thread.start()
    try:
        for job in jobs:
            result = prepare(job, now=now, base_url=base_url, signers=signers)
            if isinstance(result, Outcome):
                outcomes.append(result)
            else:
                ready.put(result)
    finally:
        ready.put(None)
        thread.join()
    return outcomes


def dispatch_batch(
    session_factory: sessionmaker[Session],
    *,
    now: datetime,
    transport_factory: Callable[[], Transport],
    secret_key: str,
    base_url: str,
    batch_size: int,
) -> int:
    """Claim and send one batch; returns how many messages were claimed (0 when idle)."""
    with unit_of_work(session_factory) as session:
        claimed = claim_batch(session, now=now, batch_size=batch_size, secret_key=secret_key)
    if not claimed.count:
        return 0
    outcomes: list[Outcome] = []
    if claimed.jobs:
        signers = signers_for(secret_key)
        base = base_url.rstrip("/")
        transport = transport_factory()
        try:
            outcomes = send_all(claimed.jobs, transport, now=now, base_url=base, signers=signers)
        finally:
            transport.close()
    with unit_of_work(session_factory) as session:
        record_outcomes(session, outcomes, now=now)
        complete_finished(session, claimed.campaign_ids, now=now)
    return claimed.count
