"""Smoke test of the built bundle (`make package` runs it after PyInstaller).

    python packaging/smoke_test.py [--bundle dist/rapport] [--staged DIR]

Runs the bundled program, never the source tree, in a throw-away home folder:
`--version`; `demo --journal x.rapport`; then the app itself on that journal, offscreen
with RAPPORT_EXIT_WHEN_SHOWN=1 (and on a real X server too when xvfb-run is there), which
must exit 0 with no traceback and no error in the log. Checks what the bundle holds (the
migrations and icons; no web engine, QML or network module) and, on Linux, that every
bundled library finds the libraries it links to. With --staged it also runs install.sh into
a temporary prefix and validates the installed menu entry and AppStream metadata.
Exits non-zero on the first failure.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from rapport import APP_ID, __version__  # noqa: E402

#: The passphrase of the encrypted journal the smoke test opens with the bundle.
SECRET = "smoke test passphrase"
#: Parts that must not be in the bundle (the point of PySide6-Essentials and the excludes).
FORBIDDEN = ("QtWebEngine", "QtQml", "QtQuick", "Qt3D", "QtMultimedia", "PyQt")
#: Files that must be: the schema migrations and the icons, where the code looks for them.
REQUIRED = (
    "rapport/store/migrations/env.py",
    "rapport/store/migrations/versions/0001_create_the_journal_schema.py",
    "rapport/resources/rapport.svg",
    "rapport/resources/icons/search.svg",
    "rapport/resources/translations/rapport_de.qm",
    "PySide6/Qt/translations/qtbase_de.qm",
)
TIMEOUT = 120


class SmokeFailure(Exception):
    """A check failed; the message says which and why."""


def step(text: str) -> None:
    """Say what is being checked."""
    print(f"smoke: {text}", flush=True)


def run(cmd: list[str], env: dict[str, str], expect: str = "") -> str:
    """Run a command; it must exit 0, print no traceback, and print `expect` if given."""
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=TIMEOUT)
    output = done.stdout + done.stderr
    if done.returncode != 0 or "Traceback" in output or expect not in output:
        raise SmokeFailure(f"{' '.join(cmd)} exited {done.returncode}:\n{output}")
    return output


def private_env(home: Path, **extra: str) -> dict[str, str]:
    """An environment whose home, data and settings folders are throw-away."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "RAPPORT_"))}
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_RUNTIME_DIR=str(home / "runtime"),
        MPLCONFIGDIR=str(home / "mpl"),
        APPDATA=str(home / "appdata"),  # Windows
        LOCALAPPDATA=str(home / "localappdata"),
    )
    (home / "runtime").mkdir(mode=0o700, parents=True, exist_ok=True)
    env.update(extra)
    return env


def check_contents(bundle: Path) -> None:
    """Required data present, forbidden Qt parts absent."""
    internal = bundle / "_internal"
    for relative in REQUIRED:
        if not (internal / relative).is_file():
            raise SmokeFailure(f"the bundle lacks {relative}")
    found = [p.name for p in internal.rglob("*") if any(f in p.name for f in FORBIDDEN)]
    if found:
        raise SmokeFailure(f"the bundle holds parts it should not: {sorted(found)[:10]}")
    dangling = [
        str(p.relative_to(bundle)) for p in bundle.rglob("*") if p.is_symlink() and not p.exists()
    ]
    if dangling:
        raise SmokeFailure(f"symbolic links to nothing: {dangling}")


def check_linked_libraries(bundle: Path) -> None:
    """Every bundled shared library resolves all its dependencies (Linux, via ldd)."""
    if not sys.platform.startswith("linux") or not shutil.which("ldd"):
        return
    missing = set()
    # PyInstaller (6.x) gathers the libraries the wheels' modules link to in _internal,
    # not beside them, and its launcher puts _internal on LD_LIBRARY_PATH: so does ldd.
    env = {**os.environ, "LD_LIBRARY_PATH": str(bundle / "_internal")}
    for path in (bundle / "_internal").rglob("*.so*"):
        if path.is_file() and not path.is_symlink():
            done = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env)
            missing |= {
                f"{path.name}: {line.split()[0]}"
                for line in done.stdout.splitlines()
                if "not found" in line
            }
    if missing:
        raise SmokeFailure(
            "bundled libraries that cannot be loaded:\n" + "\n".join(sorted(missing))
        )


def check_app(program: Path, home: Path, platform: str, wrapper: list[str]) -> None:
    """The app starts on a demo journal, shows its window and exits 0 with a clean log."""
    journal = home / "x.rapport"
    env = private_env(home, QT_QPA_PLATFORM=platform, RAPPORT_EXIT_WHEN_SHOWN="1")
    run([*wrapper, str(program), "--journal", str(journal)], env)
    logs = list(home.rglob("rapport.log"))
    errors = [line for log in logs for line in log.read_text().splitlines() if " ERROR " in line]
    if errors:
        raise SmokeFailure("the log has errors:\n" + "\n".join(errors))


