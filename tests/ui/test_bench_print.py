"""The print benchmark runs (one repetition), so `make bench` can rely on it."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent.parent


def test_pdf_500_figures(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(REPO))
    from benchmarks.print import measure_pdf_500

    figures = measure_pdf_500(runs=1, folder=tmp_path)
    assert set(figures) == {
        "pdf_500_ms",
        "pdf_500_pages",
        "pdf_500_baseline_ms",
        "pdf_500_ratio",
    }
    assert figures["pdf_500_ms"] > 0
    assert figures["pdf_500_baseline_ms"] > 0
    assert figures["pdf_500_ratio"] > 0
    assert 30 <= figures["pdf_500_pages"] <= 90
