"""File → Open team journal…: where the server is, who signs in, and the password.

The journal is opened in a worker (a server can take seconds to answer, or not answer
at all): the dialog shows that it is connecting, and Cancel gives up waiting at once
(a journal that opens after all is closed again). What went wrong is said in the
dialog, which stays open for another try: a refused login, a server that cannot be
reached, no such database, or a database without a journal (the way to set one up is
named; nothing is ever created or changed from here). The password is never kept in
the settings or the log; "Remember the password" keeps it in the system's keyring.
"""

from __future__ import annotations

import getpass
import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rapport import keyring_store
from rapport.i18n import Words
from rapport.store import Journal
from rapport.store.db_errors_pg import LoginRefusedError, ServerUnreachableError
from rapport.store.errors import JournalError
from rapport.store.server import ServerLocation
from rapport.ui.worker import Progress, Task

log = logging.getLogger("rapport.ui.team")
TeamText = Words("TeamText")

#: Tasks whose dialog gave up waiting: the journal they open after all is closed.
_ABANDONED: set[Task] = set()


def _tls_modes() -> list[tuple[str, str | None]]:
    """PostgreSQL's sslmode choices, in words (None: libpq's default, "prefer")."""
    return [
        (TeamText.tr("Use TLS when the server offers it"), None),
        (TeamText.tr("Require TLS"), "require"),
        (TeamText.tr("Require TLS and a certificate from a trusted authority"), "verify-ca"),
        (TeamText.tr("Require TLS and a certificate for this server's name"), "verify-full"),
        (TeamText.tr("Use TLS only when the server insists"), "allow"),
        (TeamText.tr("Never use TLS"), "disable"),
    ]


