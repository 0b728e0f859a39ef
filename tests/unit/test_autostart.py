"""Start at login: the platform's own entry is written, valid, and removed again."""

from __future__ import annotations

import configparser
import plistlib
import subprocess
from pathlib import Path

import pytest

from rapport.autostart import (
    AT_LOGIN_FLAG,
    LAUNCH_AGENT_LABEL,
    RUN_KEY,
    RUN_VALUE,
    Autostart,
    AutostartError,
    command,
    desktop_entry,
)
from realtools import require_tool

ARGV = ["/opt/My Apps/rapport", AT_LOGIN_FLAG]


def test_linux_entry_is_written_under_xdg_config_home_valid_and_removed(tmp_path):
    validate = require_tool("desktop-file-validate", "desktop-file-utils")
    config = tmp_path / "config"
    entry = Autostart("linux", home=tmp_path, env={"XDG_CONFIG_HOME": str(config)}, argv=ARGV)
    assert not entry.enabled()
    entry.set(True)
    path = config / "autostart" / "rapport.desktop"
    assert entry.enabled() and path.is_file()
    checked = subprocess.run([validate, str(path)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.strip() == ""  # no warnings either
    parsed = configparser.ConfigParser(interpolation=None)
    parsed.optionxform = str  # type: ignore[assignment,method-assign]
    parsed.read(path)
    desktop = parsed["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"] == f'"/opt/My Apps/rapport" {AT_LOGIN_FLAG}'
    assert desktop["X-GNOME-Autostart-enabled"] == "true"
    entry.set(False)
    assert not path.exists() and not entry.enabled()
    entry.set(False)  # removing what is not there is no error


def test_linux_without_xdg_config_home_uses_dot_config(tmp_path):
    entry = Autostart("linux", home=tmp_path, env={}, argv=ARGV)
    entry.set(True)
    assert (tmp_path / ".config" / "autostart" / "rapport.desktop").is_file()


def test_the_real_command_validates(tmp_path):
    validate = require_tool("desktop-file-validate", "desktop-file-utils")
    argv = command()
    assert argv[-1] == AT_LOGIN_FLAG
    path = tmp_path / "rapport.desktop"
    path.write_text(desktop_entry(argv), encoding="utf-8")
    checked = subprocess.run([validate, str(path)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout


def test_exec_quotes_percent_and_special_characters():
    text = desktop_entry(['/home/a "b"/100%/rapport', AT_LOGIN_FLAG])
    assert 'Exec="/home/a \\"b\\"/100%%/rapport" --at-login' in text


def test_the_at_login_flag_is_accepted_by_the_command_line():
    from rapport.cli import build_parser

    assert build_parser().parse_args([AT_LOGIN_FLAG]).at_login is True


def test_a_folder_that_cannot_be_written_is_a_message_not_a_traceback(tmp_path):
    blocker = tmp_path / "config"
    blocker.write_text("a file where the folder should be")
    entry = Autostart("linux", home=tmp_path, env={"XDG_CONFIG_HOME": str(blocker)}, argv=ARGV)
    with pytest.raises(AutostartError) as raised:
        entry.set(True)
    assert "start at login" in raised.value.message


def test_macos_launch_agent_follows_launchds_format(tmp_path):
    entry = Autostart("darwin", home=tmp_path, argv=ARGV)
    entry.set(True)
    path = tmp_path / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"
    assert entry.enabled()
    agent = plistlib.loads(path.read_bytes())
    assert agent["Label"] == LAUNCH_AGENT_LABEL == path.stem
    assert agent["ProgramArguments"] == ARGV  # no shell: each argument as it is
    assert agent["RunAtLoad"] is True
    assert path.read_bytes().startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist')
    entry.set(False)
    assert not path.exists()


class FakeRegistry:
    def __init__(self) -> None:
        self.values: dict[tuple[str, str], str] = {}

    def set_value(self, key: str, name: str, value: str) -> None:
        self.values[key, name] = value

    def delete_value(self, key: str, name: str) -> None:
        self.values.pop((key, name), None)

    def get_value(self, key: str, name: str) -> str | None:
        return self.values.get((key, name))


def test_windows_run_value_is_the_quoted_program_and_the_flag():
    registry = FakeRegistry()
    entry = Autostart(
        "win32", registry=registry, argv=[r"C:\Program Files\Rapport\rapport.exe", AT_LOGIN_FLAG]
    )
    entry.set(True)
    assert RUN_KEY == r"Software\Microsoft\Windows\CurrentVersion\Run"
    assert registry.values == {
        (RUN_KEY, RUN_VALUE): f'"C:\\Program Files\\Rapport\\rapport.exe" {AT_LOGIN_FLAG}'
    }
    assert entry.enabled() and entry.path() is None
    entry.set(False)
    assert registry.values == {} and not entry.enabled()


def test_windows_registry_failure_is_a_message(tmp_path: Path):
    class Refusing(FakeRegistry):
        def set_value(self, key: str, name: str, value: str) -> None:
            raise PermissionError(13, "Access is denied")

    with pytest.raises(AutostartError) as raised:
        Autostart("win32", registry=Refusing(), argv=ARGV).set(True)
    assert "Access is denied" in raised.value.message
