"""The meeting brief: one page in A4 and Letter whatever the history, private left out."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from printhelp import NOW, at, customer, entry, pdf_pages, story
from PySide6.QtGui import QPageSize

import rapport.cli as cli
from rapport.demo import populate
from rapport.domain.kinds import EntryKind
from rapport.reports.brief import MeetingBrief, shorten
from rapport.reports.pdf_output import write_pdf
from rapport.store import Journal

A4 = QPageSize(QPageSize.PageSizeId.A4)
LETTER = QPageSize(QPageSize.PageSizeId.Letter)

WORDS = ["roast", "tasting", "delivery", "terrace", "invoice", "espresso", "grinder", "barista"]


def _long(n: int, words: int) -> str:
    return " ".join(WORDS[(n + i) % len(WORDS)] for i in range(words))


def _one_page_pdfs(brief: MeetingBrief, tmp_path: Path) -> list[str]:
    texts = []
    for name, size in (("a4", A4), ("letter", LETTER)):
        target = tmp_path / f"brief-{name}.pdf"
        assert write_pdf(brief, target, size) == 1
        pages = pdf_pages(target)
        assert len(pages) == 1, f"{name}: {len(pages)} pages"
        texts.append(pages[0])
    return texts


def test_the_demo_customer_with_the_longest_history_fits_one_page(
    journal: Journal, tmp_path: Path
) -> None:
    populate(journal, now=NOW)
    counts = {
        cid: journal.timeline.header(cid).entry_count for cid, *_ in journal.customers.choices()
    }
    longest = max(counts, key=lambda cid: counts[cid])
    assert counts[longest] > 50
    brief = MeetingBrief.build(journal, longest, include_private=True, now=NOW)
    name = brief.data.customer.name
    for text in _one_page_pdfs(brief, tmp_path):
        assert name in text
        for heading in ("Where it stands", "Next step", "Open follow-ups", "Latest entries"):
            assert heading in text
        assert "Last check-in" in text and "Last conflict" in text
        assert "Page 1 of 1" in text


def test_a_customer_with_far_too_much_is_shortened_to_one_page(
    journal: Journal, tmp_path: Path
) -> None:
    cid = customer(journal)
    for n in range(40):
        entry(journal, cid, 1 + n, _long(n, 200), title=f"Promise {n} about {_long(n, 8)}",
              kind=EntryKind.COMMITMENT_MADE, follow_up_on=at(300 + n).date())  # fmt: skip
    brief = MeetingBrief.build(journal, cid, now=NOW)
    texts = _one_page_pdfs(brief, tmp_path)
    for text in texts:
        assert re.search(r"\.\.\.and \d+ more", text)  # "…and 36 more" (NFKC: "...")
        assert "Promise 39" in text  # the newest entry is there
    image = brief.page_image(72, A4)
    fitted = brief.fit(image, _geometry(A4))
    assert fitted.level > 0 and fitted.scale == 1.0


def _geometry(size: QPageSize):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSizeF

    from rapport.reports.print_page import PageGeometry

    return PageGeometry.for_paper(QSizeF(size.size(QPageSize.Unit.Millimeter)), 72)


def test_private_entries_are_left_out_unless_asked(journal: Journal, tmp_path: Path) -> None:
    cid = story(journal)
    shown = " ".join(pdf_pages(_pdf(MeetingBrief.build(journal, cid, now=NOW), tmp_path)))
    assert "Secret margin" not in shown
    assert "1 private entry left out" in shown
    asked = MeetingBrief.build(journal, cid, include_private=True, now=NOW)
    assert "Secret margin" in " ".join(pdf_pages(_pdf(asked, tmp_path)))


def test_the_last_conflict_and_how_it_was_settled(journal: Journal) -> None:
    cid = story(journal)
    text = MeetingBrief.build(journal, cid, now=NOW).text()
    assert "Roast too dark for them" in text
    assert "moved to Compromise — Lighter roast, tasted together" in text


def _pdf(brief: MeetingBrief, tmp_path: Path) -> Path:
    target = tmp_path / "brief.pdf"
    write_pdf(brief, target, A4)
    return target


@pytest.mark.parametrize("limit", [0, 5, 17, 40, 139])
def test_shortening_never_cuts_a_word(limit: int) -> None:
    text = _long(3, 60)
    short = shorten(text, limit)
    assert len(short) <= limit + 2
    kept = short.removesuffix(" …").split()
    assert kept == text.split()[: len(kept)]  # whole words, in order


def test_the_command_line_writes_one_page_or_prints_the_text(
    journal_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journal = Journal.open(journal_path)
    story(journal)
    journal.close()
    target = tmp_path / "brief.pdf"
    code = cli.run(["brief", "Marieke", "--pdf", str(target), "--journal", str(journal_path)])
    assert code == 0, capsys.readouterr()
    assert len(pdf_pages(target)) == 1
    capsys.readouterr()
    assert cli.run(["brief", "Marieke", "--journal", str(journal_path)]) == 0
    out = capsys.readouterr().out
    assert "Marieke Janssens" in out and "Secret margin" not in out
    assert cli.run(["brief", "Nobody", "--journal", str(journal_path)]) == 2


def test_several_private_entries_left_out_are_counted_in_plain_english(
    journal: Journal, tmp_path: Path
) -> None:
    from rapport.domain.entries import EntryDraft

    cid = story(journal)
    journal.entries.add(
        EntryDraft(customer_id=cid, occurred_at=NOW, title="Another secret", private=True)
    )
    shown = " ".join(pdf_pages(_pdf(MeetingBrief.build(journal, cid, now=NOW), tmp_path)))
    assert "2 private entries left out" in shown


def test_the_brief_names_the_main_contact_and_how_to_reach_them(journal: Journal) -> None:
    from rapport.domain.people import Labelled, PersonDraft

    cid = story(journal)
    journal.people.add(
        cid,
        PersonDraft(
            name="Jens Bakker",
            role="Owner",
            emails=(Labelled("work", "jens@lindeboom.nl"),),
            phones=(Labelled("mobile", "+31 6 1234 5678"),),
            main=True,
        ),
    )
    text = MeetingBrief.build(journal, cid, now=NOW).text()
    assert "Jens Bakker — Owner · jens@lindeboom.nl · +31 6 1234 5678" in text


def test_the_brief_says_who_is_who_and_the_promises_open_each_way(journal: Journal) -> None:
    from rapport.domain.kinds import Side
    from rapport.domain.people import PersonDraft

    cid = customer(journal, "Café Lindeboom")
    jens = journal.people.add(cid, PersonDraft("Jens Visser", role="Owner", main=True))
    journal.people.add(cid, PersonDraft("Sanne de Wit", role="Manager"))
    lena = journal.our_people.add("Lena")
    tasting = entry(journal, cid, 1, "Tasting of the spring blend.", kind=EntryKind.MEETING)
    journal.participants.put(tasting, [lena], [jens])
    entry(journal, cid, 5, "We deliver the grinder by Friday.", kind=EntryKind.COMMITMENT_MADE)
    entry(
        journal,
        cid,
        6,
        "They pay the March invoice this week.",
        kind=EntryKind.COMMITMENT_MADE,
        side=Side.THEIRS,
    )
    entry(
        journal,
        cid,
        7,
        "Secret: a discount promised.",
        kind=EntryKind.COMMITMENT_MADE,
        private=True,
    )
    text = MeetingBrief.build(journal, cid, now=NOW).text()
    assert "Who is who" in text
    assert "Jens Visser — Owner (knows: Lena)" in text and "Sanne de Wit — Manager" in text
    assert "Open promises" in text
    assert "We promised We deliver the grinder by Friday." in text
    assert "They promised They pay the March invoice this week." in text
    assert "discount" not in text  # a private promise stays out unless asked
