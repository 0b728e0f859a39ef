"""How one line of the Today list is drawn: rich text, a side bar, and a row button.

Each row is a small QTextDocument (escaped HTML only: names and titles are the
owner's own text), cached per item and width like the timeline's rows. Follow-ups
carry a "Mark done" button and check-ins a "Check in…" button, painted by the
delegate so a long list needs no widget per row; the same actions are in the
context menu and on the keyboard (Ctrl+D, Ctrl+I), and the urgency is always
written out, so neither the bar's colour nor the button is the only way in.

Only the rows in sight are laid out (`SightList`); a row out of sight is given the
height most rows of its shape have (`_shape`, `_guess`), so the list's thousands of
rows cost what a screenful costs, and a row coming into sight seldom moves the others.
"""

from __future__ import annotations

from collections import Counter
from html import escape
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QMouseEvent,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
)
from typing_extensions import override

from rapport.domain.today import Section, TodayItem
from rapport.i18n import QT_TRANSLATE_NOOP, Words, translate
from rapport.reports.note_text import QuietDocument
from rapport.ui.models.today import ITEM_ROLE, SECTION_ROLE, TodayModel
from rapport.ui.row_paint import BAR, PAD, KeptRows, fit, paint_frame, paint_text

TodayDelegateText = Words("TodayDelegateText")

_GAP = 7
_WIDEST = "Check in…"  # about the widest row button: the room it leaves is reckoned with
_Index = QModelIndex | QPersistentModelIndex

#: Side-bar colours (Okabe–Ito): blue for promises to keep, vermilion / orange / grey by
#: urgency for risks, bluish green for check-ins, reddish purple for dates. The urgency
#: is also written out.
_SECTION_COLOURS = {
    Section.WRITE_UP: "#56B4E9",
    Section.FOLLOW_UP: "#0072B2",
    Section.PAST_CADENCE: "#D55E00",
    Section.RISK: "#E69F00",
    Section.CHECK_IN: "#009E73",
    Section.DATE: "#CC79A7",
}
_SEVERITY_COLOURS = {3: "#D55E00", 2: "#E69F00", 1: "#999999"}

_P = "margin-top:0; margin-bottom:4px"
_BUTTON_TEXT = {
    Section.FOLLOW_UP: QT_TRANSLATE_NOOP("TodayDelegateText", "Mark done"),
    Section.CHECK_IN: QT_TRANSLATE_NOOP("TodayDelegateText", "Check in…"),
    Section.WRITE_UP: QT_TRANSLATE_NOOP("TodayDelegateText", "Write up…"),
}


def button_text(section: Section) -> str | None:
    """The row button of a section's items, in the owner's language (None: no button)."""
    text = _BUTTON_TEXT.get(section)
    return None if text is None else translate(TodayDelegateText.context, text)


def item_colour(item: TodayItem) -> QColor:
    """The side bar of an item: its section, or for risks how urgent they are."""
    if item.signal is not None and item.section is Section.RISK:
        return QColor(_SEVERITY_COLOURS.get(item.signal.severity, "#E69F00"))
    return QColor(_SECTION_COLOURS[item.section])


def item_html(item: TodayItem, muted: str) -> str:
    """The rich text of one item. Everything from the journal is escaped."""
    name = f"<b>{escape(item.named)}</b>"
    signal = item.signal
    health = ""
    if item.health is not None:
        health = TodayDelegateText.tr("Health {score}").format(score=item.health)
    next_step = escape(TodayDelegateText.tr("Next step:"))
    if item.section is Section.RISK and signal is not None:
        evidence = "".join(f"<li>{escape(line)}</li>" for line in signal.evidence)
        urgency = escape(signal.urgency)
        return (
            f"<p style='{_P}'>{name} — {escape(signal.rule.label)} · <i>{urgency}</i>"
            f"<span style='color:{muted}'>  ·  {escape(health)}</span></p>"
            f"<p style='{_P}'>{escape(item.detail)}</p>"
            f"<ul style='margin-top:0; margin-bottom:3px'>{evidence}</ul>"
            f"<p style='{_P}'><b>{next_step}</b> {escape(signal.next_step)}</p>"
        )
    detail = item.detail.rstrip(".")
    if health:
        detail += f"  ·  {health}"
    html = f"<p style='{_P}'>{name} — {escape(item.title)}</p>"
    html += f"<p style='{_P}; color:{muted}'>{escape(detail)}</p>"
    if item.section is Section.PAST_CADENCE and signal is not None:
        html += (
            f"<p style='{_P}'><i>{escape(signal.urgency)}.</i> "
            f"<b>{next_step}</b> {escape(signal.next_step)}</p>"
        )
    return html


