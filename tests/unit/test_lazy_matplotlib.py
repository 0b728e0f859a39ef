"""Start-up does not pay for matplotlib: it loads only when a chart is first drawn."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

SCRIPT = textwrap.dedent(
    """
    import pkgutil, sys, importlib
    from pathlib import Path
    import rapport.app, rapport.ui, rapport.reports
    import rapport.reports.chart_data, rapport.reports.style, rapport.reports.export
    for module in pkgutil.walk_packages(rapport.ui.__path__, "rapport.ui."):
        importlib.import_module(module.name)
    assert "matplotlib" not in sys.modules, "importing the UI loaded matplotlib"

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from rapport.store import Journal
    from rapport.ui.bridge import JournalBridge
    from rapport.ui.main_window import MainWindow
    from rapport.domain.customers import CustomerDraft

    app = QApplication([])
    folder = Path(sys.argv[1])
    journal = Journal.open(folder / "j.rapport")
    cid = journal.customers.create(CustomerDraft(name="Ada"))
    settings = QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(JournalBridge(journal), settings)
    window.show()
    window.customer_list.select(cid)
    app.processEvents()
    assert "matplotlib" not in sys.modules, "showing a customer loaded matplotlib"
    window.page.tabs.setCurrentWidget(window.page.chart)
    for _ in range(3):
        app.processEvents()
    assert "matplotlib" in sys.modules, "the Chart tab did not draw"
    assert window.page.chart.render_count == 1
    window.close()
    journal.close()
    print("ok")
    """
)


def test_matplotlib_loads_only_when_the_chart_tab_is_shown(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("ok")
