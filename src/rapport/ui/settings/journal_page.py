"""Settings → Journal: where the journal is, open another, or move this one safely.

Moving is asked of the app session (only it may replace the open journal): the page
only picks the new place and says what will happen. See `ui/journal_move.py`.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rapport.i18n import Words
from rapport.store.backup import backup_folder
from rapport.ui import msgbox
from rapport.ui.settings.page import SettingsPage
from rapport.ui.settings.protection_box import ProtectionBox

JournalPageText = Words("JournalPageText")


def journal_filter() -> str:
    """The file dialog's filter for journals: the words translated, the patterns not."""
    return (
        JournalPageText.tr("Rapport journals")
        + " (*.rapport);;"
        + JournalPageText.tr("All files")
        + " (*)"
    )


class JournalPage(SettingsPage):
    """Shows the journal's file; asks to open another or to move it (the dialog closes)."""

    open_requested = Signal(Path)
    move_requested = Signal(Path)

    def __init__(self, journal_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = JournalPageText.tr("Journal")
        self.journal_path = journal_path
        # A folder may be named "<img src=…>": the path is escaped, never read as markup.
        where = QLabel(f"<b>{escape(journal_path.name)}</b><br>{escape(str(journal_path.parent))}")
        where.setTextFormat(Qt.TextFormat.RichText)
        where.setObjectName("journalLocation")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setWordWrap(True)
        backups = QLabel(
            JournalPageText.tr("Its backups are in {folder}").format(
                folder=backup_folder(journal_path)
            )
        )
        backups.setTextFormat(Qt.TextFormat.PlainText)
        backups.setWordWrap(True)
        self.open_button = QPushButton(JournalPageText.tr("&Open another journal…"), self)
        self.open_button.setAccessibleName(JournalPageText.tr("Open another journal"))
        self.open_button.setAccessibleDescription(
            JournalPageText.tr("This journal is closed and the other opened")
        )
        self.open_button.clicked.connect(self._open_another)
        self.move_button = QPushButton(JournalPageText.tr("&Move this journal…"), self)
        self.move_button.setAccessibleName(
            JournalPageText.tr("Move this journal to another folder")
        )
        self.move_button.setAccessibleDescription(
            JournalPageText.tr(
                "A checked copy is written first; the old file is removed only once it opened"
            )
        )
        self.move_button.clicked.connect(self._move)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.move_button)
        buttons.addStretch(1)
        explain = QLabel(
            JournalPageText.tr(
                "Moving writes a checked copy to the new place, opens it, and only then removes "
                "the old file. If anything goes wrong, the journal stays where it is."
            )
        )
        explain.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(JournalPageText.tr("This journal is kept in:")))
        layout.addWidget(where)
        layout.addWidget(backups)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        layout.addWidget(explain)
        layout.addSpacing(12)
        self.protection = ProtectionBox(journal_path, self)
        layout.addWidget(self.protection)
        lock = QFormLayout()
        self.add_rows(lock, ["journal/lockAfterMinutes"])
        self.protection.add_lock_row(lock)
        layout.addStretch(1)

    def _open_another(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            JournalPageText.tr("Open journal"),
            str(self.journal_path.parent),
            journal_filter(),
        )
        if chosen:
            self.open_requested.emit(Path(chosen))

    def _move(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            JournalPageText.tr("Move the journal to"),
            str(self.journal_path),
            journal_filter(),
        )
        if chosen:
            self.ask_to_move(Path(chosen))

    def ask_to_move(self, target: Path) -> bool:
        """Refuse a place that cannot work; otherwise confirm and ask for the move."""
        target = target.expanduser().absolute()
        if target.suffix != ".rapport":
            target = target.with_name(target.name + ".rapport")
        reason = _why_not(self.journal_path, target)
        if reason:
            msgbox.warn(self, JournalPageText.tr("The journal was not moved"), reason)
            return False
        if not msgbox.ask(
            self,
            JournalPageText.tr("Move the journal?"),
            JournalPageText.tr(
                "The journal will be copied to {path}, checked, opened there, and the old "
                "file removed."
            ).format(path=target),
            detail=JournalPageText.tr("Backups made so far stay in {folder}.").format(
                folder=backup_folder(self.journal_path)
            ),
            yes=JournalPageText.tr("Move"),
            no=JournalPageText.tr("Cancel"),
        ):
            return False
        self.move_requested.emit(target)
        return True


def _why_not(source: Path, target: Path) -> str:
    """Why a journal cannot be moved there, in words; empty when it can."""
    if target == source.absolute():
        return JournalPageText.tr("That is where the journal already is.")
    if target.exists():
        return JournalPageText.tr(
            "“{path}” already exists. Choose a new name, or move the other file first."
        ).format(path=target)
    if not target.parent.is_dir():
        return JournalPageText.tr("The folder “{folder}” does not exist.").format(
            folder=target.parent
        )
    return ""
