"""Upgrading to 0005 folds the names already in a journal: filter, lookup and sort find them."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import text
from test_upgrade_to_0002 import T, journal_at

from rapport.domain.folding import fold
from rapport.store import Journal
from rapport.store.models import MATCHED_DETAILS

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
NAMES = ("Zoë Straße", "Élodie Mariën", "Eddy Øster", "Emma Cœur", "Anouk Müller")


def test_a_0004_journal_is_found_and_sorted_without_accents_after_the_upgrade(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.rapport"
    engine = journal_at(path, "0004")
    with engine.begin() as conn:
        for i, name in enumerate(NAMES, 1):
            conn.execute(
                text(
                    "INSERT INTO customer (id, name, organisation, role, email, phone, address, "
                    "website, about, level, currency, status, created_at, updated_at) VALUES "
                    "(:i, :n, 'Bäckerei Weiß', 'Käuferin', '', '', '', '', '', 'professional', "
                    "'EUR', 'active', :t, :t)"
                ),
                {"i": i, "n": name, "t": T},
            )
    engine.dispose()

    journal = Journal.open(path)
    try:
        # since 0008 each is a relationship with the organisation, its person inside
        listed = journal.timeline.customers()
        people = [journal.people.of(c.id)[0].name for c in listed]
        assert sorted(people, key=fold) == [
            "Anouk Müller",
            "Eddy Øster",
            "Élodie Mariën",
            "Emma Cœur",
            "Zoë Straße",
        ]
        (marien,) = journal.timeline.customers("marien")
        assert [p.name for p in journal.people.of(marien.id)] == ["Élodie Mariën"]
        assert len(journal.timeline.customers("backerei weiss kauferin")) == len(NAMES)
        assert len(journal.customers.find("backerei weiss")) == len(NAMES)
    finally:
        journal.close()


def test_the_upgrade_folds_as_the_running_code_does(tmp_path: Path) -> None:
    """If this fails, `fold` changed: add a migration that fills the folded columns again."""
    path = tmp_path / "journal-0004.rapport"
    shutil.copyfile(FIXTURES / "journal-0004.rapport", path)
    Journal.open(path).close()
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            f"SELECT sort_key, match_text, {', '.join(MATCHED_DETAILS)} FROM customer"
        ).fetchall()
    assert len(rows) == 5  # the trashed customer too: it may come back
    for sort_key, match_text, *details in rows:
        assert sort_key == fold(details[0])
        assert match_text == "\n".join(fold(d) for d in details)
