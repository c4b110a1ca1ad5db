"""Settings read from the environment (prefix ``OUTREACH_``)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Every setting of outreach; each is documented in the README."""

    model_config = SettingsConfigDict(env_prefix="OUTREACH_", env_file=None, extra="ignore")

    database_url: str = Field(
        default="sqlite:///./var/outreach.db",
        description="SQLAlchemy URL; sqlite:///path or postgresql+psycopg://user@host/db",
    )
    base_url: str = Field(
        default="http://127.0.0.1:8000",
        description="Public URL that tracking and unsubscribe links point at",
    )
    secret_key: SecretStr = Field(
        default=SecretStr("dev-insecure-secret-change-me"),
        description="Signs tokens and sessions and derives the key that encrypts stored secrets",
    )
    host: str = Field(default="127.0.0.1", description="Address `serve`/`web` bind to")
    port: int = Field(default=8000, description="Port `serve`/`web` bind to")
    mailsink_host: str = Field(default="127.0.0.1", description="Built-in mail catcher address")
    mailsink_port: int = Field(default=1025, description="Built-in mail catcher SMTP port")
    worker_batch_size: int = Field(default=100, description="Messages claimed per worker batch")
    worker_poll_seconds: float = Field(default=1.0, description="Worker sleep when idle")
    data_dir: Path = Field(default=Path("./var"), description="Import uploads and reports go here")
    import_max_bytes: int = Field(
        default=4 * 1024**3, description="Largest lead file an import accepts (bytes)"
    )
    import_retention_days: int = Field(
        default=30,
        ge=1,
        description="Days the upload and error report of a finished import are kept",
    )
    inbound_max_bytes: int = Field(
        default=10 * 1024**2,
        ge=1,
        description="Largest raw message the inbound classify endpoint and page accept (bytes)",
    )
    session_max_age: int = Field(default=14 * 24 * 3600, description="Dashboard login lifetime (s)")
    cookie_secure: bool = Field(default=False, description="Mark the session cookie Secure")
    log_level: str = Field(default="INFO", description="Python logging level")


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Return the process-wide settings, read once from the environment."""
    return Settings()
