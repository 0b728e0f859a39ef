"""The team journal's server stops during a session: the window says so, the text and its draft
are kept, and once the server is back the same window saves again (a real server, halted and
started again)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import cast

import pytest
from pytestqt.qtbot import QtBot

from manualclock import ManualClock
from msgboxes import MessageBoxes
from pgserver import PgServer, start_server
from rapport import app
from rapport.domain.customers import CustomerDraft
from rapport.store.db_errors_pg import ServerUnreachableError
from rapport.store.server import ServerLocation
from rapport.ui.drafts import MAX_DELAY_MS, DraftKeeper
from rapport.ui.main_window import MainWindow

WindowFactory = Callable[[Path], MainWindow]
#: The window notices within the listener's poll (1 s) and its own look (0.5 s).
NOTICED_WITHIN_MS = 5000
UNREACHABLE = "The server is not reachable; your text is kept."


@pytest.fixture(scope="module")
def own_server() -> Iterator[PgServer]:
    """A server of this module's own: it is stopped and started, which others must not see."""
    server = start_server()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> ManualClock:
    """The drafts' clock moves when the test says so."""
    manual = ManualClock()
    monkeypatch.setattr(DraftKeeper, "clock", manual)
    return manual


@pytest.mark.logs_errors
def test_the_server_going_away_keeps_the_text_and_the_window_saves_once_it_is_back(
    qtbot: QtBot,
    make_window: WindowFactory,
    own_server: PgServer,
    tmp_path: Path,
    clock: ManualClock,
) -> None:
    name = own_server.create_database()
    where = ServerLocation.from_url(own_server.url(name), local_root=tmp_path / "team")
    window = make_window(cast(Path, where))
    journal = window.bridge.journal
    cid = journal.customers.create(CustomerDraft(name="Maria"))
    status = window.server_status
    assert status is not None and not status.label.isVisible()
    dialog = window.controller.new_entry(cid)
    assert dialog is not None
    dialog.body.setPlainText("Ordered 20 kg of the Yirgacheffe.")
    clock.advance(MAX_DELAY_MS)
    store = window.controller.drafts
    assert [d.entry.body for d in store.list()] == ["Ordered 20 kg of the Yirgacheffe."]
    assert store.folder.is_relative_to(where.local_folder())

    own_server.halt()
    try:
        qtbot.waitUntil(lambda: status.label.isVisible(), timeout=NOTICED_WITHIN_MS)
        assert status.label.text().startswith(UNREACHABLE)
        dialog.accept()  # Save while the server is away
        assert dialog.isVisible()
        assert dialog.body.toPlainText() == "Ordered 20 kg of the Yirgacheffe."
        assert [m.text for m in MessageBoxes.log] == [UNREACHABLE]
        assert [d.entry.body for d in store.list()] == ["Ordered 20 kg of the Yirgacheffe."]
    finally:
        own_server.resume()
    qtbot.waitUntil(lambda: status.reachable, timeout=NOTICED_WITHIN_MS)
    assert status.label.isVisible() and status.label.text() == "The server is reachable again."
    dialog.accept()  # the same window, the same dialog: saved now
    assert not dialog.isVisible()
    assert journal.timeline.header(cid).entry_count == 1
    assert store.list() == []
    window.close()
    journal.close()
    own_server.drop_database(name)


def test_a_view_reading_while_the_server_is_away_shows_no_unexpected_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # the app's own is put in below
    app._install_excepthook(tmp_path / "rapport.log")
    try:  # what a view's refresh raises into the event loop while the server is away
        raise ServerUnreachableError(UNREACHABLE, "")
    except ServerUnreachableError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert MessageBoxes.log == []  # the status bar says it (above), not "Something went wrong"
