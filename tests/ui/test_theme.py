"""Light and dark: a switch re-colours the palette, the chart, the icons and the text panes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from matplotlib.colors import to_hex
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon
from pytestqt.qtbot import QtBot

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.domain.kinds import EntryKind
from rapport.settings_model import Theme
from rapport.ui import appearance
from rapport.ui.appearance import apply_theme, is_dark
from rapport.ui.icons import icon_colour
from rapport.ui.main_window import MainWindow
from rapport.ui.settings.dialog import SettingsDialog

WindowFactory = Callable[[Path], MainWindow]


@pytest.fixture(autouse=True)
def _light_afterwards() -> Iterator[None]:
    """The palette is the application's: put it back for the next test."""
    yield
    apply_theme(Theme.SYSTEM)  # offscreen, the system is light


def _lightness(colour: str) -> float:
    return QColor(colour).lightnessF()


def _choose_theme(qtbot: QtBot, window: MainWindow, theme: Theme) -> None:
    window.settings_action.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    combo = dialog.appearance_page.theme
    combo.setCurrentIndex(combo.findData(theme.value))
    dialog.accept()
    dialog.deleteLater()


def test_a_theme_switch_recolours_the_palette_chart_icons_and_health_tab(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    journal = window.bridge.journal
    now = datetime.now(UTC)
    cid = journal.customers.create(CustomerDraft(name="Ada"), since=now - timedelta(days=90))
    for days in (5, 30, 60):
        draft = EntryDraft(
            customer_id=cid,
            occurred_at=now - timedelta(days=days),
            kind=EntryKind.PRAISE,
            title=f"Praise {days}",
            sentiment=2,
        )
        journal.entries.add(draft)
    window.customer_list.select(cid)
    window.page.tabs.setCurrentWidget(window.page.chart)
    view = window.page.chart.view
    assert view is not None
    qtbot.waitUntil(lambda: view.host.chart is not None)
    drawn = view.render_count
    light_face = to_hex(view.host.chart.figure.get_facecolor())  # type: ignore[union-attr]
    assert _lightness(light_face) > 0.5
    assert not is_dark(QGuiApplication.palette())
    light_html = window.page.health.toHtml()

    _choose_theme(qtbot, window, Theme.DARK)

    assert is_dark(QGuiApplication.palette())
    assert _lightness(icon_colour(QIcon.Mode.Normal).name()) > 0.5  # icons drawn light
    qtbot.waitUntil(lambda: view.render_count > drawn)
    dark_face = to_hex(view.host.chart.figure.get_facecolor())  # type: ignore[union-attr]
    assert _lightness(dark_face) < 0.5
    assert window.page.health.toHtml() != light_html  # the points' colours suit the dark
    assert "#3fc49d" in window.page.health.toHtml()

    drawn = view.render_count
    _choose_theme(qtbot, window, Theme.LIGHT)
    assert not is_dark(QGuiApplication.palette())
    qtbot.waitUntil(lambda: view.render_count > drawn)
    assert _lightness(to_hex(view.host.chart.figure.get_facecolor())) > 0.5  # type: ignore[union-attr]


def test_following_the_system_switches_live(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(journal_path)
    assert window.preferences.appearance.theme is Theme.SYSTEM
    follow = window.preferences.appearance.on_system_change
    # Offscreen has no scheme of its own: play the system switching to dark, then back.
    with monkeypatch.context() as patch:
        patch.setattr(appearance, "system_scheme", lambda: Qt.ColorScheme.Dark)
        follow(Qt.ColorScheme.Dark)
        assert is_dark(QGuiApplication.palette())
    follow(Qt.ColorScheme.Light)
    assert not is_dark(QGuiApplication.palette())


def test_a_forced_theme_ignores_the_system(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(journal_path)
    _choose_theme(qtbot, window, Theme.LIGHT)
    with monkeypatch.context() as patch:
        patch.setattr(appearance, "system_scheme", lambda: Qt.ColorScheme.Dark)
        window.preferences.appearance.on_system_change(Qt.ColorScheme.Dark)
        assert not is_dark(QGuiApplication.palette())
