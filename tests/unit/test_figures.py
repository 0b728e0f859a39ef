"""What the figures hold for known data: bands, labels, points, annotations, bar heights."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import UTC, date, timedelta
from typing import Any

import pytest
from chartbuilders import NOW, STORY_STAGES, book, day, entries, story
from matplotlib import dates as mdates
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from rapport.reports.chart_data import ChartRange, Window, count_by_period
from rapport.reports.customer_figure import UNRATED_Y
from rapport.reports.drawing import date_ticks
from rapport.reports.figures import (
    customer_chart,
    portfolio_chart,
    render,
    render_png,
    render_svg,
)
from rapport.reports.style import DARK, LIGHT, ChartLook, PlainWords
from rapport.theme import STAGE_COLOURS

WINDOW = Window(day(-5), day(370))
WORDS = PlainWords()


def x(moment: Any) -> float:
    return float(mdates.date2num(moment.astimezone(UTC).replace(tzinfo=None)))


def panel(figure: Figure, label: str) -> Axes:
    return next(a for a in figure.axes if a.get_label() == label)


def by_gid(ax: Axes, gid: str) -> list[Any]:
    """Artists with this gid, or whose gid starts with it when it ends in a colon."""
    found = [*ax.patches, *ax.texts, *ax.collections, *ax.lines]
    if gid.endswith(":"):
        return [a for a in found if (a.get_gid() or "").startswith(gid)]
    return [a for a in found if a.get_gid() == gid]


def bar_heights(ax: Axes) -> list[float]:
    """The activity bars' heights, in drawing order (one collection holds them all)."""
    bars = by_gid(ax, "activity-bars")
    assert len(bars) == 1  # one artist: a patch per bar cost a quarter of the chart
    return [float(path.vertices[:, 1].max()) for path in bars[0].get_paths()]


def flat(points: Any) -> list[float]:
    return [float(v) for point in points for v in point]


def texts(ax: Axes, prefix: str) -> list[str]:
    return [t.get_text() for t in by_gid(ax, prefix)]


def test_stage_bands_span_each_stage_and_name_it_with_its_date() -> None:
    chart = render(customer_chart(story(30), WINDOW, tz=UTC))
    stages = panel(chart.figure, "stages")
    bands = by_gid(stages, "band:")
    assert [b.get_gid() for b in bands] == [
        "band:attraction",
        "band:compatibility",
        "band:conflict",
        "band:compromise",
        "band:deeper_understanding",
    ]
    bounds = [*(c.at for c in STORY_STAGES), WINDOW.end]
    for band, start, end in zip(bands, bounds, bounds[1:], strict=False):
        assert band.get_x() == pytest.approx(x(start))
        assert band.get_x() + band.get_width() == pytest.approx(x(end))
    assert bands[2].get_facecolor()[:3] == pytest.approx(
        tuple(int(STAGE_COLOURS[STORY_STAGES[2].stage][i : i + 2], 16) / 255 for i in (1, 3, 5))
    )
    labels = texts(stages, "band-label:")
    assert f"Compatibility\n{WORDS.full_day(day(40).date())}" in labels
    assert f"Deeper understanding\n{WORDS.full_day(day(250).date())}" in labels
    # Conflict (20 days) is too narrow to name inside its band: the key above names it.
    legend = stages.get_legend()
    assert legend is not None and "Conflict" in [t.get_text() for t in legend.get_texts()]


def test_conflicts_and_compromises_are_marked_with_their_reasons() -> None:
    chart = customer_chart(story(30), WINDOW, tz=UTC)
    health = panel(chart.figure, "health")
    assert texts(health, "annotation:conflict") == [" Conflict: Burnt roast delivered "]
    assert texts(health, "annotation:compromise") == [" Compromise: Free replacement "]
    lines = {line.get_gid(): line.get_xdata()[0] for line in by_gid(health, "move:")}
    assert lines == {"move:3": pytest.approx(x(day(150))), "move:4": pytest.approx(x(day(170)))}


def test_health_line_plots_every_sample_and_says_the_latest_score() -> None:
    data = story(10)
    chart = customer_chart(data, WINDOW, tz=UTC)
    health = panel(chart.figure, "health")
    (line,) = by_gid(health, "health-line")
    assert list(line.get_ydata()) == [p.score for p in data.health]
    assert list(line.get_xdata()) == pytest.approx([x(p.at) for p in data.health])
    assert texts(health, "health-now") == ["72"]
    assert [t.get_text() for t in health.get_yticklabels()] == ["weak", "fair", "strong"]


