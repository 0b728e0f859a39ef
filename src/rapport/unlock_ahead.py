"""The passphrase's scrypt, started ahead on a thread while the rest of the work goes on.

Unwrapping an encrypted journal's data key (`store/keys.py`) costs one scrypt of the
passphrase: 128 MB and a few tenths of a second, on purpose (it is what makes guessing
slow). When the passphrase is known at launch (RAPPORT_PASSPHRASE), that derivation
starts on a thread at the very start of the process, while Qt is imported and the
window is built: `hashlib.scrypt` releases the GIL, so both go on at once. A typed
passphrase is derived the same way while the prompt stays responsive. `keys` takes the
result (waiting for it when it is not done yet) where the journal is opened.

Only the standard library is imported here: the start of the process must not wait
for the store's imports before it can begin. A key file that cannot be read is
skipped quietly (the open says what is wrong, as before). The derived keys are held
in memory only until they are taken, and never logged.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import threading
from pathlib import Path

log = logging.getLogger("rapport.unlock_ahead")

#: The key file beside a journal (`store/keys.py` owns its format).
KEY_TAIL = "-keys"
#: scrypt parameters a key file may ask for (as `store/keys.py` accepts them).
_LOG2_N_RANGE = range(10, 21)
_MAX_RP = 32

#: (passphrase, salt, log2_n, r, p) → the thread deriving it and its result, once done.
Params = tuple[str, bytes, int, int, int]
_AHEAD: dict[Params, tuple[threading.Thread, list[bytes]]] = {}
_LOCK = threading.Lock()


def scrypt(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    """The 32-byte key scrypt derives (the GIL is released while it runs)."""
    n = 2**log2_n
    return hashlib.scrypt(
        passphrase.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=2 * 128 * n * r * p, dklen=32
    )


def passphrase_params(journal: Path) -> tuple[bytes, int, int, int] | None:
    """The salt and scrypt parameters of journal's passphrase slot; None when unreadable."""
    try:
        data = json.loads(journal.with_name(journal.name + KEY_TAIL).read_bytes())
        slot = data["slots"]["passphrase"]
        salt = base64.b64decode(slot["salt"], validate=True)
        log2_n, r, p = int(slot["log2_n"]), int(slot["r"]), int(slot["p"])
    except (OSError, ValueError, TypeError, KeyError):
        return None
    if slot.get("kdf") != "scrypt" or log2_n not in _LOG2_N_RANGE or not 1 <= r * p <= _MAX_RP:
        return None
    return salt, log2_n, r, p


def start(journal: Path, passphrase: str) -> threading.Thread | None:
    """Begin deriving journal's passphrase key on a thread; None when there is nothing to do."""
    params = passphrase_params(journal) if passphrase else None
    if params is None:
        return None
    key: Params = (passphrase, *params)
    with _LOCK:
        if key in _AHEAD:
            return _AHEAD[key][0]
        result: list[bytes] = []

        def derive() -> None:
            try:
                result.append(scrypt(*key))
            except (ValueError, MemoryError) as exc:  # `take` derives it again, and says why
                log.info("the passphrase could not be derived ahead: %s", type(exc).__name__)

        thread = threading.Thread(target=derive, name="rapport-unlock-ahead", daemon=True)
        _AHEAD[key] = (thread, result)
    thread.start()
    return thread


def take(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes | None:
    """The key derived ahead for these, waiting for it if needed; None when none was started.

    Taken once: it is not kept after (`store/keys.py` keeps what it unwrapped).
    """
    with _LOCK:
        found = _AHEAD.pop((passphrase, salt, log2_n, r, p), None)
    if found is None:
        return None
    thread, result = found
    thread.join()
    return result[0] if result else None


def forget() -> None:
    """Drop every key derived ahead and not taken (the journal was locked or closed)."""
    with _LOCK:
        pending = list(_AHEAD.values())
        _AHEAD.clear()
    for thread, _ in pending:
        thread.join()
