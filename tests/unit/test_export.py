"""Saving a chart: PNG or SVG by suffix, atomically, never a half-written file."""

from __future__ import annotations

from pathlib import Path

import pytest
from chartbuilders import story
from matplotlib.figure import Figure

from rapport.reports.export import save_figure, with_format
from rapport.reports.figures import customer_chart


def test_png_and_svg_are_written_by_suffix(tmp_path: Path) -> None:
    chart = customer_chart(story(5), size=(5, 4))
    png = save_figure(chart.figure, tmp_path / "chart.png", dpi=80)
    svg = save_figure(chart.figure, tmp_path / "chart.svg")
    assert png.read_bytes()[:4] == b"\x89PNG"
    assert b"<svg" in svg.read_bytes()[:400]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.png", "chart.svg"]


def test_a_name_without_a_known_suffix_becomes_png() -> None:
    assert with_format(Path("Ada chart")) == Path("Ada chart.png")
    assert with_format(Path("report.v2")) == Path("report.v2.png")
    assert with_format(Path("x.SVG")) == Path("x.SVG")


def test_a_failed_save_leaves_the_old_file_and_no_litter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "chart.png"
    target.write_bytes(b"the old chart")
    figure = Figure()

    def full_disk(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(figure, "savefig", full_disk)
    with pytest.raises(OSError):
        save_figure(figure, target)
    assert target.read_bytes() == b"the old chart"
    assert [p.name for p in tmp_path.iterdir()] == ["chart.png"]
