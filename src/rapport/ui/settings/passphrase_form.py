"""The form behind Settings → Journal → passphrase: protect, change, or remove it.

It only asks and checks (the current passphrase really opens the journal, the new one
is typed twice, the warning was read); the app session does the conversion, with the
journal closed (`ui/protection.py`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from PySide6.QtWidgets import (
    QCheckBox,
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
from rapport.store import cipher, keys

PassphraseFormText = Words("PassphraseFormText")
Mode = Literal["protect", "change", "remove"]
MIN_LENGTH = 8


@dataclass(frozen=True)
class ProtectionRequest:
    """What the owner asked for: from passphrase `old` to `new` (None: no passphrase)."""

    old: str | None
    new: str | None
    remember: bool = False
    #: A recovery key is made, shown once, and opens the journal as well.
    recovery: bool = False


class PassphraseForm(QDialog):
    """Asks for the current and/or the new passphrase, with the plain warning."""

    def __init__(self, mode: Mode, journal: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseForm")
        self.mode, self.journal = mode, journal
        titles = {
            "protect": PassphraseFormText.tr("Protect this journal with a passphrase"),
            "change": PassphraseFormText.tr("Change the passphrase"),
            "remove": PassphraseFormText.tr("Remove the passphrase"),
        }
        self.setWindowTitle(titles[mode])
        self.current, self.new, self.repeat = (self._field() for _ in range(3))
        form = QFormLayout()
        if mode != "protect":
            form.addRow(PassphraseFormText.tr("&Current passphrase:"), self.current)
        else:
            self.current.hide()
        if mode != "remove":
            form.addRow(PassphraseFormText.tr("&New passphrase:"), self.new)
            form.addRow(PassphraseFormText.tr("&Repeat it:"), self.repeat)
        else:
            self.new.hide()
            self.repeat.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.understood = QCheckBox(
            PassphraseFormText.tr("I understand, and I have written the passphrase down"), self
        )
        self.remember = QCheckBox(PassphraseFormText.tr("Remember on this computer"), self)
        self.remember.setVisible(mode != "remove" and keyring_store.available())
        self.recovery = QCheckBox(
            PassphraseFormText.tr("Create a &recovery key")
            if mode == "protect" or not keys.has_recovery(journal)
            else PassphraseFormText.tr("Create a new &recovery key"),
            self,
        )
        self.recovery.setObjectName("createRecoveryKey")
        self.recovery.setToolTip(
            PassphraseFormText.tr(
                "A key shown once, to print or save: it opens the journal if you forget "
                "the passphrase."
            )
        )
        if mode != "remove":
            warning = QLabel(
                PassphraseFormText.tr(
                    "<b>Nobody can recover this journal without its passphrase</b> — not "
                    "Rapport, not support, not you. If you forget it, the journal and its "
                    "backups stay locked for good."
                )
            )
            warning.setObjectName("passphraseWarning")
            warning.setWordWrap(True)
            layout.addWidget(warning)
            layout.addWidget(self.understood)
            layout.addWidget(self.remember)
            layout.addWidget(self.recovery)
        else:
            note = QLabel(
                PassphraseFormText.tr(
                    "The journal, its backups and drafts will be stored unencrypted again: "
                    "anyone with the files can read them."
                )
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        self.problem = QLabel(self)
        self.problem.setObjectName("passphraseFormProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _field(self) -> QLineEdit:
        field = QLineEdit(self)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def problem_with(self) -> str | None:
        """What is wrong with what was typed, in words; None when it can be done."""
        if self.mode != "protect" and not cipher.opens(self.journal, self.current.text()):
            return PassphraseFormText.tr("That is not the journal's current passphrase.")
        if self.mode == "remove":
            return None
        if len(self.new.text()) < MIN_LENGTH:
            return PassphraseFormText.tr(
                "Use at least {n} characters: a few words are easy to remember and hard to guess."
            ).format(n=MIN_LENGTH)
        if self.new.text() != self.repeat.text():
            return PassphraseFormText.tr("The two new passphrases differ. Type them again.")
        if not self.understood.isChecked():
            return PassphraseFormText.tr("Tick the box to confirm you have read the warning.")
        return None

    def request(self) -> ProtectionRequest:
        """What to do, once `problem_with` found nothing."""
        old = None if self.mode == "protect" else self.current.text()
        new = None if self.mode == "remove" else self.new.text()
        return ProtectionRequest(
            old,
            new,
            self.remember.isChecked() and new is not None,
            self.recovery.isChecked() and new is not None,
        )

    def accept(self) -> None:
        """Close only when what was typed can be done; otherwise say why and stay."""
        problem = self.problem_with()
        if problem is not None:
            self.problem.setText(problem)
            self.problem.show()
            return
        super().accept()
