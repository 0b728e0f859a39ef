"""Start-up does not pay for the charts: matplotlib loads only when a chart is first drawn."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

IMPORT_EVERYTHING = textwrap.dedent(
    """
    import importlib, pkgutil, sys
    import rapport.app, rapport.ui, rapport.reports
    import rapport.reports.chart_data, rapport.reports.style, rapport.reports.export
    for module in pkgutil.walk_packages(rapport.ui.__path__, "rapport.ui."):
        importlib.import_module(module.name)
    assert "matplotlib" not in sys.modules, "importing the UI loaded matplotlib"
    print("ok")
    """
)

START_AND_CHART = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from rapport.domain.customers import CustomerDraft
    from rapport.store import Journal
    from rapport.ui.bridge import JournalBridge
    from rapport.ui.main_window import MainWindow

    app = QApplication([])
    folder = Path(sys.argv[1])
    journal = Journal.open(folder / "j.rapport")
    cid = journal.customers.create(CustomerDraft(name="Ada"))
    settings = QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(JournalBridge(journal), settings)
    window.show()
    window.customer_list.select(cid)
    app.processEvents()
    for name in ("matplotlib", "rapport.store.charts", "rapport.ui.chart_view"):
        assert name not in sys.modules, f"start-up loaded {name}"
    window.page.tabs.setCurrentWidget(window.page.chart)
    for _ in range(3):
        app.processEvents()
    assert "matplotlib" in sys.modules, "the Chart tab did not draw"
    assert window.page.chart.view is not None and window.page.chart.view.render_count == 1
    window.close()
    journal.close()
    print("ok")
    """
)


def _run(script: str, *args: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("ok")


def test_no_module_of_the_ui_imports_matplotlib() -> None:
    _run(IMPORT_EVERYTHING)


def test_charts_load_only_when_the_chart_tab_is_shown(tmp_path: Path) -> None:
    _run(START_AND_CHART, str(tmp_path))
