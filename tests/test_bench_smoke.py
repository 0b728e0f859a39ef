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
    "sort_customers_ms",
    "save_entry_ms",
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
    for key in STORE_FIGURES:
        assert isinstance(results[key], float) and results[key] > 0, key
    # The bare window must start; the app's figures are numbers, or null with a reason.
    assert results["startup_baseline_ms"] > 0 and results["peak_rss_baseline_mb"] > 0
    for key in ("startup_ms", "startup_ratio", "peak_rss_mb"):
        assert isinstance(results[key], float) or key in notes, key
    assert "search_typical_ms" in capsys.readouterr().out
    assert (tmp_path / "work.rapport").exists()
