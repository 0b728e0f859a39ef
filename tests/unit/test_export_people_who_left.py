"""Issue 15 leftovers: people who are no longer there go out in the CSV and vCard
exports too, marked with the day they left, and come back in the same way."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

import pytest
from transferhelp import plan_of

from rapport.domain.customers import CustomerDraft
from rapport.domain.people import Labelled, PersonDraft
from rapport.store import Journal
from rapport.transfer.exporting import ExportFormat, chunks

LEFT = date(2025, 3, 31)


def _run(steps: object) -> object:
    while True:
        try:
            next(steps)  # type: ignore[call-overload]
        except StopIteration as done:
            return done.value


def _cafe(journal: Journal) -> None:
    cafe = journal.customers.create(CustomerDraft(name="Café Lindeboom"))
    journal.people.add(cafe, PersonDraft(name="Jens de Vries", role="Owner", main=True))
    journal.people.add(
        cafe,
        PersonDraft(
            name="Anna Bakker",
            role="Manager",
            emails=(Labelled("work", "anna@lindeboom.example"),),
            left_on=LEFT,
        ),
    )


def _people(journal: Journal) -> list[tuple[str, str, bool, date | None]]:
    [cafe] = journal.customers.find("Café Lindeboom")
    return [(p.name, p.role, p.main, p.left_on) for p in journal.people.of(cafe.id)]


def test_the_csv_export_has_a_left_on_column(journal: Journal) -> None:
    _cafe(journal)
    text = "".join(chunks(journal.transfer.snapshot(), ExportFormat.CSV_CUSTOMERS))
    header, *lines = text.removeprefix("\ufeff").splitlines()
    assert header.endswith(",Birthday,Left on")
    assert len(lines) == 2
    assert lines[0].startswith("Jens de Vries,") and lines[0].endswith(",")
    assert lines[1].startswith("Anna Bakker,Café Lindeboom,Manager,anna@lindeboom.example,")
    assert lines[1].endswith(",2025-03-31")


def test_the_vcard_export_marks_who_left(journal: Journal) -> None:
    _cafe(journal)
    text = "".join(chunks(journal.transfer.snapshot(), ExportFormat.VCARD))
    assert text.count("BEGIN:VCARD") == 2
    anna = text[text.index("FN:Anna Bakker") :]
    assert "X-RAPPORT-LEFT-ON:2025-03-31" in anna
    assert "X-RAPPORT-LEFT-ON" not in text[: text.index("FN:Anna Bakker")]


@pytest.mark.parametrize(
    ("fmt", "name"), [(ExportFormat.CSV_CUSTOMERS, "people.csv"), (ExportFormat.VCARD, "p.vcf")]
)
def test_who_left_comes_back_from_an_address_book_export(
    journal: Journal, tmp_path: Path, fmt: ExportFormat, name: str
) -> None:
    _cafe(journal)
    expected = _people(journal)
    assert expected == [
        ("Jens de Vries", "Owner", True, None),
        ("Anna Bakker", "Manager", False, LEFT),
    ]
    text = "".join(chunks(journal.transfer.snapshot(), fmt))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_text(text, encoding="utf-8")
        plan = plan_of(path)
    [placed] = [p for p in plan.placements() if p.origin in ("Left on", "X-RAPPORT-LEFT-ON")]
    assert placed.destination == "Person: no longer there since"
    fresh = Journal.open(tmp_path / "fresh.rapport")
    try:
        _run(fresh.transfer.run(plan, name))
        assert _people(fresh) == expected
    finally:
        fresh.close()
