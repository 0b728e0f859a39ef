"""One customer's relationship over time: stages, health, mood of each entry, activity.

Four panels share the time axis, top to bottom:

1. **Stage** — a coloured band per lifecycle stage, named in text with the date it
   began where there is room; stages too narrow to name are named in a key above.
2. **Health** — the score's line over the weak / fair / strong zones; each move into
   Conflict or Compromise is marked with a line and its reason.
3. **Mood of each entry** — a dot per entry at its sentiment (unrated ones on their
   own row): the dots a user hovers and clicks.
4. **Entries per month** (per week for short spans) — bars; quiet spells are labelled.
"""

from __future__ import annotations

from datetime import tzinfo
from functools import partial

from matplotlib.axes import Axes
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from rapport.domain.kinds import sentiment_label
from rapport.domain.lifecycle import describe_duration
from rapport.domain.stages import Stage
from rapport.i18n import Words
from rapport.reports import drawing
from rapport.reports.chart_data import (
    WEEKLY_UP_TO,
    Window,
    count_by_period,
    local,
    quiet_spells,
    stage_bands,
)
from rapport.reports.drawing import num
from rapport.reports.marks import Chart, Mark
from rapport.reports.moves import annotate_moves, px_at
from rapport.reports.style import ChartLook
from rapport.store.charts import ChartEntry, CustomerChartData

CustomerFigureText = Words("CustomerFigureText")

#: Panel heights, relative: the health line gets the most room.
HEIGHTS = (0.7, 2.0, 1.3, 1.1)
#: Entries without a sentiment sit on their own row below "negative".
UNRATED_Y = -3.6
#: Margins in inches (left, bottom, right, top) and the heading space above each panel.
MARGINS = (0.85, 0.32, 0.38, 0.26)
GAP = 0.3


def draw_customer(
    data: CustomerChartData,
    window: Window,
    look: ChartLook,
    figure: Figure | None = None,
    size: tuple[float, float] = (8.0, 5.4),
    tz: tzinfo | None = None,
    title: str | None = None,
) -> Chart:
    """Draw one customer's chart for a window of time; see the module's description."""
    figure = drawing.prepare(figure, size, look)
    chart = Chart(figure)
    scale = look.font_size / 9
    left, bottom, right, top = (m * scale for m in MARGINS)
    if title:
        top += look.font_size * 2.2 / 72
        figure.text(
            left / figure.get_size_inches()[0],
            1 - 0.08 / figure.get_size_inches()[1],
            title,
            ha="left",
            va="top",
            fontsize=look.font_size * 1.25,
            fontweight="bold",
            color=look.palette.text,
            gid="title",
        )
    with drawing.styled(look):
        axes = drawing.column(figure, HEIGHTS, (left, bottom, right, top), GAP * scale)
        stage_ax, health_ax, mood_ax, count_ax = axes
        for ax, label in zip(axes, ("stages", "health", "mood", "activity"), strict=True):
            ax.set_label(label)
            ax.set_xlim(num(window.start, tz), num(window.end, tz))
        for ax in axes[:-1]:
            ax.set_xticks([])
        _stages(chart, stage_ax, data, window, look, tz)
        _health(health_ax, data, window, look, tz)
        _mood(chart, mood_ax, data, window, look, tz)
        _activity(count_ax, data, window, look, tz)
        drawing.date_axis(count_ax, window, look, tz)
    return chart


def _stages(
    chart: Chart,
    ax: Axes,
    data: CustomerChartData,
    window: Window,
    look: ChartLook,
    tz: tzinfo | None,
) -> None:
    palette, words = look.palette, look.words
    drawing.titled(ax, CustomerFigureText.tr("Stage"), look)
    ax.set_ylim(0, 1)
    ax.set_yticks([])
    for side in ("left", "bottom"):
        ax.spines[side].set_visible(False)
    bands = stage_bands(data.stages, window)
    if not bands:
        drawing.say(ax, CustomerFigureText.tr("No stage recorded yet"), look)
    unnamed: dict[Stage, None] = {}
    for band in bands:
        x0, x1 = num(band.start, tz), num(band.end, tz)
        colour = palette.stage(band.stage)
        ax.axvspan(
            x0,
            x1,
            color=colour,
            alpha=palette.band_alpha,
            linewidth=0,
            gid=f"band:{band.stage.value}",
        )
        if band.began_in_window:
            ax.axvline(x0, color=palette.background, linewidth=1.5, gid="stage-change")
        began = words.full_day(local(band.change.at, tz).date())
        width = px_at(ax, window, band.end) - px_at(ax, window, band.start)
        when = (
            began
            if band.began_in_window
            else CustomerFigureText.tr("since {day}").format(day=began)
        )
        label = _band_label(band.stage.label, when, width, look)
        if label:
            ax.text(
                (x0 + x1) / 2,
                0.5,
                label,
                ha="center",
                va="center",
                fontsize=look.small,
                color=palette.text,
                gid=f"band-label:{band.stage.value}",
            )
        else:
            unnamed[band.stage] = None
        days = (band.end - band.change.at).days
        reason = f"\n{band.change.reason}" if band.change.reason else ""
        tip = CustomerFigureText.tr("{stage} from {day} ({duration})").format(
            stage=band.stage.label, day=began, duration=describe_duration(days)
        )
        tip += reason
        chart.marks_on(ax).marks.append(Mark(("stage", band.change.id), x0, 0.5, tip, x1))
    if unnamed:  # never colour alone: stages too narrow to name get a key
        handles = [
            Patch(color=palette.stage(s), alpha=palette.band_alpha, label=s.label) for s in unnamed
        ]
        ax.legend(
            handles=handles,
            loc="lower right",
            bbox_to_anchor=(1.0, 0.98),
            ncols=len(handles),
            handlelength=0.9,
            handletextpad=0.4,
            columnspacing=0.9,
            borderaxespad=0,
            borderpad=0.1,
            fontsize=look.small,
        )


def _band_label(stage: str, began: str, width_px: float, look: ChartLook) -> str:
    """The stage's name and start date if they fit in the band, else as much as fits."""
    wrapped = stage.replace(" ", "\n", 1)
    for text in (f"{stage}\n{began}", stage, wrapped):
        if drawing.fits(text, width_px, look.small, 100.0):
            return text
    return ""


def _health(
    ax: Axes, data: CustomerChartData, window: Window, look: ChartLook, tz: tzinfo | None
) -> None:
    palette = look.palette
    drawing.titled(ax, CustomerFigureText.tr("Health"), look)
    ax.set_ylim(0, 100)
    ax.set_yticks(
        [20, 55, 85],
        [
            CustomerFigureText.tr("weak"),
            CustomerFigureText.tr("fair"),
            CustomerFigureText.tr("strong"),
        ],
    )
    ax.tick_params(axis="y", length=0)
    ax.axhspan(70, 100, color=palette.good, alpha=0.09, linewidth=0)
    ax.axhspan(0, 40, color=palette.bad, alpha=0.09, linewidth=0)
    for y in (40, 70):
        ax.axhline(y, color=palette.grid, linewidth=0.8, zorder=1)
    if any(window.contains(p.at) for p in data.health):
        xs = [num(p.at, tz) for p in data.health]
        ys = [p.score for p in data.health]
        ax.plot(xs, ys, color=palette.line, linewidth=1.8, gid="health-line", zorder=3)
        last = data.health[-1]
        ax.annotate(
            f"{last.score}",
            (num(last.at, tz), last.score),
            xytext=(4, 0),
            textcoords="offset points",
            va="center",
            fontsize=look.small,
            fontweight="bold",
            color=palette.line,
            gid="health-now",
            annotation_clip=False,
        )
    annotate_moves(ax, data, window, look, tz)


