"""Marking moves into Conflict and Compromise on the health panel, with their reasons.

A move gets a line (dashed for Conflict, dotted for Compromise, in the stage's
colour) and, where it fits, a boxed label with its reason, so the owner sees what
happened to health around a disagreement and how it was settled.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from matplotlib.axes import Axes

from rapport.domain.stages import Stage
from rapport.reports import drawing
from rapport.reports.chart_data import Window
from rapport.reports.drawing import num
from rapport.reports.style import ChartLook
from rapport.store.charts import CustomerChartData

#: Only these moves get a line and their reason.
ANNOTATED = (Stage.CONFLICT, Stage.COMPROMISE)


def px_at(ax: Axes, window: Window, moment: datetime) -> float:
    """Where a moment falls across a panel, in pixels at 100 dpi from its left edge."""
    share = (moment - window.start).total_seconds() / max(window.span.total_seconds(), 1)
    return share * drawing.width_px(ax)


def annotate_moves(
    ax: Axes, data: CustomerChartData, window: Window, look: ChartLook, tz: tzinfo | None
) -> None:
    """A line at each move into Conflict or Compromise, and its reason where it fits.

    Labels go where the health line is not (low when health was high, and the other
    way round), on up to three rows; the latest moves are placed first.
    """
    palette = look.palette
    moves = [c for c in data.stages if c.stage in ANNOTATED and window.contains(c.at)]
    panel = drawing.width_px(ax)
    rows: list[list[tuple[float, float]]] = [[], [], []]  # pixel spans taken on each row
    for change in moves:
        x = num(change.at, tz)
        colour = palette.stage(change.stage)
        style = "--" if change.stage is Stage.CONFLICT else ":"
        ax.axvline(x, color=colour, linestyle=style, linewidth=1.4, gid=f"move:{change.id}")
        at = px_at(ax, window, change.at)
        text, rightwards = _move_text(change.stage.label, change.reason, panel - at, look)
        wide = drawing.text_px(text, look.small, 100.0) + 10
        span = (at, at + wide) if rightwards else (at - wide, at)
        row = next((r for r in range(len(rows)) if _free(rows[r], span)), None)
        if row is None:
            continue  # no room: the line stays, and the stage band's hover text says why
        rows[row].append(span)
        high = _score_near(data, change.at) < 60
        y = 0.95 - row * 0.16 if high else 0.05 + row * 0.16
        ax.text(
            x,
            y,
            f" {text} ",
            transform=ax.get_xaxis_transform(),
            ha="left" if rightwards else "right",
            va="top" if high else "bottom",
            fontsize=look.small,
            color=palette.text,
            gid=f"annotation:{change.stage.value}",
            bbox={
                "boxstyle": "round,pad=0.15",
                "fc": palette.background,
                "ec": colour,
                "lw": 0.8,
                "alpha": 0.92,
            },
            zorder=4,
        )


def _move_text(stage: str, reason: str, room_px: float, look: ChartLook) -> tuple[str, bool]:
    """The label of a move, cut to the room right of its line; leftwards only if none."""
    full = f"{stage}: {drawing.shorten(reason, 34)}" if reason else stage
    for limit in range(len(full), len(stage) - 1, -1):
        text = full if limit == len(full) else drawing.shorten(full, limit)
        if drawing.text_px(text, look.small, 100.0) + 10 <= room_px:
            return text, True
    return full, False


def _score_near(data: CustomerChartData, moment: datetime) -> int:
    """The health score sampled nearest to a moment (50 when there is none)."""
    if not data.health:
        return 50
    return min(data.health, key=lambda p: abs((p.at - moment).total_seconds())).score


def _free(taken: list[tuple[float, float]], span: tuple[float, float]) -> bool:
    """Whether a pixel span overlaps none of the spans already taken on a row."""
    return all(span[1] <= left or span[0] >= right for left, right in taken)
