"""The owner's text as Qt shows it: words only, never a file read or a link followed.

Notes may come from someone else (an import), and Qt is generous with text: Markdown
in GitHub's dialect passes raw HTML through, and laying out a document reads every
image it names — straight from disk when `loadResource` declines (`![x](/dev/zero)`
reads until memory runs out). So every note, on screen and on paper, goes through
`insert_markdown`: parsed without HTML into a scratch document that is never laid
out, each image turned into words naming it, each link into its words and where it
points, then copied in. Names and titles in a tooltip or label go through `plain_tip`
or a plain-text label, never guessed as rich text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFormat,
)
from typing_extensions import override

from rapport.i18n import Words
from rapport.reports.print_style import MUTED, RULE

NoteTextText = Words("NoteTextText")

#: Markdown as GitHub writes it (tables, task lists, strike-through), raw HTML as text.
MARKDOWN = QTextDocument.MarkdownFeature.MarkdownDialectGitHub | (
    QTextDocument.MarkdownFeature.MarkdownNoHTML
)

_IMAGE = (
    QTextFormat.Property.ObjectType,
    QTextFormat.Property.ImageName,
    QTextFormat.Property.ImageTitle,
    QTextFormat.Property.ImageAltText,
    QTextFormat.Property.ImageWidth,
    QTextFormat.Property.ImageHeight,
    QTextFormat.Property.ImageQuality,
    QTextFormat.Property.ImageMaxWidth,
)
#: A line that may end in a rule (`---`, `* * *`, `___`): the blocks are looked at only
#: in notes that may hold a rule or a quote (most hold neither).
_MAY_BE_A_RULE = re.compile(r"([-*_])(?:[ \t]*\1){2,}[ \t]*$", re.MULTILINE)
#: The `>` marks that open a note with a quote (one per level).
_OPENING_QUOTE = re.compile(r"(?: {0,3}>)+")
_RULER = QTextFormat.Property.BlockTrailingHorizontalRulerWidth
_QUOTE = QTextFormat.Property.BlockQuoteLevel
_LINK = (
    QTextFormat.Property.IsAnchor,
    QTextFormat.Property.AnchorHref,
    QTextFormat.Property.AnchorName,
    QTextFormat.Property.ForegroundBrush,
    QTextFormat.Property.TextUnderlineStyle,
    QTextFormat.Property.FontUnderline,
)


class QuietDocument(QTextDocument):
    """A document that loads nothing: any image it still names is drawn as a blank dot.

    A blank image, not nothing: given nothing, Qt opens the named path itself.
    """

    @override
    def loadResource(self, type: int, name: Any) -> Any:
        """Nothing from disk or anywhere else."""
        return no_resource(type)


def no_resource(type: int) -> Any:
    """What a quiet document or text browser loads for a resource: a blank image, or nothing."""
    if type == QTextDocument.ResourceType.ImageResource.value:
        blank = QImage(1, 1, QImage.Format.Format_ARGB32)
        blank.fill(0)
        return blank
    return None


@dataclass(frozen=True)
class NoteInk:
    """The colours that set a note's quoted words and its rules off from the owner's words.

    Quoted words (a customer's e-mail pasted in) are grey and indented, as a mail client
    shows them; a rule is a thin line in a light colour, not the text's black.
    """

    quote: QColor
    rule: QColor


#: Dark ink on white paper (the printout and the brief).
PAPER_INK = NoteInk(QColor(MUTED), QColor(RULE))


def insert_markdown(cursor: QTextCursor, markdown: str, ink: NoteInk = PAPER_INK) -> None:
    """Insert a note's Markdown at `cursor` as text: no HTML, no images, no live links.

    Quotes and rules get `ink` (`set_off`).
    """
    opening = cursor.block()
    number = opening.blockNumber()  # the block itself may be gone (merged) below
    if not could_reach_out(markdown):  # most notes: nothing to defuse, no scratch needed
        cursor.insertMarkdown(markdown, MARKDOWN)
    else:
        scratch = QuietDocument()  # never laid out: an image in it is never looked at
        QTextCursor(scratch).insertMarkdown(markdown, MARKDOWN)
        _defuse(scratch)
        cursor.insertFragment(QTextDocumentFragment(scratch))
    _no_empty_line_before(opening)
    if may_set_off(markdown):
        first = cursor.document().findBlockByNumber(number)
        _keep_opening_quote(first, markdown)
        set_off(first, ink)


def _no_empty_line_before(opening: QTextBlock) -> None:
    """A note that starts with a list or a rule starts with it, not with an empty line.

    Markdown inserted into an empty block puts a leading list (or rule) in blocks of its
    own, so the empty block stayed above it: a blank line under the title, on screen
    and on paper.
    """
    following = opening.next()
    if opening.length() != 1 or not following.isValid():
        return
    if following.textList() is not None or following.blockFormat().hasProperty(_RULER):
        QTextCursor(opening).deleteChar()  # the first item takes the empty block's place


def _keep_opening_quote(first: QTextBlock, markdown: str) -> None:
    """A note that opens with a quote keeps its first paragraph in the quote.

    The Markdown's first paragraph goes into the block it is inserted at, in that block's
    format: a quoted mail's first lines read as the owner's own.
    """
    opening = _OPENING_QUOTE.match(markdown.lstrip("\r\n"))
    if opening is None or first.blockFormat().property(_QUOTE):
        return
    quoted = QTextBlockFormat()
    quoted.setProperty(_QUOTE, opening.group().count(">"))
    QTextCursor(first).mergeBlockFormat(quoted)


def may_set_off(markdown: str) -> bool:
    """Whether the Markdown may hold a quote or a rule (else `set_off` has nothing to do)."""
    if ">" in markdown:
        return True
    if "-" in markdown or "*" in markdown or "_" in markdown:
        return _MAY_BE_A_RULE.search(markdown) is not None
    return False  # most notes: no rule, without a closer look


def set_off(first: QTextBlock, ink: NoteInk) -> None:
    """From `first` to the end: quotes indented in the quote's ink, rules thin and light.

    Qt's Markdown reader gives a quote a margin of 40 pixels each side, which Qt does not
    scale to a printer (40 of 1200 dpi: 0.8 mm, the quote read as the owner's words); an
    indent is scaled, like a list's. A rule is drawn in its block's brush colour, else in
    the palette's text colour: a brush of no pattern gives it the colour and no band.
    """
    block = first
    while block.isValid():
        form = block.blockFormat()
        level = form.property(_QUOTE)
        if level:
            quoted = QTextBlockFormat()
            quoted.setLeftMargin(0)
            quoted.setRightMargin(0)
            quoted.setIndent(form.indent() + int(level))
            cursor = QTextCursor(block)
            cursor.mergeBlockFormat(quoted)
            grey = QTextCharFormat()
            grey.setForeground(ink.quote)
            cursor.movePosition(
                QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
            )
            cursor.mergeCharFormat(grey)
            cursor.mergeBlockCharFormat(grey)
        elif form.hasProperty(_RULER):
            light = QTextBlockFormat()
            light.setBackground(QBrush(ink.rule, Qt.BrushStyle.NoBrush))
            light.setLineHeight(50, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            QTextCursor(block).mergeBlockFormat(light)
        block = block.next()


def plain_words(markdown: str) -> str:
    """A note's Markdown as the words it shows, on one line.

    "**Call** [us](tel:1)" reads "Call us (tel:1)": images and links are said in words,
    as `insert_markdown` says them.
    """
    scratch = QuietDocument()  # never laid out
    insert_markdown(QTextCursor(scratch), markdown)
    return " ".join(scratch.toPlainText().split())


def could_reach_out(markdown: str) -> bool:
    """Whether the Markdown may hold an image or a link (else it is words and formatting).

    Without HTML, only `![…]`, `[…](…)`, `<…>` and the autolinks of GitHub's dialect
    (`http://…`, `www.…`, an e-mail address) make an image or a link.
    """
    lowered = markdown.lower()
    return any(mark in markdown for mark in "[<@") or "://" in lowered or "www." in lowered


def image_words(name: str, alt: str) -> str:
    """How an image named in a note reads instead: "[image: plan (/home/me/plan.png)]"."""
    if alt.strip() and alt.strip() != name:
        return NoteTextText.tr("[image: {alt} ({path})]").format(alt=alt.strip(), path=name)
    return NoteTextText.tr("[image: {path}]").format(path=name)


def plain_tip(text: str) -> str:
    """Plain text (with its line breaks) as rich text that shows every character as typed.

    Qt guesses whether a tooltip is rich text; a name like "<b>Acme</b>" would be
    rendered (and "<img src=…>" loaded). Escaped text inside a paragraph is always
    rich, so the guess is always right and the words are always the words.
    """
    return f"<p style='white-space:pre'>{escape(text, quote=False)}</p>"


@dataclass(frozen=True)
class _Edit:
    """Give [start, end) the format `char`, and with `words` put them in its place."""

    start: int
    end: int
    char: QTextCharFormat
    words: str | None = None

    def make(self, doc: QTextDocument) -> None:
        cursor = QTextCursor(doc)
        cursor.setPosition(self.start)
        cursor.setPosition(self.end, QTextCursor.MoveMode.KeepAnchor)
        if self.words is None:
            cursor.setCharFormat(self.char)
        else:
            cursor.insertText(self.words, self.char)


def _defuse(doc: QTextDocument) -> None:
    """Turn each image into words and each link into its words and "(where it points)".

    The edits are gathered first and made last first, so every position gathered stays
    true (at one position, words inserted there go last).
    """
    edits: list[_Edit] = []
    block = doc.begin()
    while block.isValid():
        link: _Edit | None = None  # the link being read: its end, href, words so far
        href_of_link = ""
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            char = fragment.charFormat()
            start, end = fragment.position(), fragment.position() + fragment.length()
            href = char.anchorHref() if char.isAnchor() else ""
            if link is not None and (href != href_of_link or start != link.end):
                edits.extend(_say_where(link, href_of_link))
                link = None
            plain = _without(_without(char, _LINK) if href else char, _IMAGE)
            if char.isImageFormat():
                image = char.toImageFormat()
                alt = str(image.property(QTextFormat.Property.ImageAltText) or "")
                edits.append(_Edit(start, end, plain, image_words(image.name(), alt)))
            elif href:
                edits.append(_Edit(start, end, plain))
            if href:
                text = "" if char.isImageFormat() else fragment.text()
                words = (link.words or "") + text if link is not None else text
                link, href_of_link = _Edit(start, end, plain, words), href
            it += 1
        if link is not None:
            edits.extend(_say_where(link, href_of_link))
        block = block.next()
    for edit in sorted(edits, key=lambda e: (e.start, e.end), reverse=True):
        edit.make(doc)


def _say_where(link: _Edit, href: str) -> list[_Edit]:
    """After a link's words, where it points — unless the words already say it."""
    if (link.words or "").strip() in {href, href.removeprefix("mailto:")}:
        return []
    return [_Edit(link.end, link.end, link.char, f" ({href})")]


def _without(
    char: QTextCharFormat, properties: tuple[QTextFormat.Property, ...]
) -> QTextCharFormat:
    plain = QTextCharFormat(char)
    for prop in properties:
        plain.clearProperty(prop)
    return plain
