"""A dismissed level suggestion travels through a JSON export and back (issue 15)."""

from __future__ import annotations

from pathlib import Path

import pytest

import rapport.cli as cli
from rapport.domain.customers import CustomerDraft
from rapport.domain.levels import Level
from rapport.store import Journal
from rapport.transfer.json_checks import check_row


def row(stage: str) -> dict[str, object]:
    return {
        "id": 1,
        "customer_id": 1,
        "stage": stage,
        "basis": "from:professional:2026",
        "dismissed_at": "2026-06-01T12:00:00",
    }


def test_a_dismissed_level_suggestion_is_a_known_value() -> None:
    assert check_row("dismissed_suggestions", row("level:structural")) is None
    assert check_row("dismissed_suggestions", row("conflict")) is None


def test_an_unknown_level_or_stage_is_still_refused() -> None:
    assert check_row("dismissed_suggestions", row("level:emperor")) == (
        "“level:emperor” is not a stage or a level"
    )
    assert check_row("dismissed_suggestions", row("fury")) == "“fury” is not a stage or a level"


def test_a_journal_with_a_dismissed_level_exports_and_imports_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journal = Journal.open(tmp_path / "j.rapport")
    cid = journal.customers.create(CustomerDraft(name="Steady Deli"))
    journal.suggestions.dismiss_level(cid, Level.STRUCTURAL, "from:professional:2026")
    journal.close()
    out = tmp_path / "all.json"
    assert cli.run(["export", str(out), "--journal", str(tmp_path / "j.rapport")]) == 0
    copy = tmp_path / "copy.rapport"
    code = cli.run(["import", str(out), "--journal", str(copy)])
    assert code == 0, capsys.readouterr().err
    again = Journal.open(copy)
    try:
        [facts] = again.facts.book().customers
        assert facts.dismissed_levels == {(Level.STRUCTURAL, "from:professional:2026")}
    finally:
        again.close()
