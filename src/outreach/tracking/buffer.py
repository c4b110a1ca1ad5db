"""A bounded in-memory buffer of tracking events, written in batches by a background thread.

The public edge only appends to a deque (no database round trip per request); the flusher
writes everything buffered every ``interval`` seconds in one transaction with executemany.
"""

from __future__ import annotations

import logging
import threading
from collections import deque

from sqlalchemy.orm import Session, sessionmaker

from outreach.db.uow import unit_of_work
from outreach.tracking.service import TrackedEvent, record_events

log = logging.getLogger(__name__)


class EventBuffer:
    """Collects TrackedEvents; ``flush()`` writes them, ``start()`` flushes periodically."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        *,
        capacity: int = 100_000,
        interval: float = 0.1,
        batch: int = 5_000,
    ) -> None:
        self._factory = session_factory
        self._events: deque[TrackedEvent] = deque()
        self._capacity = capacity
        self._interval = interval
        self._batch = batch
        self._lock = threading.Lock()  # one flush at a time (thread and tests)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.dropped = 0

    def __len__(self) -> int:
        return len(self._events)

    def add(self, event: TrackedEvent) -> bool:
        """Buffer an event; False (and counted as dropped) when the buffer is full."""
        if len(self._events) >= self._capacity:
            self.dropped += 1
            return False
        self._events.append(event)
        return True

    def flush(self) -> int:
        """Write everything buffered now; returns how many events were written."""
        written = 0
        with self._lock:
            while self._events:
                chunk: list[TrackedEvent] = []
                while self._events and len(chunk) < self._batch:
                    chunk.append(self._events.popleft())
                try:
                    with unit_of_work(self._factory) as session:
                        record_events(session, chunk)
                except Exception:
                    # Keep the events for the next try rather than losing them on a blip.
                    log.exception("writing %d tracking events failed; will retry", len(chunk))
                    self._events.extendleft(reversed(chunk))
                    break
                written += len(chunk)
        return written

    def _run(self) -> None:
        while not self._stop.wait(self._interval):
            self.flush()
        self.flush()

    def start(self) -> None:
        """Start the background flusher thread."""
        if self._thread is None:
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, name="event-flusher", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        """Stop the flusher after a last flush."""
        if self._thread is not None:
            self._stop.set()
            self._thread.join(timeout=10)
            self._thread = None
        self.flush()
