"""The printed timeline as a PDF: what it says, in which order, on how many pages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from printhelp import NOW, customer, entry, found, pdf_pages, story
from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize

from rapport.domain.stages import Stage
from rapport.reports.pdf_output import write_pdf
from rapport.reports.print_style import default_page_size
from rapport.reports.timeline_data import ReportOptions
from rapport.reports.timeline_report import PrintError, TimelineReport
from rapport.store import Journal


def _pdf(journal: Journal, cid: int, tmp_path: Path, **options: object) -> list[str]:
    report = TimelineReport.build(journal, cid, ReportOptions(**options), NOW)  # type: ignore[arg-type]
    path = tmp_path / "report.pdf"
    pages = write_pdf(report, path, QPageSize(QPageSize.PageSizeId.A4))
    text = pdf_pages(path)
    assert len(text) == pages
    return text


def test_entries_oldest_first_under_their_stage_headings(journal: Journal, tmp_path: Path) -> None:
    cid = story(journal)
    text = " ".join(_pdf(journal, cid, tmp_path))
    order = [
        "Attraction",
        "Alpha first visit",
        "Bravo trial order",
        "Conflict",
        "Roast too dark for them",
        "Charlie complaint",
        "Compromise",
        "Lighter roast, tasted together",
        "Delta tasting",
        "Open follow-ups",
    ]
    timeline = text[text.find("Attraction from") :]  # after the header's facts
    place = 0
    for word in order:
        place = timeline.find(word, place)
        assert place >= 0, f"{word!r} missing or out of order"
    assert "Marieke Janssens" in text and "Café Lindeboom" in text


def test_private_entries_only_when_asked(journal: Journal, tmp_path: Path) -> None:
    cid = story(journal)
    assert "Secret margin" not in " ".join(_pdf(journal, cid, tmp_path))
    report = TimelineReport.build(journal, cid, ReportOptions(), NOW)
    assert report.private_left_out == 1
    shown = " ".join(_pdf(journal, cid, tmp_path, include_private=True))
    assert "Secret margin" in shown
    assert "includes private entries" in shown


def test_date_range_limits_the_entries(journal: Journal, tmp_path: Path) -> None:
    from printhelp import at

    cid = story(journal)
    text = " ".join(_pdf(journal, cid, tmp_path, start=at(5).date(), end=at(35).date()))
    assert "Bravo trial order" in text and "Charlie complaint" in text
    timeline, _, follow_ups = text.partition("Open follow-ups")
    assert "Alpha first visit" not in text
    assert "Delta tasting" not in timeline
    assert "Delta tasting" in follow_ups  # still open, so listed whatever the period
    assert "Attraction" in text  # the stage in force when the period starts


def test_page_numbers_and_running_header(journal: Journal, tmp_path: Path) -> None:
    cid = customer(journal)
    for day in range(60):
        entry(journal, cid, day, f"Visit number {day}. " + "We talked about coffee. " * 20)
    pages = _pdf(journal, cid, tmp_path)
    assert len(pages) >= 3
    for number, text in enumerate(pages, 1):
        assert f"Page {number} of {len(pages)}" in text
    assert all("Café Lindeboom" in text for text in pages[1:])  # the relationship


def test_each_date_is_printed_once_on_the_page_of_its_entry(
    journal: Journal, tmp_path: Path
) -> None:
    from printhelp import at

    from rapport import formatting
    from rapport.reports.print_text import date_format

    cid = customer(journal)
    days = range(3, 63, 2)  # not day 0: the period and the first stage start then
    for day in days:
        entry(journal, cid, day, f"Visit number {day}. " + "We talked about coffee. " * 30)
    pages = _pdf(journal, cid, tmp_path)
    assert len(pages) >= 3
    locale = QLocale()
    for day in days:
        shown = locale.toString(formatting.to_local(at(day)).date(), date_format(True))
        dated = re.compile(rf"(?<![0-9]){re.escape(shown)}")
        on = [number for number, text in enumerate(pages) if f"Visit number {day}. " in text]
        assert len(on) == 1, day
        for number, text in enumerate(pages):  # the date column never leaks onto other pages
            assert len(dated.findall(text)) == (number == on[0]), (day, number)


@pytest.mark.parametrize(("entries", "low", "high"), [(0, 1, 1), (1, 1, 1), (500, 25, 80)])
def test_page_count_is_sane(
    journal: Journal, tmp_path: Path, entries: int, low: int, high: int
) -> None:
    cid = customer(journal)
    with journal.transaction():
        for i in range(entries):
            entry(journal, cid, i * 0.5, f"Note {i}: a short visit, the usual order, all fine.")
    pages = _pdf(journal, cid, tmp_path)
    assert low <= len(pages) <= high
    if entries == 0:
        assert "Nothing was written" in pages[0] or "Attraction" in pages[0]
    if entries == 500:
        joined = " ".join(pages)
        assert all(f"Note {i}:" in joined for i in (0, 1, 250, 498, 499))


def test_an_entry_taller_than_a_page_is_split_and_printed_once(
    journal: Journal, tmp_path: Path
) -> None:
    cid = customer(journal)
    entry(journal, cid, 1, "Short opener before the long one.")
    lines = "\n\n".join(f"Paragraph {i:03d} of a very long transcript." for i in range(160))
    entry(journal, cid, 2, lines)
    text = " ".join(_pdf(journal, cid, tmp_path))
    for i in range(160):
        assert text.count(f"Paragraph {i:03d} ") == 1, i


def test_unwritable_target_is_a_print_error(journal: Journal, tmp_path: Path) -> None:
    cid = story(journal)
    report = TimelineReport.build(journal, cid, ReportOptions(), NOW)
    with pytest.raises(PrintError):
        write_pdf(report, tmp_path / "no such folder" / "report.pdf")


def test_writing_replaces_the_file_and_leaves_no_temporary(
    journal: Journal, tmp_path: Path
) -> None:
    cid = story(journal)
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    write_pdf(TimelineReport.build(journal, cid, ReportOptions(), NOW), target)
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"] or not any(
        p.name.endswith(".tmp") for p in tmp_path.iterdir()
    )


def test_stage_groups_carry_the_stage(journal: Journal) -> None:
    cid = story(journal)
    report = TimelineReport.build(journal, cid, ReportOptions(), NOW)
    assert [g.stage for g in report.data.groups] == [
        Stage.ATTRACTION,
        Stage.CONFLICT,
        Stage.COMPROMISE,
    ]


@pytest.mark.parametrize(
    ("locale", "size"),
    [
        (QLocale(QLocale.Language.English, QLocale.Country.UnitedStates), "Letter"),
        (QLocale(QLocale.Language.French, QLocale.Country.Canada), "Letter"),
        (QLocale(QLocale.Language.German, QLocale.Country.Germany), "A4"),
        (QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom), "A4"),
    ],
)
def test_paper_follows_the_locale(locale: QLocale, size: str) -> None:
    assert default_page_size(locale).key() == size


def test_arabic_and_hebrew_survive_extraction(journal: Journal, tmp_path: Path) -> None:
    cid = customer(journal)
    entry(journal, cid, 1, "Greeting: مرحبا and שלום to the team.")
    text = " ".join(_pdf(journal, cid, tmp_path))
    assert found("مرحبا", text) and found("שלום", text)
    assert "Greeting" in text


def test_open_follow_ups_name_a_note_in_its_words_not_its_markdown(
    journal: Journal, tmp_path: Path
) -> None:
    cid = customer(journal)
    entry(
        journal,
        cid,
        3,
        "**Call back** about the [price list](http://example.com/prices) and ![plan](plan.png)",
        follow_up_on=NOW.date(),
    )
    text = " ".join(_pdf(journal, cid, tmp_path))
    follow_ups = text.partition("Open follow-ups")[2]
    assert "Call back about the price list (http://example.com/prices)" in follow_ups
    assert "[image: plan (plan.png)]" in follow_ups  # as the timeline says it
    assert "**" not in follow_ups and "](" not in follow_ups


def test_printing_leaves_the_garbage_collector_as_it_found_it(
    journal: Journal, tmp_path: Path
) -> None:
    import gc

    report = TimelineReport.build(journal, story(journal), ReportOptions(), NOW)
    write_pdf(report, tmp_path / "on.pdf")
    assert gc.isenabled()
    gc.disable()  # as a background job pauses it
    try:
        write_pdf(report, tmp_path / "off.pdf")
        assert not gc.isenabled()  # the job's pause is not lifted under it
    finally:
        gc.enable()
