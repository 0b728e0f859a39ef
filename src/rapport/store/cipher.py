"""Journals encrypted at rest with SQLCipher: which files need a key, and opening them.

Every raw connection of the store goes through `connect`, so a journal, its backups,
its drafts and the copies made while converting are opened the same way: a plain file
with the standard `sqlite3`, an encrypted one with `sqlcipher3`, keyed before anything
is read. The passphrase lives in this process's memory only (`set_passphrase`), never
in a file or a log. SQLCipher derives a file's key from the passphrase and the file's
salt (its first 16 bytes) with PBKDF2, which is slow on purpose (about 0.1 s); the key
is derived once per salt and handed to SQLCipher as raw key data afterwards, and the
copies of a journal (backups, drafts, conversions) reuse the journal's salt, so a
start-up or a backup pays the derivation once, not once per connection.

A journal protected since data keys (`store/keys.py`) is keyed with its random data
key, unwrapped from the key file beside it by the passphrase (or the recovery key):
the secret kept in memory for it is that `DataKey`, handed to SQLCipher as raw key
data. A journal encrypted before keeps opening with its passphrase as above, and
gets a data key at its next change of passphrase (`store/encrypt.py`).
"""

from __future__ import annotations

import logging
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeGuard, cast

from rapport.i18n import Words
from rapport.store import keys
from rapport.store.cipher_files import (
    PAGE_SIZE,
    forget_file,
    is_plain_database,
    looks_encrypted,
    new_salt,
    note,
    salt_of,
)
from rapport.store.errors import JournalError
from rapport.store.keys import DataKey

__all__ = [  # what a file is (`cipher_files`), re-exported: callers ask `cipher`
    "PAGE_SIZE",
    "forget_file",
    "is_plain_database",
    "looks_encrypted",
    "new_salt",
    "note",
    "salt_of",
]

log = logging.getLogger("rapport.store.cipher")
CipherText = Words("CipherText")

#: SQLCipher 4's defaults: PBKDF2-HMAC-SHA512, 256 000 rounds, 32-byte key, 16-byte salt.
_KDF_ROUNDS = 256_000
_KEY_BYTES = 32
#: The page cache of an encrypted journal's connection (negative: KiB): 64 MiB, taken as
#: pages are read. Each page read from the file is decrypted and authenticated, and a plain
#: journal's pages stay in the system's file cache while an encrypted one's stay here only:
#: typing through words on the 100k benchmark journal cost 3.5× the plain journal's CPU
#: with 16 MiB (pages read again and again), 1.4× with 64 MiB, 1.3× with 128 MiB.
ENCRYPTED_CACHE_KIB = -65536

#: Either binding's connection: sqlcipher3's has the same API as sqlite3's (typed as it).
Connection = sqlite3.Connection
_GROUPS = {
    "Error": ("Error",),
    "DatabaseError": ("DatabaseError",),
    "OperationalError": ("OperationalError",),
}

if TYPE_CHECKING:
    #: `except cipher.Error:` catches a failure of either binding (likewise the others).
    Error: tuple[type[Exception], ...]
    DatabaseError: tuple[type[Exception], ...]
    OperationalError: tuple[type[Exception], ...]
    #: A failure of the disk or of either binding.
    DiskOrError: tuple[type[Exception], ...]
    #: The module SQLAlchemy is given for an encrypted journal (its errors get wrapped too).
    dbapi: ModuleType


def _binding() -> Any:
    """sqlcipher3, loaded when a file needs it (a plain journal's start never pays for it)."""
    import sqlcipher3.dbapi2

    return sqlcipher3.dbapi2


def __getattr__(name: str) -> Any:
    """The error classes of whichever bindings are loaded: sqlcipher3's only once it is."""
    loaded = "sqlcipher3.dbapi2" in sys.modules
    if name == "dbapi":
        return _binding()
    if name == "DiskOrError":
        return (OSError, *__getattr__("Error"))
    if name in _GROUPS:
        plain = getattr(sqlite3, name)
        return (plain, getattr(_binding(), name)) if loaded else (plain,)
    raise AttributeError(name)


