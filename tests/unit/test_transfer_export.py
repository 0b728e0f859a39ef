"""Exports: atomic writes, formula-safe CSV, and the formats' contents."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from storehelp import at, customer, entry

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.domain.stages import Stage
from rapport.store import Journal
from rapport.transfer import atomic
from rapport.transfer.atomic import write_atomically
from rapport.transfer.errors import TransferError
from rapport.transfer.exporting import ExportFormat, chunks, export
from rapport.transfer.formula import TRIGGERS


def _failing_after(pieces: int) -> Iterator[str]:
    for i in range(pieces):
        yield f"new part {i}\n"
    raise RuntimeError("the formatter broke half-way")


def test_a_failure_mid_write_leaves_the_previous_file_intact(tmp_path: Path) -> None:
    target = tmp_path / "journal.json"
    target.write_text("the good old export\n")
    with pytest.raises(RuntimeError):
        write_atomically(target, _failing_after(1000))
    assert target.read_text() == "the good old export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journal.json"]  # no temp file left


def test_a_full_disk_is_told_in_words_and_the_old_file_stays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "journal.json"
    target.write_text("good\n")

    def full(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full)
    with pytest.raises(TransferError) as caught:
        write_atomically(target, ["x" * 10_000])
    assert "No space left on device" in caught.value.message
    assert "previous file was left as it was" in caught.value.hint
    assert target.read_text() == "good\n"
    assert [p.name for p in tmp_path.iterdir()] == ["journal.json"]


def test_an_unwritable_place_is_refused_in_words(tmp_path: Path) -> None:
    with pytest.raises(TransferError, match="could not be written"):
        write_atomically(tmp_path / "missing" / "x.json", ["{}"])
    with pytest.raises(TransferError, match="is a folder"):
        write_atomically(tmp_path, ["{}"])


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_an_export_is_readable_by_the_owner_alone(tmp_path: Path) -> None:
    target = tmp_path / "people.csv"
    write_atomically(target, ["a,b\r\n"])
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_bytes() == b"a,b\r\n"  # line ends as given


def test_every_cell_a_spreadsheet_would_run_is_escaped(journal: Journal) -> None:
    cid = journal.customers.create(
        CustomerDraft(
            name="=cmd|' /C calc'!A0",
            organisation="+SUM(1)",
            about="@x",
            phone="-1+1",
            tags=("=t",),
        )
    )
    journal.entries.add(
        EntryDraft(
            customer_id=cid, occurred_at=datetime.now(UTC), title="-2", body="\tx", sentiment=-2
        )
    )
    snapshot = journal.transfer.snapshot()
    for fmt in (ExportFormat.CSV_CUSTOMERS, ExportFormat.CSV_ENTRIES):
        text = "".join(chunks(snapshot, fmt))
        assert text.startswith("\ufeff")  # so Excel reads UTF-8
        rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
        cells = [cell for row in rows for cell in row]
        assert "'=cmd|' /C calc'!A0" in cells or "'-2" in cells
        for cell in cells:
            number = cell.lstrip("-").isdigit()  # a plain number is data, not a formula
            assert number or not cell.startswith(TRIGGERS), cell


def test_csv_exports_leave_the_trash_out_and_json_keeps_it(journal: Journal) -> None:
    kept = customer(journal, "Kept")
    gone = customer(journal, "Gone")
    entry(journal, kept, 1, title="visible")
    hidden = entry(journal, kept, 2, title="hidden")
    journal.entries.delete(hidden)
    journal.customers.delete(gone)
    snapshot = journal.transfer.snapshot()
    customers = "".join(chunks(snapshot, ExportFormat.CSV_CUSTOMERS))
    entries = "".join(chunks(snapshot, ExportFormat.CSV_ENTRIES))
    assert "Kept" in customers and "Gone" not in customers
    assert "visible" in entries and "hidden" not in entries
    document = json.loads("".join(chunks(snapshot, ExportFormat.JSON)))
    assert [c["name"] for c in document["customers"]] == ["Kept", "Gone"]
    assert document["customers"][1]["deleted_at"] is not None
    assert document["format"] == "rapport-journal" and document["version"] == 1


def test_one_customer_exports_only_their_part(journal: Journal, tmp_path: Path) -> None:
    ada = customer(journal, "Ada", tags=("vip",))
    bob = customer(journal, "Bob", tags=("other",))
    entry(journal, ada, 1, title="about Ada")
    entry(journal, bob, 1, title="about Bob")
    journal.entries.change_stage(ada, Stage.CONFLICT, at(3))
    target = tmp_path / "ada.json"
    said = export(target, journal.transfer.snapshot(ada), ExportFormat.JSON, "customer")
    document = json.loads(target.read_text(encoding="utf-8"))
    assert [c["name"] for c in document["customers"]] == ["Ada"]
    assert [t["name"] for t in document["tags"]] == ["vip"]
    assert [e["title"] for e in document["entries"]] == ["about Ada"]
    assert len(document["stage_changes"]) == 2
    assert document["scope"] == "customer"
    assert said.startswith("1 customer and 1 entry") and "trash" not in said


def test_vcard_export_is_version_3_with_one_property_per_email(journal: Journal) -> None:
    journal.customers.create(
        CustomerDraft(
            name="Ana María Núñez",
            organisation="Café Azul",
            email="ana@cafe.example, orders@cafe.example",
            phone="+34 600 123 456",
            address="Calle Mayor 1\n28013 Madrid",
            about="Likes; commas, and \\ backslashes",
            tags=("wholesale", "Madrid"),
        )
    )
    text = "".join(chunks(journal.transfer.snapshot(), ExportFormat.VCARD))
    assert text.startswith("BEGIN:VCARD\r\nVERSION:3.0\r\n")
    assert "EMAIL:ana@cafe.example\r\n" in text and "EMAIL:orders@cafe.example\r\n" in text
    assert "FN:Ana María Núñez\r\n" in text
    assert "N:Núñez;Ana María;;;\r\n" in text
    assert "CATEGORIES:Madrid,wholesale\r\n" in text


def _card(name: str, organisation: str = "") -> str:
    from rapport.transfer.vcard_export import card

    row = dict.fromkeys(("role", "email", "phone", "address", "website", "about"), "")
    row.update(name=name, organisation=organisation, tags=())
    text: str = card(row).serialize()
    return text


@pytest.mark.parametrize(
    ("name", "organisation", "n"),
    [
        ("Ana María Núñez", "", "N:Núñez;Ana María;;;"),
        ("O'Brien, Pat", "", "N:O'Brien;Pat;;;"),
        ("Núñez, Ana María", "Café Azul", "N:Núñez;Ana María;;;"),
        ("Ludwig van Beethoven", "", "N:van Beethoven;Ludwig;;;"),
        ("Dr. Grace Hopper", "", "N:Hopper;Grace;;Dr.;"),
        ("Martin Luther King Jr.", "", "N:King;Martin Luther;;;Jr."),
        ("Cher", "", "N:;Cher;;;"),
    ],
)
def test_vcard_export_splits_a_name_into_its_parts(name: str, organisation: str, n: str) -> None:
    text = _card(name, organisation)
    assert f"\r\n{n}\r\n" in text
    assert "X-ABSHOWAS" not in text


@pytest.mark.parametrize(
    ("name", "organisation"),
    [("Acme Widgets Ltd", "Acme Widgets Ltd"), ("Acme Widgets Ltd", ""), ("Weiß & Söhne GmbH", "")],
)
def test_vcard_export_writes_a_company_as_an_organisation(name: str, organisation: str) -> None:
    text = _card(name, organisation)
    assert "\r\nN:;;;;\r\n" in text
    assert f"\r\nORG:{name}\r\n" in text
    assert "\r\nX-ABSHOWAS:COMPANY\r\n" in text  # Apple: show the card as a company