def test_each_entry_is_a_dot_at_its_mood_with_hover_text() -> None:
    data = replace(story(), entries=entries((10, 2), (20, -1), (30, None), (31, 0)))
    chart = customer_chart(data, WINDOW, tz=UTC)
    mood = panel(chart.figure, "mood")
    rated, unrated = by_gid(mood, "entries:")
    assert flat(rated.get_offsets()) == pytest.approx(
        flat([[x(day(10)), 2], [x(day(20)), -1], [x(day(31)), 0]])
    )
    assert flat(unrated.get_offsets()) == pytest.approx(flat([[x(day(30)), UNRATED_Y]]))
    assert rated.get_sizes()[0] > unrated.get_sizes()[0]  # an unrated entry is a smaller dot
    marks = chart.marks
    assert [m.key for m in marks if m.key[0] == "entry"] == [("entry", i) for i in (1, 2, 3, 4)]
    tip = chart.find(("entry", 2)).tip  # type: ignore[union-attr]
    assert tip == f"Entry 2\n{WORDS.full_day(day(20).date())} · Meeting · Negative"


def test_dots_of_one_size_are_one_shape_so_a_long_history_writes_its_chart_fast() -> None:
    """A size per dot makes matplotlib write a path per dot; a size per kind, one shape."""
    moods = [2, -1, None, 0, 1, -2, None]
    data = replace(story(), entries=entries(*((i * 40, m) for i, m in enumerate(moods))))
    mood = panel(customer_chart(data, WINDOW, tz=UTC).figure, "mood")
    dots = by_gid(mood, "entries:")
    assert sum(len(d.get_offsets()) for d in dots) == len(moods)
    assert all(len(set(d.get_sizes())) == 1 for d in dots)


def test_bars_count_entries_per_month_and_quiet_spells_are_named() -> None:
    specs = [(d, 1) for d in (2, 3, 35, 36, 37, 160, 161)]  # nothing in Sep–Nov
    data = replace(story(), entries=entries(*specs))
    chart = customer_chart(data, WINDOW, tz=UTC)
    activity = panel(chart.figure, "activity")
    heights = bar_heights(activity)
    expected = count_by_period((e.at for e in data.entries), WINDOW, weekly=False, tz=UTC)
    assert heights == [b.count for b in expected]
    assert heights[:4] == [0, 2, 3, 0] and sum(heights) == 7  # June 2025 is before day 0
    assert texts(activity, "quiet-label") == ["quiet", "quiet"]  # Sep–Nov, and Jan onwards
    assert texts(activity, "panel-title") == ["Entries per month"]


def test_a_short_window_counts_weeks_and_names_days() -> None:
    chart = customer_chart(story(60), ChartRange.THREE_MONTHS, tz=UTC)
    activity = panel(chart.figure, "activity")
    assert texts(activity, "panel-title") == ["Entries per week"]
    labels = [t.get_text() for t in activity.get_xticklabels()]
    assert labels and all(len(label.split()) == 2 for label in labels)  # "12 Mar"


@pytest.mark.parametrize("count", [0, 1, 5000])
def test_any_number_of_entries_draws_sensibly(count: int) -> None:
    data = story(count)
    started = time.perf_counter()
    chart = render(customer_chart(data, ChartRange.ALL, tz=UTC))
    elapsed = time.perf_counter() - started
    mood = panel(chart.figure, "mood")
    activity = panel(chart.figure, "activity")
    assert sum(bar_heights(activity)) == count
    assert len([m for m in chart.marks if m.key[0] == "entry"]) == count
    if count == 0:
        assert texts(mood, "message") == ["No entries yet"]
        assert by_gid(mood, "entries:") == []
    assert elapsed < 5  # generous: the benchmark holds the real target


def test_a_customer_without_stages_says_so() -> None:
    chart = customer_chart(story(3, stages=()), WINDOW, tz=UTC)
    assert texts(panel(chart.figure, "stages"), "message") == ["No stage recorded yet"]


