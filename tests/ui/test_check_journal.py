"""Tools → Check journal: good news in words; a broken search index is offered a rebuild."""

from __future__ import annotations

from pathlib import Path

from msgboxes import MessageBoxes
from rapport.domain.customers import CustomerDraft
from rapport.store import Journal
from rapport.ui.check_journal import check_and_report


def _break_the_index(journal: Journal) -> None:
    with journal.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM search_customer")


def test_a_sound_journal_is_reported_in_good_order(journal: Journal) -> None:
    journal.customers.create(CustomerDraft(name="Ada"))
    assert check_and_report(journal, None).ok
    assert MessageBoxes.log[-1].text == "Your journal is in good order."


def test_a_broken_index_is_rebuilt_when_the_user_agrees(journal: Journal, tmp_path: Path) -> None:
    journal.customers.create(CustomerDraft(name="Ada Lovelace"))
    _break_the_index(journal)
    assert journal.search.search("lovelace") == []
    MessageBoxes.answers.append(True)
    report = check_and_report(journal, None)
    assert report.ok and report.rebuilt_index
    assert MessageBoxes.log[0].kind == "question"
    assert [h.customer_name for h in journal.search.search("lovelace")] == ["Ada Lovelace"]


def test_declining_the_rebuild_changes_nothing(journal: Journal) -> None:
    journal.customers.create(CustomerDraft(name="Ada Lovelace"))
    _break_the_index(journal)
    MessageBoxes.answers.append(False)
    report = check_and_report(journal, None)
    assert not report.ok
    assert MessageBoxes.log[-1].kind == "warning"
    assert journal.search.search("lovelace") == []
