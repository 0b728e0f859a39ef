"""The data key of an encrypted journal, and the small key file beside it that wraps it.

An encrypted journal is opened with a random 256-bit data key handed to SQLCipher as
raw key data, never with the passphrase itself. The data key is kept beside the
database, in `<name>-keys`, wrapped (AES-256-GCM, the `cryptography` package) under
a key derived from the passphrase (scrypt, as sealed exports) and, when the owner
made one, under a random recovery key. So changing the passphrase rewraps the data
key (instant: the database is not rewritten), and a recovery key opens the journal
when the passphrase is forgotten. Each backup carries a copy of the key file, so a
backup restored on its own opens with the passphrase or the recovery key as well.

The key file is written atomically (temporary file, fsync, rename). A conversion
writes it before it swaps the database, so a kill in between leaves the old journal
with a key file that does not open it: opening then falls back to the old way
(`cipher.resolve`). Nothing secret is in the file: without the passphrase or the
recovery key the wrapped keys are random bytes. Nothing of it is logged.
"""

from __future__ import annotations

import base64
import json
import logging
import os
from pathlib import Path
from typing import Literal

from rapport import unlock_ahead
from rapport.i18n import Words
from rapport.store.errors import JournalError
from rapport.store.files import write_atomically

log = logging.getLogger("rapport.store.keys")
KeysText = Words("KeysText")

KEY_TAIL = unlock_ahead.KEY_TAIL  # "-keys"
FORMAT = "rapport-keys"
VERSION = 1
#: scrypt for a passphrase, as a sealed export: 2^17 rounds of 1 KiB (128 MB).
LOG2_N, R, P = 17, 8, 1
_MAX_LOG2_N = 20
_DATA_KEY_BYTES = 32
#: A recovery key: 20 random bytes (160 bits), 32 characters of Crockford's base32.
_RECOVERY_BYTES = 20
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})
Slot = Literal["passphrase", "recovery"]


class DataKey(bytes):
    """The raw key of an encrypted journal (SQLCipher's key data), unwrapped in memory."""

    def __repr__(self) -> str:
        """Never the key itself (a traceback or a log line must not show it)."""
        return "DataKey(…)"

    def __str__(self) -> str:
        """As repr: never the key itself (bytes' own str would show it)."""
        return "DataKey(…)"


class KeyFileError(JournalError):
    """The key file beside an encrypted journal is damaged or from a newer Rapport."""


def key_file(db: Path) -> Path:
    """Where the wrapped keys of the database file db are kept."""
    return db.with_name(db.name + KEY_TAIL)


def has_keys(db: Path) -> bool:
    """Whether db has a key file beside it."""
    return key_file(db).is_file()


def new_data_key() -> DataKey:
    """A fresh random data key."""
    return DataKey(os.urandom(_DATA_KEY_BYTES))


def new_recovery_key() -> str:
    """A fresh recovery key, in its readable form: 8 groups of 4 characters."""
    raw = os.urandom(_RECOVERY_BYTES)
    number = int.from_bytes(raw, "big")
    chars = "".join(_ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(32)))
    return "-".join(chars[i : i + 4] for i in range(0, 32, 4))


def recovery_bytes(text: str) -> bytes | None:
    """The bytes of a typed recovery key (spaces, dashes, case and look-alikes forgiven)."""
    chars = "".join(c for c in text.upper() if not c.isspace() and c != "-")
    chars = chars.translate(_LOOKALIKES)
    if len(chars) != 32 or any(c not in _ALPHABET for c in chars):
        return None
    number = 0
    for c in chars:
        number = number * 32 + _ALPHABET.index(c)
    return number.to_bytes(_RECOVERY_BYTES, "big")


def read(db: Path) -> dict[str, dict[str, str | int]] | None:
    """The slots of db's key file, or None when it has none; KeyFileError when unreadable."""
    try:
        raw = key_file(db).read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise _damaged(db) from exc
    return _parse(db, raw)


def _parse(db: Path, raw: bytes) -> dict[str, dict[str, str | int]]:
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise _damaged(db) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _damaged(db)
    if data.get("version") != VERSION:
        raise KeyFileError(
            KeysText.tr("“{name}” was protected by a newer Rapport.").format(name=db.name),
            KeysText.tr("Open it with the version of Rapport that protected it, or a newer one."),
        )
    slots = data.get("slots")
    if not isinstance(slots, dict):
        raise _damaged(db)
    return slots


def has_recovery(db: Path) -> bool:
    """Whether db's key file holds a recovery key's wrap (False when unreadable)."""
    try:
        slots = read(db)
    except KeyFileError:
        return False
    return slots is not None and "recovery" in slots


def write(db: Path, data_key: bytes, passphrase: str, recovery: str | None = None) -> None:
    """Write db's key file afresh: data_key wrapped by the passphrase (and the recovery key)."""
    slots = {"passphrase": _wrap(data_key, "passphrase", passphrase)}
    if recovery is not None:
        slots["recovery"] = _wrap(data_key, "recovery", recovery)
    _store(db, slots)


