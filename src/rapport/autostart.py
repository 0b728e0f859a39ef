r"""Start at login: the platform's own autostart entry, written and removed (no Qt).

Each platform keeps its own kind of entry, and Rapport writes exactly that, so the
desktop's own "Startup applications" settings show it and can turn it off:

- Linux and other XDG desktops: ``$XDG_CONFIG_HOME/autostart/rapport.desktop`` (the
  XDG Autostart specification; default ``~/.config/autostart``), a desktop entry of
  type Application with ``X-GNOME-Autostart-enabled=true``. It passes
  `desktop-file-validate` (tests/unit/test_autostart.py runs it).
- macOS: ``~/Library/LaunchAgents/<LABEL>.plist``, a launchd property list (written
  with `plistlib`) with ``Label``, ``ProgramArguments`` and ``RunAtLoad``; launchd
  reads it at the next login.
- Windows: the value ``Rapport`` under
  ``HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run``, of type
  REG_SZ, holding the command line (the program's path in double quotes, then the
  flag). The registry is reached through a `RegistryWriter` so tests give their own.

Every entry starts the installed command with `AT_LOGIN_FLAG` (``--at-login``): the
app knows it was started by the login rather than by the owner (a later version keeps
quietly to the tray then; today it opens as usual).
"""

from __future__ import annotations

import importlib
import logging
import os
import plistlib
import shutil
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from rapport.i18n import Words

log = logging.getLogger("rapport.autostart")
AutostartText = Words("AutostartText")

AT_LOGIN_FLAG = "--at-login"
DESKTOP_FILE = "rapport.desktop"
LAUNCH_AGENT_LABEL = "org.rapport.Rapport"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "Rapport"


class AutostartError(Exception):
    """The entry could not be written or removed; `message` says why, in plain words."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class RegistryWriter(Protocol):
    """The part of the Windows registry (HKCU) the Run value needs."""

    def set_value(self, key: str, name: str, value: str) -> None:
        """Write a REG_SZ value (creating the key if needed)."""
        ...

    def delete_value(self, key: str, name: str) -> None:
        """Remove a value; nothing happens when it is not there."""
        ...

    def get_value(self, key: str, name: str) -> str | None:
        """A REG_SZ value, or None when it is not there."""
        ...


def command() -> list[str]:
    """How to start Rapport at login: the installed command, else this Python with ``-m``."""
    installed = shutil.which("rapport")
    if installed:
        return [installed, AT_LOGIN_FLAG]
    return [sys.executable, "-m", "rapport", AT_LOGIN_FLAG]


# --- Linux and other XDG desktops ---------------------------------------------------


def xdg_autostart_dir(env: dict[str, str] | None = None, home: Path | None = None) -> Path:
    """``$XDG_CONFIG_HOME/autostart``, or ``~/.config/autostart`` when it is unset or relative."""
    env = dict(os.environ) if env is None else env
    base = env.get("XDG_CONFIG_HOME", "")
    root = Path(base) if base and Path(base).is_absolute() else (home or Path.home()) / ".config"
    return root / "autostart"


def desktop_entry(argv: Sequence[str]) -> str:
    """The text of the autostart desktop entry that runs `argv`."""
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            "Name=Rapport",
            "Comment=Relationship journal: reminders of what is due",
            f"Exec={_exec_line(argv)}",
            "Icon=rapport",
            "Terminal=false",
            "Categories=Office;",
            "X-GNOME-Autostart-enabled=true",
            "",
        ]
    )


def _exec_line(argv: Sequence[str]) -> str:
    """Quote arguments as the Desktop Entry spec asks (double quotes; `%` doubled)."""
    parts = []
    for arg in argv:
        arg = arg.replace("%", "%%")
        if any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`="):
            escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
            arg = f'"{escaped}"'
        parts.append(arg)
    return " ".join(parts)


# --- macOS ----------------------------------------------------------------------------


def launch_agent_path(home: Path | None = None) -> Path:
    """``~/Library/LaunchAgents/<label>.plist``."""
    return (home or Path.home()) / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"


def launch_agent(argv: Sequence[str]) -> bytes:
    """The launchd property list that starts `argv` at login (XML)."""
    return plistlib.dumps(
        {
            "Label": LAUNCH_AGENT_LABEL,
            "ProgramArguments": list(argv),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
    )


# --- Windows ----------------------------------------------------------------------------


def run_value(argv: Sequence[str]) -> str:
    """The Run value's command line: the program in double quotes, then its arguments."""
    program, *rest = argv
    return " ".join([f'"{program}"', *(f'"{a}"' if " " in a else a for a in rest)])