class PassphraseNeededError(JournalError):
    """The journal is encrypted and no passphrase was given; nothing was read or written."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            CipherText.tr("“{path}” is protected with a passphrase.").format(path=path),
            CipherText.tr("Enter its passphrase to open it."),
        )
        self.path = path


class WrongPassphraseError(PassphraseNeededError):
    """The passphrase does not open the journal; nothing was written."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.message = CipherText.tr("The passphrase does not open “{path}”.").format(path=path)
        self.hint = CipherText.tr(
            "Check it (and the keyboard layout), then try again. Nothing was changed."
        )
        self.args = (self.message,)


class WrongRecoveryKeyError(WrongPassphraseError):
    """The recovery key typed does not open the journal (or is not one); nothing was written."""

    def __init__(self, path: Path, message: str, hint: str) -> None:
        super().__init__(path)
        self.message, self.hint = message, hint
        self.args = (message,)


#: What opens a journal: its data key (`store/keys.py`), or the passphrase itself for
#: a journal encrypted before data keys (SQLCipher derives the key from it).
Secret = str | DataKey
_PASSPHRASES: dict[Path, Secret] = {}
_DERIVED: dict[tuple[str, bytes], bytes] = {}


def set_passphrase(journal: Path, passphrase: Secret | None) -> None:
    """Open this journal (and its backups and drafts) with this secret; None: it is plain."""
    key = journal.absolute()
    if isinstance(passphrase, str) and passphrase and keys.has_keys(key):
        passphrase = resolve(key, passphrase) or passphrase  # typed: its data key
    if passphrase:
        _PASSPHRASES[key] = passphrase
    else:
        _PASSPHRASES.pop(key, None)


def passphrase_of(journal: Path) -> Secret | None:
    """The secret (data key, or an older journal's passphrase) of this journal, if any."""
    return _PASSPHRASES.get(journal.absolute())


def forget_all() -> None:
    """Drop every passphrase and derived key from memory (locking, or at the end)."""
    _PASSPHRASES.clear()
    _DERIVED.clear()
    _NEW.clear()
    _NEW_RECOVERY.clear()
    keys.forget()


def resolve(path: Path, typed: Secret, slot: keys.Slot = "passphrase") -> Secret | None:
    """What opens the encrypted file at path, given what the owner typed; None: nothing.

    The data key unwrapped from the file's key file when there is one; else (an older
    journal, or one whose conversion was killed before its swap) the passphrase itself.
    """
    salt = salt_of(path) or b""
    if isinstance(typed, DataKey):
        return typed if _opens(path, typed, salt) else None
    data_key = keys.unwrap(path, typed, slot)
    if data_key is not None and _opens(path, data_key, salt):
        return data_key
    if slot == "passphrase" and _opens(path, typed, salt):
        return typed
    return None


def give_passphrase(journal: Path, passphrase: Secret) -> None:
    """Open journal with the passphrase typed or its remembered data key; else WrongPassphraseError.

    A new (missing or empty) journal is given a fresh data key, wrapped by passphrase in
    its key file before the database exists; a plain one keeps it for nothing.
    """
    journal = journal.absolute()
    exists = journal.exists() and journal.stat().st_size > 0
    if not exists:
        if isinstance(passphrase, DataKey):  # remembered for a journal now gone
            raise PassphraseNeededError(journal)
        # its key file is written just before the database (`before_create`)
        data_key = keys.new_data_key()
        _NEW[journal] = (data_key, passphrase)
        set_passphrase(journal, data_key)
        return
    if is_plain_database(journal) or not looks_encrypted(journal):
        set_passphrase(journal, passphrase)  # a plain journal opens as it is
        return
    secret = resolve(journal, passphrase)
    if secret is None:
        raise WrongPassphraseError(journal)
    set_passphrase(journal, secret)


