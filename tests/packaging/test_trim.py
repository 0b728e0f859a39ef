"""The bundle trim keeps what a desktop needs and drops embedded-only Qt parts."""

from __future__ import annotations

import pytest
from pkgscripts import load_script

trim = load_script("trim.py")

KEPT = [
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/platforms/qwindows.dll",
    "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
    "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
    "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6/Qt/lib/libQt6Widgets.so.6",
    "matplotlib/mpl-data/fonts/ttf/DejaVuSans.ttf",
    "rapport/store/migrations/env.py",
]
DROPPED = [
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/generic/libqevdevmouseplugin.so",
    "PySide6/Qt/plugins/imageformats/libqtiff.so",
    "PySide6/Qt/translations/qt_help_de.qm",
    "PySide6/Qt/translations/qt_de.qm",
    "PySide6/Qt/translations/qt_pt_BR.qm",
    "matplotlib/mpl-data/sample_data/goog.npz",
]


@pytest.mark.parametrize("dest", KEPT)
def test_kept(dest: str) -> None:
    assert trim.drop_unused([(dest, "/src", "BINARY")]) == [(dest, "/src", "BINARY")]


@pytest.mark.parametrize("dest", DROPPED)
def test_dropped(dest: str) -> None:
    assert trim.drop_unused([(dest, "/src", "DATA")]) == []


def test_links_to_dropped_libraries_go_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(trim, "prune_orphans", list)  # needs real libraries; the smoke test runs it
    binaries = [
        ("PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6", "/nonexistent/a", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/nonexistent/b", "BINARY"),
    ]
    datas = [
        (
            "libQt6EglFSDeviceIntegration.so.6",
            "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
            "SYMLINK",
        ),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
    ]
    kept_binaries, kept_datas = trim.trim(binaries, datas)
    assert [e[0] for e in kept_binaries] == ["PySide6/Qt/lib/libQt6Gui.so.6"]
    assert [e[0] for e in kept_datas] == ["libQt6Gui.so.6"]
