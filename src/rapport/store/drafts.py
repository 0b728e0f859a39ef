"""Drafts of entries being typed, kept in small files beside the journal.

Why files and not a table in the journal: a draft is saved every second of typing,
and must survive exactly the situations in which the journal cannot be written —
a journal that is busy, damaged or being upgraded — and must not count as a change
that triggers backups or bloats the WAL. Each draft is one small JSON file, written
atomically (temporary file, fsync, rename, fsync of the folder): after a crash or a
power cut the previous draft or the new one is there, never half of each. The folder
and files are private (0700/0600), like the journal.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from rapport.domain.drafts import TypedEntry
from rapport.store.files import private_folder, write_atomically

log = logging.getLogger("rapport.store.drafts")


def drafts_folder(journal_path: Path) -> Path:
    """Where the drafts of this journal live: drafts/<journal file name>/ beside it."""
    return journal_path.parent / "drafts" / journal_path.name


class DraftStore:
    """The drafts of one journal."""

    def __init__(self, journal_path: Path) -> None:
        self.folder = drafts_folder(journal_path)

    def save(self, typed: TypedEntry) -> None:
        """Write (or replace) a draft durably; raises OSError when the disk refuses."""
        private_folder(self.folder.parent)
        private_folder(self.folder)
        data = json.dumps(typed.to_dict(), ensure_ascii=False).encode("utf-8")
        write_atomically(self._path(typed.draft_id), data)

    def remove(self, draft_id: str) -> None:
        """Forget a draft (its entry was saved or deliberately discarded)."""
        try:
            self._path(draft_id).unlink(missing_ok=True)
        except OSError as exc:
            log.warning("could not remove draft %s: %s", draft_id, exc)

    def list(self) -> list[TypedEntry]:
        """Every readable draft, oldest first; unreadable files are left for a human."""
        if not self.folder.is_dir():
            return []
        found = []
        for path in self.folder.glob("*.json"):
            try:
                found.append(TypedEntry.from_dict(json.loads(path.read_text("utf-8"))))
            except (OSError, ValueError, KeyError, TypeError) as exc:
                log.warning("skipping unreadable draft %s: %s", path, exc)
        return sorted(found, key=lambda t: t.saved_at)

    def move_to(self, journal_path: Path) -> None:
        """Keep the drafts beside the journal's new file (it was saved again elsewhere)."""
        old, self.folder = self.folder, drafts_folder(journal_path)
        if old == self.folder or not old.is_dir():
            return
        private_folder(self.folder.parent)
        private_folder(self.folder)
        for path in old.glob("*.json"):
            try:
                os.replace(path, self.folder / path.name)
            except OSError as exc:  # copied at the dialog's next keystroke all the same
                log.warning("could not move draft %s: %s", path.name, exc)

    def _path(self, draft_id: str) -> Path:
        safe = "".join(c for c in draft_id if c.isalnum() or c in "-_")
        return self.folder / f"{safe}.json"
