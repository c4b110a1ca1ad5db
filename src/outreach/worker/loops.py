"""The worker loops; each calls one domain entry point per iteration."""

from __future__ import annotations

from collections.abc import Callable

from outreach.db.runtime import Runtime
from outreach.db.uow import unit_of_work
from outreach.kit.clock import Clock, utcnow
from outreach.leads import jobstate, retention
from outreach.sending.dispatcher import dispatch_batch
from outreach.sending.transport import SMTPTransport, Transport
from outreach.worker.runner import Loop


class DispatchLoop(Loop):
    """Claims and sends due messages; dispatch_batch runs its own units of work."""

    name = "dispatch"

    def __init__(
        self,
        runtime: Runtime,
        *,
        transport_factory: Callable[[], Transport] = SMTPTransport,
        clock: Clock = utcnow,
    ) -> None:
        super().__init__(idle_seconds=runtime.settings.worker_poll_seconds)
        self.runtime = runtime
        self.transport_factory = transport_factory
        self.clock = clock

    def one_iteration(self) -> int:
        """Send one batch; the number of messages claimed."""
        settings = self.runtime.settings
        return dispatch_batch(
            self.runtime.session_factory,
            now=self.clock(),
            transport_factory=self.transport_factory,
            secret_key=self.runtime.secret_key,
            base_url=settings.base_url,
            batch_size=settings.worker_batch_size,
        )


class ImportMaintenanceLoop(Loop):
    """Marks imports whose thread stopped as interrupted; deletes expired import files."""

    name = "import-maintenance"
    # Neither job is urgent: a stale import is also marked when its page or list is read.
    IDLE_SECONDS = 60.0

    def __init__(self, runtime: Runtime, *, clock: Clock = utcnow) -> None:
        super().__init__(idle_seconds=self.IDLE_SECONDS)
        self.runtime = runtime
        self.clock = clock

    def one_iteration(self) -> int:
        """Mark stale jobs and purge one batch of expired files; how many jobs changed."""
        now = self.clock()
        with unit_of_work(self.runtime.session_factory) as session:
            done = jobstate.mark_interrupted(session, now=now)
            return done + retention.purge_expired_files(
                session, now=now, retention_days=self.runtime.settings.import_retention_days
            )
