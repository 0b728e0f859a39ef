"""E-mail and meetings in the window: drops, the customer question, write-ups in Today."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from msgboxes import MessageBoxes
from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.domain.kinds import EntryKind
from rapport.domain.people import Labelled, PersonDraft
from rapport.domain.today import Section
from rapport.store import Journal
from rapport.ui.dialogs.entry_dialog import EntryDialog
from rapport.ui.dialogs.mail_customer_dialog import MailCustomerDialog
from rapport.ui.long_tasks import tasks_of
from rapport.ui.main_window import MainWindow
from rapport.ui.settings.dialog import SettingsDialog

WindowFactory = Callable[[Path], MainWindow]
MAIL = Path(__file__).parents[1] / "fixtures" / "mail"


def _journal(path: Path) -> tuple[int, int]:
    journal = Journal.open(path)
    cafe = journal.customers.create(CustomerDraft(name="Café Lindeboom"))
    journal.people.add(
        cafe, PersonDraft(name="Jens Visser", emails=(Labelled("work", "jens@lindeboom.example"),))
    )
    bakery = journal.customers.create(CustomerDraft(name="Bakkerij Verhoef"))
    journal.close()
    return cafe, bakery


def _entries(window: MainWindow, customer_id: int) -> list[object]:
    return [i.entry for i in window.bridge.journal.timeline.page(customer_id) if i.entry]


def _settled(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not tasks_of(window).busy, timeout=10_000)


def _calendar(path: Path, start: datetime, end: datetime) -> Path:
    stamp = "%Y%m%dT%H%M%SZ"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//tests//EN\r\nBEGIN:VEVENT\r\n"
        "UID:tasting@roastery.example\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:Tasting\r\n"
        f"DTSTART:{start.astimezone(UTC):{stamp}}\r\nDTEND:{end.astimezone(UTC):{stamp}}\r\n"
        "ATTENDEE;PARTSTAT=ACCEPTED:mailto:jens@lindeboom.example\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    return path


def test_a_meeting_that_ended_is_one_enter_from_its_entry_and_leaves_once_written(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    cafe, _bakery = _journal(tmp_path / "j.rapport")
    journal = Journal.open(tmp_path / "j.rapport")
    journal.people.add(cafe, PersonDraft(name="Lotte Bos", main=True))
    journal.close()
    window = make_window(tmp_path / "j.rapport")
    start = datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(hours=3)
    window.today.calendar.follow(_calendar(tmp_path / "cal.ics", start, start + timedelta(hours=1)))
    today = window.today

    def write_up() -> bool:
        return today.select_item(lambda i: i.section is Section.WRITE_UP)

    qtbot.waitUntil(write_up, timeout=10_000)
    item = today.current_item()
    assert item is not None and item.customer_id == cafe
    assert item.title.startswith("Write up: meeting with Café Lindeboom, ")
    window.grab().save(str(tmp_path / "today.png"))
    today.list.setFocus()
    qtbot.keyClick(today.list, Qt.Key.Key_Return)
    dialog = window.findChild(EntryDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.kind.currentData() == EntryKind.MEETING.value
    assert dialog.selected_customer() == cafe
    assert dialog.when.dateTime().toSecsSinceEpoch() == int(start.timestamp())
    dialog.body.setPlainText("They want the Ethiopian for the terrace.")
    dialog.accept()
    (entry,) = _entries(window, cafe)
    assert entry.occurred_at == start and entry.title == "Tasting"
    # Jens was at the meeting: he took part, not the main contact (Lotte)
    _ours, theirs = window.bridge.journal.participants.of([entry.id])[entry.id]
    assert theirs == ["Jens Visser"]
    qtbot.waitUntil(lambda: not today.busy and not write_up(), timeout=10_000)


def test_a_dropped_reply_lands_at_its_customer_and_undo_takes_it_back(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    cafe, _bakery = _journal(tmp_path / "j.rapport")
    window = make_window(tmp_path / "j.rapport")
    _drop(window, MAIL / "reply_with_attachment.eml")
    _settled(qtbot, window)
    (entry,) = _entries(window, cafe)
    assert entry.kind is EntryKind.MESSAGE and entry.title == "Re: Order for the terrace season"
    qtbot.waitUntil(lambda: window.page.customer_id == cafe, timeout=5000)
    window.controller.undo_stack.undo()
    assert _entries(window, cafe) == []


def test_a_dropped_outlook_message_lands_at_its_sender_with_its_file(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    cafe, _bakery = _journal(tmp_path / "j.rapport")
    window = make_window(tmp_path / "j.rapport")
    _drop(window, MAIL / "outlook_sent.msg")
    _settled(qtbot, window)
    (entry,) = _entries(window, cafe)  # Jens Visser's address: Café Lindeboom's
    assert entry.kind is EntryKind.MESSAGE
    assert entry.title == "Bestellung für die Terrasse — 咖啡豆の注文"
    assert "und 王伟 möchte 咖啡豆 probieren." in entry.body
    assert entry.occurred_at == datetime(2026, 3, 3, 13, 12, 9, tzinfo=UTC)
    files = window.bridge.journal.attachments.on_entry(entry.id)
    assert [f.filename for f in files] == ["Angebot März.pdf", "outlook_sent.msg"]
    assert window.bridge.journal.attachments.data(files[0].id).endswith(b"%%EOF\n")
    _ours, theirs = window.bridge.journal.participants.of([entry.id])[entry.id]
    assert theirs == ["Jens Visser"]


def test_a_mail_from_a_stranger_asks_whose_it_is_and_may_add_the_sender(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    _cafe, bakery = _journal(tmp_path / "j.rapport")
    window = make_window(tmp_path / "j.rapport")
    window.capture.import_mail(MAIL / "latin1.eml")
    _settled(qtbot, window)
    dialog = window.capture.dialog
    assert isinstance(dialog, MailCustomerDialog)
    assert "No customer has an address on" in dialog.why.text()
    dialog.accept()  # nobody chosen yet: refused in words, nothing saved
    assert dialog.problem.text() == "Choose a customer from the list."
    dialog.customer.choose(bakery)
    dialog.add_sender.setChecked(True)
    dialog.accept()
    (entry,) = _entries(window, bakery)
    assert entry.kind is EntryKind.MESSAGE
    (person,) = window.bridge.journal.people.of(bakery)
    assert person.name == "Jürgen Müller"
    assert person.emails[0].value == "juergen@koeln.example"


def test_a_dropped_file_of_random_bytes_is_said_in_words_and_nothing_is_saved(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    cafe, bakery = _journal(tmp_path / "j.rapport")
    window = make_window(tmp_path / "j.rapport")
    rng = random.Random(18)
    for n in range(12):
        junk = tmp_path / f"junk-{n}{'.msg' if n % 3 == 0 else '.eml'}"
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(0, 4000)))
        if n % 3 == 0:
            data = bytes.fromhex("D0CF11E0A1B11AE1") + data  # looks like Outlook's, is not
        junk.write_bytes(data)
        MessageBoxes.reset(recording=True)
        _drop(window, junk)
        _settled(qtbot, window)
        dialog = window.capture.dialog
        if dialog is not None:  # random bytes can read as a mail with no address on it
            assert isinstance(dialog, MailCustomerDialog)
            dialog.reject()
            continue
        (shown,) = MessageBoxes.log
        assert junk.name in shown.text, shown
        assert "Traceback" not in shown.text + shown.detail
    assert _entries(window, cafe) == [] and _entries(window, bakery) == []


def _drop(window: MainWindow, path: Path) -> None:
    """Drag the file over the window and drop it, as the desktop would."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, event)


