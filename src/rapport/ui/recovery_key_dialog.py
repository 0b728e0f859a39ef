"""A new recovery key, shown once: saved as a text file or printed, and its keeping confirmed.

The key is made here, shown in groups that are easy to copy by hand, and handed to the
conversion only once the owner confirms they kept it; cancelling leaves the journal as
it was. It is never logged, never put in the settings; the text file is written
readable by the owner alone.
"""

from __future__ import annotations

import logging
import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rapport.i18n import Words
from rapport.ui import msgbox

log = logging.getLogger("rapport.ui.recovery_key")
RecoveryKeyText = Words("RecoveryKeyText")


class RecoveryKeyDialog(QDialog):
    """Shows a recovery key once; OK only after the owner confirms they kept it."""

    def __init__(self, key: str, journal: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryKeyDialog")
        self.setWindowTitle(RecoveryKeyText.tr("Recovery key"))
        self.key, self.journal = key, journal
        intro = QLabel(
            RecoveryKeyText.tr(
                "This recovery key opens “{name}” if you forget its passphrase. It is shown "
                "only this once: save it or print it, and keep it away from this computer."
            ).format(name=journal.name)
        )
        intro.setWordWrap(True)
        self.shown = QLabel(key)
        self.shown.setObjectName("recoveryKey")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setWeight(QFont.Weight.DemiBold)
        self.shown.setFont(font)
        self.shown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.shown.setAccessibleName(RecoveryKeyText.tr("Recovery key"))
        self.save_button = QPushButton(RecoveryKeyText.tr("&Save…"), self)
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton(RecoveryKeyText.tr("&Print…"), self)
        self.print_button.clicked.connect(self.print_key)
        self.kept = QCheckBox(RecoveryKeyText.tr("I have saved or printed the recovery key"), self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.kept.toggled.connect(self.ok_button.setEnabled)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addWidget(self.shown)
        keeping = QHBoxLayout()
        keeping.addStretch(1)
        keeping.addWidget(self.save_button)
        keeping.addWidget(self.print_button)
        keeping.addStretch(1)
        layout.addLayout(keeping)
        layout.addSpacing(8)
        layout.addWidget(self.kept)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def text(self) -> str:
        """The key with what to do with it, as it is saved or printed."""
        return RecoveryKeyText.tr(
            "Rapport recovery key\n\nJournal: {name}\nMade on: {day}\n\n    {key}\n\n"
            "If you forget the journal's passphrase, choose “Use recovery key…” when Rapport "
            "asks for it, and type this key. Keep this page somewhere safe: anyone who has "
            "it and the journal's files can read the journal.\n"
        ).format(name=self.journal.name, day=date.today().isoformat(), key=self.key)

    def save(self) -> Path | None:
        """Save the key as a text file the owner chooses (private to them)."""
        suggested = self.journal.with_name(
            RecoveryKeyText.tr("{stem} recovery key.txt").format(stem=self.journal.stem)
        )
        chosen = ask_save_path(self, str(Path.home() / suggested.name))
        if not chosen:
            return None
        path = Path(chosen)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(self.text())
        except OSError as exc:
            log.warning("the recovery key could not be saved: %s", exc.strerror)
            msgbox.warn(
                self,
                RecoveryKeyText.tr("The recovery key was not saved"),
                RecoveryKeyText.tr("“{path}” could not be written ({reason}).").format(
                    path=path, reason=exc.strerror or exc
                ),
                RecoveryKeyText.tr("Choose another place, or print it."),
            )
            return None
        log.info("a recovery key was saved to a file")
        self.kept.setChecked(True)
        return path

    def print_key(self) -> bool:
        """Print the key on paper (the system's print dialog)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if not ask_print(printer, self):
            return False
        document = QTextDocument()
        document.setPlainText(self.text())
        document.print_(printer)
        self.kept.setChecked(True)
        return True


#: The file chooser and the print dialog (tests put in their own: neither can block them).
def ask_save_path(parent: QWidget, suggested: str) -> str:
    """The path chosen to save the key at ("" when cancelled)."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent, RecoveryKeyText.tr("Save the recovery key"), suggested, "*.txt"
    )
    return chosen


def ask_print(printer: QPrinter, parent: QWidget) -> bool:
    """Whether the owner chose to print (on the printer set up in the dialog)."""
    return QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted


def run_dialog(dialog: RecoveryKeyDialog) -> bool:
    """Show the key until the owner confirms they kept it (True) or cancels."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def confirmed_recovery_key(key: str, journal: Path, parent: QWidget | None) -> bool:
    """Show a new recovery key once; True when the owner kept it."""
    dialog = RecoveryKeyDialog(key, journal, parent)
    try:
        return run_dialog(dialog)
    finally:
        dialog.deleteLater()
