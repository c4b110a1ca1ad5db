"""What a process needs to talk to the database: settings, engine, session factory."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from outreach.config import Settings
from outreach.db.session import create_db_engine, make_session_factory


@dataclass
class Runtime:
    """Built once per process by a composition root and handed to the edges."""

    settings: Settings
    engine: Engine
    session_factory: sessionmaker[Session]

    @property
    def secret_key(self) -> str:
        """The plaintext secret key (never log it)."""
        return self.settings.secret_key.get_secret_value()


def build_runtime(settings: Settings) -> Runtime:
    """Create the engine and session factory for ``settings``."""
    engine = create_db_engine(settings.database_url)
    return Runtime(settings=settings, engine=engine, session_factory=make_session_factory(engine))