def _mood(
    chart: Chart,
    ax: Axes,
    data: CustomerChartData,
    window: Window,
    look: ChartLook,
    tz: tzinfo | None,
) -> None:
    palette = look.palette
    drawing.titled(ax, CustomerFigureText.tr("Mood of each entry"), look)
    ax.set_ylim(UNRATED_Y - 0.8, 2.8)
    moods = [
        CustomerFigureText.tr("not rated"),
        CustomerFigureText.tr("negative"),
        CustomerFigureText.tr("neutral"),
        CustomerFigureText.tr("positive"),
    ]
    ax.set_yticks([UNRATED_Y, -2, 0, 2], moods)
    ax.tick_params(axis="y", length=0)
    ax.axhline(0, color=palette.grid, linewidth=0.8, zorder=1)
    shown = [e for e in data.entries if window.contains(e.at)]
    if not shown:
        empty = (
            CustomerFigureText.tr("No entries in this period")
            if data.entries
            else CustomerFigureText.tr("No entries yet")
        )
        drawing.say(ax, empty, look)
        return
    # One collection per size of dot (rated and not rated): a collection whose dots all
    # share one size is written to SVG as one shape used at each point, instead of a
    # path per dot — the printout's chart writes in half the time, and looks the same.
    rated: tuple[list[float], list[float], list[str]] = ([], [], [])
    unrated: tuple[list[float], list[float], list[str]] = ([], [], [])
    marks = chart.marks_on(ax).marks
    for entry in shown:
        x, mood = num(entry.at, tz), entry.sentiment
        if mood is None:
            y, colour, dots = UNRATED_Y, palette.muted, unrated
        else:
            y = float(mood)
            colour = palette.good if mood > 0 else palette.bad if mood < 0 else palette.neutral
            dots = rated
        dots[0].append(x)
        dots[1].append(y)
        dots[2].append(colour)
        marks.append(Mark(("entry", entry.id), x, y, partial(_entry_tip, entry, look, tz)))
    for (xs, ys, colours), size, gid in (
        (rated, 28.0, "entries:rated"),
        (unrated, 14.0, "entries:unrated"),
    ):
        if xs:
            ax.scatter(xs, ys, s=size, c=colours, linewidths=0, alpha=0.85, zorder=3, gid=gid)


def _entry_tip(entry: ChartEntry, look: ChartLook, tz: tzinfo | None) -> str:
    """The hover text of an entry's dot: title, day, kind and mood."""
    mood = entry.sentiment
    feeling = f" · {sentiment_label(mood)}" if mood is not None else ""
    when = look.words.full_day(local(entry.at, tz).date())
    return f"{entry.title}\n{when} · {entry.kind.label}{feeling}"


def _activity(
    ax: Axes, data: CustomerChartData, window: Window, look: ChartLook, tz: tzinfo | None
) -> None:
    palette = look.palette
    weekly = window.span <= WEEKLY_UP_TO
    title = (
        CustomerFigureText.tr("Entries per week")
        if weekly
        else CustomerFigureText.tr("Entries per month")
    )
    drawing.titled(ax, title, look)
    buckets = count_by_period((e.at for e in data.entries), window, weekly, tz)
    first = num(window.start, tz)  # a period cut by the window's start gets a shorter bar
    ends = [num(b.end) for b in buckets]
    starts = [max(num(b.start), first) for b in buckets]
    gaps = [(e - num(b.start)) * 0.2 for b, e in zip(buckets, ends, strict=True)]
    # One collection of bars, not a patch per period: `ax.bar` works out the data limits
    # anew for every bar, a quarter of the whole chart's cost (the limits are set here).
    widths = [max(e - s - g, 0.5) for s, e, g in zip(starts, ends, gaps, strict=True)]
    bars = PolyCollection(
        [
            ((x, 0), (x, b.count), (x + w, b.count), (x + w, 0))
            for x, w, b in zip(starts, widths, buckets, strict=True)
        ],
        closed=True,
        facecolors=palette.accent,
        linewidths=0,
        gid="activity-bars",
        label="entries",
    )
    ax.add_collection(bars, autolim=False)
    drawing.counts_axis(ax, max((b.count for b in buckets), default=0))
    for quiet_from, quiet_to in quiet_spells(buckets, 3 if weekly else 2):
        x0 = max(num(quiet_from), first)
        x1 = min(num(quiet_to), num(window.end, tz))
        ax.axvspan(x0, x1, color=palette.grid, alpha=0.6, linewidth=0, gid="quiet")
        ax.text(
            (x0 + x1) / 2,
            0.5,
            CustomerFigureText.tr("quiet"),
            transform=ax.get_xaxis_transform(),
            ha="center",
            va="center",
            fontsize=look.small,
            color=palette.muted,
            style="italic",
            gid="quiet-label",
        )
