"""The app icon and the action icons, loaded from the package's `resources/` folder.

Action icons are single-colour SVGs drawn in `currentColor`. They are recoloured when
painted, from the application palette of that moment (window text; greyed when disabled;
highlighted text when selected), so they follow a light or dark theme, even a live switch,
without a second set of files. The files are package data, read with importlib.resources,
so they load the same from a source checkout, an installed wheel and a PyInstaller bundle.
"""

from __future__ import annotations

import logging
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImage,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer
from typing_extensions import override

log = logging.getLogger("rapport.ui.icons")

#: The action icons that ship, by file name without `.svg`.
ACTION_ICONS = ("new-entry", "new-customer", "move-stage", "search", "today", "back-up")

#: Sizes a window manager or a toolbar is offered; any other size renders on demand.
STANDARD_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)

_PLACEHOLDER = b"currentColor"
_CLONES: list[QIconEngine] = []


def resources() -> Traversable:
    """The package's resources folder (works in a checkout, a wheel and a bundle)."""
    return files("rapport").joinpath("resources")


@cache
def svg_source(name: str) -> bytes:
    """The SVG text of an icon: `app` for the app icon, else an action icon's name.

    Raises FileNotFoundError for a name that does not ship (a packaging mistake).
    """
    path = resources().joinpath("rapport.svg" if name == "app" else f"icons/{name}.svg")
    data = path.read_bytes()
    if not QSvgRenderer(QByteArray(data)).isValid():
        raise ValueError(f"icon {name!r} is not a valid SVG")
    return data


def icon_colour(mode: QIcon.Mode) -> QColor:
    """The colour an action icon is painted in, for a mode, from the current palette."""
    has_gui = isinstance(QGuiApplication.instance(), QGuiApplication)
    palette = QGuiApplication.palette() if has_gui else QPalette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)


def render(svg: bytes, size: QSize, colour: QColor | None = None) -> QImage:
    """Render SVG text into a transparent image of `size`, aspect kept, centred.

    With a colour, `currentColor` is replaced by it (its alpha becomes the opacity).
    """
    if colour is not None:
        svg = svg.replace(_PLACEHOLDER, colour.name(QColor.NameFormat.HexRgb).encode())
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    renderer = QSvgRenderer(QByteArray(svg))
    target = QRectF(0, 0, size.width(), size.height())
    box = renderer.viewBoxF().size()
    if not box.isEmpty():
        box.scale(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
        left, top = (size.width() - box.width()) / 2, (size.height() - box.height()) / 2
        target = QRectF(left, top, box.width(), box.height())
    painter = QPainter(image)
    if colour is not None and colour.alpha() < 255:
        painter.setOpacity(colour.alphaF())
    renderer.render(painter, target)
    painter.end()
    return image


class SvgIconEngine(QIconEngine):
    """Draws one SVG at any size; recolours `currentColor` from the palette when asked."""

    def __init__(self, svg: bytes, recolour: bool) -> None:
        super().__init__()
        self._svg = svg
        self._recolour = recolour
        self._cache: dict[tuple[int, int, str], QPixmap] = {}

    @override
    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        colour = icon_colour(mode) if self._recolour else None
        tint = colour.name(QColor.NameFormat.HexArgb) if colour is not None else ""
        key = (size.width(), size.height(), tint)
        if key not in self._cache:
            self._cache[key] = QPixmap.fromImage(render(self._svg, size, colour))
        return self._cache[key]

    @override
    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixmap = QPixmap(self.pixmap(size * scale, mode, state))  # size is in logical pixels
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    @override
    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        pixmap = QPixmap(self.pixmap(rect.size() * ratio, mode, state))  # the cached one stays 1x
        pixmap.setDevicePixelRatio(ratio)
        painter.drawPixmap(rect, pixmap)

    @override
    def availableSizes(
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:
        return [QSize(s, s) for s in STANDARD_SIZES]

    @override
    def clone(self) -> QIconEngine:
        # Qt takes the clone (when a shared QIcon is changed) but PySide does not hand it
        # over: without a reference kept here, Python would free it under Qt's feet.
        twin = SvgIconEngine(self._svg, self._recolour)
        _CLONES.append(twin)
        return twin

    @override
    def key(self) -> str:
        return "rapport-svg"


def app_icon() -> QIcon:
    """The app icon in full colour, for the window and the About box."""
    return QIcon(SvgIconEngine(svg_source("app"), recolour=False))


def icon(name: str) -> QIcon:
    """An action icon (one of ACTION_ICONS), painted in the palette's text colour."""
    if name not in ACTION_ICONS:
        raise KeyError(f"no action icon named {name!r}; known: {', '.join(ACTION_ICONS)}")
    return QIcon(SvgIconEngine(svg_source(name), recolour=True))
