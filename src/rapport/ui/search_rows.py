"""A search hit as the search window paints it: a small rich-text document per hit.

The user's words are escaped, the matching words in bold; each document is made once
per hit shown, for its size and for every paint.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtGui import QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem
from typing_extensions import override

from rapport import formatting
from rapport.i18n import Words
from rapport.reports.note_text import QuietDocument
from rapport.store.search import SearchHit
from rapport.ui.models.search_results import HIT_ROLE
from rapport.ui.row_paint import fit

SearchPanelText = Words("SearchPanelText")

_Index = QModelIndex | QPersistentModelIndex

#: Documents kept for the hits shown (a few pages scrolled through); then made afresh.
_KEPT_DOCUMENTS = 500


def hit_html(hit: SearchHit, muted: str) -> str:
    """A result row as rich text: user text escaped, matches in bold."""
    snippet = "".join(
        f"<b>{escape(text)}</b>" if matched else escape(text) for text, matched in hit.parts()
    )
    if hit.is_customer:
        head = f"<b>{escape(hit.customer_name)}</b>"
        meta = escape(
            SearchPanelText.tr("Customer · {title}").format(title=hit.title)
            if hit.title
            else SearchPanelText.tr("Customer")
        )
    else:
        head = f"<b>{escape(hit.customer_name)}</b>"
        if hit.title:
            head += f" — {escape(hit.title)}"
        parts = [formatting.when(hit.occurred_at, False), hit.kind.label if hit.kind else ""]
        if hit.private:
            parts.append(SearchPanelText.tr("Private"))
        meta = escape(" · ".join(p for p in parts if p))
    return f"{head}<br><span style='color:{muted}'>{meta}</span><br>{snippet}"


class HitDelegate(QStyledItemDelegate):
    """Paints a hit as a small rich-text document, made once per hit shown.

    A keystroke lays out a page of hits and paints the visible ones: each hit's
    document is built once for both (and for every later paint), not at every ask.
    """

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._docs: dict[tuple[SearchHit, str], QTextDocument] = {}

    def forget(self) -> None:
        """Drop the documents (a new search: the hits shown are others)."""
        self._docs.clear()

    def _doc(self, option: QStyleOptionViewItem, hit: SearchHit) -> QTextDocument:
        muted = option.palette.color(QPalette.ColorRole.PlaceholderText).name()
        doc = self._docs.get((hit, muted))
        if doc is None:
            if len(self._docs) >= _KEPT_DOCUMENTS:
                self._docs.clear()
            doc = QuietDocument()
            doc.setDocumentMargin(6)
            doc.setHtml(hit_html(hit, muted))
            self._docs[(hit, muted)] = doc
        return fit(doc, max(200, option.rect.width()))

    @override
    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        hit: SearchHit | None = index.data(HIT_ROLE)
        if hit is None:
            return QSize(0, 0)
        return QSize(option.rect.width(), int(self._doc(option, hit).size().height()) + 4)

    @override
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        hit: SearchHit | None = index.data(HIT_ROLE)
        if hit is None:
            return
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.color(QPalette.ColorRole.Highlight))
        painter.translate(option.rect.topLeft())
        self._doc(option, hit).drawContents(painter)
        painter.restore()
