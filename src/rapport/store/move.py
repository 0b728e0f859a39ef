"""Moving a journal's file to another place, so that a kill at any moment can be tidied up.

The copy is written under a temporary name beside the target, marked as being written
(see `files.being_written`), checked, and only then renamed into place. A small note
beside the journal (`.NAME.moving`) says where it is going and which file the checked
copy is, so the next start can tell the move's own unused copy from anything else:

- killed while copying: the temporary file is removed (no live process writes it);
- killed after the copy was in place, before the app switched to it: the copy, still
  exactly as written and opened by no one, is removed, so the move can simply be done
  again. A copy that was opened or changed since is left where it is.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from rapport.i18n import Words
from rapport.store import cipher, keys
from rapport.store.backup import BackupError, check_backup, copy_into
from rapport.store.files import (
    SQLITE_SIDE_FILES,
    being_written,
    fsync_file,
    fsync_folder,
    remove_if_abandoned,
    write_atomically,
)

log = logging.getLogger("rapport.store.move")
JournalMoveText = Words("JournalMoveText")  # the words it had in the UI

#: The identity of a file as written: size, modification time (ns) and inode.
Fingerprint = tuple[int, int, int]


@dataclass(frozen=True)
class MoveNote:
    """Where a journal is being moved, and the checked copy once it is written."""

    target: Path
    copy: Fingerprint | None = None


def note_path(journal: Path) -> Path:
    """The note of a move in progress: hidden, beside the journal being moved."""
    return journal.with_name(f".{journal.name}.moving")


def partial_path(target: Path) -> Path:
    """The temporary name the copy is written under, beside the target."""
    return target.with_name(f".{target.name}.partial")


def journal_files(journal: Path) -> list[Path]:
    """The journal's file and the ones SQLite keeps beside it."""
    return [journal, *(journal.with_name(journal.name + tail) for tail in SQLITE_SIDE_FILES)]


def write_copy(source: Path, target: Path) -> None:
    """Write a checked copy of the journal at target; on failure leave nothing there.

    Raises BackupError (with the reason) when the copy cannot be written or fails its
    check, FileExistsError when something is at target already.
    """
    tidy(source)
    if target.exists():
        raise FileExistsError(target)
    _save_note(source, MoveNote(target))
    partial = partial_path(target)
    remove_if_abandoned(partial)
    try:
        with being_written(partial):
            copy_into(source, partial)
            _self_contained(partial)
            problem = check_backup(partial)
            if problem is not None:
                raise BackupError(
                    JournalMoveText.tr("The copy at “{path}” failed its check ({problem}).").format(
                        path=target, problem=problem
                    )
                )
            fsync_file(partial)
            _save_note(source, MoveNote(target, _fingerprint(partial)))
            keys.copy(source, target)  # before the copy is in place, never after
            os.replace(partial, target)
            keys.remove(partial)
            fsync_folder(target.parent)
    except BaseException:
        for leftover in journal_files(partial):
            leftover.unlink(missing_ok=True)
        keys.remove(partial)
        if not target.exists():
            keys.remove(target)
        _forget(source)
        raise


def finish(source: Path) -> list[Path]:
    """The moved journal is open at its new place: remove the old files and the note.

    Returns the files that could not be removed.
    """
    failed = []
    for old in [*journal_files(source), keys.key_file(source)]:
        try:
            old.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("could not remove %s after the move: %s", old, exc)
            failed.append(old)
    _forget(source)
    return failed


def tidy(journal: Path) -> None:
    """Remove what a killed move of this journal left behind (the caller owns the journal)."""
    note = _read_note(journal)
    if note is None:
        return
    target = note.target
    remove_if_abandoned(partial_path(target))
    if note.copy is not None and target.exists() and _unused_copy(target, note.copy):
        for leftover in [*journal_files(target), keys.key_file(target)]:
            leftover.unlink(missing_ok=True)
        log.info("removed the unused copy of an interrupted move at %s", target)
    if partial_path(target).exists():
        return  # still being written by a live process: its move is not over
    _forget(journal)


# --- internals -------------------------------------------------------------------------


def _self_contained(path: Path) -> None:
    """One file, no -wal or -shm beside it, so that a later use of it shows."""
    conn = cipher.connect(path)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()


def _unused_copy(target: Path, written: Fingerprint) -> bool:
    """Whether target is still exactly the copy the move wrote, and nothing has it open."""
    if any(side.exists() for side in journal_files(target)[1:]):
        return False
    try:
        return _fingerprint(target) == written
    except OSError:
        return False


def _fingerprint(path: Path) -> Fingerprint:
    st = path.stat()
    return (st.st_size, st.st_mtime_ns, st.st_ino)


def _save_note(journal: Path, note: MoveNote) -> None:
    data = {"target": str(note.target), "copy": list(note.copy) if note.copy else None}
    try:
        write_atomically(note_path(journal), json.dumps(data).encode("utf-8"))
    except OSError as exc:  # a read-only folder: the move goes on, untidied after a kill
        log.warning("could not note the move of %s: %s", journal, exc)


def _read_note(journal: Path) -> MoveNote | None:
    try:
        data = json.loads(note_path(journal).read_text("utf-8"))
        copy = data.get("copy")
        fingerprint = (int(copy[0]), int(copy[1]), int(copy[2])) if copy else None
        return MoveNote(Path(str(data["target"])), fingerprint)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError, KeyError, IndexError) as exc:
        log.warning("ignoring an unreadable move note beside %s: %s", journal, exc)
        _forget(journal)
        return None


def _forget(journal: Path) -> None:
    try:
        note_path(journal).unlink(missing_ok=True)
    except OSError as exc:
        log.warning("could not remove the move note beside %s: %s", journal, exc)
