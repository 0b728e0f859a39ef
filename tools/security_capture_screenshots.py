"""Screens of issues 17 (a passphrase) and 18 (photos, meetings) into docs/screenshots/.

- `unlock*.png` — the passphrase prompt of an encrypted journal, with its
  "Use recovery key…" button (the dialog alone: it comes before the main window);
- `recovery-key*.png` — the recovery key shown once after protecting a journal;
- `settings-journal*.png` — Settings → Journal of that encrypted journal, with its
  Passphrase section;
- `entry-photo*.png` — a meeting of Café Lindeboom with a photo attached, selected on
  its timeline: the thumbnail on the row and the files strip below;
- `today-meeting*.png` — Today with a meeting from the calendar file (Settings →
  Calendar) waiting to be written up.

Each in English and German (`-de`), light and dark (`-dark`), at 1366 × 768, on the
demo journal as of now. The photo is drawn here (a gradient with shapes), the
encrypted journal is a small one made beside the demo, and the calendar is a one-event
`.ics` written for the most recent 14:00–15:00 that has ended.
`python tools/security_capture_screenshots.py` writes only these; `make screenshots`
writes them with the others.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSettings, Qt
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter, QPixmap, QRadialGradient
from PySide6.QtWidgets import QApplication, QDialog
from screenshots import OUT, _customer_named, _settle, shoot_every_look

from rapport.domain.kinds import EntryKind
from rapport.store import Journal, encrypt, keys
from rapport.ui.attaching import thumbnail_of
from rapport.ui.bridge import JournalBridge
from rapport.ui.main_window import MainWindow
from rapport.ui.passphrase_dialog import PassphraseDialog
from rapport.ui.recovery_key_dialog import RecoveryKeyDialog
from rapport.ui.settings.dialog import SettingsDialog
from rapport.ui.today_calendar import CALENDAR_KEY

log = logging.getLogger("rapport.tools")

#: The screen size these are made at: the most common laptop screen.
SIZE = (1366, 768)
#: The relationship with the photo and the meeting: a café, its owner's address known.
CAFE = "Café Lindeboom"
#: The café owner's address, as the demo has it: the calendar's attendee.
CAFE_EMAIL = "marieke@cafelindeboom.be"
#: The photo's file name, as a phone would not name it but an owner would.
PHOTO = "New espresso bar.jpg"
#: The encrypted journal's passphrase (a screenshot's only; never typed in the shots).
PASSPHRASE = "roasted beans on a rainy morning"
#: Made once, for all four looks: the encrypted journal and the calendar file.
_MADE: dict[str, Path] = {}
_FOLDER = tempfile.TemporaryDirectory(prefix="rapport-shots-")


def _save(image: QPixmap, name: str) -> None:
    target = OUT / name
    image.save(str(target))
    log.info("wrote %s", target)


def _encrypted_journal() -> Path:
    """A small journal protected with a passphrase and a recovery key (made once)."""
    if "journal" not in _MADE:
        folder = Path.home() / "Documents"  # the shots' own home (see shoot_every_look)
        folder.mkdir(exist_ok=True)
        path = folder / "Roastery.rapport"
        Journal.open(path).close()
        encrypt.change_passphrase(path, None, PASSPHRASE, keys.new_recovery_key())
        _MADE["journal"] = path
    return _MADE["journal"]


def _calendar_file() -> Path:
    """An `.ics` with one meeting with the café's owner: the last 14:00–15:00 that ended."""
    if "calendar" not in _MADE:
        now = datetime.now().astimezone()
        day = now.date() if now.hour >= 16 else now.date() - timedelta(days=1)
        start = datetime.combine(day, time(14), tzinfo=now.tzinfo)
        end = start + timedelta(hours=1)

        def utc(moment: datetime) -> str:
            return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")

        lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Rapport screenshots//EN",
            "BEGIN:VEVENT",
            f"UID:tasting-{day.isoformat()}@rapport.example",
            f"DTSTAMP:{utc(start - timedelta(days=3))}",
            f"DTSTART:{utc(start)}",
            f"DTEND:{utc(end)}",
            "SUMMARY:Tasting the autumn blend",
            "LOCATION:Sint-Jacobsnieuwstraat 41\\, Gent",
            "ORGANIZER;CN=Me:mailto:me@roastery.example",
            f"ATTENDEE;CN=Marieke Janssens;PARTSTAT=ACCEPTED:mailto:{CAFE_EMAIL}",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
        path = Path(_FOLDER.name) / "calendar.ics"
        path.write_text("\r\n".join(lines), encoding="utf-8")
        _MADE["calendar"] = path
    return _MADE["calendar"]


