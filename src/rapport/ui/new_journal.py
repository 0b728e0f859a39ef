"""A new journal, plain or protected with a passphrase from its first byte.

Asked on the first start (after "Start my journal") and by File → New journal…: the
same plain warning and the passphrase typed twice as Settings → Journal → Passphrase,
so a journal meant to be encrypted never exists unencrypted on the disk.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from rapport.i18n import Words
from rapport.store import cipher, keys
from rapport.ui import msgbox
from rapport.ui.recovery_key_dialog import confirmed_recovery_key
from rapport.ui.settings.passphrase_form import PassphraseForm, ProtectionRequest

NewJournalText = Words("NewJournalText")
#: A new journal without a passphrase.
PLAIN = ProtectionRequest(None, None)


def run_form(form: PassphraseForm) -> bool:
    """Show the form until OK (checked) or Cancel; tests put in their own."""
    return form.exec() == PassphraseForm.DialogCode.Accepted


def ask_protection(parent: QWidget | None, path: Path) -> ProtectionRequest | None:
    """Whether the new journal gets a passphrase, and which; None when the owner cancels."""
    if not msgbox.ask(
        parent,
        NewJournalText.tr("New journal"),
        NewJournalText.tr("Protect the new journal with a passphrase?"),
        detail=NewJournalText.tr(
            "Its entries, backups and drafts are then encrypted on the disk, and Rapport asks "
            "for the passphrase when it opens the journal. You can also do this later in "
            "Settings → Journal."
        ),
        yes=NewJournalText.tr("Protect with a passphrase"),
        no=NewJournalText.tr("No passphrase"),
    ):
        return PLAIN
    form = PassphraseForm("protect", path, parent)
    try:
        request = form.request() if run_form(form) else None
    finally:
        form.deleteLater()
    if request is not None and request.recovery:  # shown once, kept, then made with it
        recovery = keys.new_recovery_key()
        if not confirmed_recovery_key(recovery, path, parent):
            return None
        cipher.plan_recovery_key(path, recovery)
    return request
