"""What a database file is, told without its key: plain SQLite, or encrypted (and its salt).

Split from `store/cipher.py` (which keys connections): this part only looks at files,
once per file, and never holds a passphrase. `cipher` re-exports every name here.
"""

from __future__ import annotations

import os
from pathlib import Path

PAGE_SIZE = 4096
_SALT_BYTES = 16
_PLAIN_MAGIC = b"SQLite format 3\x00"


#: What a file was found to be, by (path, device, inode): "plain", or the salt of an
#: encrypted one. Read once: closing any handle on a file drops every POSIX lock this
#: process holds on it, SQLite's included, so an open journal is never read again
#: with open() (its identity is checked with stat(), which holds no handle). A file
#: rewritten by a conversion is a new inode; an empty or foreign one is not kept.
_FOUND: dict[tuple[Path, int, int], bytes | str] = {}


def _found(path: Path) -> bytes | str | None:
    """What the file is: "plain", the salt of an encrypted one, or None (anything else)."""
    try:
        st = path.stat()
    except OSError:
        return None
    if st.st_size < len(_PLAIN_MAGIC):
        return None
    key = (path.absolute(), st.st_dev, st.st_ino)
    if key in _FOUND:
        return _FOUND[key]
    try:
        with path.open("rb") as handle:
            page = handle.read(PAGE_SIZE)
    except OSError:
        return None
    found: bytes | str | None = None
    if page.startswith(_PLAIN_MAGIC):
        found = "plain"
    elif st.st_size >= PAGE_SIZE and not st.st_size % 512 and len(set(page)) > 200:
        found = page[:_SALT_BYTES]  # random bytes use nearly all 256 values; text does not
    if found is not None:
        _FOUND[key] = found
    return found


def forget_file(path: Path) -> None:
    """Read path afresh next time (it is about to be opened, or was replaced: inodes recur)."""
    where = path.absolute()
    for key in [key for key in _FOUND if key[0] == where]:
        del _FOUND[key]


def note(path: Path, salt: bytes | None) -> None:
    """Remember what a file just created is (plain, or encrypted with salt) without reading it."""
    st = path.stat()
    _FOUND[(path.absolute(), st.st_dev, st.st_ino)] = salt if salt is not None else "plain"


def looks_encrypted(path: Path) -> bool:
    """Whether path holds what an encrypted journal looks like, told without its key.

    SQLCipher leaves no readable header: the file is whole pages of bytes that look
    random. A text or document file is neither; a plain SQLite file has its header.
    """
    return isinstance(_found(path), bytes)


def is_plain_database(path: Path) -> bool:
    """Whether path starts with the header of an unencrypted SQLite database."""
    return _found(path) == "plain"


def salt_of(path: Path) -> bytes | None:
    """The salt of an encrypted file (its first 16 bytes), None for any other file."""
    found = _found(path)
    return found if isinstance(found, bytes) else None


def new_salt(like: Path | None = None) -> bytes:
    """The salt for a new encrypted file: that of the journal it copies, else a fresh one."""
    salt = salt_of(like) if like is not None else None
    return salt or os.urandom(_SALT_BYTES)
