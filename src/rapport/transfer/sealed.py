"""A passphrase-sealed export: the bytes an exporter wrote, encrypted as one container.

The export is written by the exporter as usual (JSON today, perhaps a zip later);
this module only wraps the finished bytes, so it composes with whatever the exporter
writes, and unwraps them before the reader opens them. The container is a short
header (a magic line, the scrypt parameters, a random salt and nonce) followed by
the AES-256-GCM ciphertext of the whole file; the header is authenticated too, so a
changed byte anywhere fails like a wrong passphrase and nothing half-decrypted is read.

scrypt (N=2^17, r=8, p=1: about 128 MB and a fraction of a second) makes guessing
the passphrase slow; the parameters are stored, so they can grow without breaking
older files. The `cryptography` package (OpenSSL) does the work; it is loaded only
when a file is sealed or opened, so starting the app does not pay for it.
"""

from __future__ import annotations

import logging
import os
import shutil
import struct
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from rapport.i18n import Words
from rapport.transfer.atomic import write_bytes_atomically
from rapport.transfer.errors import TransferError

log = logging.getLogger("rapport.transfer")
SealedText = Words("SealedText")

MAGIC = b"RAPPORT SEALED EXPORT\n"
VERSION = 1
#: scrypt's cost: 2^LOG2_N rounds of 128·r bytes (128 MB); OWASP's recommended minimum.
LOG2_N, R, P = 17, 8, 1
_PARAMS = struct.Struct(">BBBB")  # version, log2 N, r, p
_SALT, _NONCE = 16, 12
_HEADER = len(MAGIC) + _PARAMS.size + _SALT + _NONCE
#: The largest scrypt cost a file may ask for (a forged header must not take the memory).
_MAX_LOG2_N = 20

T = TypeVar("T")


class PassphraseNeededError(TransferError):
    """The file is a sealed export and no passphrase was given."""


class WrongPassphraseError(TransferError):
    """The passphrase does not open the sealed export (or the file was changed)."""


def is_sealed(data: bytes) -> bool:
    """Whether the bytes are a sealed export (by their first line)."""
    return data.startswith(MAGIC)


def seal(data: bytes, passphrase: str) -> bytes:
    """The data encrypted under the passphrase, with the header that opens it again."""
    if not passphrase:
        raise TransferError(
            SealedText.tr("The passphrase is empty."),
            SealedText.tr("Type a passphrase, or export without one."),
        )
    salt, nonce = os.urandom(_SALT), os.urandom(_NONCE)
    header = MAGIC + _PARAMS.pack(VERSION, LOG2_N, R, P) + salt + nonce
    key = _key(passphrase, salt, LOG2_N, R, P)
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return header + AESGCM(key).encrypt(nonce, data, header)


def unseal(data: bytes, passphrase: str | None, name: str = "") -> bytes:
    """The plain bytes of a sealed export; the passphrase errors say plainly what to do."""
    name = name or SealedText.tr("The file")
    if not passphrase:
        raise PassphraseNeededError(
            SealedText.tr("{name} is protected with a passphrase.").format(name=name),
            SealedText.tr("Type the passphrase it was exported with."),
        )
    if len(data) < _HEADER + 16:
        raise _damaged(name)
    version, log2_n, r, p = _PARAMS.unpack_from(data, len(MAGIC))
    if version != VERSION or not (10 <= log2_n <= _MAX_LOG2_N) or not (1 <= r * p <= 32):
        raise TransferError(
            SealedText.tr("{name} was sealed by a newer Rapport.").format(name=name),
            SealedText.tr("Open it with the version of Rapport that exported it, or a newer one."),
        )
    start = len(MAGIC) + _PARAMS.size
    salt = data[start : start + _SALT]
    nonce = data[start + _SALT : _HEADER]
    key = _key(passphrase, salt, log2_n, r, p)
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(key).decrypt(nonce, data[_HEADER:], data[:_HEADER])
    except InvalidTag:
        log.info("a sealed export did not open: wrong passphrase or changed file")
        raise WrongPassphraseError(
            SealedText.tr("That passphrase does not open {name}.").format(name=name),
            SealedText.tr(
                "Check the spelling and the keyboard layout, and try again. "
                "(A file changed after the export fails the same way.)"
            ),
        ) from None


def export_sealed(path: Path, passphrase: str, write: Callable[[Path], T]) -> T:
    """Let `write` export to a private scratch file, then put it at path sealed.

    The plain export lives only in a folder readable by the owner alone, in memory
    where the system offers it (/dev/shm), and is removed whatever happens; the file
    at path is written atomically, so a failure leaves the old one as it was.
    """
    if not passphrase:
        seal(b"", passphrase)  # says that the passphrase is empty
    scratch = Path(tempfile.mkdtemp(prefix="rapport-export-", dir=_scratch_root()))
    try:
        plain = scratch / Path(path).name
        result = write(plain)
        write_bytes_atomically(Path(path), seal(plain.read_bytes(), passphrase))
        return result
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _scratch_root() -> str | None:
    """Memory-backed /dev/shm when there is one (the plain export never reaches a disk)."""
    shm = Path("/dev/shm")
    return str(shm) if shm.is_dir() and os.access(shm, os.W_OK) else None


def _key(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    """The AES key (scrypt); `cryptography` is loaded here, only when a file is sealed."""
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=2**log2_n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _damaged(name: str) -> TransferError:
    return TransferError(
        SealedText.tr("{name} is cut short: it is not a whole sealed export.").format(name=name),
        SealedText.tr("Export it again, or copy the whole file."),
    )
