"""Before Qt starts on Linux X11: are the system libraries its xcb plugin needs all there.

PySide6 brings Qt but not the X11 libraries Qt's xcb platform plugin links against;
a fresh desktop install often lacks some (libxcb-cursor0 above all, since Qt 6.5).
Qt then aborts with its own message about "the Qt platform plugin", which tells the
owner nothing they can act on. So before any window is made, each library is looked
up the way the plugin's loader will (dlopen by its exact name), and when some are
missing the owner gets the one command that installs them.

Only a start that will use xcb is checked: Linux, a DISPLAY, and no other platform
chosen (QT_QPA_PLATFORM unset or "xcb"; a Wayland session uses Wayland unless xcb is
asked for by name). The command-line verbs never draw and are never checked.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import sys
from collections.abc import Callable, Mapping

#: Exit code when the app cannot start for want of system libraries.
EXIT_MISSING_LIBRARIES = 4

Loader = Callable[[str], object]

#: The libraries of Qt's xcb plugin (libqxcb.so and libQt6XcbQpa.so.6) that Qt's own
#: libraries do not need already, with the packages that hold them: Debian/Ubuntu, Fedora.
#: tests/unit/test_desktop_libs.py checks this against the installed plugin's files.
XCB_LIBRARIES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
}


def load_library(name: str) -> object:
    """Load a shared library by its exact name, as the plugin's loader will (OSError if not)."""
    return ctypes.CDLL(name)


def uses_xcb(environ: Mapping[str, str], platform: str) -> bool:
    """Whether Qt will start on its xcb (X11) platform plugin."""
    if not platform.startswith("linux") or not environ.get("DISPLAY"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").split(":", 1)[0].split(";", 1)[0].strip()
    if chosen:
        return chosen == "xcb"
    wayland = environ.get("XDG_SESSION_TYPE") == "wayland" and environ.get("WAYLAND_DISPLAY")
    return not wayland


def missing_libraries(load: Loader) -> list[str]:
    """The xcb plugin's libraries that cannot be loaded, in the order of the table."""
    missing = []
    for name in XCB_LIBRARIES:
        try:
            load(name)
        except OSError:
            missing.append(name)
    return missing


def install_command(missing: list[str], which: Callable[[str], str | None]) -> str:
    """The one command that installs the packages holding the missing libraries."""
    if which("apt-get") or not which("dnf"):
        tool, column = "sudo apt-get install", 0
    else:
        tool, column = "sudo dnf install", 1
    packages = dict.fromkeys(XCB_LIBRARIES[name][column] for name in missing)
    return f"{tool} {' '.join(packages)}"


def check_desktop(
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
    load: Loader | None = None,
    which: Callable[[str], str | None] | None = None,
) -> tuple[str, str] | None:
    """None when Qt can start; else (what is wrong, what to do) for the owner."""
    environ = os.environ if environ is None else environ
    if not uses_xcb(environ, sys.platform if platform is None else platform):
        return None
    missing = missing_libraries(load or load_library)
    if not missing:
        return None
    message = (
        "Rapport cannot open its window: this computer lacks system libraries that Qt needs "
        f"to draw on an X11 desktop ({', '.join(missing)})."
    )
    hint = (
        "Install them with this command, then start Rapport again:\n"
        f"    {install_command(missing, which or shutil.which)}\n"
        "  The command-line verbs (rapport today, rapport search, …) work without them."
    )
    return message, hint
