"""The first window does not pay for what it does not show: vCards, the server, migrations,
the Settings dialog, the recovery key."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from rapport.store import Journal

START = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from rapport import app
    from rapport.ui import msgbox

    class Quiet:  # a message box would wait for a click
        def show(self, *args):
            print("said:", args[2], file=sys.stderr)

        def ask(self, *args):
            print("asked:", args[1], file=sys.stderr)
            return False

    msgbox.use(Quiet())
    QApplication([])
    session = app.start_app(Path(sys.argv[1]) / "j.rapport")
    assert session is not None and session.window is not None
    QApplication.processEvents()
    later = ("vobject", "sqlalchemy.dialects.postgresql", "rapport.transfer.vcard_import",
             "rapport.transfer.vcard_export", "rapport.ui.protection", "alembic",
             "rapport.ui.settings.dialog",
             "rapport.autostart", "rapport.ui.recovery_key_dialog",
             "rapport.ui.dialogs.shortcuts_dialog")
    loaded = [name for name in later if name in sys.modules]
    print("loaded:", loaded)
    assert not loaded, f"the first window loaded {loaded}"
    session.close()
    print("ok")
    """
)


def _start_in_a_process(script: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """Run `script` in a fresh Python on an up-to-date journal (no migration at start)."""
    Journal.open(tmp_path / "j.rapport").close()
    home = tmp_path / "home"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
    }
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done


def test_the_first_window_loads_no_vcard_codec_nor_the_server_dialect(tmp_path: Path) -> None:
    done = _start_in_a_process(START, tmp_path)
    assert done.stdout.strip().endswith("ok")


SOURCES_KEPT = textwrap.dedent(
    """
    import linecache
    import sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from rapport import app

    QApplication([])
    session = app.start_app(Path(sys.argv[1]) / "j.rapport")
    assert session is not None and session.window is not None
    QApplication.processEvents()
    import matplotlib.figure  # what the Chart tab and the Portfolio load

    kept = [name for name in linecache.cache if name.endswith(".py")]
    session.close()
    print("kept:", len(kept), kept[:5])
    """
)


def test_the_app_does_not_keep_the_source_of_every_module_it_imports(tmp_path: Path) -> None:
    """PySide6's import hook read each module's source into linecache, kept for good.

    11 MB for the first window's modules and 20 MB more with matplotlib, and a tenth
    of a second of every start.
    """
    done = _start_in_a_process(SOURCES_KEPT, tmp_path)
    kept = int(done.stdout.split("kept:")[1].split()[0])
    assert kept < 20, f"the sources of {kept} modules are kept in memory: {done.stdout}"
