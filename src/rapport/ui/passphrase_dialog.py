"""The passphrase prompt: asked before anything of an encrypted journal is read.

A wrong passphrase is said in the dialog, which stays open for another try (nothing
was written); Cancel leaves the journal closed. `open_with_passphrase` first tries
the one a script gave in the environment (RAPPORT_PASSPHRASE), else the one
remembered in the keyring, if the owner chose that.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from rapport import keyring_store, remembered_key, unlock_ahead
from rapport.i18n import Words
from rapport.locations import PASSPHRASE_ENV
from rapport.store import Journal, cipher, keys
from rapport.ui.unlock_recovery import recover

log = logging.getLogger("rapport.ui.passphrase")
PassphraseText = Words("PassphraseText")


class PassphraseDialog(QDialog):
    """Asks for a journal's passphrase and opens it; says so when it does not fit."""

    def __init__(
        self, path: Path, opener: Callable[[str], Journal], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(PassphraseText.tr("Passphrase"))
        self.opener, self.path = opener, path
        self.journal: Journal | None = None
        self._busy = False
        heading = QLabel(
            PassphraseText.tr("<b>{name}</b> is protected with a passphrase.").format(
                name=escape(path.name)
            )
        )
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setWordWrap(True)
        self.field = QLineEdit(self)
        self.field.setObjectName("passphraseField")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(PassphraseText.tr("Passphrase"))
        self.field.setPlaceholderText(PassphraseText.tr("Passphrase"))
        self.problem = QLabel(self)
        self.problem.setObjectName("passphraseProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.remember = QCheckBox(PassphraseText.tr("&Remember on this computer"), self)
        self.remember.setToolTip(
            PassphraseText.tr(
                "Kept in the system's keyring, so anyone who can log in as you can open it."
            )
        )
        self.remember.setVisible(keyring_store.available())
        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton(
            PassphraseText.tr("&Open"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.recovery_button = buttons.addButton(
            PassphraseText.tr("Use &recovery key…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.recovery_button.setObjectName("useRecoveryKey")
        self.recovery_button.setVisible(keys.has_recovery(path))
        self.recovery_button.clicked.connect(self.use_recovery_key)
        buttons.accepted.connect(self.try_open)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.field)
        layout.addWidget(self.problem)
        layout.addWidget(self.remember)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.field.setFocus()

    def try_open(self) -> bool:
        """Open the journal with what was typed; on a wrong passphrase, say so and stay."""
        passphrase = self.field.text()
        if not passphrase:
            self._say(PassphraseText.tr("Type the journal's passphrase, then press Open."))
            return False
        try:
            self._derive_meanwhile(passphrase)
            self.journal = self.opener(passphrase)
        except cipher.WrongPassphraseError:
            log.info("a wrong passphrase was typed")
            self.field.clear()
            self._say(
                PassphraseText.tr(
                    "That passphrase does not open this journal. Check it (and the keyboard "
                    "layout, Caps Lock), then try again."
                )
            )
            return False
        if self.remember.isChecked() and self.journal is not None:
            remembered_key.remember(self.journal.path, passphrase)
        self.accept()
        return True

    def _derive_meanwhile(self, passphrase: str) -> None:
        """Derive the passphrase's key on a thread, the dialog showing it is busy meanwhile.

        scrypt takes a few tenths of a second on purpose; the window keeps painting and
        answering (the opener then takes the derived key, `unlock_ahead`).
        """
        thread = unlock_ahead.start(self.path, passphrase)
        if thread is None:
            return
        self._busy = True
        self.problem.setText(PassphraseText.tr("Opening the journal…"))
        self.problem.show()
        for widget in self._controls():
            widget.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            loop = QEventLoop(self)
            timer = QTimer(loop)
            timer.timeout.connect(lambda: None if thread.is_alive() else loop.quit())
            timer.start(15)
            if thread.is_alive():
                loop.exec()
        finally:
            QApplication.restoreOverrideCursor()
            for widget in self._controls():
                widget.setEnabled(True)
            self.problem.hide()
            self._busy = False

    def _controls(self) -> tuple[QWidget, ...]:
        buttons = (self.open_button, self.cancel_button, self.recovery_button)
        return (self.field, *buttons, self.remember)

    def reject(self) -> None:
        """Cancel, unless the passphrase is being tried (it is over in a moment)."""
        if not self._busy:
            super().reject()

    def use_recovery_key(self) -> bool:
        """Open with the recovery key; a new passphrase is set then, and opens the journal."""
        new = recover(self.path, self)
        if new is None:
            return False
        self.field.setText(new)
        return self.try_open()

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        self.field.setFocus()


#: Shows the dialog and waits; tests put in their own (a dialog cannot block them).
def run_dialog(dialog: PassphraseDialog) -> None:
    """Show the prompt until the journal opens or the owner cancels."""
    dialog.exec()


def open_with_passphrase(
    path: Path, opener: Callable[[cipher.Secret | None], Journal], parent: QWidget | None = None
) -> Journal | None:
    """Open a journal, asking for its passphrase when it has one; None when cancelled.

    Other JournalErrors (damage, a lost journal) pass through to the usual handling.
    """
    if not cipher.looks_encrypted(path):  # a plain journal: no keyring, no prompt
        return opener(None)
    scripted = os.environ.get(PASSPHRASE_ENV) or None
    remembered = scripted or remembered_key.recall(path)
    try:
        journal = opener(remembered)
    except cipher.PassphraseNeededError:
        if remembered is not None and scripted is None:  # it changed elsewhere: ask
            remembered_key.forget(path)
    else:
        if scripted is None and isinstance(remembered, str):  # an older Rapport's entry
            remembered_key.remember(path, remembered)  # the data key, from now on
        return journal
    dialog = PassphraseDialog(path, opener, parent)
    run_dialog(dialog)
    dialog.deleteLater()
    return dialog.journal
