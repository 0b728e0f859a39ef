"""Root test configuration: Qt renders offscreen, and nothing may reach the network."""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Property tests check what holds, not how fast: a shared CI machine under load must not
# fail an example for taking longer than Hypothesis's default 200 ms (speed lives in the
# benchmark). A test's own @settings still sets how many examples it tries.
settings.register_profile("rapport", deadline=None)
settings.load_profile("rapport")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")


def pytest_configure(config: pytest.Config) -> None:
    """Declare the markers the root conftest reads."""
    config.addinivalue_line(
        "markers",
        "logs_errors: the test expects Rapport to log errors (else a logged error fails it)",
    )
    config.addinivalue_line(
        "markers",
        "both_backends: run with the `journal` fixture on SQLite and on the PostgreSQL test server",
    )
    config.addinivalue_line(
        "markers",
        "sqlite_only: in a both_backends module, a test of the SQLite file itself (raw sqlite3)",
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


#: The back end `journal` is opened on by default; RAPPORT_TEST_BACKEND=postgresql runs
#: every test that uses it against the test server (to see how far the team journal is).
DEFAULT_BACKEND = os.environ.get("RAPPORT_TEST_BACKEND", "sqlite")
BACKENDS = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests marked `both_backends` run once on a journal file and once on the server.

    Within such a module, `sqlite_only` marks the tests that reach into the file itself.
    """
    marked = metafunc.definition.get_closest_marker("both_backends") is not None
    marked = marked and metafunc.definition.get_closest_marker("sqlite_only") is None
    if marked and "journal_backend" in metafunc.fixturenames:
        metafunc.parametrize("journal_backend", BACKENDS, indirect=True)


@pytest.fixture
def journal_backend(request: pytest.FixtureRequest) -> str:
    """Which database the `journal` fixture is on: "sqlite" (a file) or "postgresql"."""
    return str(getattr(request, "param", DEFAULT_BACKEND))


@pytest.fixture
def journal(
    journal_path: Path, journal_backend: str, request: pytest.FixtureRequest
) -> Iterator[object]:
    """An open, empty journal (a file; or a team journal on the test server, by backend)."""
    from rapport.store import Journal

    if journal_backend == "postgresql":
        location = request.getfixturevalue("pg_location")
        j = Journal.open(location)
    else:
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


@pytest.fixture(scope="session")
def pg_journal_template(pg_server: object) -> str:
    """A database holding a new, empty team journal: each test's is copied from it (fast)."""
    from pgserver import PgServer
    from rapport.store import Journal
    from rapport.store.server import ServerLocation

    assert isinstance(pg_server, PgServer)
    name = pg_server.create_database()
    local = Path(pg_server.folder) / "template-local"
    Journal.open(ServerLocation.from_url(pg_server.url(name), local_root=local)).close()
    return name


@pytest.fixture
def pg_location(pg_server: object, pg_journal_template: str, tmp_path: Path) -> Iterator[object]:
    """Where a new, empty team journal is on the test server (its local folder in tmp_path)."""
    from pgserver import PgServer
    from rapport.store.server import ServerLocation

    assert isinstance(pg_server, PgServer)
    name = pg_server.create_database(template=pg_journal_template)
    yield ServerLocation.from_url(pg_server.url(name), local_root=tmp_path / "team")
    pg_server.drop_database(name)
