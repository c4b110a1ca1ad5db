"""The loop shape every worker loop shares: iterate, sleep when idle, stop on a signal."""

from __future__ import annotations

import logging
import signal
import threading
from abc import ABC, abstractmethod
from collections.abc import Iterable
from types import FrameType

log = logging.getLogger(__name__)


class Loop(ABC):
    """Subclasses implement ``one_iteration()`` returning how much work was done."""

    name = "loop"

    def __init__(self, *, idle_seconds: float = 1.0) -> None:
        self.idle_seconds = idle_seconds

    @abstractmethod
    def one_iteration(self) -> int:
        """Do one unit of work; 0 means there was nothing to do."""

    def run(self, stop: threading.Event) -> None:
        """Iterate until ``stop`` is set; an unexpected error is logged and the loop snoozes."""
        log.info("%s started", self.name)
        while not stop.is_set():
            try:
                done = self.one_iteration()
            except Exception:
                log.exception("%s iteration failed", self.name)
                done = 0
            if not done:
                stop.wait(self.idle_seconds)
        log.info("%s stopped", self.name)

    def drain(self, *, max_iterations: int = 1_000_000) -> int:
        """Iterate until there is no work left (``worker --once`` and tests); total done."""
        total = 0
        for _ in range(max_iterations):
            done = self.one_iteration()
            if not done:
                break
            total += done
        return total


def stop_on_signals(stop: threading.Event) -> None:
    """Set ``stop`` on SIGTERM/SIGINT (main thread only)."""

    def handler(signum: int, _frame: FrameType | None) -> None:
        log.info("signal %s: stopping after the current iteration", signum)
        stop.set()

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGINT, handler)


def start_threads(loops: Iterable[Loop], stop: threading.Event) -> list[threading.Thread]:
    """Run each loop in its own thread until ``stop`` is set."""
    threads = [
        threading.Thread(target=loop.run, args=(stop,), name=loop.name, daemon=True)
        for loop in loops
    ]
    for thread in threads:
        thread.start()
    return threads
