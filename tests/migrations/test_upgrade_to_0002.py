"""A journal written at revision 0001 upgrades to head with every row kept."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from sqlalchemy import Engine, text

from rapport.domain.checkins import Answers, CheckIn
from rapport.store import Journal
from rapport.store.backup import backup_folder
from rapport.store.engine import make_engine
from rapport.store.migrate import alembic_config, current_revision, head_revision

OLD_TABLES = ("customer", "tag", "customer_tag", "entry", "stage_change")
T = "2025-01-02 03:04:05.000000"


def journal_at(path: Path, revision: str) -> Engine:
    """Create a journal file by running the migrations up to `revision` only."""
    engine = make_engine(path, is_new=True)
    config = alembic_config()
    with engine.connect() as conn, conn.begin():
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
    return engine


def fill_0001(engine: Engine) -> None:
    with engine.begin() as conn:
        for i, name in ((1, "Anna's Bakery"), (2, "Bike Hub")):
            conn.execute(
                text(
                    "INSERT INTO customer (id, name, organisation, role, email, phone, address, "
                    "website, about, level, account_value_cents, currency, cadence_days, status, "
                    "created_at, updated_at) VALUES (:i, :n, '', '', '', '', '', '', '', "
                    "'professional', 1200000, 'EUR', NULL, 'active', :t, :t)"
                ),
                {"i": i, "n": name, "t": T},
            )
        conn.execute(text("INSERT INTO tag (id, name) VALUES (1, 'wholesale')"))
        conn.execute(text("INSERT INTO customer_tag (customer_id, tag_id) VALUES (1, 1)"))
        for i in range(1, 4):
            conn.execute(
                text(
                    "INSERT INTO entry (id, customer_id, occurred_at, kind, title, body, "
                    "sentiment, private, follow_up_on, follow_up_done, created_at, updated_at) "
                    "VALUES "
                    "(:i, 1, :t, 'meeting', 'Meeting', 'Notes', 1, 0, NULL, 0, :t, :t)"
                ),
                {"i": i, "t": T},
            )
        conn.execute(
            text(
                "INSERT INTO stage_change (id, customer_id, stage, occurred_at, reason, entry_id, "
                "created_at) VALUES (1, 1, 'attraction', :t, 'New customer', NULL, :t), "
                "(2, 1, 'conflict', :t, 'Complaint', 2, :t)"
            ),
            {"t": T},
        )


def counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in OLD_TABLES}


def test_a_0001_journal_upgrades_to_head_with_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.rapport"
    engine = journal_at(path, "0001")
    fill_0001(engine)
    before = counts(engine)
    engine.dispose()
    assert before == {"customer": 2, "tag": 1, "customer_tag": 1, "entry": 3, "stage_change": 2}

    journal = Journal.open(path)
    try:
        assert counts(journal.engine) == before
        with journal.engine.connect() as conn:
            assert current_revision(conn) == head_revision()
        assert list(backup_folder(path).glob("old-*-before-upgrade.rapport"))
        at = datetime(2026, 1, 1, tzinfo=UTC)
        journal.checkins.add(CheckIn(1, at, Answers(trust=4)))
        facts = journal.facts.customer(1)
        assert len(facts.entries) == 3 and len(facts.check_ins) == 1
    finally:
        journal.close()


def test_0002_downgrades_cleanly(tmp_path: Path) -> None:
    engine = journal_at(tmp_path / "down.rapport", "head")
    config = alembic_config()
    with engine.connect() as conn, conn.begin():
        config.attributes["connection"] = conn
        command.downgrade(config, "0001")
    with engine.connect() as conn:
        tables = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master"))}
    engine.dispose()
    assert "check_in" not in tables and "dismissed_suggestion" not in tables
    assert set(OLD_TABLES) <= tables
