"""Opening an encrypted journal with its recovery key, and setting a new passphrase at once.

The passphrase prompt's "Use recovery key…" leads here. A forgotten passphrase is the
reason to use the key, so the owner sets a new one in the same step: the journal's
data key is rewrapped under it (its key file and its backups', nothing else is
rewritten), and the prompt then opens the journal with it. A wrong recovery key is
said in the dialog, which stays open; nothing is written until the key is right.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from rapport import keyring_store
from rapport.i18n import Words
from rapport.store import cipher, encrypt
from rapport.store.errors import JournalError
from rapport.ui.settings.passphrase_form import MIN_LENGTH

log = logging.getLogger("rapport.ui.unlock_recovery")
UnlockRecoveryText = Words("UnlockRecoveryText")


class RecoveryUnlockDialog(QDialog):
    """Asks for the recovery key and a new passphrase (twice); accepted once both are set."""

    def __init__(self, journal: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryUnlockDialog")
        self.setWindowTitle(UnlockRecoveryText.tr("Use the recovery key"))
        self.journal = journal
        self.passphrase: str | None = None
        intro = QLabel(
            UnlockRecoveryText.tr(
                "Type the recovery key of “{name}” as it was printed or saved, then choose "
                "a new passphrase: the old one will no longer open the journal."
            ).format(name=journal.name)
        )
        intro.setWordWrap(True)
        self.key_field = QLineEdit(self)
        self.key_field.setObjectName("recoveryKeyField")
        self.key_field.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.new, self.repeat = self._secret(), self._secret()
        form = QFormLayout()
        form.addRow(UnlockRecoveryText.tr("Recovery &key:"), self.key_field)
        form.addRow(UnlockRecoveryText.tr("&New passphrase:"), self.new)
        form.addRow(UnlockRecoveryText.tr("&Repeat it:"), self.repeat)
        self.problem = QLabel(self)
        self.problem.setObjectName("recoveryUnlockProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(self)
        buttons.addButton(
            UnlockRecoveryText.tr("&Open and set passphrase"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_unlock)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.key_field.setFocus()

    def _secret(self) -> QLineEdit:
        field = QLineEdit(self)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def try_unlock(self) -> bool:
        """Check the new passphrase, open with the key, rewrap; say what is wrong and stay."""
        new = self.new.text()
        if not self.key_field.text().strip():
            return self._say(UnlockRecoveryText.tr("Type the recovery key first."))
        if len(new) < MIN_LENGTH:
            return self._say(
                UnlockRecoveryText.tr("Choose a new passphrase of at least {n} characters.").format(
                    n=MIN_LENGTH
                )
            )
        if new != self.repeat.text():
            return self._say(
                UnlockRecoveryText.tr("The two new passphrases differ. Type them again.")
            )
        try:
            data_key = cipher.unlock_with_recovery(self.journal, self.key_field.text())
            encrypt.rewrap(self.journal, data_key, new)
        except cipher.WrongRecoveryKeyError as exc:
            log.info("a recovery key did not open the journal")
            return self._say(f"{exc.message} {exc.hint}")
        except JournalError as exc:
            log.warning("the new passphrase could not be set: %s", type(exc).__name__)
            return self._say(f"{exc.message} {exc.hint}")
        except OSError as exc:
            log.warning("the new passphrase could not be set: %s", exc.strerror)
            return self._say(
                UnlockRecoveryText.tr(
                    "The new passphrase could not be saved ({reason}). Nothing was changed."
                ).format(reason=exc.strerror or exc)
            )
        log.info("the journal was opened with its recovery key; a new passphrase was set")
        keyring_store.forget(self.journal)
        self.passphrase = new
        self.accept()
        return True

    def _say(self, text: str) -> bool:
        self.problem.setText(text)
        self.problem.show()
        return False


#: Shows the dialog and waits; tests put in their own (a dialog cannot block them).
def run_dialog(dialog: RecoveryUnlockDialog) -> None:
    """Show the dialog until the key opens the journal or the owner cancels."""
    dialog.exec()


def recover(journal: Path, parent: QWidget | None) -> str | None:
    """Open journal with its recovery key; the new passphrase set, or None when cancelled."""
    dialog = RecoveryUnlockDialog(journal, parent)
    try:
        run_dialog(dialog)
        return dialog.passphrase
    finally:
        dialog.deleteLater()
