"""An entry's note as one document, written straight: its meta line, title and Markdown.

The meta line and title used to be HTML, parsed with the style sheet for each entry,
and the note's Markdown went through a scratch document copied in: for 500 entries
that was a third of laying the printout out. Here the Markdown is read straight into
the entry's own document, and the meta line and title are written before it in the
formats Qt's HTML reader gives them — read once per printout from a sample of the same
rich text — so every page is the same, pixel for pixel. A note that may hold a link or
an image (it must be defused), an entry whose words the HTML reader would change
(a run of spaces, a line break, a control character) or whose Markdown does not start
with a paragraph (a list, a table, a heading, a quote, a rule) goes the long way,
`print_docs.compose_document`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import (
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from rapport.reports.note_text import MARKDOWN, PAPER_INK, could_reach_out, may_set_off, set_off
from rapport.reports.print_docs import (
    MARKDOWN_GAP,
    append_html,
    compose_document,
    styled_document,
    tame_headings,
)
from rapport.reports.print_text import (
    META_SEPARATOR,
    META_SEPARATOR_HTML,
    entry_meta_html,
    follow_up_html,
    follow_up_words,
    meta_parts,
)
from rapport.store.records import EntryRecord


@dataclass(frozen=True)
class MetaFormats:
    """How Qt's HTML reader formats the meta line and the title (with one style sheet)."""

    style: str
    line: QTextBlockFormat
    line_char: QTextCharFormat
    bold: QTextCharFormat
    plain: QTextCharFormat
    title_line: QTextBlockFormat
    title_line_char: QTextCharFormat
    title: QTextCharFormat
    follow_line: QTextBlockFormat
    follow_line_char: QTextCharFormat
    follow: QTextCharFormat

    @classmethod
    def read(cls, style: str) -> MetaFormats:
        """Read the formats from a sample meta line, title and follow-up line.

        Written as the long way writes them: `entry_meta_html`, then `follow_up_html`
        added with `append_html`.
        """
        sample = compose_document(
            f"<p class='meta'><b>K</b>{META_SEPARATOR_HTML}x</p><p class='etitle'>T</p>",
            style=style,
        )
        append_html(sample, "<p class='meta'>F</p>")
        line = sample.begin()
        title = line.next()
        follow = title.next()
        fragments = line.begin()
        bold = fragments.fragment().charFormat()
        fragments += 1
        plain = fragments.fragment().charFormat()
        return cls(
            style,
            line.blockFormat(),
            line.charFormat(),
            bold,
            plain,
            title.blockFormat(),
            title.charFormat(),
            title.begin().fragment().charFormat(),
            follow.blockFormat(),
            follow.charFormat(),
            follow.begin().fragment().charFormat(),
        )


def compose_entry(formats: MetaFormats, entry: EntryRecord, took_part: str = "") -> QTextDocument:
    """The entry's note (not laid out yet): meta line, title, Markdown, follow-up line.

    The same document `compose_document` makes of `entry_meta_html` and the Markdown,
    with `follow_up_html` added by `append_html`. Written straight, it has no style
    sheet: whoever adds rich text to it later sets one (`with_style`).
    """
    parts = meta_parts(entry, took_part)
    follow_up = follow_up_words(entry)
    words = [said for said, _ in parts] + [w for w in (entry.title, follow_up) if w]
    markdown = entry.body
    if markdown.strip() and not could_reach_out(markdown) and all(map(_as_typed, words)):
        doc = styled_document("")
        doc.setMarkdown(markdown, MARKDOWN)
        if _starts_with_paragraph(doc):
            if may_set_off(markdown):
                set_off(doc.begin(), PAPER_INK)
            _write_meta(doc, formats, parts, entry.title)
            tame_headings(doc)
            if follow_up:
                cursor = QTextCursor(doc)
                cursor.movePosition(QTextCursor.MoveOperation.End)
                cursor.insertBlock(formats.follow_line, formats.follow_line_char)
                cursor.insertText(follow_up, formats.follow)
            return doc
    doc = compose_document(entry_meta_html(entry, took_part), markdown, formats.style)
    append_html(doc, follow_up_html(entry))
    return doc


def with_style(doc: QTextDocument, style: str) -> None:
    """Give a document written straight (`compose_entry`) its style sheet, for rich text."""
    if not doc.defaultStyleSheet():
        doc.setDefaultStyleSheet(style)


def _as_typed(words: str) -> bool:
    """Whether the HTML reader keeps these words as they are (no space or break to fold)."""
    return words.isprintable() and "  " not in words and words == words.strip()


def _starts_with_paragraph(doc: QTextDocument) -> bool:
    """Whether the Markdown's first block is a plain paragraph (no list, table, heading, quote).

    A note that opens with a rule opens with an empty block (then the rule's).
    """
    first = doc.begin()
    form = first.blockFormat()
    return (
        first.length() > 1
        and not form.headingLevel()
        and not form.property(QTextFormat.Property.BlockQuoteLevel)
        and not form.nonBreakableLines()
        and first.textList() is None
        and QTextCursor(first).currentFrame() == doc.rootFrame()  # not in a table
    )


def _write_meta(
    doc: QTextDocument, formats: MetaFormats, parts: list[tuple[str, bool]], title: str
) -> None:
    """Put the meta line (and the title) before the Markdown's first paragraph."""
    # The first paragraph moves down a block and takes the format the long way gives
    # it: a gap above and nothing else (a fragment copied in brings its words, not its
    # first block's format; the later blocks keep the Markdown's).
    below = QTextBlockFormat()
    below.setTopMargin(MARKDOWN_GAP)
    cursor = QTextCursor(doc)
    cursor.insertBlock(below, QTextCharFormat())
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.setBlockFormat(formats.line)
    cursor.setBlockCharFormat(formats.line_char)
    for index, (words, bold) in enumerate(parts):
        if index:
            cursor.insertText(META_SEPARATOR, formats.plain)
        cursor.insertText(words, formats.bold if bold else formats.plain)
    if title:
        cursor.insertBlock(formats.title_line, formats.title_line_char)
        cursor.insertText(title, formats.title)
