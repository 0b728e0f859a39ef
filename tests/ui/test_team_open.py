"""File → Open team journal…, `--journal URL` and Open recent, against the real test server."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import make_url

from msgboxes import MessageBoxes
from pgserver import REFUSED_USER, SUPERUSER, PgServer
from rapport import app, keyring_store
from rapport.cli import journal_argument
from rapport.store import Journal
from rapport.store.drafts import DraftStore
from rapport.store.server import ServerLocation
from rapport.ui import team_dialog, team_open
from rapport.ui.recent_menu import fill_recent
from rapport.ui.team_dialog import TeamJournalDialog

WAIT_MS = 15_000


@pytest.fixture
def keyring(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """A keyring of the test's own (the machine's is never touched)."""
    kept: dict[str, str] = {}
    monkeypatch.setattr(keyring_store, "available", lambda: True)
    monkeypatch.setattr(keyring_store, "recall", lambda key: kept.get(str(key)))
    monkeypatch.setattr(
        keyring_store, "remember", lambda key, secret: kept.__setitem__(str(key), secret) or True
    )
    monkeypatch.setattr(keyring_store, "forget", lambda key: kept.pop(str(key), None))
    return kept


@pytest.fixture
def data(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The app's data folder for the test (team journals' drafts go in its `team`)."""
    folder = tmp_path / "data"
    monkeypatch.setattr(team_open, "data_folder", lambda: folder)
    return folder


@pytest.fixture
def opened() -> Iterator[list[Journal]]:
    """Journals a test opened, closed after it."""
    journals: list[Journal] = []
    yield journals
    for journal in journals:
        journal.close()


def dialog_for(
    qtbot: QtBot, tmp_path: Path, where: ServerLocation | None = None
) -> TeamJournalDialog:
    dialog = TeamJournalDialog(None, where, local_root=tmp_path / "team")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_in(
    dialog: TeamJournalDialog, server: PgServer, database: str, user: str = SUPERUSER
) -> None:
    dialog.host.setText(server.socket_dir)
    dialog.database.setText(database)
    dialog.user.setText(user)


def click_open_and_wait(qtbot: QtBot, dialog: TeamJournalDialog) -> None:
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.busy.isVisible() or dialog.journal is not None  # connecting, off the UI thread
    qtbot.waitUntil(lambda: dialog._task is None, timeout=WAIT_MS)


def test_the_dialog_opens_a_team_journal_on_a_socket_folder(
    qtbot: QtBot,
    pg_server: PgServer,
    pg_location: ServerLocation,
    tmp_path: Path,
    opened: list[Journal],
) -> None:
    dialog = dialog_for(qtbot, tmp_path)
    type_in(dialog, pg_server, pg_location.database)
    assert not dialog.tls.isEnabled()  # a socket on this computer: TLS does not apply
    click_open_and_wait(qtbot, dialog)
    assert dialog.journal is not None
    opened.append(dialog.journal)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.journal.server is not None
    assert dialog.journal.server.database == pg_location.database
    assert dialog.journal.engine.dialect.name == "postgresql"


