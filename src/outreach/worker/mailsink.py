"""The built-in mail catcher: an aiosmtpd server that stores every message it receives."""

from __future__ import annotations

import logging
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import Envelope
from aiosmtpd.smtp import Session as SMTPSession

from outreach.db.runtime import Runtime
from outreach.db.uow import unit_of_work
from outreach.kit.clock import utcnow
from outreach.sending.catcher import store_message

log = logging.getLogger(__name__)


class CatcherHandler:
    """aiosmtpd handler: DATA is written to sink_messages in its own unit of work."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime

    async def handle_DATA(self, _server: Any, _session: SMTPSession, envelope: Envelope) -> str:
        raw = envelope.original_content or envelope.content or b""
        if isinstance(raw, str):
            raw = raw.encode("utf-8")
        try:
            with unit_of_work(self.runtime.session_factory) as session:
                store_message(
                    session,
                    mail_from=str(envelope.mail_from or ""),
                    rcpt_tos=[str(r) for r in envelope.rcpt_tos],
                    raw=raw,
                    now=utcnow(),
                )
        except Exception:
            log.exception("mail catcher could not store a message")
            return "451 4.3.0 could not store message, try again"
        return "250 2.0.0 OK"


def start_mailsink(runtime: Runtime, *, host: str, port: int) -> Controller:
    """Start the catcher on ``host:port`` in a background thread; call ``.stop()`` to end it."""
    controller = Controller(CatcherHandler(runtime), hostname=host, port=port)
    controller.start()
    log.info("mail catcher listening on %s:%s", host, port)
    return controller
