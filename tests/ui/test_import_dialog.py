"""File → Import… and File → Export… driven as a user would, with messages recorded."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from longwait import opened_import
from msgboxes import MessageBoxes
from rapport.domain.customers import CustomerDraft
from rapport.store import backup as store_backup
from rapport.transfer.exporting import ExportFormat
from rapport.transfer.fields import Target
from rapport.ui.dialogs.import_dialog import ImportDialog
from rapport.ui.main_window import MainWindow
from rapport.ui.worker import Task

WindowFactory = Callable[[Path], MainWindow]
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"


def _open(window: MainWindow, path: Path) -> ImportDialog:
    dialog = opened_import(window, path)  # read in the background first
    assert isinstance(dialog, ImportDialog)
    return dialog


def _click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _reviewed(qtbot: QtBot, dialog: ImportDialog) -> None:
    qtbot.waitUntil(lambda: dialog.review is not None and dialog.review.isVisible(), timeout=5000)


def _unnamed(widget: QWidget) -> list[str]:
    kinds = (QPushButton, QRadioButton, QComboBox, QCheckBox, QTableWidget, QProgressBar)
    return [
        f"{type(w).__name__} {getattr(w, 'text', lambda: '')()}"
        for w in widget.findChildren(QWidget)
        if type(w) in kinds and not w.accessibleName()
    ]


def test_a_csv_is_mapped_previewed_reviewed_and_imported(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    dialog = _open(window, FIXTURES / "generic.csv")
    mapping = dialog.mapping
    assert mapping is not None and mapping.isVisible()
    assert _unnamed(dialog) == []
    headers = mapping.source.table.headers
    assert mapping.preview.rowCount() == 5
    assert mapping.preview.item(0, 1).text() == "Amélie Dupont"
    mapping.choose(headers.index("Client"), None)  # the preview follows the choice at once
    assert mapping.preview.item(0, 1).text() == "Café Lumière"
    assert mapping.problem.isHidden()
    mapping.choose(headers.index("Company"), None)
    assert "name" in mapping.problem.text()
    _click(qtbot, dialog.go_button)
    assert MessageBoxes.log[-1].kind == "warning"  # no name column: cannot go on
    mapping.choose(headers.index("Client"), Target.NAME)
    mapping.choose(headers.index("Company"), Target.ORGANISATION)
    mapping.choose(headers.index("Notes"), None)

    _click(qtbot, dialog.go_button)
    _reviewed(qtbot, dialog)
    review = dialog.review
    assert review is not None
    assert review.bad.rowCount() == 2  # Erik's row lacks its last two cells: they are empty
    assert review.bad.item(0, 0).text() == "line 4"
    assert dialog.go_button.text() == "&Import 3 good customers"
    assert dialog.cancel_button.text() == "Import nothing"
    assert _unnamed(dialog) == []

    _click(qtbot, dialog.go_button)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert MessageBoxes.log[-1].text == "Imported 3 customers."
    journal = window.bridge.journal
    assert journal.customers.count() == 3
    amelie = journal.customers.find("Amélie Dupont")[0]
    assert amelie.about == ""  # the Notes column was not imported
    assert window.page.customer_id == amelie.id  # the first imported customer is shown
    assert "3 customers" in window.statusBar().currentMessage()


def test_import_nothing_when_rows_are_bad(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    dialog = _open(window, FIXTURES / "contacts-4.0.vcf")
    assert dialog.mapping is None  # vCards need no mapping
    _reviewed(qtbot, dialog)
    assert dialog.review is not None and dialog.review.bad.rowCount() == 1
    _click(qtbot, dialog.cancel_button)
    assert not dialog.isVisible()
    assert window.bridge.journal.customers.count() == 0


def test_duplicates_are_left_out_unless_ticked(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    window.bridge.journal.customers.create(CustomerDraft(name="X", email="ana@cafeazul.example"))
    dialog = _open(window, FIXTURES / "contacts-4.0.vcf")
    _reviewed(qtbot, dialog)
    review = dialog.review
    assert review is not None and review.duplicates.rowCount() == 1
    assert dialog.go_button.text() == "&Import 2 good customers"
    review.include_duplicates.setChecked(True)
    assert dialog.go_button.text() == "&Import 3 good customers"
    review.include_duplicates.setChecked(False)
    _click(qtbot, dialog.go_button)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert window.bridge.journal.customers.count() == 3  # X and two new ones


def _big_csv(path: Path, rows: int) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["Name", "Email"])
    writer.writerows([f"Person {i}", f"p{i}@example.org"] for i in range(rows))
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def test_cancelling_a_running_import_leaves_the_journal_as_it_was(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, tmp_path: Path
) -> None:
    window = make_window(journal_path)
    window.bridge.journal.customers.create(CustomerDraft(name="Already here"))
    dialog = _open(window, _big_csv(tmp_path / "big.csv", 2500))
    _click(qtbot, dialog.go_button)  # read with the guessed mapping
    _reviewed(qtbot, dialog)
    _click(qtbot, dialog.go_button)  # import
    task = dialog.task
    assert task is not None
    with qtbot.waitSignal(task.progressed, timeout=5000):
        pass
    assert dialog.progress.value() > 0 and dialog.progress.isVisible()
    assert dialog.cancel_button.text() == "Cancel"
    _click(qtbot, dialog.cancel_button)
    assert not dialog.isVisible()
    assert MessageBoxes.log[-1].text == "The import was cancelled. Nothing was imported."
    journal = window.bridge.journal
    assert journal.customers.count() == 1
    journal.customers.create(CustomerDraft(name="Writable again"))


@pytest.mark.logs_errors
def test_a_failed_import_is_told_and_leaves_nothing(
    qtbot: QtBot,
    make_window: WindowFactory,
    journal_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*_a: object) -> Path:
        raise OSError("read-only folder")

    window = make_window(journal_path)
    window.bridge.journal.customers.create(CustomerDraft(name="Already here"))
    exported = journal_path.parent / "all.json"  # a JSON import into it: backed up first
    assert _exported(qtbot, window.transfer.write_export(exported, ExportFormat.JSON, None))
    monkeypatch.setattr(store_backup, "backup_journal", broken)
    dialog = _open(window, exported)
    _reviewed(qtbot, dialog)
    assert dialog.review is not None
    dialog.review.include_duplicates.setChecked(True)  # its own export: all duplicates
    _click(qtbot, dialog.go_button)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    shown = MessageBoxes.log[-1]
    assert shown.kind == "warning" and "could not back up" in shown.text
    assert window.bridge.journal.customers.count() == 1


def test_an_unreadable_file_is_refused_before_any_dialog(
    make_window: WindowFactory, journal_path: Path, tmp_path: Path
) -> None:
    window = make_window(journal_path)
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 400)
    assert opened_import(window, binary) is None
    assert "binary" in MessageBoxes.log[-1].text


def _exported(qtbot: QtBot, task: Task | None) -> bool:
    """Wait for an export running in the background; True when it wrote its file."""
    assert task is not None
    qtbot.waitUntil(lambda: task.outcome is not None, timeout=10_000)
    qtbot.wait(1)
    return task.outcome == "finished"


def test_export_offers_the_current_customer_and_writes_the_file(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, tmp_path: Path
) -> None:
    window = make_window(journal_path)
    cid = window.bridge.journal.customers.create(CustomerDraft(name="Ada Lovelace"))
    window.customer_list.select(cid)
    dialog = window.transfer.export(window.page.customer_id)
    assert _unnamed(dialog) == []
    assert dialog.one.isEnabled() and "Ada Lovelace" in dialog.one.text()
    assert dialog.format.count() == len(ExportFormat)
    dialog.reject()
    target = tmp_path / "ada.vcf"
    assert _exported(qtbot, window.transfer.write_export(target, ExportFormat.VCARD, cid))
    assert "FN:Ada Lovelace" in target.read_text(encoding="utf-8")
    assert MessageBoxes.log[-1].text == "Exported 1 customer to ada.vcf."
    failed = window.transfer.write_export(tmp_path / "no" / "x.json", ExportFormat.JSON, None)
    assert not _exported(qtbot, failed)
    assert MessageBoxes.log[-1].kind == "warning"


def test_the_file_menu_has_import_and_export(
    make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "&Import…" in texts and "E&xport…" in texts


def test_a_json_export_imports_into_another_journal(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    first = make_window(tmp_path / "a" / "first.rapport")
    first.bridge.journal.customers.create(CustomerDraft(name="Ada Lovelace", tags=("vip",)))
    exported = tmp_path / "all.json"
    assert _exported(qtbot, first.transfer.write_export(exported, ExportFormat.JSON, None))
    second = make_window(tmp_path / "b" / "second.rapport")
    dialog = _open(second, exported)
    _reviewed(qtbot, dialog)
    assert dialog.review is not None
    assert "with their entries, stage changes and check-ins" in dialog.review.summary.text()
    _click(qtbot, dialog.go_button)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert second.bridge.journal.customers.get(1).tags == ("vip",)


def test_closing_the_window_while_importing_rolls_back(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, tmp_path: Path
) -> None:
    window = make_window(journal_path)
    dialog = _open(window, _big_csv(tmp_path / "big.csv", 1500))
    _click(qtbot, dialog.go_button)
    _reviewed(qtbot, dialog)
    _click(qtbot, dialog.go_button)
    assert dialog.task is not None
    with qtbot.waitSignal(dialog.task.progressed, timeout=5000):
        pass
    dialog.close()
    assert MessageBoxes.log[-1].text == "The import was cancelled. Nothing was imported."
    assert window.bridge.journal.customers.count() == 0


def _rows(table: QTableWidget) -> set[tuple[str, ...]]:
    return {
        tuple(table.item(r, c).text() for c in range(table.columnCount()))
        for r in range(table.rowCount())
    }


def test_the_review_shows_what_is_left_out_and_what_went_where_and_enter_imports_the_good(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    dialog = _open(window, FIXTURES / "google-contacts.csv")
    assert dialog.mapping is not None
    _click(qtbot, dialog.go_button)
    _reviewed(qtbot, dialog)
    review = dialog.review
    assert review is not None
    assert review.bad.rowCount() == 1 and review.bad.item(0, 0).text() == "line 8"
    assert "left out" in review.bad_label.text()
    where = review.where
    assert where.isVisible()
    rows = _rows(where)
    # issue 15: these now land on the person instead of About
    assert ("Nickname", "Person: note, as “Nickname: …”", "1") in rows
    assert ("E-mail 2 - Value", "Person: e-mails", "1") in rows
    assert ("First Name", "Name", "4") in rows  # the duplicate at line 9 is left out
    review.include_duplicates.setChecked(True)
    assert ("First Name", "Name", "5") in _rows(where)
    review.include_duplicates.setChecked(False)
    assert _unnamed(dialog) == []
    assert dialog.go_button.isDefault() and dialog.go_button.text() == "&Import 5 good customers"
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # the default: import the good ones
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert MessageBoxes.log[-1].text == "Imported 5 customers."
    journal = window.bridge.journal
    firm = journal.customers.find("Jürgen Weiß")[0]  # issue 15: found by its person
    assert firm.name == "Weiß & Söhne GmbH"
    assert journal.people.of(firm.id)[0].note == "Nickname: Jo"  # on the person now


def test_a_card_with_an_unreadable_line_is_imported_with_its_warning_shown(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    dialog = _open(window, FIXTURES / "iphone-3.0.vcf")
    _reviewed(qtbot, dialog)
    review = dialog.review
    assert review is not None
    assert not review.bad.isVisible()
    assert review.warnings.isVisible() and review.warnings.rowCount() == 1
    assert [review.warnings.item(0, c).text() for c in range(3)] == [
        "line 21",
        "Grace Hopper",
        "Rapport could not read this line (is its colon missing?); it is kept in “About”",
    ]
    assert dialog.go_button.text() == "&Import 3 customers"
    grab = dialog.grab()
    assert not grab.isNull()


def test_the_review_offers_rows_of_one_organisation_as_one_relationship(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    dialog = _open(window, FIXTURES / "google-one-company.csv")
    _click(qtbot, dialog.go_button)
    _reviewed(qtbot, dialog)
    review = dialog.review
    assert review is not None and review.groups.isVisible()
    assert review.groups.rowCount() == 1
    assert review.groups.item(0, 0).text() == "Café Lindeboom"
    assert review.groups.item(0, 1).text() == "Jens de Vries, Marieke Bakker, Piet Smit"
    choice = review.groups.cellWidget(0, 2)
    assert isinstance(choice, QComboBox)
    assert choice.currentText() == "One relationship with 3 people"
    assert "2 relationships to import" in review.summary.text()
    assert dialog.go_button.text() == "&Import 2 customers"
    choice.setCurrentIndex(1)  # separate
    assert "4 relationships to import" in review.summary.text()
    assert dialog.go_button.text() == "&Import 4 customers"
    choice.setCurrentIndex(0)
    _click(qtbot, dialog.go_button)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert MessageBoxes.log[-1].text == "Imported 2 customers."
