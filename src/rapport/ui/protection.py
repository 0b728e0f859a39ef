"""Protecting the open journal with a passphrase, changing it or removing it.

Called by the app session with the journal closed: the conversion itself is the
store's (`store/encrypt.py`: backup first, checked copy, atomic swap); here it is
said what happened, and the keyring follows the owner's choice.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from rapport import remembered_key
from rapport.i18n import Words
from rapport.store import encrypt, keys
from rapport.store.errors import JournalError
from rapport.ui import msgbox
from rapport.ui.recovery_key_dialog import confirmed_recovery_key
from rapport.ui.settings.passphrase_form import ProtectionRequest

log = logging.getLogger("rapport.ui.protection")
ProtectionText = Words("ProtectionText")


def rewrite(path: Path, request: ProtectionRequest, parent: QWidget | None) -> bool:
    """Rewrite the closed journal as asked; say how it went. True when it was rewritten."""
    recovery = keys.new_recovery_key() if request.recovery else None
    if recovery is not None and not confirmed_recovery_key(recovery, path, parent):
        return False  # the key was not kept: nothing is changed
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        encrypt.change_passphrase(path, request.old, request.new, recovery)
    except JournalError as exc:
        log.warning("the passphrase was not changed: %s", type(exc).__name__)
        QApplication.restoreOverrideCursor()
        msgbox.warn(parent, ProtectionText.tr("The journal was not changed"), exc.message, exc.hint)
        return False
    QApplication.restoreOverrideCursor()
    remembered_key.forget(path)
    if request.new is not None and request.remember:
        remembered_key.remember(path, request.new)
    if request.new is None:
        text = ProtectionText.tr("The journal is no longer protected with a passphrase.")
    elif request.old is None:
        text = ProtectionText.tr(
            "The journal, its backups and its drafts are now encrypted with your passphrase."
        )
    else:
        text = ProtectionText.tr("The journal's passphrase was changed.")
    msgbox.inform(parent, ProtectionText.tr("Passphrase"), text)
    return True
