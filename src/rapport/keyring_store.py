"""“Remember on this computer”: a journal's passphrase in the system's keyring, if any.

The keyring is the operating system's own safe for secrets (Keychain, Credential
Manager, Secret Service). Without one (a headless machine, a bare desktop) nothing
is remembered and the option is not offered: every call here fails quietly. The
passphrase is never written to a settings file or a log.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

log = logging.getLogger("rapport.keyring")
SERVICE = "Rapport journal"


def _backend() -> Any:
    """The keyring module when a real backend is there, else None."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # a broken keyring set-up must not stop the app
        log.info("no keyring: %s", type(exc).__name__)
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
        return None
    return keyring


def available() -> bool:
    """Whether a passphrase can be remembered on this computer."""
    return _backend() is not None


def recall(journal: Path) -> str | None:
    """The passphrase remembered for this journal, or None."""
    keyring = _backend()
    if keyring is None:
        return None
    try:
        return keyring.get_password(SERVICE, str(journal.absolute()))
    except Exception as exc:
        log.info("keyring not readable: %s", type(exc).__name__)
        return None


def remember(journal: Path, passphrase: str) -> bool:
    """Keep the passphrase in the keyring; False when it could not be kept."""
    keyring = _backend()
    if keyring is None:
        return False
    try:
        keyring.set_password(SERVICE, str(journal.absolute()), passphrase)
    except Exception as exc:
        log.info("keyring not writable: %s", type(exc).__name__)
        return False
    return True


def forget(journal: Path) -> None:
    """Remove the remembered passphrase (it changed, was wrong, or is no longer wanted)."""
    keyring = _backend()
    if keyring is None:
        return
    try:
        keyring.delete_password(SERVICE, str(journal.absolute()))
    except Exception as exc:
        log.info("nothing forgotten in the keyring: %s", type(exc).__name__)
