"""How charts look: light and dark palettes, text sizes, and words for dates and money.

Nothing here imports matplotlib or Qt, so a screen can pick a palette and its date
words at start-up for free. The stage colours are the screens' own (`rapport.theme`,
Okabe–Ito, colour-blind safe); every chart also names the stages in text.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Protocol

from rapport.domain.stages import Stage
from rapport.theme import STAGE_COLOURS


@dataclass(frozen=True)
class ChartPalette:
    """Every colour a chart uses; pass one to the figure functions."""

    name: str
    background: str
    text: str
    muted: str
    grid: str
    line: str
    good: str
    bad: str
    neutral: str
    highlight: str
    accent: str
    band_alpha: float = 0.55
    stages: dict[Stage, str] = field(default_factory=lambda: dict(STAGE_COLOURS))

    def stage(self, stage: Stage) -> str:
        """The colour of a stage (the same as on the screens)."""
        return self.stages[stage]


LIGHT = ChartPalette(
    name="light",
    background="#ffffff",
    text="#1f1f1f",
    muted="#6b6b6b",
    grid="#e2e2e2",
    line="#1f1f1f",
    good="#009E73",
    bad="#D55E00",
    neutral="#8c8c8c",
    highlight="#fbe3d6",
    accent="#0072B2",
)

DARK = ChartPalette(
    name="dark",
    background="#202124",
    text="#ececec",
    muted="#a8a8a8",
    grid="#3a3b3e",
    line="#f2f2f2",
    good="#3fc49d",
    bad="#ff8a4c",
    neutral="#9a9a9a",
    highlight="#4a2f22",
    accent="#56B4E9",
    band_alpha=0.7,
)


def palette_for(background: str, text: str | None = None) -> ChartPalette:
    """The light or dark palette that suits a window's background, matched to its colours.

    `background` (and `text`) are "#rrggbb" strings, e.g. from the Qt palette, so the
    chart sits on the same colour as the window around it.
    """
    base = DARK if _lightness(background) < 0.5 else LIGHT
    return replace(base, background=background, text=text or base.text)


def _lightness(colour: str) -> float:
    """Relative brightness 0–1 of a "#rrggbb" colour (the usual luma weights)."""
    value = colour.lstrip("#")
    r, g, b = (int(value[i : i + 2], 16) / 255 for i in (0, 2, 4))
    return 0.299 * r + 0.587 * g + 0.114 * b


class ChartWords(Protocol):
    """How dates and amounts read on the axes; the UI passes the user's locale."""

    def day(self, value: date) -> str:
        """A day, e.g. "12 Mar" (no year: axes show short spans)."""
        ...

    def full_day(self, value: date) -> str:
        """A day with its year, for hover text and annotations."""
        ...

    def month(self, value: date) -> str:
        """A month with its year, e.g. "Mar 2026"."""
        ...

    def year(self, value: date) -> str:
        """A year, e.g. "2026"."""
        ...

    def money(self, value: float, currency: str) -> str:
        """An amount with its currency, e.g. "€14,000"."""
        ...

    def number(self, value: float, decimals: int) -> str:
        """A number with a fixed count of decimals, e.g. "3.5"."""
        ...


class PlainWords:
    """English words for dates and amounts: the default outside the app (tests, scripts)."""

    def day(self, value: date) -> str:
        """E.g. "12 Mar"."""
        return f"{value.day} {calendar.month_abbr[value.month]}"

    def full_day(self, value: date) -> str:
        """E.g. "12 Mar 2026"."""
        return f"{value.day} {calendar.month_abbr[value.month]} {value.year}"

    def month(self, value: date) -> str:
        """E.g. "Mar 2026"."""
        return f"{calendar.month_abbr[value.month]} {value.year}"

    def year(self, value: date) -> str:
        """E.g. "2026"."""
        return str(value.year)

    def money(self, value: float, currency: str) -> str:
        """E.g. "14,000 EUR" (whole units: axes need no cents)."""
        return f"{Decimal(value):,.0f} {currency}"

    def number(self, value: float, decimals: int) -> str:
        """E.g. "3.5"."""
        return f"{value:,.{decimals}f}"


@dataclass(frozen=True)
class ChartLook:
    """Palette, words and text size together: what every figure function takes."""

    palette: ChartPalette = LIGHT
    words: ChartWords = field(default_factory=PlainWords)
    font_size: float = 9.0

    @property
    def small(self) -> float:
        """The size of secondary text (annotations, band dates)."""
        return self.font_size * 0.88