def test_tls_modes_are_postgresqls_and_reach_the_url(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = dialog_for(qtbot, tmp_path)
    dialog.host.setText("db.example.com")
    dialog.database.setText("team")
    modes = [dialog.tls.itemData(i) for i in range(dialog.tls.count())]
    assert modes == [None, "require", "verify-ca", "verify-full", "allow", "disable"]
    dialog.tls.setCurrentIndex(modes.index("verify-full"))
    dialog.port.setValue(5433)
    where = dialog.location()
    assert where is not None
    assert (where.host, where.port, where.sslmode) == ("db.example.com", 5433, "verify-full")
    assert where.url().query["sslmode"] == "verify-full"


def test_a_refused_login_asks_for_the_password_and_then_says_it_was_refused(
    qtbot: QtBot,
    pg_server: PgServer,
    pg_journal_template: str,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    dialog = dialog_for(qtbot, tmp_path)
    type_in(dialog, pg_server, pg_journal_template, user=REFUSED_USER)
    click_open_and_wait(qtbot, dialog)
    assert dialog.journal is None and dialog.isVisible()
    assert dialog.problem.text() == f"The server asks for {REFUSED_USER}'s password."
    assert dialog.password.hasFocus() or dialog.password.isEnabled()
    dialog.password.setText("a-guess")
    click_open_and_wait(qtbot, dialog)
    assert dialog.journal is None and dialog.isVisible()
    assert dialog.problem.text().startswith("The server refused the login.")
    assert "a-guess" not in dialog.problem.text()
    assert dialog.password.text() == ""  # typed again, not sent again
    assert "a-guess" not in caplog.text


def test_an_unreachable_server_a_missing_database_and_no_journal_each_say_so(
    qtbot: QtBot, pg_server: PgServer, pg_url: str, tmp_path: Path
) -> None:
    dialog = dialog_for(qtbot, tmp_path)
    dialog.host.setText(str(tmp_path))  # no server's socket there
    dialog.database.setText("team")
    click_open_and_wait(qtbot, dialog)
    assert "cannot be reached" in dialog.problem.text()
    assert "your text is kept" not in dialog.problem.text()

    type_in(dialog, pg_server, "no_such_database")
    click_open_and_wait(qtbot, dialog)
    assert dialog.problem.text().startswith("The server has no such database.")

    empty = str(make_url(pg_url).database)
    type_in(dialog, pg_server, empty)
    click_open_and_wait(qtbot, dialog)
    said = dialog.problem.text()
    assert said.startswith("There is no journal in “")
    assert "rapport team init postgresql+psycopg://" in said
    assert dialog.journal is None
    with pytest.raises(psycopg.errors.UndefinedTable):  # nothing was created from the dialog
        pg_server.sql("SELECT 1 FROM alembic_version", empty)


def test_cancel_stops_waiting_and_a_journal_that_opens_later_is_closed(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    closed: list[bool] = []

    class Late:
        def close(self) -> None:
            closed.append(True)

    def slow_open(_where: object, create: bool = True) -> Late:
        release.wait(10)
        return Late()

    monkeypatch.setattr(team_dialog.Journal, "open", slow_open)
    dialog = dialog_for(qtbot, tmp_path)
    dialog.host.setText("db.example.com")
    dialog.database.setText("team")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.busy.isVisible() and not dialog.open_button.isEnabled()
    assert dialog.problem.text() == "Connecting to “team” on db.example.com…"
    dialog.reject()  # Cancel: the dialog goes at once, the server still silent
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.journal is None
    release.set()
    qtbot.waitUntil(lambda: closed == [True], timeout=WAIT_MS)


def test_remember_keeps_the_password_in_the_keyring_only(
    qtbot: QtBot,
    pg_server: PgServer,
    pg_location: ServerLocation,
    tmp_path: Path,
    keyring: dict[str, str],
    caplog: pytest.LogCaptureFixture,
    opened: list[Journal],
) -> None:
    caplog.set_level(logging.DEBUG)
    dialog = dialog_for(qtbot, tmp_path)
    type_in(dialog, pg_server, pg_location.database)
    dialog.password.setText("s3cret-Pw")  # the socket trusts the test's login: it is accepted
    assert dialog.remember.isVisible()
    dialog.remember.setChecked(True)
    click_open_and_wait(qtbot, dialog)
    assert dialog.journal is not None
    opened.append(dialog.journal)
    assert list(keyring.values()) == ["s3cret-Pw"]
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    team_open.remember_journal(settings, dialog.journal)
    settings.sync()
    assert "s3cret" not in (tmp_path / "s.ini").read_text()
    assert "s3cret" not in caplog.text
    again = dialog_for(qtbot, tmp_path, replace(dialog.journal.server, password=None))
    assert again.password.text() == "s3cret-Pw" and again.remember.isChecked()


def test_recent_journals_remember_files_and_servers_and_reopen_them(
    qtbot: QtBot,
    make_window: object,
    pg_location: ServerLocation,
    settings: QSettings,
    tmp_path: Path,
    journal_path: Path,
    data: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    file_journal = Journal.open(journal_path)
    team = Journal.open(replace(pg_location, password="never-shown"))
    try:
        team_open.remember_journal(settings, file_journal)
        team_open.remember_journal(settings, team)
    finally:
        file_journal.close()
        team.close()
    remembered = team_open.recent_journals(settings)
    assert remembered[1] == str(journal_path)
    assert remembered[0].startswith("postgresql+psycopg://rapport_test@/t_")
    assert "never-shown" not in " ".join(remembered)
    assert settings.value("journal/last") == remembered[0]
    assert team_open.recent_label(remembered[0]).startswith(f"“{pg_location.database}” on /tmp/")

    window = make_window(journal_path)  # type: ignore[operator]
    window.settings = settings
    asked: list[object] = []
    window.open_team_requested.connect(asked.append)
    menu = window.findChild(type(window.menuBar().actions()[0].menu()), "recentJournals")
    fill_recent(menu, window)
    labels = [a.text() for a in menu.actions()]
    assert labels == [
        f"&1 “{pg_location.database}” on {pg_location.host}",
        f"&2 {journal_path.name}",
    ]
    menu.actions()[0].trigger()
    where = asked[0]
    assert isinstance(where, ServerLocation) and where.database == pg_location.database

    shown: list[Journal] = []
    monkeypatch.setattr(
        team_open,
        "run_dialog",
        lambda d: qtbot.waitUntil(lambda: d.journal is not None, timeout=WAIT_MS),
    )
    team_open.switch_to_team(where, window.bridge.journal, window, shown.append)
    assert len(shown) == 1 and shown[0].server == replace(pg_location, local_root=None)
    assert shown[0].path.is_relative_to(data / "team")
    shown[0].close()
    app.GUARDS.release(shown[0].path)


def test_rapport_journal_url_opens_the_team_journal_at_start(
    qtbot: QtBot,
    pg_server: PgServer,
    pg_location: ServerLocation,
    data: Path,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setattr(app, "setup_logging", lambda verbose=False: tmp_path / "rapport.log")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    url = pg_server.url(pg_location.database)
    assert journal_argument(url) == url  # kept as written: a Path would make `//` one `/`
    assert journal_argument("books/journal.rapport") == Path("books/journal.rapport")
    dialogs: list[TeamJournalDialog] = []

    def run(dialog: TeamJournalDialog) -> None:
        dialogs.append(dialog)
        qtbot.waitUntil(lambda: dialog.journal is not None, timeout=WAIT_MS)

    monkeypatch.setattr(team_open, "run_dialog", run)
    session = app.start_app(journal_argument(url))
    assert session is not None and session.journal is not None
    try:
        assert session.journal.server is not None
        assert session.journal.server.database == pg_location.database
        assert dialogs[0].database.text() == pg_location.database  # shown while connecting
        assert session.window is not None and session.window.isVisible()
        assert session.window.windowTitle().startswith(f"“{pg_location.database}” on ")
        assert MessageBoxes.log == []
    finally:
        session.close()


def test_a_team_journals_drafts_live_in_its_own_folder_of_this_computer(
    pg_location: ServerLocation, tmp_path: Path
) -> None:
    journal = Journal.open(pg_location)
    try:
        drafts = DraftStore(journal.path)
    finally:
        journal.close()
    assert drafts.folder.is_relative_to(pg_location.local_folder())
    other = replace(pg_location, database="another")
    assert not drafts.folder.is_relative_to(other.local_folder())
    assert not any(p.is_file() for p in pg_location.local_folder().parent.rglob("*"))


def test_a_team_journal_open_last_that_cannot_be_reached_gives_way_to_the_personal_one(
    qtbot: QtBot, data: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(app, "setup_logging", lambda verbose=False: tmp_path / "rapport.log")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.delenv("RAPPORT_JOURNAL", raising=False)
    personal = tmp_path / "mine" / "journal.rapport"
    personal.parent.mkdir()
    Journal.open(personal).close()
    monkeypatch.setattr(app, "default_journal", lambda: personal)
    app.settings().setValue("journal/last", f"postgresql+psycopg://ann@/team?host={tmp_path}")
    said: list[str] = []

    def run(dialog: TeamJournalDialog) -> None:  # the owner reads why, then cancels
        qtbot.waitUntil(lambda: "cannot be reached" in dialog.problem.text(), timeout=WAIT_MS)
        said.append(dialog.problem.text())
        dialog.reject()

    monkeypatch.setattr(team_open, "run_dialog", run)
    session = app.start_app(None)
    assert session is not None and session.journal is not None
    try:
        assert said and session.journal.server is None
        assert session.journal.path == personal
        assert app.settings().value("journal/last") == str(personal)
    finally:
        session.close()


def test_about_says_a_team_journal_is_on_a_server(
    make_window: object, pg_location: ServerLocation
) -> None:
    window = make_window(pg_location)  # type: ignore[operator]
    window.menus._about()
    shown = MessageBoxes.log[-1]
    assert "stays on this computer" not in shown.detail
    assert f"kept on a server:\n“{pg_location.database}” on {pg_location.host}" in shown.detail


def test_the_journal_at_start_comes_from_the_argument_the_environment_or_the_last_one(
    monkeypatch: pytest.MonkeyPatch, data: Path
) -> None:
    url = "postgresql+psycopg://ann@/team?host=/run/postgresql"
    monkeypatch.delenv("RAPPORT_JOURNAL", raising=False)
    where, named = team_open.requested(url, None)
    assert where is not None and named
    assert (where.database, where.host, where.user) == ("team", "/run/postgresql", "ann")
    assert where.local_folder().parent == data / "team"
    assert team_open.requested(Path("journal.rapport"), url) == (None, False)
    monkeypatch.setenv("RAPPORT_JOURNAL", url)
    assert team_open.requested(None, None) == (where, True)
    monkeypatch.setenv("RAPPORT_JOURNAL", "/books/journal.rapport")
    assert team_open.requested(None, url) == (None, False)  # the named file wins
    monkeypatch.delenv("RAPPORT_JOURNAL")
    assert team_open.requested(None, url) == (where, False)  # open last: may give way
    assert team_open.requested(None, "/books/journal.rapport") == (None, False)
    assert team_open.requested("postgresql://", None) == (None, True)  # said, nothing opened
    assert MessageBoxes.log[-1].text == "This is not the address of a team journal."


@pytest.mark.parametrize("action", ["passphrase", "move", "restore", "recover"])
def test_file_only_actions_leave_a_team_journal_open_and_make_no_file_in_its_place(
    action: str, pg_location: ServerLocation, settings: QSettings, tmp_path: Path
) -> None:
    from rapport.ui.settings.passphrase_form import ProtectionRequest

    journal = Journal.open(pg_location)
    session = app.AppSession(
        settings, open_journal=app.open_journal, open_demo=app.open_demo_journal
    )
    session.show(journal)
    try:
        if action == "passphrase":
            session.change_protection(ProtectionRequest("a long passphrase here", None))
        elif action == "move":
            session.move_to(tmp_path / "moved.rapport")
        elif action == "restore":
            session.restore_from(tmp_path / "some-backup.rapport")
        else:
            session.recover_open_journal()
        assert session.journal is journal and journal.server is not None
        assert journal.customers.count() == 0  # still open, on the server
        local = pg_location.local_folder()
        assert not any(p.name.startswith("team-journal") for p in local.rglob("*"))
        assert not (tmp_path / "moved.rapport").exists()
        (said,) = MessageBoxes.log
        assert "team journal" in said.text
    finally:
        session.close()
