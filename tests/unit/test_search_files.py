"""Search finds an entry by the name of a file on it, as long as the file is on it.

On a journal file (FTS5) and on a team journal (PostgreSQL) alike.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.store import Journal

pytestmark = pytest.mark.both_backends

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
WHEN = datetime(2026, 3, 10, 14, tzinfo=UTC)


def _found(journal: Journal, query: str) -> list[int]:
    return [h.entry_id for h in journal.search.search(query) if h.entry_id is not None]


def test_an_entry_is_found_by_its_files_name_until_the_file_is_taken_off(
    journal: Journal,
) -> None:
    cid = journal.customers.create(CustomerDraft(name="Café Lindeboom"))
    eid = journal.entries.add(EntryDraft(cid, WHEN, title="Tasting", body="Went well."))
    journal.entries.add(EntryDraft(cid, WHEN, title="Call", body="Nothing filed."))
    assert _found(journal, "quotation") == []
    aid = journal.attachments.add(eid, "Quotation-Lindeboom 2026.pdf", b"%PDF-1.4 quote")
    assert _found(journal, "quotation") == [eid]
    assert _found(journal, "lindeboom 2026") == [eid]
    journal.attachments.remove(aid)
    assert _found(journal, "quotation") == []
    journal.attachments.restore(aid)
    assert _found(journal, "quotation") == [eid]
    journal.entries.update(eid, EntryDraft(cid, WHEN, title="Tasting", body="Edited."))
    assert _found(journal, "quotation") == [eid]  # an edit of the note keeps its files found


def test_a_files_name_is_the_snippet_when_only_it_matches(journal: Journal) -> None:
    cid = journal.customers.create(CustomerDraft(name="Hartmann"))
    eid = journal.entries.add(EntryDraft(cid, WHEN, title="Visit", body="Signed at last."))
    journal.attachments.add(eid, "Rahmenvertrag Hartmann.pdf", b"%PDF-1.4 contract")
    [hit] = journal.search.search("rahmenvertrag")
    assert hit.entry_id == eid
    assert ("Rahmenvertrag", True) in hit.parts()


def test_an_older_journals_files_are_found_after_the_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "journal.rapport"
    shutil.copyfile(FIXTURES / "journal-0009.rapport", path)
    journal = Journal.open(path)
    try:
        assert 2 in _found(journal, "delivery")
        assert 5 in _found(journal, "工場")
    finally:
        journal.close()
