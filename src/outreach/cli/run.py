"""`outreach serve | web | worker | mailsink`: the processes."""

from __future__ import annotations

import logging
import threading

import typer
import uvicorn

from outreach.app import create_app
from outreach.cli.context import console, err_console
from outreach.config import Settings
from outreach.db import migrate as migrations
from outreach.db.runtime import build_runtime
from outreach.worker.loops import DispatchLoop, ImportMaintenanceLoop
from outreach.worker.mailsink import start_mailsink
from outreach.worker.runner import start_threads, stop_on_signals

log = logging.getLogger(__name__)

HostOption = typer.Option(None, "--host", help="Address to bind (default OUTREACH_HOST)")
PortOption = typer.Option(None, "--port", help="Port to bind (default OUTREACH_PORT)")


def _settings(host: str | None = None, port: int | None = None) -> Settings:
    settings = Settings()
    updates = {k: v for k, v in (("host", host), ("port", port)) if v is not None}
    return settings.model_copy(update=updates) if updates else settings


def serve(host: str | None = HostOption, port: int | None = PortOption) -> None:
    """Everything in one process: web + API + dispatch worker + built-in mail catcher."""
    settings = _settings(host, port)
    migrations.upgrade(settings.database_url)
    runtime = build_runtime(settings)
    sink = None
    try:
        sink = start_mailsink(runtime, host=settings.mailsink_host, port=settings.mailsink_port)
    except (OSError, RuntimeError) as exc:
        err_console.print(f"[yellow]mail catcher not started[/yellow]: {exc}")
    stop = threading.Event()
    # The maintenance loop's first iteration, right at start, marks imports this server's
    # previous run left running as interrupted.
    threads = start_threads([DispatchLoop(runtime), ImportMaintenanceLoop(runtime)], stop)
    console.print(f"outreach on http://{settings.host}:{settings.port} (worker + mail catcher)")
    try:
        uvicorn.run(
            create_app(runtime=runtime),
            host=settings.host,
            port=settings.port,
            log_level=settings.log_level.lower(),
        )
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=30)
        if sink is not None:
            sink.stop()
        runtime.engine.dispose()


def web(host: str | None = HostOption, port: int | None = PortOption) -> None:
    """API, dashboard and public tracking endpoints only (stateless; run N of them)."""
    settings = _settings(host, port)
    uvicorn.run(
        create_app(settings),
        host=settings.host,
        port=settings.port,
        log_level=settings.log_level.lower(),
    )


def worker(
    once: bool = typer.Option(False, "--once", help="Send everything due, then exit"),
) -> None:
    """The dispatch and import maintenance loops; stops cleanly on SIGTERM/SIGINT."""
    runtime = build_runtime(Settings())
    loop = DispatchLoop(runtime)
    maintenance = ImportMaintenanceLoop(runtime)
    try:
        if once:
            sent = loop.drain()
            maintained = maintenance.drain()
            console.print(f"dispatched {sent} messages; {maintained} import jobs maintained")
            return
        stop = threading.Event()
        stop_on_signals(stop)
        threads = start_threads([maintenance], stop)
        loop.run(stop)
        for thread in threads:
            thread.join(timeout=30)
    finally:
        runtime.engine.dispose()


def mailsink(
    host: str | None = typer.Option(None, "--host", help="Default OUTREACH_MAILSINK_HOST"),
    port: int | None = typer.Option(None, "--port", help="Default OUTREACH_MAILSINK_PORT"),
) -> None:
    """The built-in mail catcher only: an SMTP server that stores what it receives."""
    settings = Settings()
    runtime = build_runtime(settings)
    sink = start_mailsink(
        runtime, host=host or settings.mailsink_host, port=port or settings.mailsink_port
    )
    console.print(
        f"mail catcher on {host or settings.mailsink_host}:"
        f"{port or settings.mailsink_port}; Ctrl-C to stop"
    )
    stop = threading.Event()
    stop_on_signals(stop)
    try:
        stop.wait()
    finally:
        sink.stop()
        runtime.engine.dispose()