Shape = tuple[Section, tuple[int, ...]]


def _shape(item: TodayItem, per_line: int) -> Shape:
    """What a row's height depends on: its section and its paragraphs' lines.

    The lines are reckoned from the paragraphs' lengths (`per_line` characters a line):
    rows of one shape are mostly as high as each other.
    """
    signal = item.signal
    if item.section is Section.RISK and signal is not None:
        lengths = [len(item.named) + 45, len(item.detail)]
        lengths += [len(line) + 8 for line in signal.evidence]
        lengths.append(len(signal.next_step) + 12)
    else:
        lengths = [len(item.named) + len(item.title) + 3, len(item.detail) + 12]
        if item.section is Section.PAST_CADENCE and signal is not None:
            lengths.append(len(signal.next_step) + 25)
    return item.section, tuple(1 + n // per_line for n in lengths)


class TodayDelegate(QStyledItemDelegate):
    """Paints headings and items; remembers a click on a row button for the view."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        #: Laid-out rows for those asked for last (the rows in sight), not for every row.
        self._cache: KeptRows[TodayItem, QTextDocument] = KeptRows()
        #: The size the view was given for each row shown, and whether it is a guess (the
        #: row not laid out at this width), for the width `_sized_at`: Qt asks every row's
        #: size again whenever the list changes (23,000 of them), and a row's document may
        #: be gone by then. By the row's identity: no hashing of its fields.
        self._sized: dict[int, tuple[TodayItem, QSize, bool]] = {}
        self._sized_at = 0
        #: How often each real height came up for rows of each shape at the view's width
        #: (`_shapes_at`, and characters a line): the commonest is the guess.
        self._shapes: dict[Shape, Counter[int]] = {}
        self._commonest: dict[Shape, int] = {}
        self._shapes_at = (0, 1, 1)  # the width, characters a line, a line's height
        self._button_hit: QPersistentModelIndex | None = None

    #: Rows anywhere may have a guessed height: the list lays out only what is in sight
    #: (`SightList`), never all of its thousands of rows.
    anywhere = True

    def guess_anywhere(self) -> None:
        """Rows anywhere are guessed already."""

    def clear_cache(self) -> None:
        """Forget laid-out rows (after a theme change)."""
        self._cache.clear()
        self._sized.clear()
        self._shapes.clear()
        self._commonest.clear()
        self._shapes_at = (0, 1, 1)

    def retain(self, items: list[TodayItem]) -> None:
        """Keep the laid-out rows of these items only (a new list mostly repeats the last)."""
        keep = set(items)
        self._cache.retain(keep)
        self._sized.clear()  # the new list's rows are other objects (laid out again from
        # their documents kept, in sight only)

    def take_button_hit(self, index: _Index) -> bool:
        """Whether the last click on this row landed on its button (asked once per click)."""
        hit = self._button_hit is not None and self._button_hit == QPersistentModelIndex(index)
        self._button_hit = None
        return hit

    # --- geometry ---------------------------------------------------------------------

    def _button_size(self, text: str) -> QSize:
        metrics = self._view.fontMetrics()
        return QSize(metrics.horizontalAdvance(text) + 28, self._button_height())

    def button_rect(self, rect: QRect, item: TodayItem) -> QRect | None:
        """Where the row's button sits (top right), or None when the row has none."""
        text = button_text(item.section)
        if text is None:
            return None
        size = self._button_size(text)
        return QRect(rect.right() - PAD - size.width(), rect.top() + _GAP, *size.toTuple())

    def _text_width(self, item: TodayItem | None) -> int:
        width = self._view.viewport().width() - BAR - 2 * PAD
        text = button_text(item.section) if item is not None else None
        if text is not None:
            width -= self._button_size(text).width() + PAD
        return max(160, width)

    def _document(self, item: TodayItem, width: int) -> QTextDocument:
        doc = self._cache.get(item)
        if doc is None:
            doc = QuietDocument()
            doc.setDocumentMargin(2)
            doc.setDefaultFont(self._view.font())
            muted = self._view.palette().color(QPalette.ColorRole.PlaceholderText).name()
            doc.setHtml(item_html(item, muted))
            self._cache.put(item, doc)
        return fit(doc, width)

    def _heading_font(self) -> QFont:
        font = QFont(self._view.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        return font

    @override
    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        # Asked for every row at each placing of the rows: the row's item is taken from
        # the model itself, not through a Qt variant, and a row out of sight is guessed.
        model = index.model()
        item = model.item(index.row()) if isinstance(model, TodayModel) else index.data(ITEM_ROLE)
        width = self._view.viewport().width()
        if width != self._sized_at:
            self._sized.clear()
            self._sized_at = width
        if item is None:
            height = self._view.fontMetrics().height() * 1.15 + 18
            return QSize(width, int(height))
        sized = self._sized.get(id(item))
        if sized is not None and sized[0] is item:
            return sized[1]
        size = QSize(width, self._guess(item, width))
        self._sized[id(item)] = (item, size, True)
        return size

    def real_height(self, item: TodayItem) -> int:
        """The row's real height, laid out now if it was not yet at this width."""
        width = self._view.viewport().width()
        if width != self._sized_at:
            self._sized.clear()
            self._sized_at = width
        sized = self._sized.get(id(item))
        if sized is not None and sized[0] is item and not sized[2]:
            return sized[1].height()
        text_height = int(self._document(item, self._text_width(item)).size().height())
        height = max(text_height, self._button_height()) + 2 * _GAP
        shape = _shape(item, self._per_line(width))
        heights = self._shapes.setdefault(shape, Counter())
        heights[height] += 1
        self._commonest[shape] = heights.most_common(1)[0][0]
        self._sized[id(item)] = (item, QSize(width, height), False)
        return height

    def _per_line(self, width: int) -> int:
        """About how many characters a row's line holds at the view's width."""
        if self._shapes_at[0] != width:  # the shapes learnt at another width say nothing
            self._shapes.clear()
            self._commonest.clear()
            metrics = self._view.fontMetrics()
            room = width - BAR - 2 * PAD - self._button_size(_WIDEST).width()
            line = metrics.lineSpacing() + 4
            self._shapes_at = (width, max(1, room // metrics.averageCharWidth()), line)
        return self._shapes_at[1]

    def realise(self, items: list[TodayItem]) -> bool:
        """Lay these rows out now if their height was guessed; True if a guess was wrong.

        Most guesses are right (`_guess`): the rows need not be placed again then.
        """
        wrong = False
        for item in items:
            sized = self._sized.get(id(item))
            if sized is not None and sized[0] is item and sized[2]:
                wrong = self.real_height(item) != sized[1].height() or wrong
        return wrong

    def _guess(self, item: TodayItem, width: int) -> int:
        """A row's height before it is laid out: the commonest of the rows of its shape.

        Before any: its lines, as reckoned (`_shape`).
        """
        shape = _shape(item, self._per_line(width))
        known = self._commonest.get(shape)
        if known is not None:
            return known
        return max(sum(shape[1]) * self._shapes_at[2] + 4, self._button_height()) + 2 * _GAP

    def _button_height(self) -> int:
        """The least height of a row's text: that of its button."""
        return self._view.fontMetrics().height() + 12

    # --- painting ---------------------------------------------------------------------

    @override
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        rect: QRect = option.rect
        palette = self._view.palette()
        item: TodayItem | None = index.data(ITEM_ROLE)
        painter.save()
        if item is None:
            section: Section = index.data(SECTION_ROLE)
            painter.setFont(self._heading_font())
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(
                rect.adjusted(2, 10, -2, -2),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                index.data(Qt.ItemDataRole.DisplayRole) or section.label,
            )
            painter.restore()
            return
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        paint_frame(painter, rect, palette, item_colour(item), selected)
        button = self.button_rect(rect, item)
        text = button_text(item.section)
        if button is not None and text is not None:
            self._paint_button(painter, button, text, option)
        doc = self._document(item, self._text_width(item))
        focused = bool(state & QStyle.StateFlag.State_HasFocus)
        paint_text(painter, doc, rect, palette, _GAP, selected, focused)
        painter.restore()

    def _paint_button(
        self, painter: QPainter, rect: QRect, text: str, option: QStyleOptionViewItem
    ) -> None:
        button = QStyleOptionButton()
        button.rect = rect
        button.text = text
        button.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Raised
        button.palette = self._view.palette()
        button.fontMetrics = self._view.fontMetrics()
        style = self._view.style()
        style.drawControl(QStyle.ControlElement.CE_PushButton, button, painter, self._view)

    # --- clicks -----------------------------------------------------------------------

    @override
    def editorEvent(
        self, event: QEvent, model: Any, option: QStyleOptionViewItem, index: _Index
    ) -> bool:
        """Note a release on the row's button; the view decides what the click means."""
        if event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            item: TodayItem | None = index.data(ITEM_ROLE)
            button = self.button_rect(option.rect, item) if item is not None else None
            inside = button is not None and button.contains(event.position().toPoint())
            self._button_hit = QPersistentModelIndex(index) if inside else None
        return super().editorEvent(event, model, option, index)
