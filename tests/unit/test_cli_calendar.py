"""`rapport calendar FILE`: open follow-ups as a calendar, updated in place on every run."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import icalendar
import pytest

from rapport.cli import run
from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.store import Journal


def _uids(path: Path) -> dict[str, str]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]): str(e["SUMMARY"]) for e in calendar.walk("VEVENT")}


def test_open_follow_ups_become_events_and_ticked_ones_leave(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "journal.rapport"
    now = datetime.now(UTC)
    journal = Journal.open(path)
    cid = journal.customers.create(CustomerDraft(name="Café Lindeboom"))
    due = date.today() + timedelta(days=3)
    prices = journal.entries.add(
        EntryDraft(cid, now, title="Send the spring prices", follow_up_on=due)
    )
    journal.entries.add(EntryDraft(cid, now, title="Secret", private=True, follow_up_on=due))
    journal.entries.add(EntryDraft(cid, now, title="No follow-up here"))
    journal.close()
    target = tmp_path / "follow-ups.ics"
    assert run(["--journal", str(path), "calendar", str(target)]) == 0
    assert "2 follow-ups" in capsys.readouterr().out
    first = _uids(target)
    assert sorted(first.values()) == [
        "Get back to Café Lindeboom",
        "Get back to Café Lindeboom: Send the spring prices",
    ]
    journal = Journal.open(path)
    journal.entries.set_follow_up_done(prices)
    journal.close()
    assert run(["--journal", str(path), "calendar", str(target)]) == 0
    assert _uids(target) == {k: v for k, v in first.items() if "prices" not in v}


def test_no_journal_and_an_unwritable_place_are_said_in_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nothing.rapport"
    assert run(["--journal", str(missing), "calendar", str(tmp_path / "x.ics")]) == 2
    assert "There is no journal" in capsys.readouterr().err
    path = tmp_path / "journal.rapport"
    Journal.open(path).close()
    assert run(["--journal", str(path), "calendar", str(tmp_path)]) == 2  # a folder
    assert "is a folder" in capsys.readouterr().err
    assert not missing.exists()
