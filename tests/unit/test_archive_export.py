"""The JSON export as one archive: journal.json and the files on entries, imported back whole."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Generator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from transferhelp import plan_of

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.store import Journal
from rapport.transfer.exporting import ExportFormat, export, format_for

WHEN = datetime(2026, 3, 10, 14, tzinfo=UTC)
PHOTO = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 64
ORDER = b"%PDF-1.4 the order"


def _drain(steps: Generator[Any, None, Any]) -> Any:
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            return stop.value


def _filled(journal: Journal) -> tuple[int, int]:
    cid = journal.customers.create(CustomerDraft(name="Café Lindeboom"))
    first = journal.entries.add(EntryDraft(cid, WHEN, title="Tasting"))
    second = journal.entries.add(EntryDraft(cid, WHEN.replace(day=11), title="Order"))
    journal.attachments.add(first, "whiteboard.jpg", PHOTO, thumbnail=b"small")
    journal.attachments.add(second, "whiteboard copy.jpg", PHOTO)  # the same bytes again
    gone = journal.attachments.add(second, "order.pdf", ORDER)
    journal.attachments.remove(gone)  # taken off: travels as taken off
    return first, second


def _files(journal: Journal) -> list[tuple[str, str, int, bool]]:
    rows = journal.attachments.on_entries(range(1, 100))
    return sorted(
        (journal.entries.get(r.entry_id).title, r.filename, r.size, r.thumbnail is not None)
        for found in rows.values()
        for r in found
    )


def test_the_archive_holds_the_json_and_each_file_once(journal: Journal, tmp_path: Path) -> None:
    _filled(journal)
    path = tmp_path / "journal.zip"
    assert format_for(path) is ExportFormat.ARCHIVE
    with journal.transfer.reading() as rows:
        export(path, rows, ExportFormat.ARCHIVE)
    with zipfile.ZipFile(path) as archive:
        names = sorted(archive.namelist())
        document = json.loads(archive.read("journal.json"))
        assert archive.read(f"files/{hashlib.sha256(PHOTO).hexdigest()}") == PHOTO
    assert names == sorted(
        [
            "journal.json",
            f"files/{hashlib.sha256(PHOTO).hexdigest()}",
            f"files/{hashlib.sha256(ORDER).hexdigest()}",
        ]
    )
    assert [c["name"] for c in document["customers"]] == ["Café Lindeboom"]
    assert len(document["attachments"]) == 3


def test_the_archive_imports_with_its_files_and_the_plain_json_as_before(
    journal: Journal, journal_path: Path, tmp_path: Path
) -> None:
    _filled(journal)
    archive, plain = tmp_path / "journal.zip", tmp_path / "journal.json"
    with journal.transfer.reading() as rows:
        export(archive, rows, ExportFormat.ARCHIVE)
    with journal.transfer.reading() as rows:
        export(plain, rows, ExportFormat.JSON)
    assert "attachments" not in json.loads(plain.read_text(encoding="utf-8"))

    target = Journal.open(tmp_path / "target.rapport")
    try:
        plan = plan_of(archive)
        _drain(target.transfer.run(plan, "journal.zip"))
        assert _files(target) == _files(journal)
        (entry_files,) = [f for f in target.attachments.on_entries(range(1, 9)).values()][:1]
        assert target.attachments.data(entry_files[0].id) == PHOTO
        assert [h.entry_id for h in target.search.search("whiteboard")]  # names are searchable
        _drain(target.transfer.run(plan_of(archive), "journal.zip"))  # again: new ids, same bytes
        with target.transfer.reading() as rows:
            blobs = sum(1 for _ in rows.blobs())
        assert blobs == 2  # content-addressed: no duplicates

        older = Journal.open(tmp_path / "older.rapport")
        try:
            _drain(older.transfer.run(plan_of(plain), "journal.json"))
            assert older.entries.get(2).title == "Order"
            assert _files(older) == []
        finally:
            older.close()
    finally:
        target.close()
