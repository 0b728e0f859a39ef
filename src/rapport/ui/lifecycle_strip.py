"""The lifecycle strip: the five stages in a row, the current one marked with how long.

Each stage gets the room its name needs (in bold, as when it is the current one) and
an equal share of what is left, so "Deeper understanding" is whole on a laptop's
screen; only when even that does not fit are the names cut short with "…".
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget
from typing_extensions import override

from rapport.domain.stages import Stage
from rapport.i18n import Words
from rapport.theme import STAGE_COLOURS

LifecycleStripText = Words("LifecycleStripText")
#: Space between the stages' boxes, and around a name inside its box (pixels).
_GAP, _PADDING = 6.0, 8


class LifecycleStrip(QWidget):
    """Shows Attraction → … → Deeper understanding; the current stage is filled and bold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lifecycleStrip")
        self.setAccessibleName(LifecycleStripText.tr("Lifecycle stage"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._current: Stage | None = None
        self._duration = ""
        self._visited: set[Stage] = set()
        self._shown: tuple[object, ...] | None = None
        self._laid_out: tuple[tuple[int, str], list[tuple[Stage, QRectF, str]]] | None = None

    def set_stage(self, current: Stage | None, duration: str, visited: set[Stage]) -> None:
        """Mark the current stage, say how long it has lasted, and shade stages seen before."""
        description = (
            LifecycleStripText.tr("Current stage: {stage}, {duration}").format(
                stage=current.label, duration=duration
            )
            if current
            else LifecycleStripText.tr("No stage recorded yet")
        )
        shown = (current, duration, visited, description)
        if shown == self._shown:
            return  # the same again (a save that moved no stage): nothing to paint
        self._shown = shown
        self._current = current
        self._duration = duration
        self._visited = visited
        self.setAccessibleDescription(description)
        self.setToolTip(current.meaning if current else "")
        self.update()

    @override
    def sizeHint(self) -> QSize:
        return QSize(560, self.fontMetrics().height() * 3 + 10)

    def _cells(self) -> list[tuple[Stage, QRectF, str]]:
        """Each stage's box and the name shown in it, for the current width.

        Worked out again only when the width or the font changed: the strip is painted
        whenever the page is, and measuring each name (cut short or not) costs more
        than drawing it.
        """
        key = (self.width(), self.font().key())
        if self._laid_out is None or self._laid_out[0] != key:
            self._laid_out = (key, self._measure())
        return self._laid_out[1]

    def _measure(self) -> list[tuple[Stage, QRectF, str]]:
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        stages = list(Stage)
        room = self.width() - _GAP * (len(stages) - 1)
        needed = [metrics.horizontalAdvance(s.label) + 2 * _PADDING for s in stages]
        spare = room - sum(needed)
        if spare >= 0:
            widths = [n + spare / len(stages) for n in needed]
        else:  # too narrow for every name: share the room by need, and cut names short
            widths = [room * n / sum(needed) for n in needed]
        height = self.fontMetrics().height() * 1.9
        cells, left = [], 0.0
        for stage, width in zip(stages, widths, strict=True):
            label = metrics.elidedText(
                stage.label, Qt.TextElideMode.ElideRight, int(width) - _PADDING
            )
            cells.append((stage, QRectF(left, 1, width, height), label))
            left += width + _GAP
        return cells

    def shown_labels(self) -> list[str]:
        """The stage names as the strip shows them now (cut with "…" only when narrow)."""
        return [label for _stage, _rect, label in self._cells()]

    @override
    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        for stage, rect, label in self._cells():
            width = rect.width()
            colour = QColor(STAGE_COLOURS[stage])
            font = QFont(self.font())
            if stage is self._current:
                painter.setBrush(colour)
                painter.setPen(QPen(colour.darker(130), 2))
                font.setBold(True)
                text_colour = QColor("#000000") if colour.lightnessF() > 0.55 else QColor("#FFF")
            else:
                tint = QColor(colour)
                tint.setAlphaF(0.18 if stage in self._visited else 0.06)
                painter.setBrush(tint)
                painter.setPen(QPen(colour, 1))
                text_colour = palette.color(QPalette.ColorRole.WindowText)
            painter.drawRoundedRect(rect, 6, 6)
            painter.setFont(font)
            painter.setPen(text_colour)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
            if stage is self._current and self._duration:
                painter.setPen(palette.color(QPalette.ColorRole.WindowText))
                painter.setFont(self.font())
                below = QRectF(rect.left(), rect.bottom() + 2, width, self.fontMetrics().height())
                duration = self.fontMetrics().elidedText(
                    self._duration, Qt.TextElideMode.ElideRight, int(width)
                )
                painter.drawText(below, Qt.AlignmentFlag.AlignCenter, duration)
        painter.end()
