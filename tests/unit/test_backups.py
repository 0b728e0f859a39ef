"""Backups: online, verified before older ones are thinned, private, restorable."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from storehelp import customer, damage_table, entry

from rapport.domain.retention import Retention
from rapport.store import Journal, backup
from rapport.store.backup import (
    BackupError,
    check_backup,
    copy_into,
    list_backups,
    newest_good_backup,
    take_backup,
    thin_backups,
)


def names(journal: Journal) -> list[str]:
    return sorted(c.name for c in journal.timeline.customers(statuses=()))


def test_a_backup_is_a_checked_private_copy_taken_while_the_journal_is_open(
    journal: Journal,
) -> None:
    ana = customer(journal, "Ana")
    entry(journal, ana, 1, body="Ordered 20 kg.")
    info = take_backup(journal.path, "manual")
    assert info.path.parent == journal.path.parent / "backups"
    assert info.reason == "manual" and info.size == info.path.stat().st_size
    assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(info.path.parent.stat().st_mode) == 0o700
    assert check_backup(info.path) is None
    assert sorted(os.listdir(info.path.parent)) == [info.path.name], "no -wal, -shm or temp"
    copy = Journal.open(info.path)
    try:
        assert names(copy) == ["Ana"]
    finally:
        copy.close()
    assert list_backups(journal.path) == [info]


def test_backups_of_other_journals_in_the_same_folder_are_not_listed(tmp_path: Path) -> None:
    one, two = Journal.open(tmp_path / "shop.rapport"), Journal.open(tmp_path / "shop-2.rapport")
    try:
        take_backup(one.path, "manual")
        take_backup(two.path, "manual")
        assert [b.path.name.startswith("shop-2-") for b in list_backups(two.path)] == [True]
        assert len(list_backups(one.path)) == 1
    finally:
        one.close()
        two.close()


def test_a_backup_that_fails_its_check_is_removed_and_older_ones_are_kept(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    customer(journal, "Ana")
    good = take_backup(journal.path, "manual")
    monkeypatch.setattr(backup, "check_backup", lambda _path: "*** in database main ***")
    thinned: list[Path] = []
    monkeypatch.setattr(backup, "thin_backups", lambda *a, **k: thinned.append(a[0]))
    with pytest.raises(BackupError) as caught:
        take_backup(journal.path, "manual")
    assert "Older backups were kept" in caught.value.hint
    assert thinned == [], "nothing is thinned after a failed backup"
    assert list_backups(journal.path) == [good]
    assert os.listdir(good.path.parent) == [good.path.name]


def test_thinning_deletes_only_what_the_policy_drops(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = journal.path.parent / "backups"
    made = [take_backup(journal.path, "auto") for _ in range(3)]
    # Pretend they were taken on three different days, long ago.
    for n, info in enumerate(made):
        day = datetime(2024, 3, 1 + n, tzinfo=UTC).strftime("%Y%m%dT%H%M%S%fZ")
        info.path.rename(folder / f"journal-{day}-auto.rapport")
    removed = thin_backups(journal.path, Retention(recent=1, daily=2, weekly=0, monthly=0))
    assert [p.name for p in removed] == ["journal-20240301T000000000000Z-auto.rapport"]
    assert len(list_backups(journal.path)) == 2


def test_restoring_brings_back_the_backed_up_journal(journal: Journal) -> None:
    customer(journal, "Ana")
    saved = take_backup(journal.path, "manual")
    customer(journal, "Ben")
    path = journal.path
    journal.close()
    copy_into(saved.path, path)
    again = Journal.open(path)
    try:
        assert names(again) == ["Ana"]
        customer(again, "Cy")  # and it is a working journal afterwards
        assert names(again) == ["Ana", "Cy"]
    finally:
        again.close()


def test_the_newest_good_backup_skips_damaged_ones(journal: Journal) -> None:
    customer(journal, "Ana")
    older = take_backup(journal.path, "auto")
    newer = take_backup(journal.path, "auto")
    damage_table(newer.path, "customer")
    assert check_backup(newer.path) is not None
    assert newest_good_backup(journal.path) == older


def test_backups_are_timestamped_in_utc_and_listed_newest_first(journal: Journal) -> None:
    first = take_backup(journal.path, "manual")
    second = take_backup(journal.path, "before-restore")
    listed = list_backups(journal.path)
    assert [b.reason for b in listed] == ["before-restore", "manual"]
    assert listed[0].taken_at >= listed[1].taken_at
    assert abs(first.taken_at - datetime.now(UTC)) < timedelta(minutes=1)
    assert second.path.name.endswith("-before-restore.rapport")


def test_the_source_journal_is_never_written_by_a_backup(journal: Journal) -> None:
    customer(journal, "Ana")
    with sqlite3.connect(journal.path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = journal.path.read_bytes()
    take_backup(journal.path, "manual")
    assert journal.path.read_bytes() == before


def test_the_backup_before_an_import_survives_the_next_automatic_backups(journal: Journal) -> None:
    customer(journal, "Ana")
    before = take_backup(journal.path, "before-import")
    for _ in range(10):  # five hours of automatic backups the same day
        take_backup(journal.path, "auto")
    assert before in list_backups(journal.path)
    assert len(list_backups(journal.path)) == 9, "the count still holds for the others"


def test_a_safety_backup_older_than_30_days_is_thinned_like_any_other(journal: Journal) -> None:
    folder = journal.path.parent / "backups"
    old = take_backup(journal.path, "before-upgrade")
    stamp = (datetime.now(UTC) - timedelta(days=31)).strftime("%Y%m%dT%H%M%S%fZ")
    old.path.rename(folder / f"journal-{stamp}-before-upgrade.rapport")
    take_backup(journal.path, "auto")
    take_backup(journal.path, "auto")
    removed = thin_backups(journal.path, Retention(recent=2, daily=0, weekly=0, monthly=0))
    assert [p.name for p in removed] == [f"journal-{stamp}-before-upgrade.rapport"]
