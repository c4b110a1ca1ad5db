"""The worker loops; each calls one domain entry point per iteration."""

from __future__ import annotations

from collections.abc import Callable

from outreach.db.runtime import Runtime
from outreach.kit.clock import Clock, utcnow
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
