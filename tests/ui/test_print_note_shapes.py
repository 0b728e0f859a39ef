"""Rules, quoted mail and wide tables in a printed note: measured on the printout's documents.

Each note is read from the documents the printout is built of for an A4 PDF (1200 dpi),
so what is asserted is what is painted: block formats, indents, column widths.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from printhelp import NOW, customer, entry
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPageSize,
    QPalette,
    QTextBlock,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

from rapport.reports.pdf_output import pdf_writer
from rapport.reports.print_blocks import EntryPayload
from rapport.reports.print_page import PageGeometry
from rapport.reports.timeline_data import ReportOptions
from rapport.reports.timeline_report import TimelineReport
from rapport.store import Journal
from rapport.store.records import TimelineItem
from rapport.ui.timeline_view import row_document

A4 = QPageSize(QPageSize.PageSizeId.A4)
RULER = QTextFormat.Property.BlockTrailingHorizontalRulerWidth
QUOTE = QTextFormat.Property.BlockQuoteLevel


def _printed(journal: Journal, tmp_path: Path, bodies: list[str]) -> list[QTextDocument]:
    """Each note's document as the printout lays it out for an A4 PDF."""
    cid = customer(journal)
    for day, body in enumerate(bodies):
        entry(journal, cid, day + 1, body, title="Visit")
    report = TimelineReport.build(journal, cid, ReportOptions(include_chart=False), NOW)
    writer = pdf_writer(tmp_path / "shapes.pdf", "shapes", A4)
    pages = report.paginate(writer, PageGeometry.for_device(writer))
    notes: list[QTextDocument] = []
    for page in pages:
        for placement in page:
            payload = placement.block.payload
            if isinstance(payload, EntryPayload) and payload.body.doc not in notes:
                notes.append(payload.body.doc)
    assert len(notes) == len(bodies)
    return notes


def _blocks(doc: QTextDocument) -> list[QTextBlock]:
    blocks = []
    block = doc.begin()
    while block.isValid():
        blocks.append(block)
        block = block.next()
    return blocks


def _after_title(doc: QTextDocument) -> list[QTextBlock]:
    """The note's own blocks: those after the meta line and the title ("Visit")."""
    blocks = _blocks(doc)
    title = next(i for i, block in enumerate(blocks) if block.text() == "Visit")
    return blocks[title + 1 :]


def _lightness(colour: QColor) -> float:
    return colour.lightnessF()


@pytest.mark.parametrize("mark", ["---", "***", "___"])
def test_a_note_that_opens_with_a_rule_has_a_thin_light_rule_and_no_blank_line(
    journal: Journal, tmp_path: Path, mark: str
) -> None:
    (doc,) = _printed(journal, tmp_path, [f"{mark}\n\nA note under a rule."])
    first = _after_title(doc)[0]
    assert first.blockFormat().hasProperty(RULER), "an empty line came before the rule"
    rule = first.blockFormat()
    # Qt draws the rule in the colour of the block's brush (else the palette's black).
    assert rule.hasProperty(QTextFormat.Property.BackgroundBrush)
    assert _lightness(rule.background().color()) > 0.7
    assert rule.background().style() == QBrush().style()  # no band behind it
    layout = doc.documentLayout()
    title = _blocks(doc)[_blocks(doc).index(first) - 1]
    words = first.next()
    gap = layout.blockBoundingRect(words).top() - layout.blockBoundingRect(title).bottom()
    line = layout.blockBoundingRect(words).height()
    assert gap < 1.5 * line  # the rule takes less room than a blank line and a paragraph


def test_a_rule_inside_a_note_is_light_too(journal: Journal, tmp_path: Path) -> None:
    (doc,) = _printed(journal, tmp_path, ["Before.\n\n---\n\nAfter."])
    rules = [block for block in _blocks(doc) if block.blockFormat().hasProperty(RULER)]
    assert len(rules) == 1
    assert _lightness(rules[0].blockFormat().background().color()) > 0.7


