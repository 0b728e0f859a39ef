"""Root test configuration: Qt renders offscreen, and nothing may reach the network."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test under tests/ui as a gui test."""
    for item in items:
        if "/tests/ui/" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)


class _NetworkBlocked(RuntimeError):
    pass


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rapport never opens a network connection; any attempt fails the test."""

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise _NetworkBlocked("Rapport tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


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
