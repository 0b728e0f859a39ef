"""The charts' public door: build a figure from plain data, with no window and no pyplot.

Every function returns a `Chart` (`chart.figure` is a matplotlib `Figure`, `chart.hit`
maps a pointer to a mark). The same call serves the screen (draw into the canvas's
figure with `figure=`), print (`render_png`, or `chart.figure.savefig` to a PDF) and
export (`rapport.reports.export.save_figure`). Importing this module loads
matplotlib; screens import it only when a chart is first shown.

For a printed report (issue 7), for the period [start, end), for example::

    data = journal.charts.customer(customer_id, now=end, since=start)
    if not include_private:
        data = without_private(data)
    width = width_mm / 25.4
    chart = customer_chart(data, Window(start, end), ChartLook(LIGHT, font_size=8),
                           size=(width, width * 0.62))
    svg = render_svg(chart)          # vectors for QSvgRenderer, or
    png = render_png(chart, dpi=300) # pixels at printer resolution
"""

from __future__ import annotations

import io
from datetime import tzinfo

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from rapport.reports.chart_data import ChartRange, Window, window_for
from rapport.reports.customer_figure import draw_customer
from rapport.reports.marks import Chart, Mark
from rapport.reports.portfolio_figure import draw_portfolio
from rapport.reports.style import ChartLook
from rapport.store.charts import BookChartData, CustomerChartData

__all__ = [
    "Chart",
    "Mark",
    "customer_chart",
    "portfolio_chart",
    "render",
    "render_png",
    "render_svg",
]


def customer_chart(
    data: CustomerChartData,
    span: ChartRange | Window = ChartRange.ALL,
    look: ChartLook | None = None,
    *,
    figure: Figure | None = None,
    size: tuple[float, float] = (8.0, 5.4),
    tz: tzinfo | None = None,
    title: str | None = None,
) -> Chart:
    """One customer's stages, health, mood of each entry and entries per month.

    `span` is a range of the selector (measured back from `data.now`) or an exact
    window (a printout's date range). Draws into `figure` (cleared first) when given,
    else into a new figure of `size` inches. `tz` is the owner's time zone (None:
    this computer's).
    """
    window = span if isinstance(span, Window) else window_for(data, span)
    return draw_customer(data, window, look or ChartLook(), figure, size, tz, title)


def portfolio_chart(
    data: BookChartData,
    look: ChartLook | None = None,
    *,
    figure: Figure | None = None,
    size: tuple[float, float] = (11.0, 7.0),
    tz: tzinfo | None = None,
) -> Chart:
    """The whole book: stages and time in them, value vs health, contacts, stage moves."""
    return draw_portfolio(data, look or ChartLook(), figure, size, tz)


def render(chart: Chart) -> Chart:
    """Lay out and draw the figure to pixels (Agg), so positions and `hit` are final."""
    canvas = chart.figure.canvas
    if not isinstance(canvas, FigureCanvasAgg):
        canvas = FigureCanvasAgg(chart.figure)
    canvas.draw()
    return chart


def render_png(chart: Chart, dpi: float = 200) -> bytes:
    """The chart as PNG bytes, e.g. to place in a printed report."""
    buffer = io.BytesIO()
    chart.figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()


def render_svg(chart: Chart) -> bytes:
    """The chart as SVG bytes (text drawn as outlines, so it looks the same everywhere)."""
    buffer = io.BytesIO()
    chart.figure.savefig(buffer, format="svg")
    return buffer.getvalue()
