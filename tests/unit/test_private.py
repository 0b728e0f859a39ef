"""Promise 9: private by default, whatever the umask, and no network, ever."""

from __future__ import annotations

import ast
import logging
import os
import socket
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from storehelp import customer

from rapport.domain.drafts import NO_CUSTOMER, TypedEntry
from rapport.domain.entries import EntryDraft
from rapport.logs import setup_logging
from rapport.single_instance import InstanceGuard, hold_lock, lock_path
from rapport.store import Journal
from rapport.store.backup import copy_into, take_backup
from rapport.store.clock import utcnow
from rapport.store.drafts import DraftStore
from rapport.store.integrity import move_aside

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
SRC = Path(__file__).resolve().parents[2] / "src" / "rapport"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def careless_umask() -> Iterator[None]:
    """A umask that lets everyone read everything: Rapport must not rely on the umask."""
    old = os.umask(0)
    yield
    os.umask(old)


def test_every_file_rapport_writes_is_for_the_owner_alone(
    tmp_path: Path, careless_umask: None
) -> None:
    folder = tmp_path / "new" / "books"
    path = folder / "journal.rapport"
    journal = Journal.open(path)
    try:
        customer(journal, "Ana")
        wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
        assert wal.exists() and shm.exists()
        assert mode(folder) == 0o700
        assert {mode(p) for p in (path, wal, shm)} == {0o600}
        backup = take_backup(path, "manual")
        assert mode(backup.path.parent) == 0o700 and mode(backup.path) == 0o600
        drafts = DraftStore(path)
        now = utcnow()
        drafts.save(TypedEntry("d1", None, "", EntryDraft(NO_CUSTOMER, now, body="text"), now))
        (draft,) = drafts.folder.glob("*.json")
        assert mode(draft) == 0o600
        assert mode(drafts.folder) == 0o700 and mode(drafts.folder.parent) == 0o700
    finally:
        journal.close()
    aside = move_aside(path)
    assert mode(aside) == 0o600
    copy_into(backup.path, path)  # a journal recreated from a backup is private too
    assert mode(path) == 0o600
    log = setup_logging(path=tmp_path / "logs" / "rapport.log")
    assert log is not None and mode(log) == 0o600 and mode(log.parent) == 0o700
    root = logging.getLogger("rapport")
    for handler in list(root.handlers):
        if getattr(handler, "baseFilename", None) == str(log):
            handler.close()
            root.removeHandler(handler)


def test_a_network_attempt_fails_the_test_but_local_sockets_work() -> None:
    with pytest.raises(RuntimeError, match="network"):
        socket.create_connection(("127.0.0.1", 9))
    for family, kind in ((socket.AF_INET, socket.SOCK_STREAM), (socket.AF_INET, socket.SOCK_DGRAM)):
        with socket.socket(family, kind) as s, pytest.raises(RuntimeError, match="network"):
            s.connect(("127.0.0.1", 9))
        with socket.socket(family, kind) as s, pytest.raises(RuntimeError, match="network"):
            s.connect_ex(("127.0.0.1", 9))
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s, pytest.raises(RuntimeError):
        s.sendto(b"x", ("127.0.0.1", 9))
    with pytest.raises(RuntimeError):
        socket.getaddrinfo("example.org", 80)
    left, right = socket.socketpair(socket.AF_UNIX)
    with left, right:
        left.sendall(b"ok")
        assert right.recv(2) == b"ok"


NETWORK_MODULES = {
    "urllib.request", "http.client", "ftplib", "smtplib", "socket", "requests", "httpx",
    "ssl", "asyncio",
}  # fmt: skip
NETWORK_QT = {"QTcpSocket", "QUdpSocket", "QNetworkAccessManager", "QSslSocket", "QTcpServer"}


def test_no_module_of_rapport_uses_a_network_api() -> None:
    """Only local sockets (QLocalSocket/QLocalServer) may appear in the source."""
    offenders = []
    for file in SRC.rglob("*.py"):
        tree = ast.parse(file.read_text("utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""] + [f"{node.module}.{a.name}" for a in node.names]
                names += [a.name for a in node.names]
            for name in names:
                if name in NETWORK_MODULES or name.split(".")[-1] in NETWORK_QT:
                    offenders.append(f"{file.relative_to(SRC)}: {name}")
    assert offenders == []
    assert sys.modules.get("requests") is None


SETTINGS_CHILD = """
import os, sys
os.umask(0)
from rapport.locations import settings
from rapport.ui import print_actions
store = settings()
store.setValue("journal/last", sys.argv[1])
store.sync()
print_actions.remember_folder(sys.argv[1])
"""


def test_the_settings_are_for_the_owner_alone_whatever_the_umask(tmp_path: Path) -> None:
    """Rapport.conf says which journal opens and where backups go: nobody else's business."""
    config = tmp_path / "config"
    env = {**os.environ, "XDG_CONFIG_HOME": str(config), "HOME": str(tmp_path)}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(SRC.parent))
    done = subprocess.run(
        [sys.executable, "-c", SETTINGS_CHILD, str(tmp_path / "books" / "journal.rapport")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    written = sorted(p.relative_to(config) for p in config.rglob("*"))
    assert written == [Path("Rapport"), Path("Rapport/Rapport.conf")], "one settings file"
    assert mode(config / "Rapport") == 0o700
    assert mode(config / "Rapport" / "Rapport.conf") == 0o600


def test_the_journals_lock_is_for_the_owner_alone_whatever_the_umask(
    tmp_path: Path, careless_umask: None, qapp: object
) -> None:
    """The lock names the host and the machine; only the owner needs to read it."""
    path = tmp_path / "journal.rapport"
    guard = InstanceGuard(path)
    assert guard.try_own()
    try:
        assert mode(lock_path(path)) == 0o600
    finally:
        guard.release()
    lock = hold_lock(path)
    assert lock is not None
    try:
        assert mode(lock_path(path)) == 0o600
    finally:
        lock.unlock()
