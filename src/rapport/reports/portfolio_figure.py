"""The whole book on one page: where customers stand, value against health, activity.

Four panels:

1. **Where each customer stands** — a row per stage (named, with its count), a dot
   per active customer at how many months they have been in it.
2. **Account value and health** — a dot per valued customer; the corner of big
   accounts without a strong relationship (the risk rules' own thresholds) is shaded
   and labelled, and the customers the rule flags are drawn in the warning colour.
3. **Contacts per week** over the last year, across every customer, with the average.
4. **Conflicts opened and resolved per month** over the last year.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import timedelta, tzinfo
from typing import Any

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from rapport.domain.lifecycle import describe_duration
from rapport.domain.stages import Stage
from rapport.i18n import Words
from rapport.reports import drawing
from rapport.reports.chart_data import Window, count_by_period, days_in_stage, moves_by_month
from rapport.reports.marks import Chart, Mark
from rapport.reports.style import ChartLook
from rapport.store.charts import BookChartData, BookCustomer

PortfolioFigureText = Words("PortfolioFigureText")

#: Name dots when the book is at most this big; beyond it names would be a blur.
NAMED_UP_TO = 40
#: Dots per drawing call. Agg draws a collection in one C call that holds the
#: interpreter: 17,000 dots of their own colours took 400 ms in one, during which the
#: window (waiting on the worker that draws) froze. In parts of this size each call
#: takes a few ms and the UI thread gets its turn between them.
DOTS_PER_DRAW = 500
DAYS_PER_MONTH = 30.44


def draw_portfolio(
    data: BookChartData,
    look: ChartLook,
    figure: Figure | None = None,
    size: tuple[float, float] = (11.0, 7.0),
    tz: tzinfo | None = None,
) -> Chart:
    """Draw the portfolio; see the module's description."""
    figure = drawing.prepare(figure, size, look)
    chart = Chart(figure)
    with drawing.styled(look):
        panels = _panels(figure, look.font_size / 9)
        for ax, label in zip(panels, ("stages", "value", "contacts", "moves"), strict=True):
            ax.set_label(label)
        _stages(chart, panels[0], data, look)
        _value(chart, panels[1], data, look)
        _contacts(panels[2], data, look, tz)
        _moves(panels[3], data, look, tz)
    return chart


def _panels(figure: Figure, scale: float) -> tuple[Axes, Axes, Axes, Axes]:
    """Four panels, two by two, with room for the stage names on the upper left (inches)."""
    width, height = (float(v) for v in figure.get_size_inches())
    middle = width * 0.5
    upper_bottom = height * 0.5 + 0.45 * scale
    lower_top = height * 0.5 + 0.3 * scale
    right_of_left = width - middle + 0.25 * scale
    return (
        drawing.place(figure, 1.75 * scale, upper_bottom, right_of_left, 0.3 * scale),
        drawing.place(figure, middle + 0.75 * scale, upper_bottom, 0.3 * scale, 0.3 * scale),
        drawing.place(figure, 0.55 * scale, 0.35 * scale, right_of_left, lower_top),
        drawing.place(figure, middle + 0.75 * scale, 0.35 * scale, 0.3 * scale, lower_top),
    )


def _name(customer: BookCustomer) -> str:
    return drawing.shorten(customer.name, 22)