def _winreg() -> Any:
    """Windows' registry module (imported by name: it exists only there)."""
    return importlib.import_module("winreg")


class WinRegistry:
    """HKEY_CURRENT_USER through `winreg` (Windows only)."""

    def set_value(self, key: str, name: str, value: str) -> None:
        """Write a REG_SZ value."""
        winreg = _winreg()

        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, key) as handle:
            winreg.SetValueEx(handle, name, 0, winreg.REG_SZ, value)

    def delete_value(self, key: str, name: str) -> None:
        """Remove a value if it is there."""
        winreg = _winreg()

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key, 0, winreg.KEY_SET_VALUE) as h:
                winreg.DeleteValue(h, name)
        except FileNotFoundError:
            pass

    def get_value(self, key: str, name: str) -> str | None:
        """A REG_SZ value, or None."""
        winreg = _winreg()

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key) as handle:
                return str(winreg.QueryValueEx(handle, name)[0])
        except FileNotFoundError:
            return None


# --- one call for the settings --------------------------------------------------------


@dataclass
class Autostart:
    """The autostart entry of one platform; `platform` as `sys.platform` names it."""

    platform: str = sys.platform
    home: Path | None = None
    env: dict[str, str] | None = None
    registry: RegistryWriter | None = None
    argv: Sequence[str] | None = None

    def path(self) -> Path | None:
        """The file of the entry (None on Windows: it is a registry value)."""
        if self.platform.startswith("win"):
            return None
        if self.platform == "darwin":
            return launch_agent_path(self.home)
        return xdg_autostart_dir(self.env, self.home) / DESKTOP_FILE

    def enabled(self) -> bool:
        """Whether the entry is there now."""
        path = self.path()
        if path is None:
            return self._registry().get_value(RUN_KEY, RUN_VALUE) is not None
        return path.is_file()

    def set(self, on: bool) -> None:
        """Write the entry (on) or remove it (off); `AutostartError` says what went wrong."""
        argv = list(self.argv or command())
        path = self.path()
        try:
            if path is None:
                registry = self._registry()
                if on:
                    registry.set_value(RUN_KEY, RUN_VALUE, run_value(argv))
                else:
                    registry.delete_value(RUN_KEY, RUN_VALUE)
            elif on:
                data = (
                    launch_agent(argv)
                    if self.platform == "darwin"
                    else desktop_entry(argv).encode("utf-8")
                )
                path.parent.mkdir(parents=True, exist_ok=True)
                temporary = path.with_suffix(path.suffix + ".tmp")
                temporary.write_bytes(data)
                temporary.replace(path)
            else:
                path.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("autostart entry not %s: %s", "written" if on else "removed", exc)
            raise AutostartError(_failure(on, path, exc)) from exc
        log.info("autostart entry %s", "written" if on else "removed")

    def _registry(self) -> RegistryWriter:
        return self.registry if self.registry is not None else WinRegistry()


def _failure(on: bool, path: Path | None, exc: OSError) -> str:
    where = str(path) if path is not None else "HKCU\\" + RUN_KEY
    if on:
        message = AutostartText.tr(
            "Rapport could not set itself to start at login ({where}): {why}"
        )
    else:
        message = AutostartText.tr(
            "Rapport could not remove its start-at-login entry ({where}): {why}"
        )
    return message.format(where=where, why=exc.strerror or exc)
