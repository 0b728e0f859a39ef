"""Drafts of entries being typed, kept in small files beside the journal.

Why files and not a table in the journal: a draft is saved every second of typing,
and must survive exactly the situations in which the journal cannot be written —
a journal that is busy, damaged or being upgraded — and must not count as a change
that triggers backups or bloats the WAL. Each draft is one small JSON file, written
atomically (temporary file, fsync, rename, fsync of the folder): after a crash or a
power cut the previous draft or the new one is there, never half of each. The folder
and files are private (0700/0600), like the journal.

A draft holds the owner's words, so when the journal is encrypted its drafts are too:
they are then rows of one small SQLCipher file in the same folder, keyed like the
journal (`store/cipher.py`), each written in its own transaction (the same old-or-new
promise); plain JSON drafts found there are moved into it (`seal`).
"""

from __future__ import annotations

import builtins
import json
import logging
import os
from pathlib import Path

from rapport.domain.drafts import TypedEntry
from rapport.store import cipher
from rapport.store.files import create_private, private_folder, write_atomically

log = logging.getLogger("rapport.store.drafts")
#: What keeps the encrypted drafts from being read or written (they stay as they are).
_SEALED_FAILS: tuple[type[Exception], ...] = (OSError, *cipher.Error, cipher.PassphraseNeededError)
_UNREADABLE: tuple[type[Exception], ...] = (*_SEALED_FAILS, ValueError, KeyError, TypeError)


def drafts_folder(journal_path: Path) -> Path:
    """Where the drafts of this journal live: drafts/<journal file name>/ beside it."""
    return journal_path.parent / "drafts" / journal_path.name


class DraftStore:
    """The drafts of one journal."""

    def __init__(self, journal_path: Path) -> None:
        self.journal_path = journal_path
        self.folder = drafts_folder(journal_path)

    def save(self, typed: TypedEntry) -> None:
        """Write (or replace) a draft durably; raises OSError when the disk refuses."""
        private_folder(self.folder.parent)
        private_folder(self.folder)
        data = json.dumps(typed.to_dict(), ensure_ascii=False)
        if self._passphrase() is not None:
            self._sealed("INSERT OR REPLACE INTO draft VALUES (?, ?)", (typed.draft_id, data))
            return
        write_atomically(self._path(typed.draft_id), data.encode("utf-8"))

    def remove(self, draft_id: str) -> None:
        """Forget a draft (its entry was saved or deliberately discarded)."""
        try:
            self._path(draft_id).unlink(missing_ok=True)
            if self.sealed_path.exists():
                self._sealed("DELETE FROM draft WHERE id = ?", (draft_id,))
        except _SEALED_FAILS as exc:
            log.warning("could not remove draft %s: %s", draft_id, exc)

    @property
    def sealed_path(self) -> Path:
        """The encrypted drafts of an encrypted journal."""
        return self.folder / "drafts.sealed"

    def seal(self) -> None:
        """Move plain drafts into the encrypted file (the journal was just encrypted)."""
        for typed in self._plain():
            self.save(typed)
            self._path(typed.draft_id).unlink(missing_ok=True)

    def unseal(self, kept: builtins.list[TypedEntry]) -> None:
        """Write drafts read before the journal was made plain as files, then drop the rest."""
        for typed in kept:
            self.save(typed)
        self.sealed_path.unlink(missing_ok=True)

    def list(self) -> list[TypedEntry]:
        """Every readable draft, oldest first; unreadable files are left for a human."""
        if not self.folder.is_dir():
            return []
        found = self._plain()
        if self.sealed_path.exists():
            try:
                rows = self._sealed("SELECT body FROM draft", ())
                found += [TypedEntry.from_dict(json.loads(body)) for (body,) in rows]
            except _UNREADABLE as exc:
                log.warning("skipping the encrypted drafts: %s", exc)
        return sorted(found, key=lambda t: t.saved_at)

    def _passphrase(self) -> cipher.Secret | None:
        path = self.journal_path
        passphrase = cipher.passphrase_of(path)
        return None if passphrase is None or cipher.is_plain_database(path) else passphrase

    def _sealed(self, sql: str, params: tuple[object, ...]) -> builtins.list[tuple[str]]:
        passphrase = self._passphrase()
        if passphrase is None:
            raise cipher.PassphraseNeededError(self.journal_path)
        if not self.sealed_path.exists():
            create_private(self.sealed_path)
        salt = cipher.new_salt(self.journal_path)
        conn = cipher.connect(self.sealed_path, passphrase=passphrase, salt=salt)
        try:
            conn.execute("PRAGMA synchronous = FULL")
            with conn:
                conn.execute("CREATE TABLE IF NOT EXISTS draft (id TEXT PRIMARY KEY, body TEXT)")
                return conn.execute(sql, params).fetchall()
        finally:
            conn.close()

    def _plain(self) -> builtins.list[TypedEntry]:
        if not self.folder.is_dir():
            return []
        found = []
        for path in self.folder.glob("*.json"):
            try:
                found.append(TypedEntry.from_dict(json.loads(path.read_text("utf-8"))))
            except (OSError, ValueError, KeyError, TypeError) as exc:
                log.warning("skipping unreadable draft %s: %s", path, exc)
        return found

    def move_to(self, journal_path: Path) -> None:
        """Keep the drafts beside the journal's new file (it was saved again elsewhere)."""
        self.journal_path = journal_path
        old, self.folder = self.folder, drafts_folder(journal_path)
        if old == self.folder or not old.is_dir():
            return
        private_folder(self.folder.parent)
        private_folder(self.folder)
        for path in [*old.glob("*.json"), *old.glob("drafts.sealed")]:
            try:
                os.replace(path, self.folder / path.name)
            except OSError as exc:  # copied at the dialog's next keystroke all the same
                log.warning("could not move draft %s: %s", path.name, exc)

    def _path(self, draft_id: str) -> Path:
        safe = "".join(c for c in draft_id if c.isalnum() or c in "-_")
        return self.folder / f"{safe}.json"