def test_settings_calendar_remembers_the_file_and_today_follows_it(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    _journal(tmp_path / "j.rapport")
    window = make_window(tmp_path / "j.rapport")
    start = datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(hours=5)
    calendar = _calendar(tmp_path / "cal.ics", start, start + timedelta(hours=1))
    window.settings_action.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    dialog.calendar_page.file.setText(str(calendar))
    dialog.accept()
    assert window.settings.value("calendar/file") == str(calendar)
    assert window.today.calendar.path == calendar
    today = window.today
    qtbot.waitUntil(
        lambda: today.select_item(lambda i: i.section is Section.WRITE_UP), timeout=10_000
    )
    # The calendar exports again: a later meeting with the same people comes up too.
    later = start + timedelta(hours=2)
    _calendar(calendar, later, later + timedelta(minutes=30))
    qtbot.waitUntil(
        lambda: today.select_item(lambda i: i.meeting is not None and i.meeting.start == later),
        timeout=10_000,
    )


def test_export_to_calendar_writes_every_open_follow_up_in_place_of_the_old_file(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    cafe, _bakery = _journal(tmp_path / "j.rapport")
    journal = Journal.open(tmp_path / "j.rapport")
    journal.entries.add(
        EntryDraft(
            cafe,
            datetime(2026, 3, 1, 9, tzinfo=UTC),
            EntryKind.CALL,
            "Prices",
            "Send the price list.",
            follow_up_on=date(2026, 3, 8),
        )
    )
    journal.close()
    window = make_window(tmp_path / "j.rapport")
    target = tmp_path / "follow-ups.ics"
    target.write_text("old", encoding="utf-8")
    window.capture.export_calendar(target)
    _settled(qtbot, window)
    text = target.read_text(encoding="utf-8")
    assert text.startswith("BEGIN:VCALENDAR") and "Café Lindeboom" in text
    assert "DTSTART;VALUE=DATE:20260308" in text
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("follow-ups")] == [
        "follow-ups.ics"
    ]
    (shown,) = MessageBoxes.log
    assert shown.text == "Wrote 1 follow-up to follow-ups.ics."


def test_a_calendar_file_that_is_no_calendar_is_said_once_and_today_goes_on(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    _journal(tmp_path / "j.rapport")
    window = make_window(tmp_path / "j.rapport")
    junk = tmp_path / "calendar.ics"
    junk.write_bytes(bytes(range(256)) * 8)
    MessageBoxes.reset(recording=True)
    window.today.calendar.follow(junk)
    qtbot.waitUntil(lambda: len(MessageBoxes.log) == 1, timeout=10_000)
    assert "calendar.ics" in MessageBoxes.log[0].text
    window.today.refresh()
    qtbot.waitUntil(lambda: not window.today.busy, timeout=10_000)
    qtbot.wait(50)
    assert len(MessageBoxes.log) == 1
    assert window.today.model.as_of is not None  # the list came, without meetings


def test_a_mail_of_several_customers_asks_unless_dropped_on_one_of_their_pages(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    cafe, bakery = _journal(tmp_path / "j.rapport")
    journal = Journal.open(tmp_path / "j.rapport")
    journal.people.add(
        bakery, PersonDraft(name="Jens Visser", emails=(Labelled("", "jens@lindeboom.example"),))
    )
    journal.close()
    window = make_window(tmp_path / "j.rapport")
    _drop(window, MAIL / "reply_with_attachment.eml")
    _settled(qtbot, window)
    dialog = window.capture.dialog
    assert isinstance(dialog, MailCustomerDialog)
    assert "is to or from several customers" in dialog.why.text()
    assert dialog.add_sender.isHidden()
    dialog.reject()
    assert _entries(window, cafe) == [] and _entries(window, bakery) == []
    window.navigator.open(bakery)
    _drop(window, MAIL / "reply_with_attachment.eml")
    _settled(qtbot, window)
    assert window.capture.dialog is None
    assert len(_entries(window, bakery)) == 1 and _entries(window, cafe) == []


def test_a_calendar_file_that_comes_later_is_read_when_it_appears(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    _journal(tmp_path / "j.rapport")
    window = make_window(tmp_path / "j.rapport")
    (tmp_path / "exports").mkdir()
    calendar = tmp_path / "exports" / "calendar.ics"
    window.today.calendar.follow(calendar)  # not exported yet
    qtbot.waitUntil(lambda: not window.today.busy, timeout=10_000)
    start = datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(hours=2)
    _calendar(calendar, start, start + timedelta(hours=1))
    qtbot.waitUntil(
        lambda: window.today.select_item(lambda i: i.section is Section.WRITE_UP),
        timeout=10_000,
    )