MAIL = (
    "Their reply came this morning:\n\n"
    "> Dear Marieke,\n> we would like to cancel the standing order.\n>\n> Kind regards, Jan\n\n"
    "I will call Jan on Monday."
)


def _quote_geometry(doc: QTextDocument) -> tuple[float, float, QColor, QColor]:
    """Where the owner's words and the quoted words start (points), and their colours."""
    layout = doc.documentLayout()
    dpi = layout.paintDevice().logicalDpiX() if layout.paintDevice() else 96
    own = next(b for b in _blocks(doc) if b.text().startswith("Their reply"))
    quoted = next(b for b in _blocks(doc) if b.text().startswith("Dear Marieke"))

    def left(block: QTextBlock) -> float:
        rect = layout.blockBoundingRect(block)
        return (rect.left() + block.layout().lineAt(0).x()) * 72 / dpi

    def colour(block: QTextBlock) -> QColor:
        char = block.begin().fragment().charFormat()
        if char.hasProperty(QTextFormat.Property.ForegroundBrush):
            return char.foreground().color()
        return QColor("#000000")

    return left(own), left(quoted), colour(own), colour(quoted)


@pytest.mark.parametrize("opening", ["", "> Dear Marieke, thanks.\n\n"])
def test_a_quoted_mail_is_set_off_on_paper(journal: Journal, tmp_path: Path, opening: str) -> None:
    (doc,) = _printed(journal, tmp_path, [opening + MAIL])
    own, quoted, own_ink, quote_ink = _quote_geometry(doc)
    assert quoted - own >= 10  # indented by at least 10 pt (3.5 mm), as on screen
    assert quote_ink.lightnessF() > own_ink.lightnessF() + 0.2  # in grey, not the owner's ink
    for block in _blocks(doc):
        if block.text().startswith(("Dear", "Kind")):
            assert block.blockFormat().property(QUOTE) == 1
            assert block.blockFormat().rightMargin() == 0  # the words keep the column's width


def test_a_quoted_mail_is_set_off_on_screen(journal: Journal) -> None:
    item = TimelineItem(entry=journal.entries.get(entry(journal, customer(journal), 1, MAIL)))
    palette = QPalette()
    doc = row_document(item, palette)
    doc.setTextWidth(600)
    own, quoted, _, quote_ink = _quote_geometry(doc)
    assert quoted - own >= 10
    muted = palette.color(QPalette.ColorRole.PlaceholderText)
    assert quote_ink == muted


def test_a_rule_on_screen_is_light(journal: Journal) -> None:
    body = "---\n\nUnder a rule."
    item = TimelineItem(
        entry=journal.entries.get(entry(journal, customer(journal), 1, body, title="Visit"))
    )
    palette = QPalette()
    doc = row_document(item, palette)
    first = _after_title(doc)[0]
    assert first.blockFormat().hasProperty(RULER)  # no empty line above it
    rule = first.blockFormat().background()
    assert rule.color() == palette.color(QPalette.ColorRole.Mid)  # not the text's colour
    assert rule.style() == QBrush().style()


#: Words that fit side by side only in smaller type (9.5 pt: 5 % too wide for A4's column).
WIDE = (
    "| Artikel | Lieferbedingungen | Zahlungsbedingungen | Ansprechpartnerin | Röstung |\n"
    "|---|---|---|---|---|\n"
    "| Hausmischung | Dienstagmorgens vor Ladenöffnung | Dreißig Tage netto |"
    " Annemarie Vandenbroucke | Mittelkräftig |\n"
)
#: Words that cannot fit side by side in any readable type.
WIDER = (
    "| Artikel | Röstung | Mahlgrad | Lieferbedingungen | Zahlungsbedingungen |"
    " Ansprechpartnerin | Kaffeemaschine | Bemerkungen |\n"
    "|---|---|---|---|---|---|---|---|\n"
    "| Hausmischung | Mittelkräftig | Espressofein | Dienstagmorgens vor Ladenöffnung |"
    " Dreißig Tage netto | Annemarie Vandenbroucke | Siebträgermaschine |"
    " Wünschen Probepackungen |\n"
)
NARROW_WORDS = (
    "| Product | Arrangement | Delivery | Price | Contact |\n|---|---|---|---|---|\n"
    "| Espresso house blend | Monthly standing order of eight kilos, ground medium-fine for"
    " their machine, with a sample of the new decaf every second month | Tuesdays | Twelve"
    " euros | Jan Peeters, owner, mobile 0470 12 34 56 |\n"
)


