"""Exports written as they are read: today's bytes exactly, in pages, and cancellable.

The reference encoder below is the JSON export as it was when the whole journal was
loaded first (one document, `json` with indent 1): the streamed export must write
the same bytes for every journal, odd text and the trash included.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_transfer_roundtrip import SETTINGS, _build, _fresh, empty_journal, journals

from rapport import __version__
from rapport.store import Journal
from rapport.transfer.errors import ExportCancelled
from rapport.transfer.exporting import ExportFormat, chunks, export
from rapport.transfer.snapshot import FORMAT, FORMAT_VERSION, TABLES, Kind, Snapshot

__all__ = ["empty_journal"]  # the shared fixture, used here too


def reference_json(snapshot: Snapshot, exported_at: str, scope: str) -> bytes:
    """Today's JSON export, byte for byte: the whole document dumped at once.

    A person's e-mails and phones are written as one compact list on their line
    (stored as JSON text, they are copied, not re-indented): placed as such here too.
    """
    inline: list[str] = []

    def value(v: Any, kind: Kind) -> Any:
        if v is None:
            return None
        if kind is Kind.LABELLED:
            inline.append(json.dumps(json.loads(v or "[]"), ensure_ascii=False))
            return f"\u0001{len(inline) - 1}\u0001"
        if kind in (Kind.TIME, Kind.OPT_TIME):
            assert isinstance(v, datetime)
            return v.astimezone(UTC).isoformat()
        if kind is Kind.OPT_DATE:
            assert isinstance(v, date)
            return v.isoformat()
        return list(v) if kind is Kind.NAMES else v

    document: dict[str, Any] = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "app": f"Rapport {__version__}",
        "exported_at": exported_at,
        "scope": scope,
    }
    for table, spec in TABLES.items():
        document[table] = [
            {name: value(row[name], kind) for name, kind in spec.items()}
            for row in snapshot.rows(table)
        ]
    text = json.dumps(document, ensure_ascii=False, indent=1) + "\n"
    for n, compact in enumerate(inline):
        text = text.replace(f'"\\u0001{n}\\u0001"', compact, 1)
    return text.encode("utf-8")


@pytest.fixture(autouse=True)
def _small_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages of two rows, so every generated journal spans several pages."""
    monkeypatch.setattr("rapport.store.paging.PAGE", 2)


def _export(journal: Journal, path: Path, fmt: ExportFormat, customer: int | None = None) -> str:
    """An export the way the command line and the window write one."""
    scope = "journal" if customer is None else "customer"
    with journal.transfer.reading(customer) as rows:
        return export(path, rows, fmt, scope)


@SETTINGS
@given(people=journals(), trash_last=st.booleans(), one=st.booleans())
def test_the_streamed_json_export_writes_todays_bytes_exactly(
    empty_journal: Path,
    tmp_path_factory: pytest.TempPathFactory,
    people: Any,
    trash_last: bool,
    one: bool,
) -> None:
    folder = tmp_path_factory.mktemp("bytes")
    journal = _fresh(empty_journal, folder, "j.rapport")
    try:
        _build(journal, people, trash_last)
        snapshot = journal.transfer.snapshot()
        customer = None
        live = [r["id"] for r in snapshot.rows("customers") if r["deleted_at"] is None]
        if one and live:
            customer = live[-1]
            snapshot = journal.transfer.snapshot(customer)
        _export(journal, folder / "out.json", ExportFormat.JSON, customer)
    finally:
        journal.close()
    written = (folder / "out.json").read_bytes()
    stamp = json.loads(written)["exported_at"]
    scope = "journal" if customer is None else "customer"
    assert written == reference_json(snapshot, stamp, scope)


@SETTINGS
@given(people=journals(), trash_last=st.booleans())
def test_streamed_csv_and_vcard_exports_match_the_whole_journal_ones(
    empty_journal: Path, tmp_path_factory: pytest.TempPathFactory, people: Any, trash_last: bool
) -> None:
    folder = tmp_path_factory.mktemp("sheets")
    journal = _fresh(empty_journal, folder, "j.rapport")
    try:
        _build(journal, people, trash_last)
        snapshot = journal.transfer.snapshot()
        for fmt in (ExportFormat.CSV_CUSTOMERS, ExportFormat.CSV_ENTRIES, ExportFormat.VCARD):
            _export(journal, folder / f"out{fmt.suffix}", fmt)
            expected = "".join(chunks(snapshot, fmt))
            assert (folder / f"out{fmt.suffix}").read_bytes().decode("utf-8") == expected
    finally:
        journal.close()


def _journal_of(folder: Path, template: Path, customers: int) -> Journal:
    from rapport.domain.customers import CustomerDraft
    from rapport.domain.entries import EntryDraft
    from rapport.domain.kinds import EntryKind

    journal = _fresh(template, folder, "big.rapport")
    for n in range(customers):
        customer = journal.customers.create(CustomerDraft(name=f"Customer {n}"))
        journal.entries.add(
            EntryDraft(
                customer_id=customer,
                kind=EntryKind.CALL,
                occurred_at=datetime(2024, 1, 1 + n % 28, tzinfo=UTC),
                title=f"Call {n}",
            )
        )
    return journal


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_an_export_reports_its_progress_to_the_last_row(
    empty_journal: Path, tmp_path: Path, fmt: ExportFormat
) -> None:
    journal = _journal_of(tmp_path, empty_journal, 7)
    seen: list[tuple[int, int]] = []
    try:
        with journal.transfer.reading() as rows:
            export(
                tmp_path / f"out{fmt.suffix}",
                rows,
                fmt,
                progress=lambda d, t: not seen.append((d, t)),
            )
    finally:
        journal.close()
    total = seen[-1][1]
    assert total >= 7 and seen[-1] == (total, total)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_a_cancelled_export_leaves_the_old_file_and_nothing_else(
    empty_journal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: ExportFormat
) -> None:
    monkeypatch.setattr("rapport.transfer.exporting.REPORT_EVERY", 3)
    journal = _journal_of(tmp_path, empty_journal, 10)
    out = tmp_path / "exports" / f"out{fmt.suffix}"
    out.parent.mkdir()
    out.write_text("the previous export")
    reports: list[int] = []

    def stop_midway(done: int, total: int) -> bool:
        reports.append(done)
        return done < 6

    try:
        with journal.transfer.reading() as rows, pytest.raises(ExportCancelled):
            export(out, rows, fmt, progress=stop_midway)
    finally:
        journal.close()
    assert 0 < reports[-1] < 20, "cancelled while writing, not at the end"
    assert out.read_text() == "the previous export"
    assert [p.name for p in out.parent.iterdir()] == [out.name], "no temporary file left"


def test_an_export_is_one_snapshot_even_when_the_journal_changes_while_it_reads(
    empty_journal: Path, tmp_path: Path
) -> None:
    from rapport.domain.customers import CustomerDraft

    journal = _journal_of(tmp_path, empty_journal, 5)
    try:
        with journal.transfer.reading() as rows:
            names = []
            for row in rows.rows("customers"):  # pages of two
                names.append(row["name"])
                if len(names) == 1:
                    journal.customers.create(CustomerDraft(name="Added meanwhile"))
            size = rows.size("customers")
        assert names == [f"Customer {n}" for n in range(5)] and size == 5
        with journal.transfer.reading() as rows:
            assert rows.size("customers") == 6
    finally:
        journal.close()
