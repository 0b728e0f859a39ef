"""Keep the PyInstaller bundle small: drop Qt parts a desktop journal never loads.

Used by rapport.spec. PyInstaller already collects only the Qt modules Rapport imports;
this removes, from what those modules bring along, the Qt plugins for embedded targets
(EGLFS, linuxfb, VNC, evdev input), rare image formats, the GTK 3 platform theme (it
would load the system's GTK next to the bundle's own cairo/pango, a known source of
crashes; the XDG desktop portal theme still follows the system's colours and dialogs),
Qt's translations other than qtbase, and matplotlib's sample data and STIX maths
fonts (the charts use DejaVu Sans, which stays). On Linux it then drops shared libraries that
nothing left in the bundle links to.
"""

from __future__ import annotations

import fnmatch
import os
import sys
from collections.abc import Iterable

#: Destination paths (fnmatch patterns, "/" separated) left out of the bundle.
DROP_PATTERNS = (
    "PySide6/Qt/plugins/platforms/*qeglfs*",
    "PySide6/Qt/plugins/platforms/*qlinuxfb*",
    "PySide6/Qt/plugins/platforms/*qvnc*",
    "PySide6/Qt/plugins/platforms/*qvkkhrdisplay*",
    "PySide6/Qt/plugins/platforms/*qminimalegl*",
    "PySide6/Qt/plugins/egldeviceintegrations/*",
    "PySide6/Qt/plugins/generic/*",
    # QtNetwork is there for local sockets only: no TLS back ends, no network monitoring.
    "PySide6/Qt/plugins/tls/*",
    "PySide6/Qt/plugins/networkinformation/*",
    "PySide6/Qt/plugins/platformthemes/*qgtk3*",
    "PySide6/Qt/plugins/imageformats/*qtiff*",
    "PySide6/Qt/plugins/imageformats/*qwebp*",
    "PySide6/Qt/plugins/imageformats/*qtga*",
    "PySide6/Qt/plugins/imageformats/*qwbmp*",
    "PySide6/Qt/lib/*Qt6EglFS*",
    "PySide6/Qt/lib/*Qt6EglFsKms*",
    "PySide6/Qt/translations/qt_help_*",
    "PySide6/Qt/translations/qt_??.qm",
    "PySide6/Qt/translations/qt_??_??.qm",
    "PySide6/Qt/translations/qtwebengine*",
    "PySide6/Qt/translations/qtmultimedia*",
    "PySide6/Qt/translations/qtdeclarative*",
    "PySide6/Qt/translations/qtserialport*",
    "PySide6/Qt/translations/qtwebsockets*",
    "PySide6/Qt/translations/qtconnectivity*",
    "PySide6/Qt/translations/qtlocation*",
    "PySide6/Qt/translations/designer*",
    "PySide6/Qt/translations/linguist*",
    "PySide6/Qt/translations/assistant*",
    "matplotlib/mpl-data/sample_data/*",
    "matplotlib/mpl-data/fonts/ttf/STIX*",
)

#: Libraries Qt opens at run time by name (dlopen) rather than linking: never orphans.
DLOPENED = ("libdbus-1.so",)

Entry = tuple[str, str, str]  # PyInstaller TOC entry: destination, source, type


def _dest(entry: Entry) -> str:
    return entry[0].replace(os.sep, "/")


def drop_unused(toc: Iterable[Entry]) -> list[Entry]:
    """The TOC without the entries matched by DROP_PATTERNS."""
    return [e for e in toc if not any(fnmatch.fnmatch(_dest(e), p) for p in DROP_PATTERNS)]


def _is_root(dest: str) -> bool:
    """Loaded by Python or Qt directly, not as another binary's dependency."""
    name = dest.rsplit("/", 1)[-1]
    return (
        ".cpython-" in name
        or name.endswith(".abi3.so")
        or "/plugins/" in f"/{dest}"
        or name.startswith("libpython")
        or name.startswith(DLOPENED)
        or not (name.endswith(".so") or ".so." in name)
    )


def prune_orphans(binaries: Iterable[Entry]) -> list[Entry]:
    """On Linux, drop shared libraries no remaining binary links to (repeated to a fixpoint).

    Elsewhere the list comes back unchanged: leftovers there cost space, not correctness.
    """
    kept = list(binaries)
    if not sys.platform.startswith("linux"):
        return kept
    from PyInstaller.depend.bindepend import get_imports

    needs: dict[str, set[str]] = {}
    for entry in kept:
        _, source, kind = entry
        if kind in ("BINARY", "EXTENSION") and os.path.isfile(source):
            needs[_dest(entry)] = {os.path.basename(name) for name, _path in get_imports(source)}
    while True:
        wanted = set().union(*(needs.get(_dest(e), set()) for e in kept))
        orphans = [
            e
            for e in kept
            if e[2] == "BINARY"
            and not _is_root(_dest(e))
            and os.path.basename(_dest(e)) not in wanted
        ]
        if not orphans:
            return kept
        kept = [e for e in kept if e not in orphans]


def trim(binaries: Iterable[Entry], datas: Iterable[Entry]) -> tuple[list[Entry], list[Entry]]:
    """The Analysis binaries and datas, trimmed; no symbolic link is left dangling.

    PyInstaller files its links from the top folder to libraries under datas.
    """
    kept_binaries = prune_orphans(drop_unused(binaries))
    kept_datas = drop_unused(datas)
    present = {_dest(e) for e in kept_binaries + kept_datas if e[2] != "SYMLINK"}

    def linked(entries: list[Entry]) -> list[Entry]:
        return [e for e in entries if e[2] != "SYMLINK" or e[1].replace(os.sep, "/") in present]

    return linked(kept_binaries), linked(kept_datas)
