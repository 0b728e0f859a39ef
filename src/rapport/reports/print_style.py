"""The printed report's look: paper sizes, margins, type sizes and ink colours.

Print is always dark ink on white paper, whatever the screen's theme: nothing here
reads the application palette. Sizes are in millimetres and points, turned into the
target device's pixels by `Units`, so the preview, the PDF and the printer agree.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont, QGuiApplication, QPageSize

from rapport.domain.stages import Stage
from rapport.theme import STAGE_COLOURS

#: Page margins in millimetres: generous, with room for the running header and footer.
MARGIN_TOP_MM = 25.0
MARGIN_BOTTOM_MM = 22.0
MARGIN_SIDE_MM = 21.0
#: Baselines of the running header and the footer, from the page's top and bottom edge.
HEADER_BASELINE_MM = 14.0
FOOTER_BASELINE_MM = 12.0
#: Width of the date column beside each entry.
DATE_GUTTER_MM = 29.0

BODY_PT = 9.5
SMALL_PT = 8.0
TITLE_PT = 22.0

INK = "#1d2125"
MUTED = "#5e6770"
FAINT = "#8a939b"
RULE = "#d5dadf"
TINT_ALPHA = 28  # of 255: the wash behind a stage heading

#: Territories whose paper is US Letter (everyone else uses A4).
LETTER_TERRITORIES = frozenset({QLocale.Country.UnitedStates, QLocale.Country.Canada})

#: Ink for a stage's name: the theme's colour, darkened where it is too light to read.
STAGE_INK: dict[Stage, str] = {
    Stage.ATTRACTION: "#1f6f9c",
    Stage.COMPATIBILITY: "#00704f",
    Stage.CONFLICT: "#a84300",
    Stage.COMPROMISE: "#8a5c00",
    Stage.DEEPER_UNDERSTANDING: "#005a8e",
}
NO_STAGE_COLOUR = "#9aa3ab"


def stage_colour(stage: Stage | None) -> str:
    """The stage's colour as on screen and in the charts (grey when unknown)."""
    return STAGE_COLOURS[stage] if stage is not None else NO_STAGE_COLOUR


def stage_ink(stage: Stage | None) -> str:
    """A darker shade of the stage's colour, for text on white."""
    return STAGE_INK[stage] if stage is not None else MUTED


def default_page_size(locale: QLocale | None = None) -> QPageSize:
    """Letter in the US and Canada, A4 everywhere else (from the system locale)."""
    territory = (locale or QLocale.system()).territory()
    if territory in LETTER_TERRITORIES:
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


def family() -> str:
    """The type family: the application's own (the system's UI font), read on paper."""
    return QGuiApplication.font().family() if QGuiApplication.instance() else QFont().family()


@dataclass(frozen=True)
class Units:
    """Millimetres and points as pixels of one device."""

    dpi: float

    def mm(self, value: float) -> float:
        """Millimetres in device pixels."""
        return value * self.dpi / 25.4

    def pt(self, value: float) -> float:
        """Points in device pixels."""
        return value * self.dpi / 72.0