def test_pointing_finds_the_nearest_dot_else_the_band_under_the_pointer() -> None:
    data = replace(story(), entries=entries((100, 1), (101, -2), (200, 0)))
    chart = render(customer_chart(data, WINDOW, tz=UTC))
    for key in (("entry", 1), ("entry", 2), ("entry", 3)):
        mark = chart.find(key)
        assert mark is not None
        px, py = chart.display_xy(mark)
        assert chart.hit(px + 2, py - 2) is mark
    stages = panel(chart.figure, "stages")
    sx, sy = stages.transData.transform((x(day(60)), 0.5))
    assert chart.hit(sx, sy).key == ("stage", 2)  # type: ignore[union-attr]
    assert chart.hit(1, 1) is None


def test_portfolio_shades_the_big_account_weak_relationship_corner() -> None:
    chart = render(portfolio_chart(book(), tz=UTC))
    value = panel(chart.figure, "value")
    (corner,) = by_gid(value, "risk-corner")
    assert corner.get_x() == 20000 and corner.get_height() == 70
    assert corner.get_x() + corner.get_width() == pytest.approx(value.get_xlim()[1])
    assert texts(value, "risk-corner-label") == ["Big account,\nweak relationship"]
    (dots,) = by_gid(value, "value-dots")
    assert dots.get_offsets().tolist() == [[48000, 35], [9000, 85], [4000, 66]]
    colours = [tuple(c[:3]) for c in dots.get_facecolors()]
    assert colours[0] != colours[1] and colours[1] == colours[2]  # Ada is flagged
    assert texts(value, "not-shown") == ["Not shown: 1 without an account value in EUR"]
    assert {t.get_text() for t in by_gid(value, "name")} == {"Ada", "Bo", "Di"}


def test_portfolio_places_customers_by_stage_and_time_there() -> None:
    chart = render(portfolio_chart(book(), tz=UTC))
    stages = panel(chart.figure, "stages")
    (conflict,) = by_gid(stages, "stage-dots:conflict")
    assert flat(conflict.get_offsets()) == pytest.approx([45 / 30.44, 2])
    labels = [t.get_text() for t in stages.get_yticklabels()]
    assert labels == [
        "Attraction (1)",
        "Compatibility (0)",
        "Conflict (1)",
        "Compromise (1)",
        "Deeper understanding (1)",
    ]
    assert list(stages.get_yticks()) == [4, 3, 2, 1, 0]  # the lifecycle reads downwards
    renderer = chart.figure.canvas.get_renderer()  # type: ignore[attr-defined]
    boxes = [t.get_window_extent(renderer) for ax in chart.figure.axes for t in by_gid(ax, "name")]
    assert len(boxes) == 7  # every customer named: four by stage, three by value
    for i, a in enumerate(boxes):
        assert not any(a.overlaps(b) for b in boxes[i + 1 :] if b is not a), "names overlap"


def test_portfolio_counts_contacts_per_week_and_conflicts_per_month() -> None:
    chart = portfolio_chart(book(), tz=UTC)
    contacts = panel(chart.figure, "contacts")
    heights = [bar.get_height() for bar in by_gid(contacts, "contact-bars")]
    assert heights[-3:] == [1, 2, 1] and sum(heights) == 4  # weeks from Mon 15, 22, 29 June
    (average,) = by_gid(contacts, "average")
    assert average.get_ydata()[0] == pytest.approx(4 / len(heights))
    moves = panel(chart.figure, "moves")
    assert sum(b.get_height() for b in by_gid(moves, "moves:opened")) == 1
    assert sum(b.get_height() for b in by_gid(moves, "moves:resolved")) == 1
    assert texts(moves, "other-moves") == ["Other stage moves in these 12 months: 1"]


def test_an_empty_book_draws_with_plain_sentences() -> None:
    empty = replace(book(), customers=(), contacts=(), moves=())
    chart = render(portfolio_chart(empty, tz=UTC))
    assert texts(panel(chart.figure, "stages"), "message") == ["No active relationships yet"]
    assert texts(panel(chart.figure, "value"), "message") == ["No account values entered yet"]
    assert texts(panel(chart.figure, "contacts"), "message") == [
        "No contacts logged in the last year"
    ]


