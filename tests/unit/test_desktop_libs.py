"""A fresh Linux desktop without the X11 libraries Qt's xcb plugin needs: Rapport says which
command installs them and exits, instead of ending in Qt's own abort message."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

import rapport.cli as cli
from rapport import desktop_libs
from rapport.desktop_libs import XCB_LIBRARIES, check_desktop

X11 = {"DISPLAY": ":0"}


def without(*missing: str) -> desktop_libs.Loader:
    """A library lookup that finds everything but `missing`, as dlopen would."""

    def load(name: str) -> object:
        if name in missing:
            raise OSError(f"{name}: cannot open shared object file: No such file or directory")
        return object()

    return load


def apt_only(name: str) -> str | None:
    return "/usr/bin/apt-get" if name == "apt-get" else None


def test_a_missing_cursor_library_names_the_one_install_command() -> None:
    problem = check_desktop(X11, "linux", without("libxcb-cursor.so.0"), apt_only)
    assert problem is not None
    message, hint = problem
    assert "libxcb-cursor.so.0" in message
    assert hint.splitlines()[1].strip() == "sudo apt-get install libxcb-cursor0"


def test_every_missing_library_is_in_the_same_command() -> None:
    missing = ("libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxkbcommon-x11.so.0")
    problem = check_desktop(X11, "linux", without(*missing), apt_only)
    assert problem is not None
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0" in problem[1]


def test_fedora_gets_its_own_package_names() -> None:
    def dnf_only(name: str) -> str | None:
        return "/usr/bin/dnf" if name == "dnf" else None

    problem = check_desktop(X11, "linux", without("libxcb-cursor.so.0"), dnf_only)
    assert problem is not None
    assert "sudo dnf install xcb-util-cursor" in problem[1]


@pytest.mark.parametrize(
    ("environ", "platform"),
    [
        ({}, "linux"),  # no X display: Qt would not use xcb
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux"),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "wayland"}, "linux"),
        ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}, "linux"),
        (X11, "darwin"),
        (X11, "win32"),
    ],
)
def test_only_an_xcb_start_is_checked(environ: dict[str, str], platform: str) -> None:
    assert check_desktop(environ, platform, without(*XCB_LIBRARIES), apt_only) is None


def test_xcb_asked_for_by_name_is_checked_even_on_wayland() -> None:
    environ = {"DISPLAY": ":0", "WAYLAND_DISPLAY": "w", "QT_QPA_PLATFORM": "xcb"}
    assert check_desktop(environ, "linux", without("libxcb-cursor.so.0"), apt_only) is not None


def test_nothing_missing_starts_as_before() -> None:
    assert check_desktop(X11, "linux", without(), apt_only) is None


def test_opening_the_app_stops_before_qt_with_the_command_and_exit_code(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setattr(desktop_libs.sys, "platform", "linux")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(desktop_libs, "load_library", without("libxcb-cursor.so.0"))
    monkeypatch.setattr(desktop_libs.shutil, "which", apt_only)
    started: list[object] = []
    monkeypatch.setattr("rapport.app.run_app", lambda *a, **k: started.append(a) or 0)
    code = cli.run(["--journal", str(tmp_path / "j.rapport")])
    assert code == desktop_libs.EXIT_MISSING_LIBRARIES != 0
    assert started == []  # Qt was never asked to start
    err = capsys.readouterr().err
    assert "libxcb-cursor.so.0" in err
    assert "sudo apt-get install libxcb-cursor0" in err
    assert "Traceback" not in err


def test_verbs_do_not_need_a_desktop(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(desktop_libs.sys, "platform", "linux")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr(desktop_libs, "load_library", without(*XCB_LIBRARIES))
    with pytest.raises(SystemExit) as caught:
        cli.run(["--version"])
    assert caught.value.code == 0
    assert "libxcb" not in capsys.readouterr().err


def _xcb_names_in(path: Path) -> set[str]:
    data = path.read_bytes()
    pattern = rb"lib(?:xcb[\w-]*|X11-xcb|xkbcommon-x11)\.so\.\d+"
    return {m.decode() for m in re.findall(pattern, data)}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")
def test_the_list_covers_what_the_installed_xcb_plugin_links() -> None:
    """When PySide6 is upgraded and its plugin needs another xcb library, this says so."""
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    plugin_files = [qt / "plugins" / "platforms" / "libqxcb.so", *qt.glob("lib/libQt6XcbQpa.so*")]
    found = set().union(*(_xcb_names_in(p) for p in plugin_files if p.is_file()))
    assert "libxcb-cursor.so.0" in found  # the files were read
    assert found <= set(XCB_LIBRARIES), sorted(found - set(XCB_LIBRARIES))


def test_the_readme_says_it() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")
    assert "sudo apt-get install libxcb-cursor0" in readme
