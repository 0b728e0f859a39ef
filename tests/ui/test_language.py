"""Rapport in German: the main window, Qt's own buttons, dates and numbers, the switch."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from rapport import app, i18n
from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.domain.kinds import EntryKind
from rapport.domain.stages import Stage
from rapport.languages import apply_language, resolve
from rapport.settings_model import Language
from rapport.store import Journal
from rapport.ui.main_window import MainWindow

WindowFactory = Callable[[Path], MainWindow]


@pytest.fixture
def german() -> Iterator[None]:
    """The app speaking German, as after choosing Deutsch in Settings."""
    assert apply_language("de") == "de"
    yield
    apply_language("en")


def _journal_with_a_customer(path: Path) -> Path:
    journal = Journal.open(path)
    customer_id = journal.customers.create(CustomerDraft(name="Kaffeehaus Anna"))
    journal.entries.add(
        EntryDraft(
            customer_id=customer_id,
            occurred_at=datetime.now(UTC) - timedelta(days=3),
            kind=EntryKind.COMPLAINT,
            title="Bohnen zu spät",
            body="Die Lieferung kam zwei Tage zu spät.",
        )
    )
    journal.close()
    return path


def _texts(window: QWidget) -> str:
    """Everything a window says: menus, labels, buttons, and the screens' own words."""
    words = [action.text() for action in window.findChildren(type(window.menuBar().actions()[0]))]
    words += [label.text() for label in window.findChildren(QLabel)]
    return "\n".join(words)


def test_the_main_window_speaks_german(
    german: None, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(_journal_with_a_customer(journal_path))
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:3] == ["&Datei", "&Bearbeiten", "&Ansicht"]
    assert "E&xtras" in menus and "&Hilfe" in menus
    said = _texts(window)
    assert "Heute" in said
    assert "Today" not in said


def test_german_uses_german_dates_numbers_and_qts_own_buttons(german: None) -> None:
    assert QLocale().language() == QLocale.Language.German
    assert i18n.formats().day(date(2026, 5, 3)) == "3. Mai 2026"
    assert i18n.formats().number(1234.5, 1) == "1.234,5"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"


def test_stage_names_and_counts_follow_the_language(german: None) -> None:
    assert Stage.CONFLICT.label == "Konflikt"
    assert Stage.DEEPER_UNDERSTANDING.label == "Tieferes Verständnis"


def test_english_needs_no_catalogue_and_keeps_its_words() -> None:
    assert apply_language("en") == "en"
    assert Stage.CONFLICT.label == "Conflict"
    assert resolve("system", QLocale(QLocale.Language.German, QLocale.Country.Austria)) == "de"
    assert resolve("system", QLocale(QLocale.Language.French, QLocale.Country.France)) == "en"


def test_saving_a_language_rebuilds_the_window_in_it_and_the_next_start_keeps_it(
    qtbot: QtBot, journal_path: Path
) -> None:
    session = app.start_app(_journal_with_a_customer(journal_path))
    assert session is not None and session.window is not None
    try:
        first = session.window
        assert first.menuBar().actions()[0].text() == "&File"
        dialog = first.preferences.show_settings()
        choice = dialog.appearance_page.language
        assert [choice.itemText(i) for i in range(1, choice.count())] == ["English", "Deutsch"]
        choice.setCurrentIndex(choice.findData(Language.GERMAN.value))
        dialog.accept()
        qtbot.waitUntil(lambda: session.window is not first)
        assert session.window.menuBar().actions()[0].text() == "&Datei"
        assert session.journal is not None and session.journal.path == journal_path
    finally:
        session.close()
    again = app.start_app(journal_path)
    assert again is not None and again.window is not None
    try:
        assert again.window.menuBar().actions()[0].text() == "&Datei"
    finally:
        again.close()
        apply_language("en")


def test_the_printed_timeline_is_german_too(german: None, journal: Journal, tmp_path: Path) -> None:
    from printhelp import NOW, pdf_pages, story
    from PySide6.QtGui import QPageSize

    from rapport.reports.pdf_output import write_pdf
    from rapport.reports.timeline_data import ReportOptions
    from rapport.reports.timeline_report import TimelineReport

    report = TimelineReport.build(journal, story(journal), ReportOptions(), NOW)
    pages = write_pdf(report, tmp_path / "de.pdf", QPageSize(QPageSize.PageSizeId.A4))
    text = pdf_pages(tmp_path / "de.pdf")
    assert f"Seite 1 von {pages}" in text[0]
    assert "Gedruckt am 1. Dezember 2025 mit Rapport" in text[0]
    assert "Neuer Kunde" in text[0]  # the reason Rapport stored in English


def test_a_number_of_days_in_settings_takes_its_plural(german: None, qtbot: QtBot) -> None:
    from rapport.ui.settings.rules_page import RulesPage

    page = RulesPage()
    qtbot.addWidget(page)
    page.check_in.setValue(1)
    assert page.check_in.text() == "1 Tag"
    page.check_in.setValue(30)
    assert page.check_in.text() == "30 Tage"


def test_a_note_being_written_keeps_its_window_when_the_language_changes(
    qtbot: QtBot, journal_path: Path
) -> None:
    from msgboxes import MessageBoxes

    session = app.start_app(_journal_with_a_customer(journal_path))
    assert session is not None and session.window is not None
    try:
        first = session.window
        dialog = first.controller.new_entry(1)
        assert dialog is not None
        dialog.body.setPlainText("Half a thought about the delivery")
        MessageBoxes.answers.append(False)  # "Discard this entry?" — no, keep writing
        store = first.preferences.app_settings
        prefs = store.prefs()
        store.save(replace(prefs, appearance=replace(prefs.appearance, language=Language.GERMAN)))
        qtbot.waitUntil(lambda: bool(MessageBoxes.log))  # told why the window stays
        assert session.window is first and dialog.isVisible()
        assert dialog.body.toPlainText() == "Half a thought about the delivery"
    finally:
        dialog.body.clear()
        session.close()
