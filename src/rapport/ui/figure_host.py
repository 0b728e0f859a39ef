"""A widget that shows a chart: the QtAgg canvas, hover text, click-to-open, Save chart.

matplotlib is imported the first time a canvas is needed (`figure()`), never when
this module is imported, so screens can hold a FigureHost at no start-up cost.
The host knows nothing about customers: it shows a `Chart`, says which mark was
clicked (`mark_activated`, with the mark's key), and asks its owner to draw again
when its size changed (`resized`), since the figures place text for a given size.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import QCursor, QResizeEvent
from PySide6.QtWidgets import QFileDialog, QLabel, QMenu, QStackedLayout, QToolTip, QWidget
from typing_extensions import override

from rapport.i18n import Words
from rapport.reports.note_text import plain_tip
from rapport.ui import msgbox
from rapport.ui.timers import QT_CLOCK, Clock

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from rapport.reports.marks import Chart, Mark

log = logging.getLogger("rapport.ui.charts")
FigureHostText = Words("FigureHostText")

#: Wait this long after the last resize before drawing again (milliseconds).
RESIZE_SETTLE_MS = 150


class FigureHost(QWidget):
    """Shows one chart at a time; emits `mark_activated(key)` when a mark is clicked."""

    mark_activated = Signal(object)  # a mark's key, e.g. ("entry", 12)
    resized = Signal()
    #: Where the resize's settle timer comes from (a test puts in a clock it moves by hand).
    clock: Clock = QT_CLOCK

    def __init__(self, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(description)
        self._description = description
        self._canvas: Any = None
        self._chart: Chart | None = None
        self._drawn_for = QSize()
        self.hovered: Mark | None = None
        self.save_name = "chart"
        self._placeholder = QLabel(FigureHostText.tr("Drawing the chart…"), self)
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout = QStackedLayout(self)
        self._layout.addWidget(self._placeholder)
        self._settle = self.clock.single_shot(self, RESIZE_SETTLE_MS, self._settled)

    # --- the canvas -----------------------------------------------------------------------

    @property
    def chart(self) -> Chart | None:
        """The chart shown, if one was drawn."""
        return self._chart

    @property
    def canvas(self) -> Any:
        """The matplotlib canvas widget (None until the first chart)."""
        return self._canvas

    def figure(self) -> Figure:
        """The figure to draw into, sized like the widget (creates the canvas once)."""
        if self._canvas is None:
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
            from matplotlib.figure import Figure

            canvas = FigureCanvasQTAgg(Figure(dpi=100))
            canvas.setParent(self)
            canvas.setAccessibleName(self._description)
            canvas.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            canvas.customContextMenuRequested.connect(self._context_menu)
            canvas.mpl_connect("motion_notify_event", self._on_motion)
            canvas.mpl_connect("button_press_event", self._on_press)
            canvas.mpl_connect("figure_leave_event", lambda _e: self._hover(None))
            canvas.installEventFilter(self)
            self._layout.addWidget(canvas)
            self._layout.setCurrentWidget(canvas)
            self._canvas = canvas
        figure: Figure = self._canvas.figure
        size = self.size()
        if size.width() > 50 and size.height() > 50:
            figure.set_size_inches(size.width() / 100, size.height() / 100, forward=False)
        self._drawn_for = size
        return figure

    def show_chart(self, chart: Chart, summary: str = "") -> None:
        """Show a chart drawn into `figure()`; `summary` is read out by screen readers."""
        self._chart = chart
        self.hovered = None
        if self._canvas is not None:
            self._canvas.setAccessibleDescription(summary)
            self._canvas.draw_idle()

    def adopt(self, chart: Chart, summary: str = "") -> None:
        """Show a chart drawn elsewhere (a worker, with Agg) at the size of `figure()`.

        Its pixels are taken as they are, not drawn again: the UI thread only copies
        them to the screen. The figure moves to this canvas, so pointing, clicking and
        Save chart work on it as on one drawn here.
        """
        drawn: Any = chart.figure.canvas
        if self._canvas is None:
            self.figure()
        canvas = self._canvas
        figure: Any = chart.figure
        before: Any = canvas.figure
        # the canvas's event connections (hover, click) live on its figure: they move along
        figure._canvas_callbacks = before._canvas_callbacks
        figure._button_pick_id = before._button_pick_id
        figure._scroll_pick_id = before._scroll_pick_id
        figure._original_dpi = before._original_dpi
        canvas.figure = figure
        figure.set_canvas(canvas)
        renderer = getattr(drawn, "renderer", None)
        if renderer is not None:  # the worker's pixels: painted without drawing again
            canvas.renderer = renderer
            canvas._lastKey = drawn._lastKey
            canvas._draw_pending = False  # a new canvas's first resize asked for a drawing
        self._chart = chart
        self.hovered = None
        canvas.setAccessibleDescription(summary)
        if renderer is None:
            canvas.draw_idle()
        else:
            canvas.update()

    def _settled(self) -> None:
        """Ask for a drawing at the new size, unless one was made for it meanwhile."""
        if self.size() != self._drawn_for:
            self.resized.emit()

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ask for a fresh drawing once a resize of the canvas has settled."""
        if watched is self._canvas and event.type() == QEvent.Type.Resize and self._chart:
            assert isinstance(event, QResizeEvent)
            if event.size() != self._drawn_for:
                self._settle.start()
        return False

    # --- pointing at marks ------------------------------------------------------------------

    def mark_at(self, x: float, y: float) -> Mark | None:
        """The mark under a point in matplotlib's display pixels (origin bottom left)."""
        return self._chart.hit(x, y) if self._chart is not None else None

    def widget_pos(self, mark: Mark) -> QPoint:
        """Where a mark sits on the canvas, in widget coordinates (for tests and tooltips)."""
        assert self._chart is not None and self._canvas is not None
        x, y = self._chart.display_xy(mark)
        ratio = self._canvas.device_pixel_ratio or 1
        return QPoint(round(x / ratio), round(self._canvas.height() - y / ratio))

    def _on_motion(self, event: Any) -> None:
        self._hover(self.mark_at(event.x, event.y) if event.x is not None else None)

    def _hover(self, mark: Mark | None) -> None:
        if mark == self.hovered:
            return
        self.hovered = mark
        if self._canvas is None:
            return
        if mark is None:
            QToolTip.hideText()
            self._canvas.unsetCursor()
            return
        QToolTip.showText(QCursor.pos(), plain_tip(mark.tip), self._canvas)
        self._canvas.setCursor(Qt.CursorShape.PointingHandCursor)

    def _on_press(self, event: Any) -> None:
        if event.button != 1 or event.x is None:
            return
        mark = self.mark_at(event.x, event.y)
        if mark is not None:
            self.mark_activated.emit(mark.key)

    # --- saving -------------------------------------------------------------------------

    def _context_menu(self, pos: QPoint) -> None:
        if self._chart is None:
            return
        menu = QMenu(self)
        menu.addAction(FigureHostText.tr("Save chart…"), self.save_chart)
        menu.exec(self._canvas.mapToGlobal(pos))

    def ask_path(self) -> Path | None:
        """Ask where to save the chart (PNG or SVG); None when the user cancels."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        name = re.sub(r"[^\w\- ]+", "", self.save_name).strip() or "chart"
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self,
            FigureHostText.tr("Save chart"),
            str(Path(folder or Path.home()) / f"{name}.png"),
            FigureHostText.tr("PNG image (*.png);;SVG drawing (*.svg)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".svg" if "svg" in chosen_filter.lower() else ".png")
        return path

    def save_chart(self) -> Path | None:
        """Save the chart shown as PNG or SVG (written atomically); the path, or None."""
        if self._chart is None:
            return None
        path = self.ask_path()
        if path is None:
            return None
        from rapport.reports.export import save_figure

        try:
            saved = save_figure(self._chart.figure, path)
        except OSError as exc:
            log.warning("could not save chart to %s: %s", path, exc)
            msgbox.warn(
                self,
                FigureHostText.tr("Save chart"),
                FigureHostText.tr("The chart could not be saved to “{path}” ({reason}).").format(
                    path=path, reason=exc.strerror or exc
                ),
                FigureHostText.tr(
                    "Check that the folder exists and you may write there, or choose another."
                ),
            )
            return None
        log.info("saved chart to %s", saved)
        return saved
