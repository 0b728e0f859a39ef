"""`rapport today` says which relationships are suppliers or partners."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from rapport import locations
from rapport.cli import run
from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.domain.kinds import EntryKind
from rapport.domain.people import RelationshipKind
from rapport.store import Journal


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QSettings

    ini = tmp_path / "settings.ini"
    monkeypatch.setattr(
        locations, "settings", lambda: QSettings(str(ini), QSettings.Format.IniFormat)
    )


def test_a_quiet_supplier_is_named_as_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, now = tmp_path / "j.rapport", datetime.now(UTC)
    journal = Journal.open(path)
    for name, kind in (("Rösterei Blau", RelationshipKind.SUPPLIER), ("Café Noord", None)):
        cid = journal.customers.create(CustomerDraft(name=name), since=now - timedelta(days=300))
        if kind is not None:
            journal.customers.set_kind(cid, kind)
        journal.entries.add(EntryDraft(cid, now - timedelta(days=70), EntryKind.MEETING, "Met"))
    journal.close()
    assert run(["today", "--journal", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Rösterei Blau (supplier) [#1]" in out
    assert "Café Noord [#2]" in out  # a customer, as the list has always said
