"""`rapport print`: a PDF without a window, and plain answers (exit 2) when it cannot."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from printhelp import customer, pdf_pages, story

import rapport.cli as cli
from rapport.cli.printing import parse_date
from rapport.store import Journal


@pytest.fixture
def book(journal_path: Path) -> Path:
    journal = Journal.open(journal_path)
    story(journal)
    customer(journal, "Marie Claes", organisation="Bakkerij Claes")
    customer(journal, "Jonas De Smet", organisation="")
    journal.close()
    return journal_path


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.run(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_writes_the_pdf(book: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.pdf"
    code, out, err = _run(
        ["print", "Marieke", "--pdf", str(target), "--journal", str(book)], capsys
    )
    assert (code, err) == (0, "")
    assert "1 private entry left out" in out
    text = " ".join(pdf_pages(target))
    assert "Marieke Janssens" in text and "Secret margin" not in text


def test_include_private_and_a_period(
    book: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out.pdf"
    code, _out, _err = _run(
        [
            "--journal",
            str(book),
            "print",
            "marieke janssens",
            "--pdf",
            str(target),
            "--from",
            "2025-01-10",
            "--to",
            "2025-02-28",
            "--include-private",
            "--no-chart",
        ],
        capsys,
    )
    assert code == 0
    text = " ".join(pdf_pages(target))
    assert "Secret margin" in text and "Alpha first visit" not in text


def test_an_unknown_customer_gets_suggestions(
    book: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(
        ["print", "Jonas de Smit", "--pdf", str(tmp_path / "x.pdf"), "--journal", str(book)], capsys
    )
    assert code == 2 and out == ""
    assert "No customer is called “Jonas de Smit”" in err and "Jonas De Smet" in err
    assert "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()


def test_an_ambiguous_name_lists_the_candidates(
    book: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = _run(
        ["print", "Mari", "--pdf", str(tmp_path / "x.pdf"), "--journal", str(book)], capsys
    )
    assert code == 2
    assert "matches 2 customers" in err
    assert "Café Lindeboom" in err and "Bakkerij Claes" in err  # found by their people


def test_a_bad_date_names_the_format(
    book: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = _run(
        [
            "print",
            "Marieke",
            "--pdf",
            str(tmp_path / "x.pdf"),
            "--journal",
            str(book),
            "--from",
            "2025-13-45",
        ],
        capsys,
    )
    assert code == 2
    assert "--from “2025-13-45” is not a date" in err and "YYYY-MM-DD" in err


def test_a_missing_journal_is_not_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.rapport"
    code, _out, err = _run(
        ["print", "Marieke", "--pdf", str(tmp_path / "x.pdf"), "--journal", str(missing)], capsys
    )
    assert code == 2 and "There is no journal" in err
    assert not missing.exists()


def test_customer_by_number(book: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, _err = _run(
        ["print", "#1", "--pdf", str(tmp_path / "x.pdf"), "--journal", str(book)], capsys
    )
    assert code == 0
    code, _out, err = _run(
        ["print", "#99", "--pdf", str(tmp_path / "y.pdf"), "--journal", str(book)], capsys
    )
    assert code == 2 and "no customer #99" in err


def test_dates_in_iso_and_the_locale_short_format() -> None:
    assert parse_date("2026-03-01") is not None
    assert parse_date("31/12/2026") is not None  # the tests' locale is English (UK)
    assert parse_date("yesterday") is None


def test_a_real_process_without_a_display(book: Path, tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    target = tmp_path / "out.pdf"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "rapport",
            "print",
            "Marieke",
            "--pdf",
            str(target),
            "--journal",
            str(book),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert target.read_bytes().startswith(b"%PDF-")
    bad = subprocess.run(
        [
            sys.executable,
            "-m",
            "rapport",
            "print",
            "Nobody",
            "--pdf",
            str(target),
            "--journal",
            str(book),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def test_a_name_typed_without_its_accents_or_capitals_is_found(
    journal_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journal = Journal.open(journal_path)
    customer(journal, "Anouk Mariën", organisation="Bakkerij Mariën")
    customer(journal, "Jürgen Weiß", organisation="Weiß & Söhne")
    journal.close()
    for typed in ("Anouk Marien", "anouk mariën", "ANOUK MARIEN"):
        target = tmp_path / "anouk.pdf"
        code, _out, err = _run(
            ["print", typed, "--pdf", str(target), "--journal", str(journal_path)], capsys
        )
        assert (code, err) == (0, ""), typed
        assert "Anouk Mariën" in " ".join(pdf_pages(target))
    code, _out, err = _run(
        ["print", "weiss", "--pdf", str(tmp_path / "j.pdf"), "--journal", str(journal_path)],
        capsys,
    )
    assert (code, err) == (0, "")
    typo = ["print", "ANOUK MARRIEN", "--pdf", str(tmp_path / "x.pdf")]
    code, out, err = _run([*typo, "--journal", str(journal_path)], capsys)
    assert code == 2 and out == ""
    assert "Did you mean: Bakkerij Mariën?" in err