def _photo() -> bytes:
    """A photo-like JPEG: a warm wall, a counter and an espresso machine, drawn."""
    image = QImage(1600, 1200, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    wall = QLinearGradient(0, 0, 0, 1200)
    wall.setColorAt(0, QColor("#f3e3c8"))
    wall.setColorAt(0.62, QColor("#d9b98c"))
    wall.setColorAt(1, QColor("#6b4a2f"))
    painter.fillRect(image.rect(), wall)
    light = QRadialGradient(QPointF(1150, 260), 520)
    light.setColorAt(0, QColor(255, 248, 225, 200))
    light.setColorAt(1, QColor(255, 248, 225, 0))
    painter.fillRect(image.rect(), light)
    painter.setPen(Qt.PenStyle.NoPen)
    for i, colour in enumerate(("#7a8f5c", "#a85d3b", "#3e6b7a")):  # shelves of jars
        painter.setBrush(QColor("#8b6a4a"))
        painter.drawRect(QRectF(120, 200 + i * 150, 560, 18))
        for j in range(5):
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(QRectF(140 + j * 108, 110 + i * 150, 70, 90), 12, 12)
    counter = QLinearGradient(0, 760, 0, 1200)
    counter.setColorAt(0, QColor("#4a3222"))
    counter.setColorAt(1, QColor("#22160e"))
    painter.setBrush(counter)
    painter.drawRect(QRectF(0, 760, 1600, 440))
    painter.setBrush(QColor("#c9ccd1"))  # the machine
    painter.drawRoundedRect(QRectF(820, 430, 560, 340), 28, 28)
    painter.setBrush(QColor("#9ea3aa"))
    painter.drawRect(QRectF(820, 560, 560, 40))
    painter.setBrush(QColor("#2b2b2b"))
    for x in (900, 1060, 1220):  # group heads and cups
        painter.drawRect(QRectF(x, 600, 80, 60))
        painter.setBrush(QColor("#fafafa"))
        painter.drawEllipse(QRectF(x + 5, 700, 70, 60))
        painter.setBrush(QColor("#2b2b2b"))
    painter.setBrush(QColor("#e8dcc6"))
    painter.drawEllipse(QRectF(1200, 470, 60, 60))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", 85)  # type: ignore[call-overload]  # the stubs say bytes
    buffer.close()
    return bytes(data.data())


def _photo_entry(journal: Journal, customer_id: int) -> int:
    """The café's newest meeting, with the photo attached (once)."""
    items = journal.timeline.page(customer_id, 0, 200)
    entry = next(i.entry.id for i in items if i.entry and i.entry.kind == EntryKind.MEETING)
    assert entry is not None
    if not journal.attachments.on_entry(entry):
        data = _photo()
        journal.attachments.add(entry, PHOTO, data, "image/jpeg", thumbnail_of(data))
    return entry


def _dialog(app: QApplication, dialog: QDialog, name: str) -> None:
    """A dialog at its natural size, alone."""
    dialog.show()
    dialog.adjustSize()
    _settle(app, lambda: False, 0.3)
    _save(dialog.grab(), name)
    dialog.reject()
    dialog.deleteLater()
    app.processEvents()


def shoot_security_capture(
    app: QApplication, journal: Journal, settings: QSettings, suffix: str
) -> None:
    """The five screens of issues 17 and 18; names end in `suffix`."""
    settings.setValue(CALENDAR_KEY, str(_calendar_file()))
    cafe = _customer_named(journal, CAFE)
    entry = _photo_entry(journal, cafe)
    window = MainWindow(JournalBridge(journal), settings)
    window.resize(*SIZE)
    window.show()
    _settle(app, lambda: not window.today.busy)
    _settle(app, lambda: False, 0.5)  # the calendar is read: Today asks once more
    _settle(app, lambda: not window.today.busy)
    _save(window.grab(), f"today-meeting{suffix}.png")

    window.customer_list.select(cafe)
    _settle(app, lambda: False, 0.3)
    window.page.select_item(("entry", entry))
    _settle(app, lambda: False, 0.5)
    _save(window.grab(), f"entry-photo{suffix}.png")

    locked = _encrypted_journal()
    _dialog(app, PassphraseDialog(locked, lambda _p: journal), f"unlock{suffix}.png")
    _dialog(app, RecoveryKeyDialog(keys.new_recovery_key(), locked), f"recovery-key{suffix}.png")
    settings_dialog = SettingsDialog(window.preferences.app_settings, locked, window)
    settings_dialog.show_page(settings_dialog.journal_page)
    settings_dialog.show()
    _settle(app, lambda: False, 0.3)
    _save(settings_dialog.grab(), f"settings-journal{suffix}.png")
    settings_dialog.reject()
    settings_dialog.deleteLater()
    window.close()
    window.deleteLater()
    app.processEvents()


def main() -> int:
    """Write these screenshots, each language light then dark."""
    try:
        return shoot_every_look(shoot_security_capture)
    finally:
        _FOLDER.cleanup()


if __name__ == "__main__":
    sys.exit(main())
