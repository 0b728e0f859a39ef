"""“Remember on this computer” for an encrypted journal: its data key, not its passphrase.

What the system's keyring keeps (`keyring_store`) for a journal protected with a key
file (`store/keys.py`) is the journal's data key, bound to the passphrase slot of that
key file. A remembered start then opens the journal without scrypt, and the passphrase
itself never sits in the keyring (an owner who uses it elsewhere too is better off). It
is no weaker: whoever reads the keyring could have unwrapped the data key from a
remembered passphrase and the key file beside the journal just as well.

The binding makes a remembered key lapse when it should: a new passphrase (changed,
or set with the recovery key) rewraps the slot, and turning protection off removes the
key file; the entry is then forgotten and the passphrase asked. A journal encrypted
before key files has no data key: its passphrase is remembered as before. An entry an
older Rapport left (a passphrase) still opens the journal, and is replaced by the
data key once it has.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

from rapport import keyring_store
from rapport.store import cipher, keys
from rapport.store.keys import DataKey, KeyFileError

log = logging.getLogger("rapport.remembered_key")
#: How a remembered data key starts: "rapport-data-key/1 <binding> <key, hex>".
PREFIX = "rapport-data-key/1"


def binding(journal: Path) -> str | None:
    """The fingerprint of journal's passphrase slot (None without a readable key file)."""
    try:
        slots = keys.read(journal)
    except KeyFileError:
        return None
    slot = (slots or {}).get("passphrase")
    if not isinstance(slot, dict):
        return None
    canonical = json.dumps(slot, sort_keys=True).encode("utf-8")
    return hashlib.sha256(b"rapport-keys-binding\0" + canonical).hexdigest()


def remember(journal: Path, passphrase: str) -> bool:
    """Keep what opens journal (open now with passphrase) in the keyring; False if not kept."""
    journal = journal.absolute()
    bound = binding(journal)
    if bound is None:  # encrypted before key files: only its passphrase opens it
        return keyring_store.remember(journal, passphrase)
    data_key = cipher.passphrase_of(journal)
    if not isinstance(data_key, DataKey):
        data_key = keys.unwrap(journal, passphrase)
    if data_key is None:
        log.info("nothing remembered: the passphrase does not unwrap the journal's key")
        return False
    return keyring_store.remember(journal, f"{PREFIX} {bound} {data_key.hex()}")


def recall(journal: Path) -> cipher.Secret | None:
    """What the keyring remembers to open journal: its data key (if still bound), a passphrase.

    A data key whose key file has changed since (a new passphrase, protection turned
    off) is forgotten here, and None returned: the passphrase is asked.
    """
    journal = journal.absolute()
    kept = keyring_store.recall(journal)
    if not kept or not kept.startswith(PREFIX + " "):
        return kept or None  # a passphrase (an older Rapport's entry, an older journal)
    try:
        _, bound, hex_key = kept.split(" ")
        data_key = DataKey(bytes.fromhex(hex_key))
    except ValueError:
        bound, data_key = "", DataKey(b"")
    if not data_key or bound != binding(journal):
        log.info("the remembered key no longer fits the journal: forgotten")
        keyring_store.forget(journal)
        return None
    return data_key


def forget(journal: Path) -> None:
    """Remember nothing for journal any more."""
    keyring_store.forget(journal.absolute())
