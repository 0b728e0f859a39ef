"""Issue 12, item 8: a killed backup or journal move leaves nothing behind after the next start,
and the move can be done again; a file another process is still writing is never touched."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from children import HERE, Child, child_env

from msgboxes import MessageBoxes
from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.store import Journal
from rapport.store.backup import backup_folder, list_backups, thin_backups
from rapport.store.clock import utcnow
from rapport.store.move import finish, note_path, partial_path, tidy
from rapport.ui.journal_move import write_checked_copy

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
CHILD = str(HERE / "debris_child.py")
DRIVER = str(HERE / "app_driver.py")


def a_journal(path: Path) -> None:
    journal = Journal.open(path)
    try:
        maria = journal.customers.create(CustomerDraft(name="Maria"))
        for n in range(200):
            body = f"Visit {n}: " + "tasted the new roast, ordered more. " * 20
            journal.entries.add(EntryDraft(customer_id=maria, occurred_at=utcnow(), body=body))
    finally:
        journal.close()


def start_and_kill_the_app(path: Path, env: dict[str, str], children: list[Child]) -> None:
    """The next start of the app on this journal, then a kill once it is up."""
    app = Child([DRIVER, "hold", str(path)], env)
    children.append(app)
    app.wait_for("ready", timeout=60)
    app.kill9()


def test_a_killed_backups_temporary_file_is_gone_after_the_next_start(
    tmp_path: Path, children: list[Child]
) -> None:
    path = tmp_path / "books" / "journal.rapport"
    a_journal(path)
    env = child_env(tmp_path / "home")
    writer = Child([CHILD, "backup", str(path)], env)
    children.append(writer)
    writer.wait_for("partial")
    (partial,) = backup_folder(path).glob(".*.partial")
    assert partial.stat().st_size > 100_000, "the temporary copy is written in full"
    thin_backups(path)  # tidies the folder: a file another process is writing stays
    assert partial.exists(), "a live backup's temporary file is never removed"

    writer.kill9()
    start_and_kill_the_app(path, env, children)
    assert not partial.exists()
    assert sorted(p.name for p in backup_folder(path).iterdir()) == [], "no debris, no backup"
    assert list_backups(path) == []


def test_a_move_killed_after_the_copy_is_tidied_at_the_next_start_and_can_be_done_again(
    tmp_path: Path, children: list[Child], qapp: object
) -> None:
    source = tmp_path / "books" / "journal.rapport"
    a_journal(source)
    target = tmp_path / "elsewhere" / "journal.rapport"
    target.parent.mkdir()
    env = child_env(tmp_path / "home")
    mover = Child([CHILD, "move", str(source), str(target)], env)
    children.append(mover)
    mover.wait_for("copied")
    mover.kill9()
    assert target.exists(), "the kill came after the copy was in place"

    start_and_kill_the_app(source, env, children)
    assert sorted(target.parent.iterdir()) == [], "the unused copy was removed"
    assert source.exists()
    assert not [p for p in source.parent.iterdir() if p.name.endswith(".moving")]

    MessageBoxes.reset(recording=True)
    try:
        assert write_checked_copy(source, target, None), MessageBoxes.log
    finally:
        MessageBoxes.reset(recording=False)
    assert target.exists()
    moved = Journal.open(target)
    try:
        assert [c.name for c in moved.timeline.customers(statuses=())] == ["Maria"]
    finally:
        moved.close()


def test_a_move_killed_while_copying_leaves_nothing_and_can_be_done_again_at_once(
    tmp_path: Path, children: list[Child], qapp: object
) -> None:
    source = tmp_path / "books" / "journal.rapport"
    a_journal(source)
    target = tmp_path / "elsewhere" / "journal.rapport"
    target.parent.mkdir()
    env = child_env(tmp_path / "home")
    mover = Child([CHILD, "copying", str(source), str(target)], env)
    children.append(mover)
    mover.wait_for("copying")
    partial = partial_path(target)
    assert partial.stat().st_size > 100_000 and note_path(source).exists()
    tidy(source)
    assert partial.exists() and note_path(source).exists(), "a live move is left alone"

    mover.kill9()
    MessageBoxes.reset(recording=True)
    try:
        assert write_checked_copy(source, target, None), MessageBoxes.log
    finally:
        MessageBoxes.reset(recording=False)
    assert sorted(p.name for p in target.parent.iterdir()) == ["journal.rapport"]
    assert finish(source) == [], "once the app has switched, the old file and the note go"
    assert sorted(source.parent.iterdir()) == []
