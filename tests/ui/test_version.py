"""The version lives in one place, rapport.__version__, and every place shows that one."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest

from msgboxes import MessageBoxes
from rapport import APP_ID, __version__
from rapport.cli import build_parser
from rapport.ui.main_window import MainWindow

WindowFactory = Callable[[Path], MainWindow]

METAINFO = Path(__file__).resolve().parents[2] / "packaging" / "linux" / f"{APP_ID}.metainfo.xml"


def _help_about(make_window: WindowFactory, journal_path: Path) -> str:
    """What Help → About says, as the user would open it from the menu."""
    window = make_window(journal_path)
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "Hel&p")
    about = next(a for a in help_menu.actions() if a.text().startswith("&About"))
    about.trigger()
    shown = MessageBoxes.log[-1]
    return f"{shown.title}\n{shown.text}\n{shown.detail}"


def test_version_flag_about_box_and_metainfo_all_show_the_one_version(
    make_window: WindowFactory, journal_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        build_parser().parse_args(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"Rapport {__version__}"

    assert f"Rapport {__version__}" in _help_about(make_window, journal_path)

    newest = ET.parse(METAINFO).getroot().find("releases/release")
    assert newest is not None and newest.get("version") == __version__
