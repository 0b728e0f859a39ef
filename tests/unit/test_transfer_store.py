"""Imports through the store: one transaction after a backup; a cancel or failure leaves nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from storehelp import at, customer, entry, raw_rows
from transferhelp import FIXTURES, plan_of

from rapport.domain.customers import CustomerDraft
from rapport.domain.stages import Stage
from rapport.store import Journal
from rapport.store import backup as store_backup
from rapport.store import transfer as store_transfer
from rapport.store.errors import JournalWriteError
from rapport.store.models import DERIVED_COLUMNS, SQLModel
from rapport.store.records import Change
from rapport.store.snapshot import MODELS
from rapport.transfer.rows import Candidate
from rapport.transfer.snapshot import TABLES

#: The store behaves alike on a journal file and on a team journal (PostgreSQL).
pytestmark = pytest.mark.both_backends

TABLE_NAMES = ("customer", "tag", "customer_tag", "entry", "stage_change", "check_in")


def _everything(journal: Journal) -> dict[str, list[tuple[object, ...]]]:
    return {t: raw_rows(journal, f"SELECT * FROM {t} ORDER BY 1, 2") for t in TABLE_NAMES}


def _run(steps: object) -> object:
    while True:
        try:
            next(steps)  # type: ignore[call-overload]
        except StopIteration as done:
            return done.value


def _candidates(n: int) -> list[Candidate]:
    return [
        Candidate(f"line {i + 2}", CustomerDraft(name=f"Person {i}", tags=(f"t{i % 3}", "all")))
        for i in range(n)
    ]


def test_an_import_adds_customers_in_their_stage_with_tags_and_no_backup(
    journal: Journal,
) -> None:
    changes: list[Change] = []
    journal.subscribe(changes.append)
    plan = plan_of(FIXTURES / "generic.csv")
    done = _run(journal.transfer.run(plan, "generic.csv"))
    assert len(done.customer_ids) == 3  # type: ignore[attr-defined]  # Erik: short row
    amelie = journal.customers.find("Amélie Dupont")[0]
    assert amelie.tags == ("cafés", "Paris")
    history = journal.entries.stage_history(amelie.id)
    assert [(h.stage, h.reason) for h in history] == [
        (Stage.COMPATIBILITY, "Imported from generic.csv")
    ]
    assert len(changes) == 1 and changes[0].everything  # announced once, after the commit
    backups = list((journal.path.parent / "backups").glob("*before-import*"))
    assert backups == []  # the owner waits for none: Undo import takes it back instead


def test_tags_are_shared_with_the_journal_ignoring_ascii_case(journal: Journal) -> None:
    customer(journal, "Existing", tags=("Wholesale",))
    plan = plan_of(FIXTURES / "google-contacts.csv")
    _run(journal.transfer.run(plan, "google.csv"))
    tags = raw_rows(journal, "SELECT name FROM tag ORDER BY name")
    assert [t[0] for t in tags].count("Wholesale") == 1


def test_cancelling_between_chunks_leaves_nothing_behind(journal: Journal) -> None:
    customer(journal, "Already here")
    before = _everything(journal)
    steps = journal.transfer.import_customers(_candidates(1200), "big.csv")
    assert next(steps) == (500, 1200)
    assert next(steps) == (1000, 1200)
    steps.close()  # what Cancel does
    assert _everything(journal) == before
    assert journal.customers.count() == 1
    journal.customers.create(CustomerDraft(name="Still writable"))  # no lock left behind


def test_a_failure_midway_leaves_nothing_behind(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _everything(journal)
    real = store_transfer._customer_values
    calls = {"n": 0}

    def failing(candidate: Candidate, now: object) -> dict[str, object]:
        calls["n"] += 1
        if calls["n"] == 700:  # in the second chunk, after the first was flushed
            raise OSError("disk on fire")
        return real(candidate, now)  # type: ignore[arg-type]

    monkeypatch.setattr(store_transfer, "_customer_values", failing)
    with pytest.raises(OSError):
        _run(journal.transfer.import_customers(_candidates(1000), "big.csv"))
    assert _everything(journal) == before


def test_a_database_failure_is_told_in_words_and_rolled_back(journal: Journal) -> None:
    before = _everything(journal)
    cands = _candidates(3)
    cands[2] = Candidate("line 4", CustomerDraft(name=None))  # type: ignore[arg-type]
    with pytest.raises(JournalWriteError) as caught:
        _run(journal.transfer.import_customers(cands, "bad.csv"))
    assert "could not be saved" in caught.value.message
    assert _everything(journal) == before


@pytest.mark.logs_errors
def test_no_backup_means_no_import(journal: Journal, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_a: object) -> Path:
        raise OSError("read-only")

    customer(journal, "Already here")
    monkeypatch.setattr(store_backup, "backup_journal", broken)
    with pytest.raises(JournalWriteError, match="could not back up"):  # a JSON import
        _run(journal.transfer.import_snapshot(journal.transfer.snapshot()))
    assert journal.customers.count() == 1


def test_the_json_format_names_every_column_of_every_table() -> None:
    for table, model in MODELS.items():
        assert issubclass(model, SQLModel)
        columns = set(model.model_fields) - DERIVED_COLUMNS.get(model.__tablename__, set())
        extra = {"tags"} if table == "customers" else set()
        assert set(TABLES[table]) == columns | extra, table


def test_a_snapshot_import_into_a_journal_with_customers_gets_new_ids(
    journal: Journal, tmp_path: Path
) -> None:
    source = Journal.open(tmp_path / "other" / "source.rapport")
    try:
        first = customer(source, "Ada", tags=("vip",))
        entry_id = entry(source, first, 3)
        source.entries.change_stage(first, Stage.CONFLICT, at(4), "complaint", entry_id)
        snap = source.transfer.snapshot()
    finally:
        source.close()
    customer(journal, "Zed", tags=("VIP",))
    _run(journal.transfer.import_snapshot(snap))
    ada = journal.customers.find("Ada")[0]
    assert (first, ada.id) == (1, 2)  # Zed has id 1 here
    assert ada.tags == ("VIP",)  # the journal's own tag, matched ignoring case
    history = journal.entries.stage_history(ada.id)
    assert history[-1].stage is Stage.CONFLICT
    assert history[-1].entry_id is not None
    assert journal.entries.get(history[-1].entry_id).customer_id == ada.id


def test_imported_customers_and_entries_are_searchable(journal: Journal, tmp_path: Path) -> None:
    _run(journal.transfer.run(plan_of(FIXTURES / "google-contacts.csv"), "google.csv"))
    # issue 15: a person at an organisation comes in as that organisation's relationship
    assert [h.customer_name for h in journal.search.search("Lagos")] == ["Blue Door Café"]
    assert [h.customer_name for h in journal.search.search("Okafor")] == ["Blue Door Café"]
    assert [h.customer_name for h in journal.search.search("Suppliers")] == ["Northwind Traders"]
    entry(journal, 1, 5, title="Tasting", body="the new espresso blend")
    copy = Journal.open(tmp_path / "copy" / "copy.rapport")
    try:
        _run(copy.transfer.import_snapshot(journal.transfer.snapshot()))
        assert [h.entry_id for h in copy.search.search("espresso")] == [1]
        assert copy.search.check() == [] and journal.search.check() == []
    finally:
        copy.close()