class TeamJournalDialog(QDialog):
    """Asks where a team journal is and opens it; `journal` is set when it opened."""

    def __init__(
        self,
        parent: QWidget | None = None,
        where: ServerLocation | None = None,
        *,
        local_root: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("teamJournalDialog")
        self.setWindowTitle(TeamText.tr("Open team journal"))
        self.local_root = local_root if where is None else where.local_root or local_root
        self.journal: Journal | None = None
        self._task: Task | None = None
        self._password_from_keyring = False
        intro = QLabel(
            TeamText.tr(
                "A team journal is kept on a PostgreSQL server that everyone in the team "
                "signs in to with their own login."
            )
        )
        intro.setWordWrap(True)
        self.host = self._line("teamHost", TeamText.tr("db.example.com, or /run/postgresql"))
        self.host.setToolTip(
            TeamText.tr(
                "The server's name or address, or the folder of its socket on this computer."
            )
        )
        self.port = QSpinBox(self)
        self.port.setObjectName("teamPort")
        self.port.setRange(0, 65535)
        self.port.setSpecialValueText(TeamText.tr("Standard (5432)"))
        self.database = self._line("teamDatabase", TeamText.tr("team"))
        self.user = self._line("teamUser", "")
        self.user.setText(getpass.getuser())
        self.tls = QComboBox(self)
        self.tls.setObjectName("teamTls")
        for label, mode in _tls_modes():
            self.tls.addItem(label, mode)
        self.password = self._line("teamPassword", "")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(TeamText.tr("&Remember the password on this computer"), self)
        self.remember.setObjectName("teamRemember")
        self.remember.setToolTip(
            TeamText.tr(
                "Kept in the system's keyring (never in Rapport's settings), so anyone who "
                "can log in as you can open the team journal."
            )
        )
        self.remember.setVisible(keyring_store.available())
        form = QFormLayout()
        form.addRow(TeamText.tr("&Server:"), self.host)
        form.addRow(TeamText.tr("&Port:"), self.port)
        form.addRow(TeamText.tr("&Database:"), self.database)
        form.addRow(TeamText.tr("&User:"), self.user)
        form.addRow(TeamText.tr("&TLS:"), self.tls)
        form.addRow(TeamText.tr("Pass&word:"), self.password)
        form.addRow("", self.remember)
        self.problem = QLabel(self)
        self.problem.setObjectName("teamProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.hide()
        self.busy = QProgressBar(self)
        self.busy.setObjectName("teamBusy")
        self.busy.setRange(0, 0)  # connecting: no steps to count
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(TeamText.tr("Connecting to the server"))
        self.busy.hide()
        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton(
            TeamText.tr("&Open"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setObjectName("teamOpen")
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_open)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.busy)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.host.textChanged.connect(self._host_changed)
        if where is not None:
            self.fill(where)
        self._host_changed()
        (self.password if where is not None else self.host).setFocus()

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        line = QLineEdit(self)
        line.setObjectName(name)
        line.setPlaceholderText(placeholder)
        return line

    def _host_changed(self) -> None:
        """A socket folder on this computer: TLS does not apply (libpq ignores it there)."""
        self.tls.setEnabled(not self.host.text().strip().startswith("/"))

    def fill(self, where: ServerLocation) -> None:
        """Show a known location; its password comes from it, or from the keyring."""
        self.host.setText(where.host)
        self.port.setValue(where.port or 0)
        self.database.setText(where.database)
        self.user.setText(where.user or getpass.getuser())
        index = self.tls.findData(where.sslmode)
        self.tls.setCurrentIndex(max(index, 0))
        password = where.password
        if password is None:
            password = keyring_store.recall(replace(where, local_root=self.local_root).journal_path)
            self._password_from_keyring = password is not None
            self.remember.setChecked(self._password_from_keyring)
        self.password.setText(password or "")

    def location(self) -> ServerLocation | None:
        """What the fields say, with the password; None (and said why) when incomplete."""
        database = self.database.text().strip()
        if not database:
            self._say(TeamText.tr("Type the name of the team journal's database."), self.database)
            return None
        mode = self.tls.currentData() if self.tls.isEnabled() else None
        return ServerLocation(
            database=database,
            host=self.host.text().strip(),
            port=self.port.value() or None,
            user=self.user.text().strip(),
            password=self.password.text() or None,
            sslmode=mode,
            local_root=self.local_root,
        )

    def try_open(self) -> None:
        """Open the journal in the background; the dialog shows it is connecting."""
        if self._task is not None:
            return
        where = self.location()
        if where is None:
            return
        self.problem.setText(TeamText.tr("Connecting to {where}…").format(where=where.label))
        self.problem.show()
        self._set_busy(True)

        def job(_progress: Progress) -> Journal:
            return Journal.open(where, create=False)  # nothing is created from here

        task = Task(job, "open-team-journal")  # no parent: it may outlive the dialog
        task.finished.connect(lambda journal: self._opened(task, where, journal))
        task.failed.connect(lambda exc: self._failed(task, where, exc))
        self._task = task
        log.info("opening a team journal")
        task.start()

    def _opened(self, task: Task, where: ServerLocation, journal: Journal) -> None:
        if task in _ABANDONED:
            _ABANDONED.discard(task)
            journal.close()
            log.info("a team journal opened after Cancel, and was closed again")
            return
        self._task = None
        self.journal = journal
        key = where.journal_path
        if self.remember.isChecked() and where.password:
            keyring_store.remember(key, where.password)
        elif self._password_from_keyring and not self.remember.isChecked():
            keyring_store.forget(key)
        self.accept()

    def _failed(self, task: Task, where: ServerLocation, exc: object) -> None:
        if task in _ABANDONED:
            _ABANDONED.discard(task)
            return
        self._task = None
        self._set_busy(False)
        if isinstance(exc, LoginRefusedError):
            if self._password_from_keyring:  # it changed on the server: ask for the new one
                keyring_store.forget(where.journal_path)
                self._password_from_keyring = False
            self.password.clear()
            if where.password is None:
                self._say(
                    TeamText.tr("The server asks for {user}'s password.").format(
                        user=where.user or getpass.getuser()
                    ),
                    self.password,
                )
                return
            self._say(f"{exc.message} {exc.hint}", self.password)
            return
        if isinstance(exc, ServerUnreachableError):  # "your text is kept" says nothing here
            self._say(
                TeamText.tr(
                    "The server of {where} cannot be reached. Check the server's name, port "
                    "and TLS setting and the network, or ask whoever runs the server whether "
                    "it is running."
                ).format(where=where.label),
                self.host,
            )
            return
        if isinstance(exc, JournalError):
            self._say(f"{exc.message} {exc.hint}".strip(), self.host)
            return
        log.warning("a team journal could not be opened: %s", type(exc).__name__)
        self._say(
            TeamText.tr("Something unexpected went wrong; the details are in Rapport's log."),
            self.host,
        )

    def _set_busy(self, busy: bool) -> None:
        for field in (self.host, self.port, self.database, self.user, self.password):
            field.setEnabled(not busy)
        self.tls.setEnabled(not busy and not self.host.text().strip().startswith("/"))
        self.remember.setEnabled(not busy)
        self.open_button.setEnabled(not busy)
        self.busy.setVisible(busy)

    def _say(self, text: str, focus: QWidget) -> None:
        self.problem.setText(text)
        self.problem.show()
        focus.setFocus()

    def reject(self) -> None:
        """Cancel: stop waiting for the server (a journal that opens after all is closed)."""
        if self._task is not None:
            _ABANDONED.add(self._task)
            self._task.cancel()
            self._task = None
            log.info("stopped waiting for the server")
        super().reject()

    def start_opening(self) -> None:
        """Open as soon as the dialog is shown (a journal named at start or in Recent)."""
        QTimer.singleShot(0, self, self.try_open)
