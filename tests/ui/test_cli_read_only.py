"""`rapport print` on a journal on a read-only disk: the PDF is written, the journal untouched."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from printhelp import pdf_pages, story

import rapport.cli as cli
from rapport.store import Journal

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "unit"))
from readonlyhelp import read_only


def test_print_reads_a_journal_on_a_read_only_disk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "backup-disk"
    folder.mkdir()
    path = folder / "journal.rapport"
    journal = Journal.open(path)
    story(journal)
    journal.close()
    target = tmp_path / "out.pdf"
    with read_only(path, folder):
        before = path.read_bytes()
        code = cli.run(["print", "Marieke", "--pdf", str(target), "--journal", str(path)])
        _out, err = capsys.readouterr()
        assert (code, err) == (0, ""), err
        assert path.read_bytes() == before
        assert [p.name for p in folder.iterdir()] == ["journal.rapport"]
    assert "Marieke Janssens" in " ".join(pdf_pages(target))
