"""The .desktop entry and the AppStream metainfo: valid, consistent with the app and each other."""

from __future__ import annotations

import configparser
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

from rapport import APP_ID, APP_NAME, __version__
from realtools import require_tool

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())


def _entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def _metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def test_the_files_are_named_by_the_app_id() -> None:
    assert sorted(p.name for p in LINUX.glob(f"{APP_ID}.*")) == [DESKTOP.name, METAINFO.name]
    assert APP_ID.count(".") >= 2 and "-" not in APP_ID


def test_the_desktop_entry_starts_the_installed_command_with_the_app_icon() -> None:
    entry = _entry()
    assert entry["Name"] == APP_NAME
    assert entry["Exec"] in PYPROJECT["project"]["gui-scripts"]  # the command pip installs
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert entry["StartupWMClass"] == APP_NAME  # Qt's X11 window class is the app name
    assert "Office" in entry["Categories"].split(";")


def test_the_metainfo_describes_this_app() -> None:
    root = _metainfo()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == APP_NAME
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("icon") == APP_ID
    assert root.findtext("project_license") == PYPROJECT["project"]["license"]
    assert root.find("content_rating") is not None
    assert root.findtext("url[@type='homepage']") == PYPROJECT["project"]["urls"]["Homepage"]


def test_the_newest_release_is_this_version_and_has_notes() -> None:
    releases = _metainfo().findall("releases/release")
    assert releases[0].get("version") == __version__, "add a <release> for the new version"
    assert releases[0].find("description/p") is not None
    dates = [r.get("date") or "" for r in releases]
    assert dates == sorted(dates, reverse=True)


def test_the_screenshots_are_the_ones_in_the_repository_at_this_version() -> None:
    root = _metainfo()
    assert root.find("screenshots/screenshot[@type='default']") is not None
    urls = [image.text or "" for image in root.iterfind("screenshots/screenshot/image")]
    homepage = PYPROJECT["project"]["urls"]["Homepage"]
    raw = homepage.replace("https://github.com/", "https://raw.githubusercontent.com/")
    prefix = f"{raw}/v{__version__}/"
    assert all(url.startswith(prefix) for url in urls), "point the screenshots at the new tag"
    assert [url for url in urls if not (ROOT / url.removeprefix(prefix)).is_file()] == []


def test_every_screenshot_has_a_german_image_and_caption() -> None:
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    for shot in _metainfo().iterfind("screenshots/screenshot"):
        assert [i.get(lang) for i in shot.iterfind("image")] == [None, "de"]
        assert [c.get(lang) for c in shot.iterfind("caption")] == [None, "de"]


def test_appstreamcli_validates_the_metainfo() -> None:
    appstreamcli = require_tool("appstreamcli", "appstream")
    done = subprocess.run(
        [appstreamcli, "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_desktop_file_validate_accepts_the_entry() -> None:
    validate = require_tool("desktop-file-validate", "desktop-file-utils")
    done = subprocess.run([validate, str(DESKTOP)], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr
