"""Root test configuration: Qt renders offscreen, and nothing may reach the network."""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")


def pytest_configure(config: pytest.Config) -> None:
    """Declare the markers the root conftest reads."""
    config.addinivalue_line(
        "markers",
        "logs_errors: the test expects Rapport to log errors (else a logged error fails it)",
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test under tests/ui as a gui test."""
    for item in items:
        if "/tests/ui/" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)


class _NetworkBlocked(RuntimeError):
    pass


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rapport never opens a network connection; any attempt fails the test.

    Local (AF_UNIX) sockets stay allowed: they never leave the computer.
    """

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise _NetworkBlocked("Rapport tried to reach the network")

    def guarded(name: str) -> object:
        original = getattr(socket.socket, name)

        def call(self: socket.socket, *args: object, **kwargs: object) -> object:
            if self.family == getattr(socket, "AF_UNIX", None):
                return original(self, *args, **kwargs)
            raise _NetworkBlocked(f"Rapport tried to reach the network (socket.{name})")

        return call

    for name in ("connect", "connect_ex", "sendto", "sendmsg"):
        monkeypatch.setattr(socket.socket, name, guarded(name))
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


class _ErrorRecorder(logging.Handler):
    """Keeps every error Rapport logs during one test."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def _fail_on_logged_errors(request: pytest.FixtureRequest) -> Iterator[_ErrorRecorder]:
    """An error logged during a test fails it, unless the test says it expects one.

    The app logs what it cannot show (a view failing on a change notice, a background
    job failing): without this, such a failure would pass every test quietly.
    """
    recorder = _ErrorRecorder()
    logger = logging.getLogger("rapport")
    logger.addHandler(recorder)
    try:
        yield recorder
    finally:
        logger.removeHandler(recorder)
    if recorder.records and request.node.get_closest_marker("logs_errors") is None:
        lines = [f"{r.name}: {r.getMessage()}" for r in recorder.records]
        pytest.fail("unexpected errors logged:\n" + "\n".join(lines), pytrace=False)


@pytest.fixture
def journal_path(tmp_path: Path) -> Path:
    """A path for a fresh journal file inside a private temporary folder."""
    return tmp_path / "journal.rapport"


@pytest.fixture
def journal(journal_path: Path) -> Iterator[object]:
    """An open, empty journal."""
    from rapport.store import Journal

    j = Journal.open(journal_path)
    yield j
    j.close()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[object]:
    """A throwaway PostgreSQL cluster on a Unix socket, for the whole test session."""
    from pgserver import running_server

    with running_server() as server:
        yield server


@pytest.fixture
def pg_url(pg_server: object) -> Iterator[str]:
    """The URL of a new, empty database on the test server, dropped after the test."""
    from pgserver import PgServer

    assert isinstance(pg_server, PgServer)
    name = pg_server.create_database()
    yield pg_server.url(name)
    pg_server.drop_database(name)
