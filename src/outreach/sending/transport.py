"""Mail transports: the Transport protocol and SMTP over smtplib (none, STARTTLS or SSL)."""

from __future__ import annotations

import contextlib
import smtplib
import ssl
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

DEFAULT_TIMEOUT = 30.0


@dataclass(frozen=True, slots=True)
class SmtpConfig:
    """Where and how to submit mail for one mailbox."""

    host: str
    port: int
    security: str = "starttls"  # none | starttls | ssl
    username: str | None = None
    password: str | None = None
    timeout: float = DEFAULT_TIMEOUT


class TransportError(Exception):
    """Sending failed; ``permanent`` errors (5xx for this message) are not retried."""

    def __init__(self, message: str, *, permanent: bool, code: int | None = None) -> None:
        super().__init__(message)
        self.permanent = permanent
        self.code = code


class Transport(Protocol):
    """Submits messages; keeps connections open until ``close()``."""

    def send(self, config: SmtpConfig, *, mail_from: str, rcpt_to: list[str], data: bytes) -> None:
        """Submit one message or raise TransportError."""
        ...

    def close(self) -> None:
        """Close every open connection."""
        ...


def _text(raw: bytes | str) -> str:
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)


def classify(exc: Exception) -> TransportError:
    """Turn an smtplib/socket error into a TransportError (5xx permanent, else temporary)."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        code, msg = next(iter(exc.recipients.values()))
        return TransportError(f"{code} {_text(msg)}", permanent=500 <= code < 600, code=code)
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        # A mailbox problem, not this message's: retry later rather than fail the message.
        return TransportError(
            f"authentication failed: {exc.smtp_code}", permanent=False, code=exc.smtp_code
        )
    if isinstance(exc, smtplib.SMTPResponseException):
        code = exc.smtp_code
        return TransportError(
            f"{code} {_text(exc.smtp_error)}", permanent=500 <= code < 600, code=code
        )
    return TransportError(f"{type(exc).__name__}: {exc}", permanent=False)


_SESSION_SURVIVES = (
    smtplib.SMTPRecipientsRefused,
    smtplib.SMTPSenderRefused,
    smtplib.SMTPDataError,
)


@lru_cache(maxsize=1)
def _tls_context() -> ssl.SSLContext:
    # Loading the system CA store costs ~70 ms; do it once per process, and only for TLS.
    return ssl.create_default_context()


class SMTPTransport:
    """smtplib transport that reuses one connection per mailbox config until closed."""

    def __init__(self) -> None:
        self._connections: dict[SmtpConfig, smtplib.SMTP] = {}

    def _open(self, config: SmtpConfig) -> smtplib.SMTP:
        conn: smtplib.SMTP
        if config.security == "ssl":
            conn = smtplib.SMTP_SSL(
                config.host, config.port, timeout=config.timeout, context=_tls_context()
            )
        else:
            conn = smtplib.SMTP(config.host, config.port, timeout=config.timeout)
            if config.security == "starttls":
                conn.starttls(context=_tls_context())
                conn.ehlo()
        if config.username:
            conn.login(config.username, config.password or "")
        return conn

    def _connection(self, config: SmtpConfig) -> tuple[smtplib.SMTP, bool]:
        conn = self._connections.get(config)
        if conn is not None:
            return conn, True
        conn = self._open(config)
        self._connections[config] = conn
        return conn, False

    def _drop(self, config: SmtpConfig) -> None:
        conn = self._connections.pop(config, None)
        if conn is not None:
            with contextlib.suppress(OSError):
                conn.close()

    def send(self, config: SmtpConfig, *, mail_from: str, rcpt_to: list[str], data: bytes) -> None:
        """Submit one message; a dropped reused connection is reopened once."""
        for attempt in (1, 2):
            try:
                conn, reused = self._connection(config)
                conn.sendmail(mail_from, rcpt_to, data)
                return
            except smtplib.SMTPServerDisconnected as exc:
                self._drop(config)
                if attempt == 2 or not reused:
                    raise classify(exc) from exc
            except (smtplib.SMTPException, OSError) as exc:
                # After a refusal the session is still usable (smtplib sent RSET); after
                # anything else the connection state is unknown, so open a new one next time.
                if not isinstance(exc, _SESSION_SURVIVES):
                    self._drop(config)
                raise classify(exc) from exc

    def close(self) -> None:
        """Say QUIT on every open connection."""
        for config, conn in list(self._connections.items()):
            try:
                conn.quit()
            except (smtplib.SMTPException, OSError):
                conn.close()
            self._connections.pop(config, None)
