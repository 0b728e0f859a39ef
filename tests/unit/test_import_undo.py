"""Undo import: a CSV or vCard import is taken back exactly, instead of a backup before it.

The owner no longer waits for a full backup after clicking Import; the import records
what it wrote (store/import_batches.py) and Undo import takes exactly that back, never
what the owner did since.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from storehelp import customer, entry, raw_rows
from transferhelp import plan_of

from rapport.domain.customers import CustomerDraft
from rapport.domain.people import PersonDraft
from rapport.store import Journal
from rapport.store.change import Change
from rapport.store.errors import JournalError
from rapport.store.import_batches import ImportUndoneError
from rapport.store.transfer import Imported
from rapport.store.trash import TrashKind

pytestmark = pytest.mark.both_backends

CSV = (
    "First Name,Last Name,Organization Name,Organization Title,E-mail 1 - Label,"
    "E-mail 1 - Value,Notes\n"
    "Lena,Smit,Café Lindeboom,Manager,Work,lena@lindeboom.example,Met at the fair\n"
    "Tom,Bos,Café Lindeboom,Barista,Work,tom@lindeboom.example,\n"
    "Ada,Peeters,Bakkerij Peeters,Owner,Work,ada@peeters.example,\n"
    "Noor,Visser,Visser Koffie,Owner,Work,noor@visser.example,\n"
)


def _run(steps: object) -> Imported:
    while True:
        try:
            next(steps)  # type: ignore[call-overload]
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]


def _cafe(journal: Journal) -> int:
    cafe = journal.customers.create(CustomerDraft(name="Café Lindeboom", about="Our oldest."))
    journal.people.add(cafe, PersonDraft(name="Jens de Vries", role="Owner", main=True))
    return cafe


def _import(
    journal: Journal, tmp_path: Path, text: str = CSV, name: str = "contacts.csv"
) -> Imported:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    plan = plan_of(path, existing=journal.transfer.existing())
    return _run(journal.transfer.run(plan, name))


def _live_names(journal: Journal) -> list[str]:
    return sorted(c.name for c in journal.timeline.customers(statuses=()))


def _no_backup(journal: Journal, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    taken: list[str] = []
    store = getattr(journal.transfer, "_store", journal.transfer)  # a team journal's: retried
    monkeypatch.setattr(store, "_take_backup", taken.append)
    return taken


def test_a_csv_import_takes_no_backup_and_records_its_batch(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    customer(journal, "Already here")
    taken = _no_backup(journal, monkeypatch)
    imported = _import(journal, tmp_path)
    assert taken == []  # the click waits for no backup
    assert imported.batch_id is not None and not imported.backed_up
    [recent] = journal.imports.recent()
    assert (recent.id, recent.source, recent.kind, recent.count) == (
        imported.batch_id,
        "contacts.csv",
        "csv",
        3,
    )


def test_a_snapshot_into_a_journal_with_rows_is_still_backed_up_and_into_an_empty_one_not(
    journal: Journal, journal_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rapport.transfer.exporting import ExportFormat, export

    customer(journal, "Already here")
    exported = tmp_path / "journal.json"
    with journal.transfer.reading() as rows:
        export(exported, rows, ExportFormat.JSON, "journal")
    taken = _no_backup(journal, monkeypatch)
    imported = _run(journal.transfer.run(plan_of(exported), "journal.json"))
    assert taken == ["before-import"] and imported.backed_up and imported.batch_id is None
    empty = Journal.open(tmp_path / "empty.rapport")
    try:
        taken_empty = _no_backup(empty, monkeypatch)
        imported = _run(empty.transfer.run(plan_of(exported), "journal.json"))
        assert taken_empty == [] and not imported.backed_up
        assert _live_names(empty) == ["Already here"]
    finally:
        empty.close()


def test_undo_takes_back_exactly_the_import_and_nothing_of_the_owners_since(
    journal: Journal, tmp_path: Path
) -> None:
    cafe = _cafe(journal)
    before_people = sorted(p.name for p in journal.people.of(cafe))
    imported = _import(journal, tmp_path)
    assert _live_names(journal) == ["Bakkerij Peeters", "Café Lindeboom", "Visser Koffie"]
    assert journal.customers.get(cafe).about == "Our oldest.\n\nMet at the fair"
    mine = customer(journal, "Added by hand after")
    entry(journal, cafe, 1, body="Written after the import")
    assert imported.batch_id is not None
    changes: list[Change] = []
    journal.changes.subscribe(changes.append)
    undone = journal.imports.undo(imported.batch_id)
    assert (undone.trashed, undone.removed_people, undone.kept()) == (2, 2, "")
    assert _live_names(journal) == ["Added by hand after", "Café Lindeboom"]
    assert sorted(p.name for p in journal.people.of(cafe)) == before_people
    assert journal.customers.get(cafe).about == "Our oldest."
    assert journal.customers.get(mine).name == "Added by hand after"
    assert [i.entry.body for i in journal.timeline.page(cafe) if i.entry is not None] == [
        "Written after the import"
    ]
    assert [c.name for c in journal.customers.find("Lena")] == []  # matching refreshed
    trashed = {i.label for i in journal.trash.items() if i.kind is TrashKind.CUSTOMER}
    assert trashed == {"Bakkerij Peeters", "Visser Koffie"}
    assert journal.imports.recent() == []
    assert len(changes) == 1  # one write, announced as every write is
    assert cafe in changes[0].customers and set(undone.customer_ids) <= changes[0].customers


def test_undoing_twice_says_so(journal: Journal, tmp_path: Path) -> None:
    imported = _import(journal, tmp_path)
    assert imported.batch_id is not None
    journal.imports.undo(imported.batch_id)
    with pytest.raises(ImportUndoneError) as raised:
        journal.imports.undo(imported.batch_id)
    assert "already been undone" in raised.value.message


def test_undo_after_an_edit_keeps_the_edit_and_says_so(journal: Journal, tmp_path: Path) -> None:
    cafe = _cafe(journal)
    imported = _import(journal, tmp_path)
    assert imported.batch_id is not None
    draft = journal.customers.get(cafe)
    journal.customers.update(cafe, CustomerDraft(name="Café Lindeboom", about="Rewritten."))
    assert draft.id == cafe
    lena = next(p for p in journal.people.of(cafe) if p.name == "Lena Smit")
    note = entry(journal, cafe, 2, body="Lena took part")
    journal.participants.put(note, (), (lena.id,))
    undone = journal.imports.undo(imported.batch_id)
    assert journal.customers.get(cafe).about == "Rewritten."
    assert sorted(p.name for p in journal.people.of(cafe)) == ["Jens de Vries", "Lena Smit"]
    assert undone.kept_people == ("Lena Smit",) and undone.kept_abouts == ("Café Lindeboom",)
    assert "Lena Smit" in undone.kept() and "Café Lindeboom" in undone.kept()


def test_restoring_from_the_trash_brings_the_relationships_back(
    journal: Journal, tmp_path: Path
) -> None:
    imported = _import(journal, tmp_path)
    assert imported.batch_id is not None
    versions = "SELECT version FROM customer ORDER BY id"
    before = raw_rows(journal, versions)
    journal.imports.undo(imported.batch_id)
    assert _live_names(journal) == []
    # as the owner's delete: one more on the version, so an older copy cannot overwrite it
    assert raw_rows(journal, versions) == [(v + 1,) for (v,) in before]
    for item in journal.trash.items():
        journal.trash.restore(item)
    assert _live_names(journal) == ["Bakkerij Peeters", "Café Lindeboom", "Visser Koffie"]
    assert sorted(p.name for c in imported.customer_ids for p in journal.people.of(c)) == [
        "Ada Peeters",
        "Lena Smit",
        "Noor Visser",
        "Tom Bos",
    ]


def test_a_cancelled_import_leaves_no_batch_and_no_rows(journal: Journal, tmp_path: Path) -> None:
    rows = "".join(f"P{n},Q,Org {n},,Work,p{n}@x.example,\n" for n in range(1200))
    path = tmp_path / "big.csv"
    path.write_text(CSV.splitlines(keepends=True)[0] + rows, encoding="utf-8")
    steps = journal.transfer.run(plan_of(path), "big.csv")
    next(steps)
    steps.close()  # Cancel between two chunks
    assert journal.imports.recent() == []
    assert raw_rows(journal, "SELECT count(*) FROM import_batch") == [(0,)]
    assert raw_rows(journal, "SELECT count(*) FROM customer") == [(0,)]


def test_a_failed_import_leaves_no_batch(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rapport.store import import_batches

    def broken(*_args: object) -> int:
        raise RuntimeError("disk gone")

    monkeypatch.setattr(import_batches, "record", broken)
    with pytest.raises((RuntimeError, JournalError)):
        _import(journal, tmp_path)
    assert raw_rows(journal, "SELECT count(*) FROM customer") == [(0,)]
    assert raw_rows(journal, "SELECT count(*) FROM import_batch") == [(0,)]


def test_a_vcard_import_is_recorded_as_one(journal: Journal, tmp_path: Path) -> None:
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Mila Jansen\r\nN:Jansen;Mila;;;\r\nEND:VCARD\r\n"
    imported = _import(journal, tmp_path, card, "mila.vcf")
    [recent] = journal.imports.recent()
    assert (recent.kind, recent.count, recent.id) == ("vcard", 1, imported.batch_id)


def test_the_undo_goes_in_steps_and_closing_it_midway_takes_nothing_back(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rapport.store import import_batches

    monkeypatch.setattr(import_batches, "_PAGE", 2)
    cafe = _cafe(journal)
    imported = _import(journal, tmp_path)
    assert imported.batch_id is not None
    live = _live_names(journal)
    people = sorted(p.name for p in journal.people.of(cafe))
    steps = journal.imports.undoing(imported.batch_id)
    first = next(steps)
    second = next(steps)
    assert first[1] == second[1] >= 4 and 0 < first[0] < second[0] <= first[1]
    steps.close()  # Cancel between two steps
    assert _live_names(journal) == live and journal.trash.items() == []
    assert sorted(p.name for p in journal.people.of(cafe)) == people
    assert [b.id for b in journal.imports.recent()] == [imported.batch_id]
    seen: list[tuple[int, int]] = []
    steps = journal.imports.undoing(imported.batch_id)
    while True:
        try:
            seen.append(next(steps))
        except StopIteration as end:
            undone = end.value
            break
    assert seen[-1][0] == seen[-1][1] and (undone.trashed, undone.removed_people) == (2, 2)
    assert _live_names(journal) == ["Café Lindeboom"] and journal.imports.recent() == []
