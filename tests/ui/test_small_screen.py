"""Every window and dialog fits a laptop's screen (1366×768, and 1280×720), every button on it
can be reached, and a remembered size from a bigger screen is pulled back onto a small one.

The screen is real to Qt: each size runs in its own process whose offscreen platform is
given that one screen (`offscreen:configfile=…`), so windows are placed and clamped by
the same calls as on a laptop, not by a patched helper.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from rapport.ui import window_fit

HERE = Path(__file__).resolve().parent
DRIVER = HERE / "small_screen_driver.py"
SRC = HERE.parents[1] / "src"


def screen_config(folder: Path, width: int, height: int) -> Path:
    """An offscreen platform configuration with one screen of the given size."""
    config = folder / f"screen-{width}x{height}.json"
    screen = {"name": "Laptop", "x": 0, "y": 0, "width": width, "height": height}
    screen.update(logicalDpi=96, logicalBaseDpi=96, dpr=1)
    data = {"windowFrameMargins": True, "screens": [screen]}
    config.write_text(json.dumps(data), "utf-8")
    return config


def open_everything(tmp_path: Path, width: int, height: int, language: str) -> list[dict]:
    """Run the driver on a screen of that size; one report per window it opened."""
    config = screen_config(tmp_path, width, height)
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM=f"offscreen:configfile={config}",
        QT_LOGGING_RULES="qt.qpa.*=false",
        HOME=str(tmp_path / "home"),
        XDG_CONFIG_HOME=str(tmp_path / "home" / "config"),
        XDG_DATA_HOME=str(tmp_path / "home" / "data"),
        PYTHONPATH=os.pathsep.join(
            [str(SRC), str(SRC.parent / "tests"), env.get("PYTHONPATH", "")]
        ),
    )
    shots = os.environ.get("RAPPORT_SHOTS")  # a folder, to look at the windows
    args = [sys.executable, str(DRIVER), language, *([shots] if shots else [])]
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


@pytest.mark.parametrize(
    ("width", "height", "language"),
    [(1366, 768, "en"), (1280, 720, "en"), (1280, 720, "de")],
    ids=["1366x768", "1280x720", "1280x720-de"],
)
def test_every_window_fits_and_every_button_can_be_reached(
    tmp_path: Path, width: int, height: int, language: str
) -> None:
    reports = open_everything(tmp_path, width, height, language)
    assert len(reports) >= 20  # every window was opened
    problems = {r["window"]: r["unreachable"] for r in reports if r["unreachable"]}
    assert problems == {}
    for report in reports:
        _x, _y, w, h = report["frame"]
        assert w <= width and h <= height, report


class _Window(QWidget):
    pass


def test_a_size_too_big_for_the_screen_is_clamped(qtbot: QtBot) -> None:
    area = QRect(0, 0, 1366, 768)
    fitted = window_fit.fit_size(QSize(1200, 820), area)
    frame = window_fit.FRAME_ALLOWANCE
    assert fitted.height() + frame.top() + frame.bottom() <= 768
    assert fitted.width() == 1200
    assert window_fit.fit_size(QSize(600, 400), area) == QSize(600, 400)


def test_a_remembered_geometry_that_no_longer_fits_is_pulled_back(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Saved on a big monitor, far to the right and large; opened on a laptop."""
    widget = _Window()
    qtbot.addWidget(widget)
    area = widget.screen().availableGeometry()
    widget.setGeometry(area.x() + area.width() - 200, area.y() + 300, 2400, 1500)
    saved = widget.saveGeometry()
    again = _Window()
    qtbot.addWidget(again)
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    store.setValue("window/geometry", saved)
    window_fit.restore(again, store.value("window/geometry"), 1200, 780)
    again.show()
    qtbot.waitExposed(again)
    assert area.contains(again.frameGeometry()), (again.frameGeometry(), area)
