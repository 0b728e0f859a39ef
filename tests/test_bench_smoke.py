"""The benchmark's smoke run: a tiny journal, every figure once, so `make bench` cannot rot."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
STORE_FIGURES = (
    "search_typical_ms",
    "search_typical_baseline_ms",
    "search_typical_ratio",
    "search_common_ms",
    "open_customer_2000_ms",
    "open_customer_2000_baseline_ms",
    "open_org_2000_ms",
    "open_org_2000_baseline_ms",
    "sort_customers_ms",
    "save_entry_ms",
)
#: Figures of later issues (benchmarks/later.py), measured once on small inputs.
LATER_FIGURES = (
    "today_ms",
    "chart_first_ms",
    "chart_2000_ms",
    "pdf_500_ms",
    "pdf_500_pages",
    "pdf_500_baseline_ms",
    "pdf_500_ratio",
    "backup_100k_ms",
    "quick_check_100k_ms",
    "save_refresh_ms",
    "save_refresh_baseline_ms",
    "save_refresh_portfolio_ms",
)
#: Figures of issue 13 (benchmarks/external.py).
CHANGE_FIGURES = ("external_change_ms",)
#: Figures of issue 14 (benchmarks/export.py).
EXPORT_FIGURES = (
    "export_json_100k_ms",
    "export_json_100k_baseline_ms",
    "export_json_peak_rss_mb",
    "export_json_peak_rss_baseline_mb",
)
#: The waits of a scripted session (benchmarks/session.py).
SESSION_FIGURES = (
    "today_ready_ms",
    "today_ready_baseline_ms",
    "today_ready_ratio",
    "ui_block_max_ms",
    "session_peak_rss_mb",
    "portfolio_open_ms",
    "search_keystroke_ms",
    "open_customer_2000_full_baseline_ms",
    "open_customer_2000_ratio",
    "import_csv_10k_ms",
    "import_csv_10k_baseline_ms",
    "import_csv_10k_click_ms",
    "attach_10mb_ms",
    "attach_10mb_baseline_ms",
    "open_old_hit_ms",
)


def test_smoke_run_writes_every_figure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.syspath_prepend(str(REPO))
    from benchmarks.run import KEYS, main

    assert main(["--smoke", "--folder", str(tmp_path), "--timeout", "30"]) == 0
    results = json.loads((tmp_path / "results.json").read_text())
    notes = json.loads((tmp_path / "results-notes.json").read_text())
    assert tuple(results) == KEYS
    for key in STORE_FIGURES + LATER_FIGURES + CHANGE_FIGURES + EXPORT_FIGURES + SESSION_FIGURES:
        assert isinstance(results[key], int | float) and results[key] > 0, (key, notes.get(key))
    # The bare window must start; the app's figures are numbers, or null with a reason.
    assert results["startup_baseline_ms"] > 0 and results["peak_rss_baseline_mb"] > 0
    for key in ("startup_ms", "startup_ratio", "peak_rss_mb"):
        assert isinstance(results[key], float) or key in notes, key
    printed = capsys.readouterr().out
    assert "search_typical_ms" in printed and "≤ 1,000 ms" in printed  # later targets too
    assert (tmp_path / "work.rapport").exists()
    # the backups its sessions took of the working copies go (1.5 GB each at 1M entries)
    assert not list((tmp_path / "backups").glob("*.rapport*"))


def test_the_postgres_smoke_run_writes_every_figure_of_both_back_ends(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.syspath_prepend(str(REPO))
    from benchmarks.postgres import KEYS
    from benchmarks.run import main

    assert main(["--postgres", "--smoke", "--folder", str(tmp_path)]) == 0
    results = json.loads((tmp_path / "results-postgres.json").read_text())
    assert tuple(results) == KEYS
    for key in KEYS:
        assert isinstance(results[key], int | float) and results[key] > 0, key
    assert "≤ 2× the file" in capsys.readouterr().out
    assert not (tmp_path / "results.json").exists()  # the file's full figures stay as they were


def test_the_files_smoke_run_writes_every_figure_of_the_bench_and_the_files_figures(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(REPO))
    from benchmarks.files_gb import KEYS as FILES_KEYS
    from benchmarks.run import KEYS, main

    # two megabytes stand in for the gigabyte: the same journal shape, files and all
    assert main(["--smoke", "--attachments", "0.002", "--folder", str(tmp_path)]) == 0
    results = json.loads((tmp_path / "results-files.json").read_text())
    notes = json.loads((tmp_path / "results-files-notes.json").read_text())
    assert tuple(results) == (*KEYS, *FILES_KEYS)  # every target, checked with the files in
    for key in (
        FILES_KEYS
        + STORE_FIGURES
        + LATER_FIGURES
        + CHANGE_FIGURES
        + EXPORT_FIGURES
        + SESSION_FIGURES
    ):
        assert isinstance(results[key], int | float) and results[key] > 0, (key, notes.get(key))
    assert not (tmp_path / "results.json").exists()
    assert list(tmp_path.glob("*-0.002gb.rapport"))  # cached for the next run
