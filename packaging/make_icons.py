"""Render every app icon file from the one SVG source, src/rapport/resources/rapport.svg.

    python packaging/make_icons.py [--out build/icons]

writes, under the output folder:
    hicolor/<N>x<N>/apps/<APP_ID>.png   N = 16 22 24 32 48 64 128 256 512 (Linux)
    hicolor/scalable/apps/<APP_ID>.svg  the source itself
    rapport.ico                          16-256 px, each size rendered, not scaled (Windows)
    rapport.icns                         32-1024 px, 16@2x to 512@2x (macOS)

Qt's QSvgRenderer draws every size (PySide6-Essentials has QtSvg); Pillow packs the
.ico and .icns. Nothing here is committed: `make icons` and `make package` run it.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, QSize
from PySide6.QtGui import QGuiApplication, QImage

from rapport import APP_ID
from rapport.ui.icons import render, svg_source

HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (32, 64, 128, 256, 512, 1024)  # Pillow writes the PNG types: 16@2x up to 512@2x
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "build" / "icons"
_APP: QGuiApplication | None = None  # Qt needs one to paint; made when none is running


def render_app_icon(size: int) -> QImage:
    """The app icon rendered at size × size pixels."""
    return render(svg_source("app"), QSize(size, size))


def to_pillow(image: QImage) -> Image.Image:
    """A QImage as a Pillow RGBA image (through PNG, so no pixel format guesswork)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    return Image.open(io.BytesIO(bytes(buffer.data().data()))).convert("RGBA")


def write_hicolor(out: Path) -> list[Path]:
    """The freedesktop hicolor theme layout: one PNG per size, and the scalable SVG."""
    written = []
    for size in HICOLOR_SIZES:
        path = out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not render_app_icon(size).save(str(path), "PNG"):
            raise RuntimeError(f"could not write {path}")
        written.append(path)
    scalable = out / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(svg_source("app"))
    written.append(scalable)
    return written


def write_packed(path: Path, sizes: tuple[int, ...], image_format: str) -> Path:
    """An .ico or .icns holding every size, each rendered from the SVG at that size."""
    images = [to_pillow(render_app_icon(size)) for size in sizes]
    largest, *others = sorted(images, key=lambda im: im.width, reverse=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    extra = {"sizes": [(s, s) for s in sizes]} if image_format == "ICO" else {}
    largest.save(path, format=image_format, append_images=others, **extra)
    return path


def make_all(out: Path) -> list[Path]:
    """Write every icon file under `out`; returns their paths."""
    global _APP
    if QGuiApplication.instance() is None:
        _APP = QGuiApplication([])
    written = write_hicolor(out)
    written.append(write_packed(out / "rapport.ico", ICO_SIZES, "ICO"))
    written.append(write_packed(out / "rapport.icns", ICNS_SIZES, "ICNS"))
    return written


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: render the icons into --out."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    args = parser.parse_args(argv)
    written = make_all(args.out)
    print(f"make_icons: {len(written)} files in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
