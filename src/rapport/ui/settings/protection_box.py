"""Settings → Journal → Passphrase: whether the journal is encrypted, and the way to change it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rapport.i18n import Words
from rapport.store import cipher, keys
from rapport.ui.settings.passphrase_form import Mode, PassphraseForm

ProtectionText = Words("ProtectionText")


def run_form(form: PassphraseForm) -> bool:
    """Show the form until OK (checked) or Cancel; tests put in their own."""
    return form.exec() == PassphraseForm.DialogCode.Accepted


class ProtectionBox(QGroupBox):
    """Says whether the journal is protected; asks for a ProtectionRequest."""

    requested = Signal(object)

    def __init__(self, journal: Path, parent: QWidget | None = None) -> None:
        super().__init__(ProtectionText.tr("Passphrase"), parent)
        self.setObjectName("protectionBox")
        self.journal = journal
        self.encrypted = cipher.looks_encrypted(journal)
        state = QLabel(
            ProtectionText.tr(
                "This journal is encrypted: it, its backups and its drafts open only with "
                "its passphrase."
            )
            if self.encrypted
            else ProtectionText.tr(
                "This journal is not encrypted: anyone who gets hold of this computer's disk "
                "or a copy of its backups can read it."
            )
        )
        state.setObjectName("protectionState")
        state.setWordWrap(True)
        if self.encrypted:
            state.setText(
                state.text()
                + " "
                + (
                    ProtectionText.tr("Its recovery key opens it too.")
                    if keys.has_recovery(journal)
                    else ProtectionText.tr(
                        "It has no recovery key: Change passphrase… can make one."
                    )
                )
            )
        buttons = QHBoxLayout()
        if self.encrypted:
            self.change_button = QPushButton(ProtectionText.tr("&Change passphrase…"), self)
            self.change_button.clicked.connect(lambda: self.ask("change"))
            self.remove_button = QPushButton(ProtectionText.tr("&Remove passphrase…"), self)
            self.remove_button.clicked.connect(lambda: self.ask("remove"))
            buttons.addWidget(self.change_button)
            buttons.addWidget(self.remove_button)
        else:
            self.protect_button = QPushButton(
                ProtectionText.tr("&Protect this journal with a passphrase…"), self
            )
            self.protect_button.clicked.connect(lambda: self.ask("protect"))
            buttons.addWidget(self.protect_button)
        buttons.addStretch(1)
        self.column = QVBoxLayout(self)
        self.column.addWidget(state)
        self.column.addLayout(buttons)

    def add_lock_row(self, row: QLayout) -> None:
        """The "lock when away" setting, inside the box (it matters to an encrypted journal)."""
        self.column.addLayout(row)

    def ask(self, mode: Mode) -> None:
        """Ask for the passphrases; once checked, ask the app to rewrite the journal."""
        form = PassphraseForm(mode, self.journal, self)
        if run_form(form):
            self.requested.emit(form.request())
        form.deleteLater()
