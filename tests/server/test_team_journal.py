"""A team journal on a real PostgreSQL server: opened by location, built by the same migrations."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, event, make_url
from sqlalchemy.exc import IntegrityError

from pgserver import REFUSED_USER, PgServer
from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.store import Journal
from rapport.store.backup_pg import SUFFIX
from rapport.store.check import check_journal
from rapport.store.db_errors_pg import LoginRefusedError, ServerUnreachableError
from rapport.store.errors import JournalError, NoJournalError
from rapport.store.migrate import SCHEMA_HEAD, alembic_config, include_name
from rapport.store.models import SQLModel
from rapport.store.server import ServerLocation, make_server_engine, server_location

T0 = datetime(2025, 3, 10, 9, 30, tzinfo=UTC)


@pytest.fixture
def statements() -> Iterator[list[str]]:
    """Every statement any engine sends while the test runs."""
    sent: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        sent.append(statement)

    event.listen(Engine, "before_cursor_execute", record)
    yield sent
    event.remove(Engine, "before_cursor_execute", record)


def test_a_server_url_opens_the_server_and_makes_no_file(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, statements: list[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    journal = Journal.open(pg_url)
    try:
        assert journal.engine.dialect.name == "postgresql"
        assert journal.server is not None
        cid = journal.customers.create(CustomerDraft(name="Greta Olsen"))
        assert journal.customers.get(cid).name == "Greta Olsen"
    finally:
        journal.close()
    assert not [p for p in tmp_path.rglob("*") if p.is_file()]  # no SQLite file named like the URL
    assert not [s for s in statements if "PRAGMA" in s.upper()]


def test_a_location_is_read_from_urls_and_never_taken_from_a_file_name(tmp_path: Path) -> None:
    where = server_location("postgresql://ann:secret@db.example:5433/team?sslmode=require")
    assert where == ServerLocation("team", "db.example", 5433, "ann", sslmode="require")
    assert where is not None and where.password == "secret"
    assert "secret" not in repr(where) and "secret" not in where.label
    socket = server_location("postgresql+psycopg://ann@/team?host=/run/postgresql")
    assert socket is not None and socket.host == "/run/postgresql"
    assert make_url(socket.url()).query["host"] == "/run/postgresql"
    assert server_location(str(tmp_path / "journal.rapport")) is None
    assert server_location(tmp_path / "postgresql:") is None


def test_each_server_and_database_keeps_its_drafts_apart(tmp_path: Path) -> None:
    one = ServerLocation("team", "a.example", local_root=tmp_path)
    other = ServerLocation("team", "b.example", local_root=tmp_path)
    assert one.local_folder() != other.local_folder()
    assert one.local_folder().parent == tmp_path
    assert ServerLocation("team", "a.example", password="x", local_root=tmp_path) == one


def test_the_migrations_build_on_the_server_what_the_models_describe(
    pg_location: ServerLocation,
) -> None:
    engine = make_server_engine(pg_location)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"include_name": include_name, "compare_type": True}
            )
            differences = compare_metadata(context, SQLModel.metadata)
            revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            partial = conn.exec_driver_sql(
                "SELECT indexname, indexdef FROM pg_indexes WHERE indexname IN "
                "('ix_entry_last_contact', 'ix_entry_open_follow_up', 'ix_stage_change_live')"
            ).all()
    finally:
        engine.dispose()
    assert differences == []
    assert revision == SCHEMA_HEAD
    assert len(partial) == 3 and all(" WHERE " in definition for _, definition in partial)


def test_names_and_tags_ignore_case_on_the_server_as_in_a_file(pg_location: ServerLocation) -> None:
    journal = Journal.open(pg_location)
    try:
        with journal.engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO tag (name) VALUES ('Wholesale')")
        with pytest.raises(IntegrityError), journal.engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO tag (name) VALUES ('WHOLESALE')")
    finally:
        journal.close()


def test_an_older_team_journal_is_backed_up_with_pg_dump_then_upgraded(
    pg_server: PgServer, pg_url: str, tmp_path: Path
) -> None:
    location = ServerLocation.from_url(pg_url, local_root=tmp_path)
    engine = make_server_engine(location)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0004")
        conn.exec_driver_sql(
            "INSERT INTO customer (name, organisation, role, email, phone, address, website, "
            "about, level, currency, status, created_at, updated_at) VALUES ('Ann Müller', '', "
            "'', '', '', '', '', '', 'professional', 'EUR', 'active', now(), now())"
        )
    engine.dispose()

    journal = Journal.open(location)
    try:
        [ann] = journal.timeline.customers(statuses=())
        assert ann.name == "Ann Müller"
        assert [h.customer_name for h in journal.search.search("muller")] == ["Ann Müller"]
    finally:
        journal.close()
    [dump] = (location.local_folder() / "backups").glob(f"*before-upgrade{SUFFIX}")
    listed = subprocess.run(
        [str(pg_server.bin / "pg_restore"), "--list", str(dump)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "TABLE DATA public customer" in listed.stdout
    assert dump.stat().st_mode & 0o077 == 0


def test_an_empty_database_is_no_journal_unless_one_is_created(pg_url: str, tmp_path: Path) -> None:
    location = ServerLocation.from_url(pg_url, local_root=tmp_path)
    with pytest.raises(NoJournalError):
        Journal.open(location, create=False)
    Journal.open(location).close()
    Journal.open(location, create=False).close()


def test_a_refused_login_says_so(pg_server: PgServer, pg_journal_template: str) -> None:
    url = pg_server.url(pg_journal_template, user=REFUSED_USER)
    for wrong in (url, url.replace(f"{REFUSED_USER}@", f"{REFUSED_USER}:guess@")):
        with pytest.raises(LoginRefusedError) as refused:
            Journal.open(wrong)
        assert refused.value.message == "The server refused the login."
        assert "guess" not in str(refused.value)


def test_a_server_that_is_not_there_is_not_reachable(tmp_path: Path) -> None:
    with pytest.raises(ServerUnreachableError) as failed:
        Journal.open(f"postgresql://someone@/team?host={tmp_path}")
    assert failed.value.message == "The server is not reachable; your text is kept."


def test_a_journal_keeps_working_after_the_server_dropped_its_connections(
    pg_server: PgServer, pg_location: ServerLocation
) -> None:
    journal = Journal.open(pg_location)
    try:
        cid = journal.customers.create(CustomerDraft(name="Before"))
        pg_server.sql(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            f"WHERE datname = '{pg_location.database}' AND pid <> pg_backend_pid()"
        )
        journal.entries.add(EntryDraft(customer_id=cid, occurred_at=T0, body="After the drop."))
        assert [h.entry_id is not None for h in journal.search.search("drop")] == [True]
    finally:
        journal.close()


@pytest.mark.logs_errors
def test_a_connection_lost_during_a_write_keeps_the_text_and_says_so(
    pg_location: ServerLocation,
) -> None:
    journal = Journal.open(pg_location)
    try:
        with pytest.raises(JournalError) as lost, journal.write() as w:
            w.touched(everything=True)
            w.session.connection().exec_driver_sql("SELECT pg_terminate_backend(pg_backend_pid())")
        assert lost.value.message == "The server is not reachable; your text is kept."
        assert journal.customers.create(CustomerDraft(name="Later")) > 0
    finally:
        journal.close()


def test_check_journal_on_a_server_never_speaks_of_a_file(pg_location: ServerLocation) -> None:
    journal = Journal.open(pg_location)
    try:
        report = check_journal(journal)
        rebuilt = check_journal(journal, rebuild_index=True)
    finally:
        journal.close()
    assert report.ok and rebuilt.ok, report.lines()
    text = "\n".join(report.lines() + rebuilt.lines()).lower()
    assert "file" not in text
    assert "server" in text


def test_two_colleagues_opening_a_new_team_journal_at_once_build_it_once(
    pg_url: str, tmp_path: Path
) -> None:
    from concurrent.futures import ThreadPoolExecutor

    def open_and_write(who: str) -> int:
        location = ServerLocation.from_url(pg_url, local_root=tmp_path / who)
        journal = Journal.open(location)
        try:
            return journal.customers.create(CustomerDraft(name=f"Added by {who}"))
        finally:
            journal.close()

    with ThreadPoolExecutor(2) as pool:
        ids = sorted(pool.map(open_and_write, ["ann", "bo"]))
    assert ids == [1, 2]
    engine = make_server_engine(ServerLocation.from_url(pg_url))
    try:
        with engine.connect() as conn:
            stamps = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    finally:
        engine.dispose()
    assert stamps == [(SCHEMA_HEAD,)]


def test_without_the_driver_a_team_journal_is_refused_in_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if not installed
    with pytest.raises(JournalError) as refused:
        Journal.open("postgresql://ann@/team?host=/nowhere")
    assert "psycopg" in refused.value.message


def test_a_database_of_another_program_is_left_alone(pg_server: PgServer, pg_url: str) -> None:
    name = make_url(pg_url).database
    assert name is not None
    pg_server.sql("CREATE TABLE invoices (id serial PRIMARY KEY, total numeric)", name)
    with pytest.raises(JournalError) as refused:
        Journal.open(pg_url)
    assert "another program" in refused.value.message
    engine = make_server_engine(ServerLocation.from_url(pg_url))
    try:
        with engine.connect() as conn:
            tables = conn.exec_driver_sql(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
            ).all()
    finally:
        engine.dispose()
    assert tables == [("invoices",)]