def test_the_dark_palette_colours_background_and_text() -> None:
    chart = customer_chart(story(5), WINDOW, ChartLook(DARK), tz=UTC)
    assert chart.figure.get_facecolor()[:3] == pytest.approx((0x20 / 255, 0x21 / 255, 0x24 / 255))
    title = by_gid(panel(chart.figure, "health"), "panel-title")[0]
    assert title.get_color() == DARK.text
    light = customer_chart(story(5), WINDOW, ChartLook(LIGHT), tz=UTC)
    assert light.figure.get_facecolor()[:3] == (1.0, 1.0, 1.0)


def test_dates_on_the_axis_use_the_words_given() -> None:
    class Dutch(PlainWords):
        def month(self, value: date) -> str:
            return ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov",
                    "dec"][value.month - 1] + f" {value.year}"  # fmt: skip

    chart = customer_chart(story(5), WINDOW, ChartLook(words=Dutch()), tz=UTC)
    labels = [t.get_text() for t in panel(chart.figure, "activity").get_xticklabels()]
    assert "mrt 2026" in labels or "mei 2026" in labels


def test_date_ticks_pick_weeks_months_or_years() -> None:
    weeks, unit = date_ticks(date(2026, 3, 4), date(2026, 5, 30))
    assert unit == "day" and all(t.weekday() == 0 for t in weeks) and len(weeks) <= 7
    months, unit = date_ticks(date(2025, 7, 1), date(2026, 6, 30))
    assert unit == "month" and all(t.day == 1 for t in months) and 3 <= len(months) <= 7
    years, unit = date_ticks(date(2014, 3, 1), date(2026, 6, 30))
    assert unit == "year" and all((t.month, t.day) == (1, 1) for t in years)


def test_a_chart_becomes_png_or_svg_bytes_for_print() -> None:
    chart = customer_chart(story(5), WINDOW, size=(6, 4), tz=UTC)
    png = render_png(chart, dpi=100)
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 5000
    svg = render_svg(chart)
    assert b"<svg" in svg[:500] and b'width="432pt"' in svg[:1000]  # 6 inches


def test_a_printout_title_is_shown_above_the_chart() -> None:
    chart = customer_chart(story(5), WINDOW, tz=UTC, title="Café Lindeboom")
    assert [t.get_text() for t in chart.figure.texts if t.get_gid() == "title"] == [
        "Café Lindeboom"
    ]
    assert NOW - timedelta(days=1) < story().now  # the builders' clock stays put


def test_dollar_signs_in_the_owners_words_are_drawn_as_typed_not_as_formulas() -> None:
    """A reason or a name with two dollar signs is text: mathtext would garble it or fail."""
    odd = "Fee of $\\bogus$ agreed"
    stages = (*STORY_STAGES[:2], replace(STORY_STAGES[2], reason=odd), *STORY_STAGES[3:])
    chart = render(customer_chart(story(30, stages), WINDOW, tz=UTC))  # draws: no ValueError
    health = panel(chart.figure, "health")
    (mark,) = by_gid(health, "annotation:conflict")
    assert mark.get_text() == f" Conflict: {odd} " and not mark.get_parse_math()
    customers = tuple(replace(c, name=f"${c.name}$ & $\\x$") for c in book().customers)
    portfolio = render(portfolio_chart(replace(book(), customers=customers), tz=UTC))
    names = [t for ax in portfolio.figure.axes for t in by_gid(ax, "name")]
    assert names and all(not t.get_parse_math() for t in names)
    assert "$Ada$ & $\\x$" in {t.get_text() for t in names}


def test_a_big_books_dots_are_drawn_a_few_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """One drawing call holds the interpreter: 17,000 coloured dots in one froze the window."""
    monkeypatch.setattr("rapport.reports.portfolio_figure.DOTS_PER_DRAW", 2)
    chart = render(portfolio_chart(book(), tz=UTC))
    parts = by_gid(panel(chart.figure, "value"), "value-dots")
    assert [len(p.get_offsets()) for p in parts] == [2, 1]
    offsets = [xy for p in parts for xy in p.get_offsets().tolist()]
    assert offsets == [[48000, 35], [9000, 85], [4000, 66]]
    colours = [tuple(c[:3]) for p in parts for c in p.get_facecolors()]
    assert colours[0] != colours[1] and colours[1] == colours[2]  # Ada is flagged
