"""Assemble the Linux download: the bundle, its desktop files and icons, and install.sh.

    python packaging/linux/stage.py

after PyInstaller (dist/rapport) and make_icons.py (build/icons) have run. Writes

    dist/rapport-<version>-linux-<machine>/
        install.sh
        rapport/                                   the PyInstaller bundle
        share/applications/<APP_ID>.desktop
        share/metainfo/<APP_ID>.metainfo.xml
        share/icons/hicolor/<size>/apps/<APP_ID>.png|svg
    dist/rapport-<version>-linux-<machine>.tar.gz
"""

from __future__ import annotations

import platform
import shutil
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "src"))

from rapport import APP_ID, __version__  # noqa: E402

DIST = ROOT / "dist"
ICONS = ROOT / "build" / "icons" / "hicolor"


def stage_name() -> str:
    """The folder and archive name, e.g. rapport-0.1.0-linux-x86_64."""
    return f"rapport-{__version__}-linux-{platform.machine()}"


def stage(bundle: Path, out: Path) -> Path:
    """Lay out the installable folder `out` from the bundle and the packaging files."""
    if not (bundle / "rapport").is_file():
        raise SystemExit(f"stage: no bundle at {bundle}; run PyInstaller first")
    if not ICONS.is_dir():
        raise SystemExit(f"stage: no icons in {ICONS}; run packaging/make_icons.py first")
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(bundle, out / "rapport", symlinks=True)
    share = out / "share"
    (share / "applications").mkdir(parents=True)
    (share / "metainfo").mkdir()
    shutil.copy2(HERE / f"{APP_ID}.desktop", share / "applications")
    shutil.copy2(HERE / f"{APP_ID}.metainfo.xml", share / "metainfo")
    shutil.copytree(ICONS, share / "icons" / "hicolor")
    shutil.copy2(HERE / "install.sh", out / "install.sh")
    (out / "install.sh").chmod(0o755)
    return out


def archive(folder: Path) -> Path:
    """A .tar.gz of the folder, beside it, keeping modes and symbolic links."""
    target = folder.with_name(folder.name + ".tar.gz")
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=folder.name)
    return target


def main() -> int:
    """Stage and archive; prints what was written."""
    folder = stage(DIST / "rapport", DIST / stage_name())
    tarball = archive(folder)
    print(f"stage: {folder}")
    print(f"stage: {tarball} ({tarball.stat().st_size / 2**20:.0f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
