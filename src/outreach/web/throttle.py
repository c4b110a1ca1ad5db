"""Login throttling in memory: too many failures per IP or per email locks them out a while.

Per process only: behind a load balancer each web process counts on its own, which still
bounds guessing to (processes times limit) per window. Argon2 makes each guess slow anyway.
"""

from __future__ import annotations

import threading
from collections import defaultdict, deque
from datetime import datetime, timedelta

from outreach.kit.clock import Clock, utcnow


class LoginThrottle:
    """Sliding-window counter of failed logins keyed by ``ip:...`` and ``email:...``."""

    def __init__(
        self,
        *,
        per_email: int = 5,
        per_ip: int = 20,
        window: timedelta = timedelta(minutes=15),
        clock: Clock = utcnow,
    ) -> None:
        self._limits = {"email": per_email, "ip": per_ip}
        self._window = window
        self._clock = clock
        self._failures: defaultdict[str, deque[datetime]] = defaultdict(deque)
        self._lock = threading.Lock()

    def _keys(self, ip: str, email: str) -> list[tuple[str, int]]:
        return [
            (f"ip:{ip}", self._limits["ip"]),
            (f"email:{email.strip().lower()}", self._limits["email"]),
        ]

    def _recent(self, key: str, now: datetime) -> deque[datetime]:
        times = self._failures[key]
        while times and times[0] <= now - self._window:
            times.popleft()
        return times

    def blocked(self, ip: str, email: str) -> bool:
        """True when this IP or this email has used up its failures for the window."""
        now = self._clock()
        with self._lock:
            counts = [(key, len(self._recent(key, now)), n) for key, n in self._keys(ip, email)]
            # Drop keys whose failures all expired so the map does not grow without bound.
            for key, count, _limit in counts:
                if count == 0:
                    self._failures.pop(key, None)
            return any(count >= limit for _key, count, limit in counts)

    def failed(self, ip: str, email: str) -> None:
        """Record one failed login."""
        now = self._clock()
        with self._lock:
            for key, _limit in self._keys(ip, email):
                self._recent(key, now).append(now)

    def succeeded(self, email: str) -> None:
        """Forget the failures of an email that just logged in (its IP keeps its count)."""
        with self._lock:
            self._failures.pop(f"email:{email.strip().lower()}", None)
