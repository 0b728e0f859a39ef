"""A personal journal moves onto the server whole (`rapport team push`), and back out as JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pgserver import PgServer
from rapport.domain.checkins import Answers, CheckIn
from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.domain.people import PersonDraft
from rapport.domain.stages import Stage
from rapport.store import Journal, push
from rapport.store.models import SQLModel
from rapport.store.server import ServerLocation
from rapport.transfer.exporting import ExportFormat, chunks
from rapport.transfer.json_format import decode

T0 = datetime(2025, 3, 10, 9, 30, tzinfo=UTC)
SRC = Path(__file__).resolve().parents[2] / "src"
PHOTO = bytes(range(256)) * 40


def _fill(journal: Journal) -> None:
    """A journal with a bit of everything: gaps in the ids, the trash, files, people."""
    ann = journal.customers.create(CustomerDraft(name="Ann Berg", tags=("wholesale",)))
    gone = journal.customers.create(CustomerDraft(name="Gone GmbH"))
    bo = journal.customers.create(CustomerDraft(name="Bo Olsen", tags=("retail", "wholesale")))
    journal.people.add(ann, PersonDraft(name="Jens Bauer", role="buyer"))
    first = journal.entries.add(EntryDraft(customer_id=ann, occurred_at=T0, body="Called."))
    journal.entries.add(EntryDraft(customer_id=bo, occurred_at=T0, body="Visited the café."))
    dropped = journal.entries.add(EntryDraft(customer_id=bo, occurred_at=T0, body="Typo"))
    journal.entries.delete(dropped)
    journal.entries.change_stage(ann, Stage.COMPATIBILITY, T0)
    journal.checkins.add(CheckIn(customer_id=ann, at=T0, answers=Answers(trust=4)))
    journal.attachments.add(first, "photo.png", PHOTO)
    journal.customers.delete(gone)


def _counts(journal: Journal) -> dict[str, int]:
    with journal.engine.connect() as conn:
        return {
            table.name: int(conn.execute(select(func.count()).select_from(table)).scalar_one())
            for table in SQLModel.metadata.sorted_tables
        }


def _json(journal: Journal) -> dict[str, object]:
    """The journal's JSON export, as read back (without the moment it was made)."""
    exported = json.loads("".join(chunks(journal.transfer.snapshot(), ExportFormat.JSON)))
    exported.pop("exported_at")
    return dict(exported)


def test_an_encrypted_journal_file_is_pushed_whole_and_comes_back_out_as_a_personal_one(
    pg_location: ServerLocation, tmp_path: Path
) -> None:
    personal = Journal.open(tmp_path / "mine.rapport", passphrase="correct horse")
    empty = Journal.open(pg_location)
    try:
        _fill(personal)
        before = _counts(personal)
        before_json = _json(personal)
        report = push.push(personal.engine, empty.engine)
    finally:
        personal.close()
        empty.close()
    assert report.rows == before and report.customers == 3
    assert report.file_bytes == len(PHOTO)
    team = Journal.open(pg_location)
    try:
        assert _counts(team) == before
        assert [c.name for c in team.timeline.customers(statuses=())] == ["Ann Berg", "Bo Olsen"]
        assert sorted(item.label for item in team.trash.items()) == [
            "Gone GmbH",
            "Note of 10 Mar 2025",
        ]
        (photo,) = team.attachments.on_entry(1)
        assert team.attachments.data(photo.id) == PHOTO
        assert _json(team) == before_json  # every row and id as it was in the file
        fresh = team.customers.create(CustomerDraft(name="Cy Nowak"))
        entry = team.entries.add(EntryDraft(customer_id=fresh, occurred_at=T0, body="New."))
        assert (fresh, entry) == (4, 4)  # the server's counters follow the copied ids
        team_json = _json(team)
    finally:
        team.close()
    # Back out: the team journal's JSON export is a personal journal, row for row.
    snapshot, bad = decode("".join(chunks(_snapshot_of(pg_location), ExportFormat.JSON)))
    assert bad == []
    back = Journal.open(tmp_path / "back.rapport")
    try:
        steps = back.transfer.import_snapshot(snapshot)
        while True:
            try:
                next(steps)
            except StopIteration:
                break
        assert _json(back) == _new_me(team_json, _json(back))
        assert back.customers.get(4).name == "Cy Nowak"
    finally:
        back.close()