_NEW: dict[Path, tuple[DataKey, str]] = {}


_NEW_RECOVERY: dict[Path, str] = {}


def plan_recovery_key(journal: Path, recovery: str) -> None:
    """The journal about to be created encrypted opens with this recovery key as well."""
    _NEW_RECOVERY[journal.absolute()] = recovery


def before_create(journal: Path) -> None:
    """A new journal's database is about to be created: write its key file first."""
    new = _NEW.pop(journal.absolute(), None)
    recovery = _NEW_RECOVERY.pop(journal.absolute(), None)
    if new is not None and passphrase_of(journal) == new[0]:
        keys.write(journal.absolute(), new[0], new[1], recovery)


def unlock_with_recovery(journal: Path, text: str) -> DataKey:
    """Open journal with its recovery key; raises WrongRecoveryKeyError saying what is wrong."""
    journal = journal.absolute()
    if keys.recovery_bytes(text) is None:
        raise WrongRecoveryKeyError(
            journal,
            CipherText.tr("That is not a recovery key."),
            CipherText.tr(
                "A recovery key has 32 letters and digits in 8 groups, like "
                "ABCD-EFGH-…; type it as it was printed or saved."
            ),
        )
    if not keys.has_recovery(journal):
        raise WrongRecoveryKeyError(
            journal,
            CipherText.tr("“{name}” has no recovery key.").format(name=journal.name),
            CipherText.tr("Only its passphrase opens it."),
        )
    secret = resolve(journal, text, "recovery")
    if not isinstance(secret, DataKey):
        raise WrongRecoveryKeyError(
            journal,
            CipherText.tr("That recovery key does not open “{name}”.").format(name=journal.name),
            CipherText.tr(
                "Check each group against the printout or the saved file; it may belong "
                "to another journal."
            ),
        )
    set_passphrase(journal, secret)
    return secret


def is_connection(conn: object) -> TypeGuard[Connection]:
    """Whether conn is a raw connection of either binding."""
    if isinstance(conn, sqlite3.Connection):
        return True
    return "sqlcipher3.dbapi2" in sys.modules and isinstance(conn, _binding().Connection)


def key_sql(passphrase: Secret, salt: bytes) -> str:
    """The PRAGMA key value: raw key data and salt (derived as SQLCipher would, if typed)."""
    if isinstance(passphrase, DataKey):
        return f"\"x'{passphrase.hex()}{salt.hex()}'\""
    derived = _DERIVED.get((passphrase, salt))
    if derived is None:
        import hashlib  # loaded for an encrypted journal only

        derived = hashlib.pbkdf2_hmac(
            "sha512", passphrase.encode("utf-8"), salt, _KDF_ROUNDS, _KEY_BYTES
        )
        _DERIVED[(passphrase, salt)] = derived
    return f"\"x'{derived.hex()}{salt.hex()}'\""


def needs_key(path: Path, journal: Path | None = None) -> Secret | None:
    """The secret to open path with, or None when it is opened as a plain file.

    A file registered with `set_passphrase` that is new, empty or encrypted takes its
    passphrase; another encrypted file (a backup, a copy) takes the one of `journal`,
    or else the one of any journal open in this process that opens it.
    """
    own = passphrase_of(journal or path)
    exists = path.exists() and path.stat().st_size > 0
    if own and (not exists or not is_plain_database(path)):
        return own
    if not exists or not looks_encrypted(path):
        return None
    candidates = list(dict.fromkeys(_PASSPHRASES.values()))
    salt = salt_of(path) or b""
    for passphrase in candidates:
        if isinstance(passphrase, DataKey) and _opens(path, passphrase, salt):
            set_passphrase(journal or path, passphrase)  # a moved journal, a backup: its own now
            return passphrase
    for passphrase in candidates:  # an older journal's passphrase, or one a key file wraps
        found = None if isinstance(passphrase, DataKey) else resolve(path, passphrase)
        if found is not None:
            set_passphrase(journal or path, found)
            return found
    tried = bool(candidates)
    ask = on_passphrase_needed
    for attempt in range(3 if ask is not None else 0):
        given = ask(path, attempt) if ask is not None else None
        if given is None:
            break
        found = resolve(path, given) if given else None  # "": a try that did not open it
        if found is not None:
            set_passphrase(journal or path, found)
            return found
        tried = True
    raise WrongPassphraseError(path) if tried else PassphraseNeededError(path)


