"""`rapport search` and `rapport check` through rapport.cli.run."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from rapport.cli import run
from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.domain.kinds import EntryKind
from rapport.store import Journal


@pytest.fixture
def filled(journal_path: Path) -> Path:
    journal = Journal.open(journal_path)
    cid = journal.customers.create(CustomerDraft(name="Rossi Imports", organisation="Rossi SpA"))
    for i in range(5):
        journal.entries.add(
            EntryDraft(
                customer_id=cid,
                occurred_at=datetime(2025, 4, 1 + i, tzinfo=UTC),
                kind=EntryKind.CALL,
                title="Olive oil",
                body=f"Call {i}: the olive harvest is late.",
            )
        )
    journal.close()
    return journal_path


def test_search_prints_hits_with_marked_matches(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["--journal", str(filled), "search", "harvest", "--limit", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4  # two hits, two lines each
    assert "Rossi SpA — Olive oil" in lines[0] and "Call" in lines[0]
    assert "[harvest]" in lines[1]


def test_search_finds_customers_and_accepts_journal_after_the_verb(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["search", "rossi", "--journal", str(filled)]) == 0
    assert capsys.readouterr().out.startswith("customer    Rossi SpA")


def test_search_with_no_hits_says_so(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--journal", str(filled), "search", '"(NEAR', "title:"]) == 1
    assert "No notes" in capsys.readouterr().out


def test_check_reports_and_rebuilds(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--journal", str(filled), "check"]) == 0
    assert "All is well." in capsys.readouterr().out
    with sqlite3.connect(filled) as raw:
        raw.execute("INSERT INTO search_entry(search_entry) VALUES ('delete-all')")
    assert run(["--journal", str(filled), "check"]) == 1
    out = capsys.readouterr().out
    assert "PROBLEM" in out and "--rebuild-index" in out
    assert run(["--journal", str(filled), "check", "--rebuild-index"]) == 0
    assert "Search index rebuilt" in capsys.readouterr().out
    assert run(["--journal", str(filled), "search", "harvest"]) == 0


def test_check_on_a_file_that_is_not_a_journal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    assert run(["--journal", str(text), "check"]) == 2
    assert "not a Rapport journal" in capsys.readouterr().err


@pytest.mark.parametrize("verb", [["search", "x"], ["check"]])
def test_a_missing_journal_is_not_created(
    tmp_path: Path, verb: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "typo.rapport"
    assert run(["--journal", str(missing), *verb]) == 2
    assert not missing.exists()
    assert "There is no journal" in capsys.readouterr().err
