"""Timing a screen until Qt has painted it, the way the app's own event loop paints it.

A forced `repaint()` right after a change paints the widgets before Qt has applied the
layout requests the change posted; Qt then lays them out and paints them all again.
The app never paints that first, stale picture: its event loop lays out first and
paints once. So a timed action runs the event loop until the watched widget (e.g. the
timeline's viewport) has received its paint event, and no longer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

#: Event-loop passes allowed before a screen that never paints is called a failure.
MAX_PASSES = 50


def paint_watch(widget: QWidget) -> Any:
    """An event filter on `widget` counting its paint events (`.painted`); keep it alive."""
    from PySide6.QtCore import QEvent, QObject

    class PaintWatch(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.painted = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.painted += 1
            return False

    watch = PaintWatch()
    widget.installEventFilter(watch)
    return watch


def until_painted(app: QApplication, watch: Any) -> None:
    """Run the event loop until the watched widget is painted (RuntimeError if it never is)."""
    watch.painted = 0
    for _ in range(MAX_PASSES):
        app.processEvents()
        if watch.painted:
            return
    raise RuntimeError("the screen was never painted: the figure would time nothing")