#: Asked for the passphrase of an encrypted file none known opens (the command line sets
#: it: the environment, else the terminal): (path, attempt from 0) → the passphrase, or
#: the data key a recovery key unwrapped; "" after a try that failed, None to stop.
on_passphrase_needed: Callable[[Path, int], Secret | None] | None = None


def connect(
    path: Path,
    uri: str | None = None,
    *,
    passphrase: Secret | None = None,
    salt: bytes | None = None,
    journal: Path | None = None,
    **kwargs: Any,
) -> Connection:
    """Open path (or the SQLite URI given for it), keyed first when it is encrypted.

    passphrase/salt create a new encrypted file (or open one explicitly); without them
    the file's own passphrase is looked up (`needs_key`). Raises WrongPassphraseError
    when the key does not open it, PassphraseNeededError when none is known.
    """
    target = uri if uri is not None else str(path)
    if uri is not None:
        kwargs["uri"] = True
    if passphrase is None:
        passphrase = needs_key(path, journal)
    elif isinstance(passphrase, str) and keys.has_keys(path):  # typed, not the data key
        passphrase = resolve(path, passphrase) or passphrase
    if passphrase is None:
        return sqlite3.connect(target, **kwargs)
    sqlcipher = _binding()
    conn = sqlcipher.connect(target, **kwargs)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is said once, in words
        file_salt = salt_of(path)
        conn.execute(f"PRAGMA key = {key_sql(passphrase, file_salt or salt or new_salt())}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        # Each page read from the disk is decrypted: a bigger page cache (SQLCipher's own
        # advice) keeps the pages a search or a customer page reads again decrypted.
        conn.execute(f"PRAGMA cache_size = {ENCRYPTED_CACHE_KIB}")
        # Wiping and locking every freed allocation costs each query dearly; the off
        # default of this build, said here so another build's cannot turn it on.
        conn.execute("PRAGMA cipher_memory_security = OFF")
    except sqlcipher.DatabaseError as exc:
        conn.close()
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB":
            raise WrongPassphraseError(path) from None
        raise
    return cast(Connection, conn)


def opens(path: Path, passphrase: Secret) -> bool:
    """Whether passphrase (or a data key) opens the encrypted file at path (nothing is written)."""
    return bool(passphrase) and resolve(path, passphrase) is not None


def _opens(path: Path, passphrase: Secret, salt: bytes) -> bool:
    sqlcipher = _binding()
    try:
        conn = sqlcipher.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    except sqlcipher.Error:
        return False
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {key_sql(passphrase, salt)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError:
        return False
    finally:
        conn.close()
    return True


def plain(path: Path, **kwargs: Any) -> Connection:
    """Open path with SQLCipher's binding but no key (to export from or into a plain file)."""
    return cast(Connection, _binding().connect(str(path), **kwargs))


def connect_copy(new: Path, of: Path, uri: str | None = None, **kwargs: Any) -> Connection:
    """Open a new file that will hold a copy of `of`: encrypted alike when `of` is."""
    passphrase = needs_key(of)
    if passphrase is None:
        return connect(new, uri, **kwargs) if uri else sqlite3.connect(new, **kwargs)
    return connect(new, uri, passphrase=passphrase, salt=new_salt(of), **kwargs)
