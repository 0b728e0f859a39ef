"""Every journal an earlier Rapport wrote opens in this one with nothing lost.

`tests/fixtures/journal-<revision>.rapport` are real journals, one per schema revision,
written by `tests/fixtures/make_fixtures.py` when that revision was the newest.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import alembic.op
import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from rapport.domain.customers import CustomerDraft
from rapport.store import Journal, JournalError, cipher, encrypt
from rapport.store.migrate import alembic_config, head_revision, include_name
from rapport.store.models import SQLModel

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
JOURNALS = sorted(FIXTURES.glob("journal-*.rapport"))
TABLES = ("customer", "tag", "customer_tag", "entry", "stage_change")


def raw(path: Path, sql: str) -> list[tuple[Any, ...]]:
    conn = cipher.connect(path)  # keyed when encrypted (the passphrase given in this test)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_every_schema_revision_has_a_fixture_journal() -> None:
    revisions = {r.revision for r in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    have = {path.stem.removeprefix("journal-") for path in JOURNALS}
    assert revisions <= have, f"run tests/fixtures/make_fixtures.py for {revisions - have}"


@pytest.fixture(autouse=True)
def _forget_passphrases() -> Iterator[None]:
    yield
    cipher.forget_all()


@pytest.mark.parametrize("passphrase", [None, "fixture passphrase"], ids=["plain", "encrypted"])
@pytest.mark.parametrize("fixture", JOURNALS, ids=[p.name for p in JOURNALS])
def test_an_old_journal_opens_with_every_record_intact(
    fixture: Path, tmp_path: Path, passphrase: str | None
) -> None:
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    if passphrase is not None:  # issue 17: every earlier schema, also encrypted
        encrypt.rewrite_file(path, None, passphrase, cipher.new_salt())
        assert cipher.looks_encrypted(path)
        cipher.set_passphrase(path, passphrase)
    before = {table: raw(path, f"SELECT count(*) FROM {table}")[0][0] for table in TABLES}
    names = sorted(r[0] for r in raw(path, "SELECT name FROM customer WHERE deleted_at IS NULL"))
    (revision,) = raw(path, "SELECT version_num FROM alembic_version")[0]
    assert all(before.values()), f"{fixture.name} should hold rows in every table: {before}"

    journal = Journal.open(path, passphrase=passphrase)
    try:
        live = journal.timeline.customers(statuses=())
        # since 0009 an old customer's name is its first person's (an organisation
        # names the relationship itself: tests/migrations/test_upgrade_to_0009.py)
        if revision < "0009":
            assert sorted(p.name for c in live for p in journal.people.of(c.id)) == names
        else:
            assert sorted(c.name for c in live) == names
        for summary in live:  # every record still reads back into the domain's types
            header = journal.timeline.header(summary.id)
            assert len(journal.timeline.page(summary.id)) == journal.timeline.count(summary.id)
            assert header.stage_history
        journal.customers.create(CustomerDraft(name="Added after the upgrade", tags=("new",)))
    finally:
        journal.close()

    after = {table: raw(path, f"SELECT count(*) FROM {table}")[0][0] for table in TABLES}
    added = {"customer": 1, "tag": 1, "customer_tag": 1, "entry": 0, "stage_change": 1}
    assert after == {table: before[table] + added[table] for table in TABLES}
    assert raw(path, "PRAGMA foreign_key_check") == []
    assert raw(path, "PRAGMA integrity_check") == [("ok",)]
    assert raw(path, "SELECT version_num FROM alembic_version") == [(head_revision(),)]
    backups = list((tmp_path / "backups").glob("*.rapport"))
    if revision == head_revision():
        assert backups == [], "a journal already up to date is not backed up on open"
    else:
        assert len(backups) == 1, "an upgrade is preceded by a backup"
        assert raw(backups[0], "SELECT version_num FROM alembic_version") == [(revision,)]
        assert cipher.looks_encrypted(backups[0]) == (passphrase is not None)


def test_the_models_and_the_migrations_describe_the_same_schema(journal_path: Path) -> None:
    journal = Journal.open(journal_path)
    try:
        with journal.engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "include_name": include_name}
            )
            assert compare_metadata(context, SQLModel.metadata) == []
    finally:
        journal.close()


@pytest.mark.logs_errors
def test_a_first_migration_that_fails_half_way_leaves_no_half_made_schema(
    journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_table = alembic.op.create_table

    def fail_on_entry(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "entry":
            raise RuntimeError("power cut while creating the schema")
        return create_table(name, *args, **kwargs)

    monkeypatch.setattr(alembic.op, "create_table", fail_on_entry)
    with pytest.raises(JournalError, match="left exactly as it was"):
        Journal.open(journal_path)
    assert raw(journal_path, "SELECT name FROM sqlite_master WHERE type = 'table'") == []

    monkeypatch.setattr(alembic.op, "create_table", create_table)
    journal = Journal.open(journal_path)  # the next start simply makes the journal
    try:
        journal.customers.create(CustomerDraft(name="Ana"))
        assert journal.customers.count() == 1
    finally:
        journal.close()


def test_foreign_keys_are_off_while_migrations_rebuild_tables(
    journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # With them on, SQLite's table rebuild in a batch migration cascades deletes.
    create_table = alembic.op.create_table
    seen: list[int] = []

    def spy(name: str, *args: Any, **kwargs: Any) -> Any:
        seen.append(alembic.op.get_bind().exec_driver_sql("PRAGMA foreign_keys").scalar())
        return create_table(name, *args, **kwargs)

    monkeypatch.setattr(alembic.op, "create_table", spy)
    journal = Journal.open(journal_path)
    try:
        assert seen and set(seen) == {0}
        with journal.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        journal.close()


def test_the_schema_head_written_in_code_is_the_newest_migration() -> None:
    from rapport.store.migrate import SCHEMA_HEAD, head_revision

    assert head_revision() == SCHEMA_HEAD
