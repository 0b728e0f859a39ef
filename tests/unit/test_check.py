"""Check journal: the file, its links and the search index; rebuilding repairs the index."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.store import Journal
from rapport.store.check import check_journal


def _fill(journal: Journal) -> int:
    cid = journal.customers.create(CustomerDraft(name="Check Co", tags=("vip",)))
    for word in ("apricot", "bergamot", "cardamom"):
        journal.entries.add(
            EntryDraft(customer_id=cid, occurred_at=datetime.now(UTC), body=f"Talked {word}.")
        )
    return cid


def test_a_healthy_journal_passes(journal: Journal) -> None:
    _fill(journal)
    report = check_journal(journal)
    assert report.ok and report.search_ok and not report.rebuilt_index
    assert any("sound" in line for line in report.lines())


def test_an_index_out_of_step_is_found_and_rebuilt(journal: Journal, journal_path: Path) -> None:
    _fill(journal)
    with sqlite3.connect(journal_path) as raw:  # as if a migration had lost a trigger
        raw.execute("DROP TRIGGER search_entry_au")
        raw.execute("UPDATE entry SET body = 'Talked durian.' WHERE body = 'Talked apricot.'")
    assert journal.search.search("durian") == []
    report = check_journal(journal)
    assert not report.ok and not report.search_ok
    text = "\n".join(report.lines())
    assert "does not match" in text and "search_entry_au" in text

    repaired = check_journal(journal, rebuild_index=True)
    assert repaired.ok and repaired.rebuilt_index
    assert "had problems before" in "\n".join(repaired.lines())
    assert len(journal.search.search("durian")) == 1
    assert journal.search.search("apricot") == []


def test_a_damaged_index_is_found_and_rebuilt(journal: Journal, journal_path: Path) -> None:
    _fill(journal)
    with sqlite3.connect(journal_path) as raw:
        raw.execute("UPDATE search_entry_data SET block = randomblob(length(block)) WHERE id > 1")
    assert not check_journal(journal).search_ok
    assert check_journal(journal, rebuild_index=True).ok
    assert len(journal.search.search("bergamot")) == 1


def test_a_customer_index_out_of_step_is_found(journal: Journal, journal_path: Path) -> None:
    _fill(journal)
    with sqlite3.connect(journal_path) as raw:
        raw.execute("DROP TRIGGER search_customer_au")
        raw.execute("UPDATE customer SET name = 'Renamed Co'")
    problems = journal.search.check()
    assert any("customers" in p for p in problems)
    journal.search.rebuild()
    assert journal.search.check() == []
    assert journal.search.search("renamed")[0].customer_name == "Renamed Co"


def test_broken_links_are_reported(journal: Journal, journal_path: Path) -> None:
    cid = _fill(journal)
    with sqlite3.connect(journal_path) as raw:  # foreign keys off: an orphan slips in
        raw.execute("DELETE FROM customer WHERE id = ?", (cid,))
    report = check_journal(journal)
    assert not report.ok
    assert any("no longer exist" in line for line in report.lines())
