"""The charts' look on screen: the window's own colours, font size and locale words.

No matplotlib here (this module is imported with the screens at start-up); it only
turns Qt's palette, font and locale into the plain `ChartLook` the figures take.
"""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget

from rapport.reports.locale_words import LocaleWords
from rapport.reports.style import ChartLook, palette_for


def colours_of(widget: QWidget) -> tuple[str, str]:
    """The background and text colours a chart of this widget is drawn in.

    Views compare these before and after a palette change and draw again only when
    they differ (Qt also sends palette changes when a widget is merely re-parented).
    """
    palette = widget.palette()
    return (
        palette.color(QPalette.ColorRole.Base).name(),
        palette.color(QPalette.ColorRole.Text).name(),
    )


def look_for(widget: QWidget) -> ChartLook:
    """The chart look that matches a widget: its background, text colour and font size."""
    palette = widget.palette()
    background = palette.color(QPalette.ColorRole.Base).name()
    text = palette.color(QPalette.ColorRole.Text).name()
    size = widget.font().pointSizeF()
    return ChartLook(palette_for(background, text), LocaleWords(), max(8.0, min(size, 11.0)))