def _new_me(exported: dict[str, object], new: dict[str, object]) -> dict[str, object]:
    """exported, but for when the owner's own "me" row was made (each new journal makes its own)."""
    (mine,) = [p for p in exported["our_people"] if p["me"]]  # type: ignore[attr-defined]
    (theirs,) = [p for p in new["our_people"] if p["me"]]  # type: ignore[attr-defined]
    assert {k: v for k, v in mine.items() if not k.endswith("ed_at")} == {
        k: v for k, v in theirs.items() if not k.endswith("ed_at")
    }
    mine.update(created_at=theirs["created_at"], updated_at=theirs["updated_at"])
    return exported


def _snapshot_of(location: ServerLocation):  # type: ignore[no-untyped-def]
    team = Journal.open(location)
    try:
        return team.transfer.snapshot()
    finally:
        team.close()


def test_a_team_journal_that_holds_anything_is_refused_and_left_as_it_was(
    pg_location: ServerLocation, tmp_path: Path
) -> None:
    team = Journal.open(pg_location)
    personal = Journal.open(tmp_path / "mine.rapport")
    try:
        team.customers.create(CustomerDraft(name="Already here"))
        _fill(personal)
        with pytest.raises(push.PushRefusedError, match="not empty, so nothing was copied"):
            push.push(personal.engine, team.engine)
        assert [c.name for c in team.timeline.customers(statuses=())] == ["Already here"]
        assert _counts(team)["entry"] == 0
    finally:
        team.close()
        personal.close()


def test_a_copy_that_does_not_match_is_undone_whole(
    pg_location: ServerLocation, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    personal = Journal.open(tmp_path / "mine.rapport")
    team = Journal.open(pg_location)
    try:
        _fill(personal)
        monkeypatch.setattr(push, "_file_bytes", lambda _conn: len(PHOTO) + 1)
        with pytest.raises(push.PushRefusedError, match="did not match"):
            push.push(personal.engine, team.engine)
        counts = _counts(team)
        assert counts["customer"] == counts["entry"] == counts["blob"] == 0
        assert counts["our_person"] == 1  # the new journal's own "me", as before
    finally:
        team.close()
        personal.close()


def test_rapport_team_push_copies_a_file_onto_a_new_team_journal(
    pg_server: PgServer, pg_url: str, tmp_path: Path
) -> None:
    personal = Journal.open(tmp_path / "mine.rapport", passphrase="correct horse")
    try:
        _fill(personal)
    finally:
        personal.close()
    env = dict(
        os.environ,
        HOME=str(tmp_path),
        XDG_DATA_HOME=str(tmp_path / "data"),
        PYTHONPATH=str(SRC),
        RAPPORT_PASSPHRASE="correct horse",
    )
    done = subprocess.run(
        [sys.executable, "-m", "rapport", "team", "push", str(tmp_path / "mine.rapport"), pg_url],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "3 relationships" in done.stdout and "every table counted" in done.stdout
    again = subprocess.run(
        [sys.executable, "-m", "rapport", "team", "push", str(tmp_path / "mine.rapport"), pg_url],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert again.returncode == 2
    assert "The team journal is not empty" in again.stderr and "Traceback" not in again.stderr
    exported = tmp_path / "team.json"
    out = _rapport(["export", str(exported), "--journal", pg_url], env)
    assert out.returncode == 0, out.stderr
    back = tmp_path / "back.rapport"
    into = _rapport(["import", str(exported), "--journal", str(back)], env)
    assert into.returncode == 0, into.stderr
    personal = Journal.open(back)
    try:
        assert personal.server is None and personal.customers.get(3).name == "Bo Olsen"
        assert [i.entry.body for i in personal.timeline.page(3) if i.entry] == ["Visited the café."]
    finally:
        personal.close()


def _rapport(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "rapport", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_a_pushed_journal_is_vacuumed_and_analysed_so_search_is_fast_at_once(
    pg_location: ServerLocation, tmp_path: Path
) -> None:
    """Without it the server's search index keeps a backlog and no statistics until autovacuum."""
    personal = Journal.open(tmp_path / "mine.rapport")
    empty = Journal.open(pg_location)
    try:
        _fill(personal)
        push.push(personal.engine, empty.engine)
        with empty.engine.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT relname FROM pg_stat_user_tables"
                " WHERE last_vacuum IS NULL OR last_analyze IS NULL"
            ).all()
    finally:
        personal.close()
        empty.close()
    assert [name for (name,) in rows if name in ("entry", "customer", "attachment")] == []
