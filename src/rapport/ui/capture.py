"""E-mail and calendar in the main window: drop or import an e-mail, write up a meeting.

- An `.eml` or `.msg` dropped onto the window (Today, a customer page, anywhere in it)
  or chosen with File → Import e-mail… is read in the background; when exactly one
  relationship has an address on it, it is saved there as an entry of kind message
  (Edit → Undo takes it back) and that customer is shown at it. Otherwise the owner
  picks the relationship (`MailCustomerDialog`), and may add the sender as a person.
  A file that is no e-mail is said in words; nothing is saved.
- A meeting to write up (Today, Enter) opens the entry dialog as a meeting at its time.
- File → Export → Calendar… writes every open follow-up as an `.ics` file, atomically.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QEvent, QObject, Qt, QTimeZone
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QUndoCommand
from PySide6.QtWidgets import QFileDialog

from rapport.domain.capture import by_address
from rapport.domain.kinds import EntryKind
from rapport.domain.people import Labelled, PersonDraft
from rapport.domain.today import TodayItem
from rapport.i18n import Words
from rapport.store import JournalError
from rapport.store.capture import add_mail, known_relationships
from rapport.transfer.errors import TransferError
from rapport.transfer.mail import MAX_MAIL_BYTES, MailMessage, read_mail_bytes
from rapport.ui import msgbox
from rapport.ui.customer_choices import customer_list
from rapport.ui.long_tasks import tasks_of
from rapport.ui.modal import open_modal
from rapport.ui.undo import GuardedCommand, back_from_trash
from rapport.ui.worker import Progress, Task

if TYPE_CHECKING:
    from rapport.ui.bridge import JournalBridge
    from rapport.ui.main_window import MainWindow

log = logging.getLogger("rapport.ui")
CaptureText = Words("CaptureText")
#: The files a drop onto the window takes as e-mail.
MAIL_SUFFIXES = (".eml", ".msg")


@dataclass(frozen=True)
class ReadMail:
    """An e-mail read from a file, with the relationships whose addresses are on it."""

    name: str
    original: bytes
    mail: MailMessage
    found: tuple[int, ...]


def read_mail_file(path: Path, bridge: JournalBridge) -> ReadMail:
    """Read and match an e-mail file (in a worker); TransferError in words when it is none."""
    try:
        if path.stat().st_size > MAX_MAIL_BYTES:
            raise TransferError(
                CaptureText.tr("“{name}” is too large for an e-mail.").format(name=path.name),
                CaptureText.tr("Save the message without its largest attachments, and try again."),
            )
        original = path.read_bytes()
    except OSError as exc:
        log.warning("an e-mail file could not be read: %s", exc.strerror)
        raise TransferError(
            CaptureText.tr("“{name}” could not be read.").format(name=path.name),
            CaptureText.tr("Check that the file still exists and that you may open it."),
        ) from exc
    mail = read_mail_bytes(original, path.name)
    known = known_relationships(bridge.journal)
    found = by_address([a.email for a in mail.addresses], known)
    return ReadMail(path.name, original, mail, tuple(found))


def added_command(bridge: JournalBridge, text: str, entry_id: int) -> QUndoCommand:
    """An entry just added: undo moves it to the trash, redo brings it back.

    Undo leaves it where it is when a colleague (or another window) changed it since
    it was added, unless the owner says otherwise (ui/undo.py's GuardedCommand).
    """
    entries = bridge.journal.entries
    try:  # read at once: the add's own version, before anyone could have changed it
        version: int | None = entries.get(entry_id).version
    except JournalError:
        version = None
    return GuardedCommand(
        bridge,
        text,
        lambda deleted: back_from_trash(deleted, lambda: entries.restore(entry_id, deleted)),
        lambda expect: entries.delete(entry_id, expect=expect),
        version,
    )


class CaptureActions(QObject):
    """The main window's e-mail drops and imports, meeting write-ups and calendar export."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.bridge = window.bridge
        #: The question asked about the e-mail read last (None: none was needed).
        self.dialog: QObject | None = None
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        window.today.write_up_requested.connect(self.write_up)
        window.today.calendar.trouble.connect(
            self._calendar_trouble, Qt.ConnectionType.QueuedConnection
        )
        window.today.calendar.load(window.settings)
        window.preferences.app_settings.changed.connect(
            lambda _prefs: window.today.calendar.load(window.settings)
        )

    # --- e-mail -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Take e-mail files dragged onto the window; leave every other drop alone."""
        if watched is self.window and event.type() == QEvent.Type.DragEnter:
            assert isinstance(event, QDragEnterEvent)
            if _mail_files(event):
                event.acceptProposedAction()
                return True
        if watched is self.window and event.type() == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            files = _mail_files(event)
            if files:
                event.acceptProposedAction()
                self.import_mail(files[0])
                return True
        return super().eventFilter(watched, event)

    def choose_mail(self) -> Task | None:
        """File → Import e-mail…: ask for a saved e-mail, then take it in."""
        chosen, _ = QFileDialog.getOpenFileName(
            self.window,
            CaptureText.tr("Import e-mail"),
            str(Path.home()),
            CaptureText.tr("E-mail") + " (*.eml *.msg);;" + CaptureText.tr("All files") + " (*)",
        )
        return self.import_mail(Path(chosen)) if chosen else None

    def import_mail(self, path: Path) -> Task | None:
        """Read an e-mail in the background, then save it where it belongs (or ask where)."""
        self.dialog = None
        bridge = self.bridge

        def job(_progress: Progress) -> ReadMail:
            return read_mail_file(path, bridge)

        return tasks_of(self.window).run(
            CaptureText.tr("Import e-mail"),
            CaptureText.tr("Reading {file}…").format(file=path.name),
            job,
            self._read,
        )

    def _read(self, read: ReadMail) -> None:
        shown = self.window.screens.currentWidget() is self.window.page
        customer_id = self.window.page.customer_id if shown else None
        if len(read.found) == 1 or customer_id in read.found:
            # one match; or several, the customer whose page is open among them
            self.save_mail(read, customer_id if customer_id in read.found else read.found[0])
            return
        from rapport.ui.dialogs.mail_customer_dialog import MailCustomerDialog

        sender = read.mail.sender
        offer = sender if not read.found and sender is not None else None
        wanted = read.found[0] if read.found else customer_id
        dialog = MailCustomerDialog(
            customer_list(self.bridge.journal.customers), read, wanted, offer, self.window
        )
        dialog.chosen.connect(lambda cid, add: self.save_mail(read, cid, add))
        open_modal(dialog)
        self.dialog = dialog

    def save_mail(self, read: ReadMail, customer_id: int, add_sender: bool = False) -> int | None:
        """Save the e-mail as an entry of the customer, in one write; show it there."""
        journal = self.bridge.journal
        sender = read.mail.sender

        def write() -> int:
            with journal.transaction():
                if add_sender and sender is not None:
                    person = PersonDraft(
                        name=sender.name or sender.email, emails=(Labelled("", sender.email),)
                    )
                    journal.people.add(customer_id, person)
                return add_mail(journal, customer_id, read.mail, read.name, read.original)

        text = CaptureText.tr("Add e-mail “{subject}”").format(
            subject=read.mail.subject or read.name
        )
        ok, entry_id = self.bridge.write(self.window, text, write)
        if not ok or entry_id is None:
            return None
        controller = self.window.controller
        controller.undo_stack.push(added_command(self.bridge, text, entry_id))
        controller.notice.done(CaptureText.tr("E-mail added"))
        self.window.navigator.open(customer_id, entry_id)
        return entry_id

    # --- meetings -----------------------------------------------------------------------

    def write_up(self, item: TodayItem) -> object:
        """The entry dialog for a meeting to write up: its customer, kind, time and title."""
        meeting = item.meeting
        took_part = self._took_part(item)
        dialog = self.window.controller.new_entry(item.customer_id, took_part)
        if dialog is None or meeting is None:
            return dialog
        start = meeting.start.astimezone(UTC)
        when = QDateTime.fromSecsSinceEpoch(int(start.timestamp()), QTimeZone.systemTimeZone())
        dialog.when.setDateTime(when)
        dialog.kind.setCurrentIndex(dialog.kind.findData(EntryKind.MEETING.value))
        if not dialog.title.text():
            dialog.title.setText(meeting.title)
        dialog.body.setFocus()
        return dialog

    def _calendar_trouble(self, what: str, hint: str) -> None:
        """The calendar file could not be read: say so (once), Today goes on without it."""
        msgbox.warn(self.window, CaptureText.tr("Calendar"), what, hint)

    def _took_part(self, item: TodayItem) -> frozenset[int]:
        """The customer's people invited to the meeting (by address)."""
        if item.meeting is None:
            return frozenset()
        invited = {a.casefold() for a in item.meeting.addresses}
        try:
            people = self.bridge.journal.people.of(item.customer_id)
        except JournalError:
            return frozenset()
        return frozenset(
            p.id for p in people if any(e.value.casefold() in invited for e in p.emails)
        )

    # --- follow-ups into the calendar ---------------------------------------------------

    def export_calendar(self, path: Path | None = None) -> Task | None:
        """File → Export → Calendar…: every open follow-up as events, written atomically."""
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self.window,
                CaptureText.tr("Export follow-ups to a calendar"),
                str(Path.home() / "rapport-follow-ups.ics"),
                CaptureText.tr("Calendar") + " (*.ics)",
            )
            if not chosen:
                return None
            path = Path(chosen)
        journal = self.bridge.journal
        target = path

        def job(_progress: Progress) -> int:
            from rapport.transfer.atomic import write_atomically
            from rapport.transfer.calendar_out import FollowUpEvent, follow_ups_calendar

            book = journal.facts.book()
            names = {c.customer_id: c.name for c in book.customers}
            events = [FollowUpEvent(f, names[f.customer_id]) for f in book.follow_ups]
            data = follow_ups_calendar(events, datetime.now(UTC)).decode("utf-8")
            write_atomically(target, [data])
            return len(events)

        def done(count: int) -> None:
            msgbox.inform(
                self.window,
                CaptureText.tr("Export"),
                CaptureText.tr("Wrote %n follow-up(s) to {file}.", "", count).format(
                    file=target.name
                ),
                str(target),
            )

        return tasks_of(self.window).run(
            CaptureText.tr("Export"), CaptureText.tr("Writing the calendar…"), job, done
        )


def _mail_files(event: QDropEvent | QDragEnterEvent) -> list[Path]:
    """The e-mail files a drag carries (by their names' endings)."""
    data = event.mimeData()
    if not data.hasUrls():
        return []
    paths = [Path(u.toLocalFile()) for u in data.urls() if u.isLocalFile()]
    return [p for p in paths if p.suffix.casefold() in MAIL_SUFFIXES]
