"""Icons: every one loads, action icons follow the palette, the app sets its window icon."""

from __future__ import annotations

import gc
import re
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from rapport import APP_ID, app
from rapport.ui import icons

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "src" / "rapport" / "resources"


@pytest.fixture
def palette() -> Iterator[QPalette]:
    """A palette the test may change; the application's is restored afterwards."""
    before = QGuiApplication.palette()
    yield QPalette(before)
    QApplication.setPalette(before)


def _ink(image: QImage) -> set[str]:
    """The opaque colours in an image (anti-aliased edges left out)."""
    found = set()
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if pixel.alpha() == 255:
                found.add(pixel.name())
    return found


@pytest.mark.parametrize("name", icons.ACTION_ICONS)
def test_every_action_icon_loads_at_every_standard_size(name: str) -> None:
    icon = icons.icon(name)
    assert not icon.isNull()
    for size in icons.STANDARD_SIZES:
        image = icon.pixmap(QSize(size, size)).toImage()
        assert image.size() == QSize(size, size)
        assert _ink(image), f"{name} is blank at {size} px"


def test_the_shipped_icons_are_exactly_the_known_ones() -> None:
    shipped = sorted(p.stem for p in (RESOURCES / "icons").glob("*.svg"))
    assert shipped == sorted(icons.ACTION_ICONS)


@pytest.mark.parametrize("name", icons.ACTION_ICONS)
def test_action_icons_are_drawn_in_current_color_only(name: str) -> None:
    text = (RESOURCES / "icons" / f"{name}.svg").read_text()
    assert "currentColor" in text
    assert not re.search(r"#[0-9a-fA-F]{3,8}\b|rgb\(", text), (
        "a fixed colour cannot follow the theme"
    )


def test_action_icons_take_the_palette_text_colour_and_follow_a_switch(
    palette: QPalette,
) -> None:
    icon = icons.icon("search")
    for text, disabled in (("#1e1e1e", "#a0a0a0"), ("#f0f0f0", "#5a5a5a")):
        palette.setColor(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText, QColor(text))
        palette.setColor(
            QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor(disabled)
        )
        QApplication.setPalette(palette)
        assert _ink(icon.pixmap(QSize(48, 48)).toImage()) == {text}
        greyed = icon.pixmap(QSize(48, 48), QIcon.Mode.Disabled).toImage()
        assert _ink(greyed) == {disabled}


def test_the_app_icon_keeps_its_own_colours_and_is_rounded() -> None:
    image = icons.app_icon().pixmap(QSize(64, 64)).toImage()
    assert len(_ink(image)) > 3  # tile, two bubbles, lines
    assert image.pixelColor(0, 0).alpha() == 0  # a rounded tile: transparent corners
    assert image.pixelColor(32, 32).alpha() == 255


@pytest.mark.parametrize("ratio", [1.0, 1.5, 2.0])
def test_icons_are_drawn_at_the_screen_resolution_not_scaled_up(ratio: float) -> None:
    pixmap = icons.icon("today").pixmap(QSize(24, 24), ratio)
    assert pixmap.size() == QSize(round(24 * ratio), round(24 * ratio))
    assert pixmap.devicePixelRatio() == ratio


def test_a_changed_copy_of_an_icon_keeps_working_after_the_original_is_gone() -> None:
    original = icons.icon("back-up")
    copy = QIcon(original)
    copy.addPixmap(QPixmap(8, 8))  # Qt clones the engine behind the copy
    del original
    gc.collect()
    assert _ink(copy.pixmap(QSize(32, 32)).toImage())


def test_an_unknown_icon_is_a_clear_error() -> None:
    with pytest.raises(KeyError, match="no action icon named 'frobnicate'"):
        icons.icon("frobnicate")


def test_the_app_sets_its_window_icon_and_desktop_id(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app, "setup_logging", lambda verbose=False: tmp_path / "rapport.log")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    QApplication.setWindowIcon(QIcon())
    session = app.start_app(tmp_path / "journal.rapport")
    assert session is not None
    try:
        assert not QApplication.windowIcon().isNull()
        assert QApplication.desktopFileName() == APP_ID
    finally:
        session.close()


def test_every_resource_is_declared_as_package_data() -> None:
    """A file missing from package-data would be missing from the wheel (not from a checkout)."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    globs = pyproject["tool"]["setuptools"]["package-data"]["rapport"]
    package = ROOT / "src" / "rapport"
    for path in RESOURCES.rglob("*"):
        if path.is_file():
            relative = PurePosixPath(path.relative_to(package).as_posix())
            declared = [g for g in globs if len(PurePosixPath(g).parts) == len(relative.parts)]
            assert any(relative.match(g) for g in declared), f"{relative} is not package data"
