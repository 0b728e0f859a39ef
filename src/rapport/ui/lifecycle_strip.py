"""The lifecycle strip: the five stages in a row, the current one marked with how long."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget
from typing_extensions import override

from rapport.domain.stages import Stage
from rapport.i18n import Words
from rapport.theme import STAGE_COLOURS

LifecycleStripText = Words("LifecycleStripText")


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

    def set_stage(self, current: Stage | None, duration: str, visited: set[Stage]) -> None:
        """Mark the current stage, say how long it has lasted, and shade stages seen before."""
        self._current = current
        self._duration = duration
        self._visited = visited
        description = (
            LifecycleStripText.tr("Current stage: {stage}, {duration}").format(
                stage=current.label, duration=duration
            )
            if current
            else LifecycleStripText.tr("No stage recorded yet")
        )
        self.setAccessibleDescription(description)
        self.setToolTip(current.meaning if current else "")
        self.update()

    @override
    def sizeHint(self) -> QSize:
        return QSize(560, self.fontMetrics().height() * 3 + 10)

    @override
    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        stages = list(Stage)
        gap = 6.0
        height = self.fontMetrics().height() * 1.9
        width = (self.width() - gap * (len(stages) - 1)) / len(stages)
        for i, stage in enumerate(stages):
            rect = QRectF(i * (width + gap), 1, width, height)
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
            label = self.fontMetrics().elidedText(
                stage.label, Qt.TextElideMode.ElideRight, int(width) - 8
            )
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
