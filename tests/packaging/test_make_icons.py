"""make_icons.py: every app icon file, at its size, from the one SVG."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from pkgscripts import load_script
from PySide6.QtGui import QImage

from rapport import APP_ID

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def icons(tmp_path_factory: pytest.TempPathFactory, qapp: object) -> Path:
    out = tmp_path_factory.mktemp("icons")
    load_script("make_icons.py").make_all(out)
    return out


@pytest.mark.parametrize("size", [16, 22, 24, 32, 48, 64, 128, 256, 512])
def test_a_hicolor_png_at_every_size(icons: Path, size: int) -> None:
    image = QImage(str(icons / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    assert image.pixelColor(0, 0).alpha() == 0  # rounded corners stay transparent
    assert image.pixelColor(size // 2, size // 2).alpha() == 255


def test_the_scalable_icon_is_the_source(icons: Path) -> None:
    source = Path(__file__).resolve().parents[2] / "src" / "rapport" / "resources" / "rapport.svg"
    installed = icons / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert installed.read_bytes() == source.read_bytes()


def test_the_windows_icon_holds_every_size(icons: Path) -> None:
    with Image.open(icons / "rapport.ico") as ico:
        assert ico.format == "ICO"
        assert set(ico.info["sizes"]) == {(s, s) for s in (16, 24, 32, 48, 64, 128, 256)}


def test_the_macos_icon_goes_up_to_retina_512(icons: Path) -> None:
    with Image.open(icons / "rapport.icns") as icns:
        assert icns.format == "ICNS"
        assert (512, 512, 2) in icns.info["sizes"]
        assert (16, 16, 2) in icns.info["sizes"]
