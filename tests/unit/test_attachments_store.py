"""Files on entries: kept inside the journal, once per content, gone only with the trash."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.store import Journal
from rapport.store.attachments import MAX_ATTACHMENT_BYTES, AttachmentTooLargeError, clean_name
from rapport.store.change import Change
from rapport.store.errors import RecordNotFoundError

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
WHEN = datetime(2026, 3, 10, 14, 0, tzinfo=UTC)
PHOTO = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40  # JPEG-shaped bytes


def _entry(journal: Journal) -> tuple[int, int]:
    cid = journal.customers.create(CustomerDraft(name="Café Lindeboom"))
    return cid, journal.entries.add(EntryDraft(cid, WHEN, title="Tasting"))


def _blobs(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT count(*) FROM blob").fetchone()[0])


def test_a_file_is_kept_whole_and_the_change_names_its_entry(journal: Journal) -> None:
    cid, eid = _entry(journal)
    seen: list[Change] = []
    journal.subscribe(seen.append)
    aid = journal.attachments.add(eid, "whiteboard.jpg", PHOTO, thumbnail=b"small")
    (record,) = journal.attachments.on_entry(eid)
    assert (record.id, record.filename, record.size) == (aid, "whiteboard.jpg", len(PHOTO))
    assert record.content_type == "image/jpeg" and record.is_image
    assert record.thumbnail == b"small"
    assert journal.attachments.data(aid) == PHOTO
    (change,) = seen
    assert eid in change.entries and cid in change.customers and not change.everything


def test_the_same_file_twice_is_stored_once(journal: Journal, journal_path: Path) -> None:
    _cid, eid = _entry(journal)
    journal.attachments.add(eid, "a.jpg", PHOTO)
    journal.attachments.add(eid, "b.jpg", PHOTO)
    assert [a.filename for a in journal.attachments.on_entry(eid)] == ["a.jpg", "b.jpg"]
    assert _blobs(journal_path) == 1


def test_a_file_over_the_limit_is_refused_in_words_and_nothing_is_saved(
    journal: Journal, journal_path: Path
) -> None:
    _cid, eid = _entry(journal)
    with pytest.raises(AttachmentTooLargeError) as refused:
        journal.attachments.add(eid, "film.mov", b"\0" * (MAX_ATTACHMENT_BYTES + 1))
    assert "“film.mov” is 50.0 MB; files on entries can be up to 50 MB." in refused.value.message
    assert refused.value.hint
    assert journal.attachments.on_entry(eid) == [] and _blobs(journal_path) == 0


def test_a_file_goes_to_the_trash_with_its_entry_and_its_bytes_leave_with_the_trash(
    journal: Journal, journal_path: Path
) -> None:
    _cid, eid = _entry(journal)
    aid = journal.attachments.add(eid, "quote.pdf", b"%PDF-1.4 quote")
    journal.entries.delete(eid)
    with pytest.raises(RecordNotFoundError):
        journal.attachments.add(eid, "more.pdf", b"%PDF more")
    journal.entries.restore(eid)
    assert journal.attachments.data(aid) == b"%PDF-1.4 quote"  # back with its entry
    journal.entries.delete(eid)
    journal.trash.empty()
    assert journal.attachments.on_entry(eid) == [] and _blobs(journal_path) == 0


def test_taking_a_file_off_is_undone_and_emptying_the_trash_keeps_shared_bytes(
    journal: Journal, journal_path: Path
) -> None:
    _cid, eid = _entry(journal)
    first = journal.attachments.add(eid, "a.jpg", PHOTO)
    journal.attachments.add(eid, "copy.jpg", PHOTO)
    journal.attachments.remove(first)
    assert [a.filename for a in journal.attachments.on_entry(eid)] == ["copy.jpg"]
    journal.attachments.restore(first)
    assert len(journal.attachments.on_entry(eid)) == 2
    journal.attachments.remove(first)
    journal.trash.empty()
    assert [a.filename for a in journal.attachments.on_entry(eid)] == ["copy.jpg"]
    assert _blobs(journal_path) == 1  # the copy still needs the bytes


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\jens\\Desktop\\offer.pdf", "offer.pdf"),
        ("line\nbreak\x00.txt", "linebreak.txt"),
        ("...", "file"),
        ("e\u0301te\u0301.jpg", "été.jpg"),
        ("x" * 300 + ".jpeg", "x" * 175 + ".jpeg"),  # 180 characters in all
    ],
)
def test_a_file_name_keeps_no_folders_or_control_characters(given: str, kept: str) -> None:
    assert clean_name(given) == kept


def test_the_journal_of_every_earlier_version_takes_files_after_its_upgrade(
    tmp_path: Path,
) -> None:
    for fixture in sorted(FIXTURES.glob("journal-000[1-6].rapport")):
        path = tmp_path / fixture.name
        shutil.copyfile(fixture, path)
        journal = Journal.open(path)
        try:
            first = journal.timeline.customers()[0]
            eid = journal.entries.add(EntryDraft(first.id, WHEN, title="New"))
            aid = journal.attachments.add(eid, "card.png", PHOTO)
            assert journal.attachments.data(aid) == PHOTO
        finally:
            journal.close()


def test_the_0007_fixture_carries_its_files(tmp_path: Path) -> None:
    path = tmp_path / "journal-0007.rapport"
    shutil.copyfile(FIXTURES / "journal-0007.rapport", path)
    journal = Journal.open(path)
    try:
        with journal.read() as session:
            ids = [int(i) for (i,) in session.execute(_sql("SELECT entry_id FROM attachment"))]
        files = journal.attachments.on_entries(ids)
        names = sorted(a.filename for found in files.values() for a in found)
        assert names == ["delivery note.txt", "photo again.png", "工場.png"]
    finally:
        journal.close()


def _sql(text: str) -> object:
    from sqlalchemy import text as sql

    return sql(text)