def check_installed(staged: Path, home: Path) -> None:
    """install.sh lays out bin/, lib/ and share/ as desktops expect, and they validate."""
    prefix = home / "prefix"
    run(["sh", str(staged / "install.sh"), str(prefix)], private_env(home))
    share = prefix / "share"
    expected = [
        prefix / "bin" / "rapport",
        share / "applications" / f"{APP_ID}.desktop",
        share / "metainfo" / f"{APP_ID}.metainfo.xml",
        share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
        *(
            share / "icons" / "hicolor" / f"{s}x{s}" / "apps" / f"{APP_ID}.png"
            for s in (16, 48, 512)
        ),
    ]
    for path in expected:
        if not path.exists():
            raise SmokeFailure(f"install.sh did not install {path.relative_to(prefix)}")
    run([str(prefix / "bin" / "rapport"), "--version"], private_env(home), expect=__version__)
    desktop = share / "applications" / f"{APP_ID}.desktop"
    if f'Exec="{prefix}/bin/rapport"' not in desktop.read_text():
        raise SmokeFailure("the installed menu entry does not name the installed program")
    if shutil.which("desktop-file-validate"):
        run(["desktop-file-validate", str(desktop)], private_env(home))
    if shutil.which("appstreamcli"):
        metainfo = share / "metainfo" / f"{APP_ID}.metainfo.xml"
        run(["appstreamcli", "validate", "--no-net", str(metainfo)], private_env(home))


def check_encrypted(program: Path, cli: Path, home: Path) -> None:
    """The bundle opens an encrypted journal (SQLCipher) and seals and opens an export.

    The demo journal is encrypted here with the source tree's code; everything after
    runs the bundled program, with the passphrase in the environment as a script gives it.
    """
    from rapport.store import cipher, encrypt, keys

    journal = home / "secret.rapport"
    shutil.copyfile(home / "x.rapport", journal)
    encrypt.change_passphrase(journal, None, SECRET, keys.new_recovery_key())
    cipher.forget_all()
    if b"SQLite format 3" in journal.read_bytes()[:100]:
        raise SmokeFailure("the journal was not encrypted")
    if not keys.has_recovery(journal):  # its data key, wrapped twice, beside it
        raise SmokeFailure("the journal has no key file with a recovery key")
    wrong = subprocess.run(
        [str(cli), "--journal", str(journal), "today"],
        env=private_env(home, RAPPORT_PASSPHRASE="not it"),
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    if wrong.returncode != 2 or "does not open" not in wrong.stderr:
        raise SmokeFailure(f"a wrong passphrase was not refused in words:\n{wrong.stderr}")
    given = private_env(home, RAPPORT_PASSPHRASE=SECRET)
    run([str(cli), "--journal", str(journal), "today"], given)
    sealed = home / "sealed.json"
    run([str(cli), "--journal", str(journal), "export", str(sealed), "--seal"], given)
    if not sealed.read_bytes().startswith(b"RAPPORT SEALED") or b"customers" in sealed.read_bytes():
        raise SmokeFailure("the export was not sealed")
    run([str(cli), "import", str(sealed), "--journal", str(home / "opened.rapport")], given)
    shown = private_env(
        home, QT_QPA_PLATFORM="offscreen", RAPPORT_EXIT_WHEN_SHOWN="1", RAPPORT_PASSPHRASE=SECRET
    )
    run([str(program), "--journal", str(journal)], shown)


def check_german(program: Path, home: Path) -> None:
    """On a German computer the bundle speaks German: its catalogue and Qt's are found."""
    journal = home / "x.rapport"
    env = private_env(
        home,
        QT_QPA_PLATFORM="offscreen",
        RAPPORT_EXIT_WHEN_SHOWN="1",
        LANG="de_DE.UTF-8",
        LC_ALL="de_DE.UTF-8",
        LANGUAGE="de",
    )
    run([str(program), "--journal", str(journal)], env)
    said = "\n".join(log.read_text() for log in home.rglob("rapport.log"))
    if "language de (setting system)" not in said or "catalogue" in said:
        raise SmokeFailure("the app did not start in German:\n" + said[-2000:])


def main(argv: list[str] | None = None) -> int:
    """Run every check; print the bundle's size at the end."""
    parser = argparse.ArgumentParser(description="Smoke test of the built bundle.")
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "rapport")
    parser.add_argument("--staged", type=Path, help="the folder stage.py made, to install")
    args = parser.parse_args(argv)
    windows = sys.platform == "win32"
    program = args.bundle / ("rapport.exe" if windows else "rapport")
    cli = args.bundle / "rapport-cli.exe" if windows else program  # see rapport.spec
    with tempfile.TemporaryDirectory(prefix="rapport-smoke-") as tmp:
        home = Path(tmp)
        try:
            step("contents")
            check_contents(args.bundle)
            step("linked libraries")
            check_linked_libraries(args.bundle)
            step("--version")
            run([str(cli), "--version"], private_env(home), expect=f"Rapport {__version__}")
            step("demo journal")
            run([str(cli), "demo", "--journal", str(home / "x.rapport")], private_env(home))
            step("app, offscreen")
            check_app(program, home, "offscreen", [])
            step("encrypted journal and sealed export")
            check_encrypted(program, cli, home)
            step("app, in German")
            check_german(program, home)
            if shutil.which("xvfb-run"):
                step("app, on X11 (Xvfb)")
                check_app(program, home, "xcb", ["xvfb-run", "-a"])
            if args.staged:
                step(f"install.sh from {args.staged.name}")
                check_installed(args.staged, home)
        except (SmokeFailure, subprocess.TimeoutExpired) as exc:
            print(f"smoke: FAILED: {exc}", file=sys.stderr)
            return 1
    size = sum(
        p.stat().st_size for p in args.bundle.rglob("*") if p.is_file() and not p.is_symlink()
    )
    print(f"smoke: all passed; the bundle is {size / 2**20:.0f} MiB in {args.bundle}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
