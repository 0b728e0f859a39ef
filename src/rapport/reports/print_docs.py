"""Rich-text documents laid out for one paint device, and drawing slices of them.

A document is laid out with the target device as its paint device, so line breaks
are computed with that device's font metrics, not the screen's:
what the preview shows is what the PDF and the printer get. Drawing a slice clips
both the painter and the layout's own paint context, so a line on the next page is
not also written (invisibly) into this page's PDF text.
"""

from __future__ import annotations

import bisect
from functools import cache
from typing import Any

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPaintDevice,
    QPainter,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)

from rapport.reports.note_text import QuietDocument, insert_markdown
from rapport.reports.print_style import BODY_PT, INK, family
from rapport.reports.print_tables import fit_tables
from rapport.reports.print_text import STYLE_SHEET

#: Largest heading sizes (points) inside an entry body, by Markdown level: a "# Title"
#: in a note must not outshout the report's own headings.
BODY_HEADING_PT = {1: 12.5, 2: 11.5, 3: 10.5}
#: The ink of text without a colour of its own (made once: a colour parsed per entry adds up).
_INK = QColor(INK)
#: Space above a note's Markdown, under the rich text before it: in 1/96 inch whatever
#: the device (Qt scales block margins), 4 ≈ 3pt.
MARKDOWN_GAP = 4


def page_document(
    device: QPaintDevice, wrap: QTextOption.WrapMode, style: str = STYLE_SHEET
) -> QTextDocument:
    """An empty document in the printout's type and style (`style`), measured for `device`."""
    doc = styled_document(style, wrap)
    doc.documentLayout().setPaintDevice(device)
    return doc


def styled_document(
    style: str = STYLE_SHEET,
    wrap: QTextOption.WrapMode = QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere,
) -> QTextDocument:
    """An empty document in the printout's type and style, with no layout yet."""
    doc = QuietDocument()
    doc.setUndoRedoEnabled(False)  # written once, never edited: no edit is kept to undo
    doc.setDocumentMargin(0)
    doc.setDefaultFont(_body_font(family()))
    doc.setDefaultTextOption(_wrapping(wrap))
    if style:  # parsed when set: a document without rich text goes without
        doc.setDefaultStyleSheet(style)
    return doc


@cache
def _body_font(name: str) -> QFont:
    """The body type of a family (made once; a document keeps its own copy)."""
    font = QFont(name)
    font.setPointSizeF(BODY_PT)
    return font


@cache
def _wrapping(wrap: QTextOption.WrapMode) -> QTextOption:
    """A text option that wraps so (made once; a document keeps its own copy)."""
    option = QTextOption()
    option.setWrapMode(wrap)
    return option


def make_document(
    device: QPaintDevice, width: float, html: str, markdown: str = "", style: str = STYLE_SHEET
) -> QTextDocument:
    """A document of `html` (then `markdown`, if any) laid out `width` device pixels wide.

    `style`: the style sheet, which must have the rules of every class the document's
    rich text uses, now or later (`append_html`).
    """
    return lay_out(compose_document(html, markdown, style), device, width)


def compose_document(html: str, markdown: str = "", style: str = STYLE_SHEET) -> QTextDocument:
    """A document of `html` (then `markdown`, if any), not laid out yet: see `lay_out`.

    A document with a layout lays itself out again after every change (the HTML, the
    Markdown, a follow-up line): written without one, it is laid out once, at the end.
    """
    doc = styled_document(style)
    doc.setHtml(f"<body>{html}</body>")
    if markdown.strip():
        cursor = QTextCursor(doc)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        block = QTextBlockFormat()
        block.setTopMargin(MARKDOWN_GAP if html else 0)
        cursor.insertBlock(block, QTextCharFormat())
        insert_markdown(cursor, markdown)
        tame_headings(doc)
    return doc


def lay_out(
    doc: QTextDocument, device: QPaintDevice, width: float, tables: bool = False
) -> QTextDocument:
    """Lay a composed document out once, `width` pixels wide, with `device`'s font metrics.

    `tables`: the document may hold a note's table, to be fitted to the width first.
    """
    # A null page: the layout made for the device lays nothing out with the screen's
    # metrics; the width then lays the whole document out, once, for the device.
    doc.setPageSize(QSizeF(0, 0))
    doc.documentLayout().setPaintDevice(device)
    if tables:
        fit_tables(doc, device, width)
    doc.setTextWidth(width)
    return doc


def append_html(doc: QTextDocument, html: str) -> None:
    """Add a paragraph of rich text at the end (e.g. a follow-up line under a body)."""
    if not html:
        return
    cursor = QTextCursor(doc)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
    cursor.insertHtml(html)


def tame_headings(doc: QTextDocument) -> None:
    """Shrink Markdown headings to the report's scale; let code blocks wrap on paper."""
    block = doc.begin()
    while block.isValid():
        form = block.blockFormat()  # read once: merging the wrapping keeps the level
        if form.nonBreakableLines():
            wrapping = QTextBlockFormat()
            wrapping.setNonBreakableLines(False)
            QTextCursor(block).mergeBlockFormat(wrapping)
        level = form.headingLevel()
        if level:
            cursor = QTextCursor(block)
            cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
            size = QTextCharFormat()
            size.setFontPointSize(BODY_HEADING_PT.get(level, BODY_PT + 0.5))
            cursor.mergeCharFormat(size)
        block = block.next()


def width_of(doc: QTextDocument) -> float:
    """How wide the laid-out document really is (wider than asked when something overflows)."""
    return max(doc.size().width(), doc.idealWidth())


def line_cuts(doc: QTextDocument) -> list[float]:
    """Depths (document pixels, ascending) where the document may be cut between lines.

    A cut is the top of a line that no other line (in another table cell) straddles.
    """
    layout = doc.documentLayout()
    spans: list[tuple[float, float]] = []
    block = doc.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        text_layout = block.layout()
        for i in range(text_layout.lineCount()):
            line = text_layout.lineAt(i)
            top = rect.top() + line.y()
            spans.append((top, top + line.height()))
        block = block.next()
    spans.sort()
    cuts: list[float] = []
    reach = 0.0
    for top, bottom in spans:
        if top >= reach - 0.01 and top > 0:
            cuts.append(top)
        reach = max(reach, bottom)
    return cuts


def cut_finder(doc: QTextDocument, offset: float = 0.0, scale: float = 1.0) -> Any:
    """A BreakFinder over the document's `line_cuts`, drawn at `offset`, scaled by `scale`.

    The cuts are found when first asked for: most blocks fit on their page whole and
    are never cut, so their lines need not be walked.
    """
    cuts: list[float] | None = None

    def find(limit: float) -> float:
        nonlocal cuts
        if cuts is None:
            cuts = line_cuts(doc)
        index = bisect.bisect_right(cuts, (limit - offset) / scale) - 1
        return offset + cuts[index] * scale if index >= 0 else 0.0

    return find


def draw_slice(
    painter: QPainter,
    doc: QTextDocument,
    x: float,
    y: float,
    top: float,
    height: float,
    scale: float = 1.0,
) -> None:
    """Draw rows [top, top + height) of the document (its own pixels) with their top at y."""
    painter.save()
    painter.translate(x, y - top * scale)
    if scale != 1.0:
        painter.scale(scale, scale)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette.setColor(QPalette.ColorRole.Text, _INK)
    size = doc.size()
    if top > 0 or (top + height / scale) < size.height():
        width = doc.textWidth() if doc.textWidth() > 0 else size.width()
        visible = QRectF(-width, top, width * 3, height / scale)
        painter.setClipRect(visible)
        # Half a pixel inside the slice: a line that ends exactly at the cut is not drawn
        # again.
        context.clip = visible.adjusted(0, 0.5, 0, -0.5)
    # else the whole document is shown (most entries fit their page): nothing to clip.
    doc.documentLayout().draw(painter, context)
    painter.restore()
