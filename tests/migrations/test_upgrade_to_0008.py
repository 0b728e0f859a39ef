"""Upgrading to 0008 gives entries a side; commitments saved before it count as ours."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from rapport.domain.customers import Status
from rapport.domain.entries import EntryDraft
from rapport.domain.kinds import COMMITMENT_KINDS, EntryKind, Side
from rapport.store import Journal

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_a_0007_journal_gains_a_side_and_its_commitments_are_ours(tmp_path: Path) -> None:
    path = tmp_path / "journal-0007.rapport"
    shutil.copyfile(FIXTURES / "journal-0007.rapport", path)
    with sqlite3.connect(path) as conn:
        before = conn.execute("SELECT id, kind, title, body FROM entry ORDER BY id").fetchall()
    journal = Journal.open(path)
    try:
        with sqlite3.connect(path) as conn:
            after = conn.execute("SELECT id, kind, title, body, side FROM entry ORDER BY id")
            assert [row[:4] for row in after] == before
            sides = {s for (s,) in conn.execute("SELECT side FROM entry")}
        assert sides == {None}
        sided = [
            (e.kind, e.side)
            for c in journal.facts.book(statuses=tuple(Status)).customers
            for e in c.entries
            if e.kind in COMMITMENT_KINDS
        ]
        assert sided and all(side is Side.OURS for _kind, side in sided)
        first = journal.timeline.customers(statuses=())[0]
        promise = journal.entries.add(
            EntryDraft(
                first.id,
                before_now(),
                EntryKind.COMMITMENT_MADE,
                body="They will send the samples.",
                side=Side.THEIRS,
            )
        )
        assert journal.entries.get(promise).side is Side.THEIRS
    finally:
        journal.close()


def before_now() -> datetime:
    return datetime(2024, 5, 1, 10, tzinfo=UTC)