def set_slot(db: Path, slot: Slot, data_key: bytes, secret: str) -> None:
    """Rewrap data_key in one slot of db's existing key file (the other is kept)."""
    slots = dict(read(db) or {})
    slots[slot] = _wrap(data_key, slot, secret)
    _store(db, slots)


def unwrap(db: Path, secret: str, slot: Slot = "passphrase") -> DataKey | None:
    """The data key that secret unwraps from db's key file; None when it does not.

    The answer is kept in memory (by the file's bytes) until `forget`: scrypt takes a
    fraction of a second, and a journal's backups carry the same key file.
    """
    try:
        raw = key_file(db).read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise _damaged(db) from exc
    _SEEN[db.absolute()] = raw
    known = (raw, slot, secret)
    if known not in _UNWRAPPED:
        _UNWRAPPED[known] = _unwrap(db, _parse(db, raw), secret, slot)
    return _UNWRAPPED[known]


def forget() -> None:
    """Drop every unwrapped key from memory (the journal was locked or closed)."""
    _UNWRAPPED.clear()
    unlock_ahead.forget()


_UNWRAPPED: dict[tuple[bytes, Slot, str], DataKey | None] = {}
#: The key file each database was last opened or written with.
_SEEN: dict[Path, bytes] = {}


def _unwrap(
    db: Path, slots: dict[str, dict[str, str | int]], secret: str, slot: Slot
) -> DataKey | None:
    entry = slots.get(slot)
    if not isinstance(entry, dict):
        return None
    try:
        salt = _b64(entry["salt"])
        nonce = _b64(entry["nonce"])
        wrapped = _b64(entry["wrapped"])
        kek = _kek(slot, secret, salt, entry)
    except (KeyError, TypeError, ValueError) as exc:
        raise _damaged(db) from exc
    if kek is None:
        return None
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return DataKey(AESGCM(kek).decrypt(nonce, wrapped, _aad(slot)))
    except InvalidTag:
        return None


def copy(source: Path, target: Path) -> None:
    """Give target the key file of source (or none, when source has none).

    A journal whose files were taken away while open still gives the key file it was
    opened with (kept in memory: it holds nothing secret).
    """
    try:
        data = key_file(source).read_bytes()
    except FileNotFoundError:
        known = _SEEN.get(source.absolute())
        if known is None:
            remove(target)
            return
        data = known
    _write_private(key_file(target), data)


def remove(db: Path) -> None:
    """Remove db's key file (db is plain now)."""
    key_file(db).unlink(missing_ok=True)
    _SEEN.pop(db.absolute(), None)


# --- internals -------------------------------------------------------------------------


def _store(db: Path, slots: dict[str, dict[str, str | int]]) -> None:
    data = {"format": FORMAT, "version": VERSION, "slots": slots}
    raw = json.dumps(data, indent=1).encode("ascii")
    _write_private(key_file(db), raw)
    _SEEN[db.absolute()] = raw


def _write_private(path: Path, data: bytes) -> None:
    write_atomically(path, data)  # its temporary file is private (mkstemp): 0600


def _wrap(data_key: bytes, slot: Slot, secret: str) -> dict[str, str | int]:
    salt, nonce = os.urandom(16), os.urandom(12)
    params: dict[str, str | int] = (
        {"kdf": "scrypt", "log2_n": LOG2_N, "r": R, "p": P}
        if slot == "passphrase"
        else {"kdf": "hkdf-sha256"}
    )
    kek = _kek(slot, secret, salt, params)
    if kek is None:
        raise ValueError("not a recovery key")
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    wrapped = AESGCM(kek).encrypt(nonce, bytes(data_key), _aad(slot))
    return {**params, "salt": _text(salt), "nonce": _text(nonce), "wrapped": _text(wrapped)}


def _kek(slot: Slot, secret: str, salt: bytes, params: dict[str, str | int]) -> bytes | None:
    """The key that wraps the data key in a slot: scrypt of a passphrase, HKDF of a recovery key."""
    if slot == "recovery":
        raw = recovery_bytes(secret)
        if raw is None:
            return None
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.kdf.hkdf import HKDF

        return HKDF(hashes.SHA256(), 32, salt, b"rapport recovery key").derive(raw)
    if not secret:
        return None
    log2_n, r, p = int(params["log2_n"]), int(params["r"]), int(params["p"])
    if not (10 <= log2_n <= _MAX_LOG2_N) or not (1 <= r * p <= 32):
        raise ValueError("scrypt parameters out of range")
    ahead = unlock_ahead.take(secret, salt, log2_n, r, p)  # started at launch, or as typed
    return ahead if ahead is not None else unlock_ahead.scrypt(secret, salt, log2_n, r, p)


def _aad(slot: Slot) -> bytes:
    return f"{FORMAT}/{VERSION}/{slot}".encode("ascii")


def _text(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _b64(value: object) -> bytes:
    if not isinstance(value, str):
        raise TypeError("not text")
    return base64.b64decode(value, validate=True)


def _damaged(db: Path) -> KeyFileError:
    return KeyFileError(
        KeysText.tr("The key file of “{name}” is damaged.").format(name=db.name),
        KeysText.tr(
            "Restore the file “{file}” from a copy, or open a backup of the journal."
        ).format(file=key_file(db).name),
    )