def _stages(chart: Chart, ax: Axes, data: BookChartData, look: ChartLook) -> None:
    palette = look.palette
    drawing.titled(
        ax, PortfolioFigureText.tr("Where each relationship stands, and for how long"), look
    )
    stages = list(Stage)
    rows = {stage: len(stages) - 1 - stage.order for stage in stages}
    by_stage = days_in_stage(data.customers, data.now)
    ax.set_ylim(-0.6, len(stages) - 0.4)
    ax.set_yticks([rows[s] for s in stages], [f"{s.label} ({len(by_stage[s])})" for s in stages])
    ax.tick_params(axis="y", length=0)
    ax.set_xlabel(PortfolioFigureText.tr("Months in their current stage"), color=palette.muted)
    longest = max((d for days in by_stage.values() for d in days), default=30) / DAYS_PER_MONTH
    xmax = max(1.0, longest) * 1.12
    ax.set_xlim(-xmax * 0.04, xmax)
    step = next(s for s in (1, 2, 3, 6, 12, 24, 60) if xmax / s <= 7)
    ax.set_xticks([float(m) for m in range(0, int(xmax) + 1, step)])
    for stage in stages:
        ax.axhline(rows[stage], color=palette.grid, linewidth=0.8, zorder=1)
    placed = [c for c in data.customers if c.stage is not None and c.stage_since is not None]
    if not placed:
        drawing.say(ax, PortfolioFigureText.tr("No active relationships yet"), look)
        return
    marks = chart.marks_on(ax).marks
    names = drawing.LabelPlacer(ax, look)
    dots: list[tuple[BookCustomer, float, float]] = []
    for stage in stages:
        members = [c for c in placed if c.stage is stage]
        if not members:
            continue
        xs = [_days(data, c) / DAYS_PER_MONTH for c in members]
        _scatter(
            ax,
            xs,
            [rows[stage]] * len(xs),
            s=60,
            color=palette.stage(stage),
            zorder=3,
            edgecolors=palette.text,
            linewidths=0.6,
            gid=f"stage-dots:{stage.value}",
        )
        for customer, x in zip(members, xs, strict=True):
            how_long = PortfolioFigureText.tr("{stage} {duration}").format(
                stage=stage.label, duration=describe_duration(_days(data, customer))
            )
            tip = f"{customer.name}\n{how_long}"
            marks.append(Mark(("customer", customer.id), x, rows[stage], tip))
            dots.append((customer, x, rows[stage]))
    if len(dots) <= NAMED_UP_TO:
        names.add_dots([(x, y) for _c, x, y in dots])
        for customer, x, y in sorted(dots, key=lambda d: -d[1]):  # the longest-stuck first
            names.name(_name(customer), x, y, look.small * 0.95, ("above", "below", "right"))


def _scatter(ax: Axes, xs: Sequence[float], ys: Sequence[float], **style: Any) -> None:
    """`ax.scatter` in parts of at most DOTS_PER_DRAW dots, drawn in the same order."""
    colours = style.pop("c", None)
    for start in range(0, max(len(xs), 1), DOTS_PER_DRAW):
        part = slice(start, start + DOTS_PER_DRAW)
        if colours is not None:
            style["c"] = colours[part]
        ax.scatter(xs[part], ys[part], **style)


def _days(data: BookChartData, customer: BookCustomer) -> int:
    """Whole days the customer has been in their current stage."""
    assert customer.stage_since is not None
    return max(0, (data.now - customer.stage_since).days)


def _value(chart: Chart, ax: Axes, data: BookChartData, look: ChartLook) -> None:
    palette, words = look.palette, look.words
    drawing.titled(ax, PortfolioFigureText.tr("Account value and relationship health"), look)
    valued = [c for c in data.customers if c.account_value is not None]
    currency = Counter(c.currency for c in valued).most_common(1)
    ax.set_ylim(0, 104)
    ax.set_yticks([0, 40, 70, 100])
    ax.set_ylabel(PortfolioFigureText.tr("Health"), color=palette.muted)
    if not currency:
        drawing.say(ax, PortfolioFigureText.tr("No account values entered yet"), look)
        return
    code = currency[0][0]
    shown = [c for c in valued if c.currency == code]
    values = [float(c.account_value or 0) for c in shown]
    xmax = max(max(values), 1.0) * 1.12
    ax.set_xlim(0, xmax)
    ax.set_xlabel(PortfolioFigureText.tr("Account value"), color=palette.muted)
    ax.set_xticks(*_money_ticks(xmax, code, look))
    threshold = data.big_deal_from.get(code)
    if threshold is not None:
        left = float(threshold)
        ax.add_patch(
            Rectangle(
                (left, 0),
                xmax - left,
                data.strong_from,
                color=palette.highlight,
                linewidth=0,
                zorder=0,
                gid="risk-corner",
            )
        )
        ax.text(
            xmax * 0.985,
            4,
            PortfolioFigureText.tr("Big account,\nweak relationship"),
            ha="right",
            va="bottom",
            fontsize=look.font_size,
            fontweight="bold",
            color=palette.bad,
            gid="risk-corner-label",
        )
    healths = [c.health for c in shown]
    _scatter(
        ax,
        values,
        healths,
        s=60,
        zorder=3,
        linewidths=0.6,
        edgecolors=palette.text,
        c=[palette.bad if c.big_deal_at_risk else palette.accent for c in shown],
        gid="value-dots",
    )
    marks = chart.marks_on(ax).marks
    for customer, x in zip(shown, values, strict=True):
        value = PortfolioFigureText.tr("{amount} · health {score}").format(
            amount=words.money(x, code), score=customer.health
        )
        tip = f"{customer.name}\n{value}"
        if customer.big_deal_at_risk:
            tip += "\n" + PortfolioFigureText.tr("A big account on a thin relationship")
        marks.append(Mark(("customer", customer.id), x, customer.health, tip))
    if len(shown) <= NAMED_UP_TO:
        names = drawing.LabelPlacer(ax, look)
        names.add_dots(list(zip(values, healths, strict=True)))
        order = sorted(
            zip(shown, values, strict=True), key=lambda p: (not p[0].big_deal_at_risk, -p[1])
        )
        for customer, x in order:
            names.name(_name(customer), x, customer.health, look.small * 0.95)
    missing = len(data.customers) - len(shown)
    if missing:
        ax.text(
            0.01,
            1.0,
            PortfolioFigureText.tr(
                "Not shown: %n without an account value in {currency}", "", missing
            ).format(currency=code),
            transform=ax.transAxes,
            va="top",
            fontsize=look.small,
            color=palette.muted,
            gid="not-shown",
        )


