"""An import indexes its customers for search once, at its end, and exactly as triggers would."""

from __future__ import annotations

from pathlib import Path

import pytest
from storehelp import customer, raw_rows

from rapport.domain.customers import CustomerDraft
from rapport.store import Journal
from rapport.store import transfer as store_transfer
from rapport.transfer.rows import Candidate

TRIGGERS = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"


def _candidates(n: int) -> list[Candidate]:
    return [
        Candidate(
            f"line {i + 2}",
            CustomerDraft(name=f"Zebulon {i}", about="Roasts beans.", tags=(f"t{i % 3}", "all")),
        )
        for i in range(n)
    ]


def _matches(journal: Journal, words: str) -> int:
    found = raw_rows(journal, f"SELECT count(*) FROM search_customer('{words}')")
    return int(found[0][0])


def test_an_import_is_found_by_search_and_leaves_the_index_in_step(journal_path: Path) -> None:
    journal = Journal.open(journal_path)
    try:
        triggers = raw_rows(journal, TRIGGERS)
        for _ in journal.transfer.import_customers(_candidates(30), "beans.csv"):
            pass
        assert journal.search.check() == []  # the index holds what the triggers would have
        assert raw_rows(journal, TRIGGERS) == triggers
        assert journal.search.search("zebulon")[0].customer_name == "Zebulon 0"
        assert _matches(journal, "zebulon") == 30
        assert _matches(journal, "tags:t2") == 10  # with their tags
    finally:
        journal.close()


def test_a_cancelled_import_leaves_the_triggers_and_the_index_as_they_were(
    journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_transfer, "CHUNK", 4)
    journal = Journal.open(journal_path)
    try:
        triggers = raw_rows(journal, TRIGGERS)
        steps = journal.transfer.import_customers(_candidates(30), "beans.csv")
        next(steps)
        steps.close()  # Cancel between two slices
        assert raw_rows(journal, TRIGGERS) == triggers
        assert journal.search.check() == []
        assert journal.search.search("zebulon") == []
        customer(journal, "Yolanda Roastery")  # saved later: indexed by its trigger again
        assert [h.customer_name for h in journal.search.search("yolanda")] == ["Yolanda Roastery"]
    finally:
        journal.close()
