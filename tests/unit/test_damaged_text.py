"""An undecodable byte in a note: read as text with "�", never a crash or a log line,
and Check journal names the damaged rows (by id and date, never by their text)."""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path

import pytest
from storehelp import customer, entry

from rapport.store import Journal
from rapport.store.check import check_journal
from rapport.transfer.exporting import ExportFormat, export

#: The note as the owner wrote it; bytes 0xE9 (Latin-1 "é") stand where UTF-8 belongs.
SECRET = "Rossi wants the espresso blend reserved"
DAMAGED = b"Caf\xe9: " + SECRET.encode()


def damage_text(path: Path, table: str, column: str, row: int, raw: bytes = DAMAGED) -> None:
    """Put bytes that are not UTF-8 into one text cell, as a bad disk or tool might."""
    conn = sqlite3.connect(path)
    try:
        conn.execute(f"UPDATE {table} SET {column} = CAST(? AS TEXT) WHERE id = ?", (raw, row))
        conn.commit()
    finally:
        conn.close()


@pytest.fixture
def damaged(journal_path: Path) -> tuple[Path, int, int]:
    """A closed journal whose customer Ana has three notes, the second one damaged."""
    journal = Journal.open(journal_path)
    ana = customer(journal, "Ana")
    ids = [entry(journal, ana, day, body=f"Visit {day} about beans.") for day in range(3)]
    journal.close()
    damage_text(journal_path, "entry", "body", ids[1])
    return journal_path, ana, ids[1]


@pytest.fixture(autouse=True)
def every_log_line(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)


def no_secret_logged(caplog: pytest.LogCaptureFixture) -> None:
    for record in caplog.records:
        assert "espresso blend" not in record.getMessage(), record.getMessage()


def test_a_damaged_note_reads_with_replacement_characters(
    damaged: tuple[Path, int, int], caplog: pytest.LogCaptureFixture
) -> None:
    path, ana, bad = damaged
    journal = Journal.open(path)
    try:
        items = journal.timeline.page(ana)
        bodies = {i.entry.id: i.entry.body for i in items if i.entry is not None}
        assert bodies[bad] == "Caf\ufffd: " + SECRET
        assert len(bodies) == 3
    finally:
        journal.close()
    no_secret_logged(caplog)


def test_search_and_export_go_on_past_a_damaged_note(
    damaged: tuple[Path, int, int], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path, _ana, bad = damaged
    journal = Journal.open(path)
    try:
        assert [h.entry_id for h in journal.search.search("reserved")] == [bad]
        assert len(journal.search.search("beans")) == 2
        target = tmp_path / "out.json"
        export(target, journal.transfer.snapshot(), ExportFormat.JSON)
    finally:
        journal.close()
    written = json.loads(target.read_text(encoding="utf-8"))
    text = json.dumps(written, ensure_ascii=False)
    assert "Caf\ufffd: " + SECRET in text and "Visit 2 about beans." in text
    no_secret_logged(caplog)


def test_check_journal_names_the_damaged_rows_by_id_and_date_not_by_text(
    damaged: tuple[Path, int, int], caplog: pytest.LogCaptureFixture
) -> None:
    path, ana, bad = damaged
    damage_text(path, "customer", "about", ana, b"likes \xff\xfe espresso blend")
    journal = Journal.open(path)
    try:
        report = check_journal(journal)
    finally:
        journal.close()
    assert not report.ok
    (text,) = [f for f in report.findings if f.area == "text"]
    assert not text.ok and text.hint
    lines = "\n".join(report.lines())
    assert f"Entry #{bad}" in lines and f"customer #{ana}" in lines and "2024-01-02" in lines
    assert f"Customer #{ana}" in lines
    assert "espresso" not in lines and "Rossi" not in lines
    no_secret_logged(caplog)


def test_a_sound_journal_has_no_damaged_text(journal: Journal) -> None:
    entry(journal, customer(journal, "Zoë Ålander"), 0, body="Café, crème brûlée, 東京 ✓")
    (text,) = [f for f in check_journal(journal).findings if f.area == "text"]
    assert text.ok
