"""Every window's size, first or remembered, fitted to the screen it opens on.

A laptop's 1366×768 (or 1280×720) screen, less its panels, is the smallest Rapport
is made for. Each window asks for a comfortable size and gets it where it fits; on a
smaller screen it gets the screen's available area instead, less room for the window
manager's title bar and borders (which Qt only learns once the window is shown). A
size remembered from a bigger monitor is pulled back the same way, and a window left
partly off the screen is moved back onto it.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMargins, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: Room kept around a window for its frame: a title bar of up to 40 px, thin borders.
FRAME_ALLOWANCE = QMargins(8, 40, 8, 8)


def available_area(widget: QWidget) -> QRect:
    """The part of the widget's screen (its parent's, before it is shown) windows may use."""
    parent = widget.parentWidget()
    screen = (parent.screen() if parent is not None else None) or widget.screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_size(wanted: QSize, area: QRect) -> QSize:
    """The wanted size, or less where the area (with room for a frame) is smaller."""
    room = area.marginsRemoved(FRAME_ALLOWANCE).size()
    return wanted.boundedTo(room)


def open_at(widget: QWidget, width: int, height: int) -> None:
    """Give a window its first size: the one wanted, or what the screen has room for."""
    widget.resize(fit_size(QSize(width, height), available_area(widget)))


def restore(widget: QWidget, saved: object, width: int, height: int) -> None:
    """Restore a remembered geometry (else open at the size given), pulled onto the screen."""
    if not isinstance(saved, QByteArray) or not widget.restoreGeometry(saved):
        open_at(widget, width, height)
        return
    keep_on_screen(widget)


def keep_on_screen(widget: QWidget) -> None:
    """Shrink a window that is bigger than its screen's area and move it back onto it."""
    if widget.isMaximized() or widget.isFullScreen():
        return
    area = available_area(widget)
    room = area.marginsRemoved(FRAME_ALLOWANCE)
    size = widget.size().boundedTo(room.size())
    if size != widget.size():
        widget.resize(size)
    # move() places the frame's corner: keep the frame (or the room kept for it) inside
    frame = widget.frameGeometry().topLeft()
    outer = size.grownBy(FRAME_ALLOWANCE)
    x = min(max(frame.x(), area.left()), area.right() + 1 - outer.width())
    y = min(max(frame.y(), area.top()), area.bottom() + 1 - outer.height())
    if QPoint(x, y) != frame:
        widget.move(x, y)