def _money_ticks(xmax: float, code: str, look: ChartLook) -> tuple[list[float], list[str]]:
    """Three or four round amounts from 0 to xmax, named in the owner's words."""
    magnitude = 10 ** max(0, len(str(int(xmax))) - 1)
    steps = (m * magnitude for m in (0.1, 0.2, 0.25, 0.5, 1, 2, 5, 10))
    step = next(s for s in steps if xmax / s <= 4)
    ticks = [step * i for i in range(int(xmax // step) + 1)]
    return ticks, [look.words.money(t, code) for t in ticks]


def _contacts(ax: Axes, data: BookChartData, look: ChartLook, tz: tzinfo | None) -> None:
    palette = look.palette
    drawing.titled(ax, PortfolioFigureText.tr("Contacts per week, all relationships"), look)
    window = Window(data.now - timedelta(weeks=52), data.now)
    buckets = count_by_period(data.contacts, window, weekly=True, tz=tz)
    starts = [drawing.num(b.start) for b in buckets]
    ax.bar(
        starts,
        [b.count for b in buckets],
        width=5.2,
        align="edge",
        color=palette.accent,
        linewidth=0,
        gid="contact-bars",
    )
    drawing.counts_axis(ax, max((b.count for b in buckets), default=0))
    drawing.date_axis(ax, window, look, tz)
    ax.set_xlim(starts[0] - 1, starts[-1] + 8)
    if not any(b.count for b in buckets):
        drawing.say(ax, PortfolioFigureText.tr("No contacts logged in the last year"), look)
        return
    average = sum(b.count for b in buckets) / len(buckets)
    ax.axhline(average, color=palette.text, linestyle="--", linewidth=0.9, gid="average")
    ax.text(
        0.99,
        0.97,
        PortfolioFigureText.tr("average {number} a week (dashed line)").format(
            number=look.words.number(average, 1)
        ),
        transform=ax.transAxes,
        ha="right",
        va="top",
        fontsize=look.small,
        color=palette.text,
        gid="average-label",
    )


def _moves(ax: Axes, data: BookChartData, look: ChartLook, tz: tzinfo | None) -> None:
    palette = look.palette
    drawing.titled(ax, PortfolioFigureText.tr("Conflicts opened and resolved per month"), look)
    months = moves_by_month(data.moves, data.now, 12, tz)
    starts = [drawing.num(m.start) for m in months]
    width = 11.0
    series = (
        (
            PortfolioFigureText.tr("Conflicts opened"),
            [m.opened for m in months],
            palette.bad,
            "opened",
        ),
        (
            PortfolioFigureText.tr("Conflicts resolved"),
            [m.resolved for m in months],
            palette.good,
            "resolved",
        ),
    )
    for i, (label, heights, colour, gid) in enumerate(series):
        ax.bar(
            [s + 4 + i * width for s in starts],
            heights,
            width=width,
            align="edge",
            color=colour,
            linewidth=0,
            label=label,
            gid=f"moves:{gid}",
        )
    top = max((max(m.opened, m.resolved) for m in months), default=0)
    drawing.counts_axis(ax, top)
    ax.set_ylim(0, max(top, 2) * 1.6)
    ax.legend(loc="upper left", ncols=2, handlelength=1.0, columnspacing=1.2)
    drawing.date_axis(ax, Window(data.now - timedelta(days=365), data.now), look, tz)
    ax.set_xlim(starts[0], starts[-1] + 31)
    other = sum(m.other for m in months)
    ax.text(
        0.01,
        0.86,
        PortfolioFigureText.tr("Other stage moves in these 12 months: {count}").format(count=other),
        transform=ax.transAxes,
        ha="left",
        va="top",
        fontsize=look.small,
        color=palette.muted,
        gid="other-moves",
    )