def _table(doc: QTextDocument) -> QTextTable:
    tables = [f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)]
    assert len(tables) == 1
    return tables[0]


def _words_broken(doc: QTextDocument, table: QTextTable) -> list[str]:
    """Words of the table that a line break cuts in two."""
    broken = []
    for row in range(table.rows()):
        for column in range(table.columns()):
            cell = table.cellAt(row, column)
            block = doc.findBlock(cell.firstPosition())
            while block.isValid() and block.position() <= cell.lastPosition():
                text, layout = block.text(), block.layout()
                for i in range(1, layout.lineCount()):
                    cut = layout.lineAt(i).textStart()
                    if 0 < cut < len(text) and text[cut - 1].isalnum() and text[cut].isalnum():
                        broken.append(text[text.rfind(" ", 0, cut) + 1 : text.find(" ", cut)])
                block = block.next()
    return broken


def _note_width(doc: QTextDocument) -> float:
    return doc.textWidth()


def _points(doc: QTextDocument, table: QTextTable) -> set[float]:
    """The type sizes of the table's words."""
    sizes = set()
    block = doc.findBlock(table.firstPosition())
    while block.isValid() and block.position() < table.lastPosition():
        it = block.begin()
        while not it.atEnd():
            font = it.fragment().charFormat().font().resolve(doc.defaultFont())
            sizes.add(round(font.pointSizeF(), 1))
            it += 1
        block = block.next()
    return sizes


def test_a_wide_table_fits_the_column_and_breaks_no_word(journal: Journal, tmp_path: Path) -> None:
    (doc,) = _printed(journal, tmp_path, ["Prices as agreed:\n\n" + WIDE])
    table = _table(doc)
    assert _words_broken(doc, table) == []
    frame = doc.documentLayout().frameBoundingRect(table)
    assert frame.width() <= _note_width(doc) + 1  # within the note's column
    assert min(_points(doc, table)) >= 7.5  # in smaller type, still readable


def test_a_table_too_wide_for_any_type_stays_in_the_column_in_readable_type(
    journal: Journal, tmp_path: Path
) -> None:
    (doc,) = _printed(journal, tmp_path, ["Prices as agreed:\n\n" + WIDER + "\nSigned."])
    table = _table(doc)
    frame = doc.documentLayout().frameBoundingRect(table)
    assert frame.width() <= _note_width(doc) + 1
    assert _points(doc, table) == {7.5}
    assert doc.size().width() <= _note_width(doc) + 1  # the note is not shrunk to fit


def test_a_table_shares_its_columns_out_by_what_they_hold(journal: Journal, tmp_path: Path) -> None:
    (doc,) = _printed(journal, tmp_path, ["Agreed:\n\n" + NARROW_WORDS])
    table = _table(doc)
    assert _words_broken(doc, table) == []
    layout = doc.documentLayout()
    frame = layout.frameBoundingRect(table)
    assert frame.width() <= _note_width(doc) + 1
    widths = [
        layout.blockBoundingRect(doc.findBlock(table.cellAt(0, c).firstPosition())).width()
        for c in range(table.columns())
    ]
    assert widths[1] == max(widths)  # the long arrangement gets the most room
