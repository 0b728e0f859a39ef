"""Notes, names and titles are text, never a way in: on every screen that shows them.

A note, a name or a title may come from someone else (a JSON import). Each screen is
shown with hostile text in it and must show the characters as typed, open no file the
text names (a tripwire FIFO stands in for `/dev/zero`), and open no link unseen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from printhelp import pdf_pages
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import (
    QPageSize,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
)
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QToolTip, QWidget
from pytestqt.qtbot import QtBot
from tripwire import Tripwire

from msgboxes import MessageBoxes
from rapport.domain.checkins import Answers, CheckIn
from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.domain.kinds import EntryKind
from rapport.reports.note_text import QuietDocument, insert_markdown
from rapport.reports.pdf_output import write_pdf
from rapport.reports.timeline_data import ReportOptions
from rapport.reports.timeline_report import TimelineReport
from rapport.store import Journal
from rapport.ui.dialogs.checkin_dialog import CheckInDialog
from rapport.ui.figure_host import FigureHost
from rapport.ui.main_window import MainWindow
from rapport.ui.search_panel import SearchPanel
from rapport.ui.search_rows import hit_html
from rapport.ui.timeline_view import row_document
from rapport.ui.today_delegate import item_html

WindowFactory = Callable[[Path], MainWindow]
NOW = datetime.now(UTC)


@pytest.fixture
def wire(tmp_path: Path) -> Iterator[Tripwire]:
    """A path that hostile text names; the test fails if anything opens it."""
    laid = Tripwire(tmp_path)
    yield laid
    laid.close()


class Hostile:
    """Hostile texts that all name the tripwire's path."""

    def __init__(self, wire: Tripwire) -> None:
        path = wire.path
        self.path = str(path)
        self.name = f'<b>Acme</b><img src="{path}">'
        self.organisation = f"<i>Org</i><img src={path}>"
        self.title = f"<h1>Big</h1><img src={path}>"
        self.lines = [
            "<script>alert(1)</script>",
            f"<img src={path}>",
            '<a href="file:///etc/passwd">here</a>',
        ]
        self.note = "\n\n".join(
            [
                "Before the trap.",
                *self.lines,
                f"![x]({path})",
                "and [x](file:///etc/passwd) and [https://a.example](https://b.example)",
                "After the trap.",
            ]
        )


@pytest.fixture
def hostile(wire: Tripwire) -> Hostile:
    return Hostile(wire)


def _shown(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What Qt shows for a label's or tooltip's text: rich text as its words."""
    rich = text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if not rich:
        return text
    doc = QTextDocument()
    doc.setHtml(text)  # no layout: nothing is loaded
    return doc.toPlainText()


def _label_shows(label: QLabel) -> str:
    return _shown(label.text(), label.textFormat())


def _customer(journal: Journal, hostile: Hostile) -> int:
    draft = CustomerDraft(
        name=hostile.name, organisation=hostile.organisation, about="\n".join(hostile.lines)
    )
    cid = journal.customers.create(draft, since=NOW - timedelta(days=120))
    journal.customers.update(cid, draft)  # both texts on the relationship, as an older one has
    return cid


def _entry(journal: Journal, cid: int, hostile: Hostile, **fields: object) -> int:
    draft = EntryDraft(
        customer_id=cid,
        occurred_at=NOW - timedelta(days=3),
        kind=EntryKind.MEETING,
        title=hostile.title,
        body=hostile.note,
        sentiment=1,
        **fields,  # type: ignore[arg-type]
    )
    return journal.entries.add(draft)


def _fragments(doc: QTextDocument) -> Iterator[tuple[str, QTextCharFormat]]:
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            yield fragment.text(), fragment.charFormat()
            it += 1
        block = block.next()


# --- the timeline and the customer page ---------------------------------------------------


def test_the_timeline_shows_a_hostile_note_as_text_and_opens_nothing(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, wire: Tripwire,
    hostile: Hostile,
) -> None:  # fmt: skip
    window = make_window(journal_path)
    journal = window.bridge.journal
    cid = _customer(journal, hostile)
    _entry(journal, cid, hostile)
    window.customer_list.select(cid)
    qtbot.waitUntil(lambda: window.page.timeline_model.rowCount() > 0)
    window.page.timeline.grab().save("/tmp/hostile-timeline.png")
    window.grab()
    assert not wire.opened

    item = next(
        window.page.timeline_model.item(row)
        for row in range(window.page.timeline_model.rowCount())
        if window.page.timeline_model.item(row).entry is not None
    )
    doc = row_document(item, window.page.timeline.palette())
    text = doc.toPlainText()
    assert hostile.title in text
    for line in hostile.lines:
        assert line in text
    assert f"[image: x ({hostile.path})]" in text
    assert "x (file:///etc/passwd)" in text  # where a link goes is written out
    assert "https://a.example (https://b.example)" in text
    for _words, char_format in _fragments(doc):
        assert not char_format.isImageFormat()
        assert not char_format.isAnchor()  # nothing to click

    name = window.page.findChild(QLabel, "customerName")
    assert name is not None and _label_shows(name) == hostile.name
    assert any(hostile.organisation in _label_shows(label) for label in _labels(window.page))
    details = window.page.findChild(QLabel, "customerDetails")
    assert details is not None
    window.page.tabs.setCurrentWidget(details)
    details.grab()
    assert not wire.opened
    for line in hostile.lines:
        assert line in _label_shows(details)


def _labels(widget: QWidget) -> list[QLabel]:
    return [label for label in widget.findChildren(QLabel) if label.isVisible()]


def test_the_printout_shows_a_hostile_note_as_text_and_opens_nothing(
    journal: Journal, tmp_path: Path, wire: Tripwire, hostile: Hostile
) -> None:
    cid = _customer(journal, hostile)
    _entry(journal, cid, hostile)
    report = TimelineReport.build(journal, cid, ReportOptions(), NOW + timedelta(days=1))
    report.page_images(dpi=40, page_size=QPageSize(QPageSize.PageSizeId.A4))
    path = tmp_path / "hostile.pdf"
    write_pdf(report, path, QPageSize(QPageSize.PageSizeId.A4))
    assert not wire.opened
    text = " ".join(pdf_pages(path))
    assert "<script>alert(1)</script>" in text
    assert "[image: x (" in text and "x (file:///etc/passwd)" in text
    assert b"/URI" not in path.read_bytes()  # no link in the PDF to click unseen


# --- search, Today, the Health tab ----------------------------------------------------------


def test_search_results_show_hostile_names_and_titles_as_text(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, wire: Tripwire,
    hostile: Hostile,
) -> None:  # fmt: skip
    window = make_window(journal_path)
    journal = window.bridge.journal
    cid = _customer(journal, hostile)
    _entry(journal, cid, hostile)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    panel = window.findChild(SearchPanel)
    assert panel is not None
    qtbot.keyClicks(panel.box, "trap")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    panel.grab().save("/tmp/hostile-search.png")
    assert not wire.opened
    hit = panel.model.hit(0)
    shown = _shown(hit_html(hit, "#777777"), Qt.TextFormat.RichText)
    assert hostile.name in shown and hostile.title in shown


def test_today_shows_hostile_names_and_titles_as_text(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, wire: Tripwire,
    hostile: Hostile,
) -> None:  # fmt: skip
    journal = Journal.open(journal_path)
    cid = _customer(journal, hostile)
    _entry(journal, cid, hostile, follow_up_on=(NOW - timedelta(days=1)).date())
    journal.close()
    window = make_window(journal_path)
    qtbot.waitUntil(lambda: not window.today.busy and bool(window.today.model.items()))
    window.today.grab().save("/tmp/hostile-today.png")
    assert not wire.opened
    item = next(i for i in window.today.model.items() if i.title == hostile.title)
    shown = _shown(item_html(item, "#777777"), Qt.TextFormat.RichText)
    assert hostile.name in shown and hostile.title in shown


def test_the_health_tab_shows_a_hostile_check_in_note_as_text(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, wire: Tripwire,
    hostile: Hostile,
) -> None:  # fmt: skip
    window = make_window(journal_path)
    journal = window.bridge.journal
    cid = _customer(journal, hostile)
    note = "\n".join(hostile.lines)
    journal.checkins.add(CheckIn(cid, NOW - timedelta(days=1), Answers(trust=4), note))
    window.customer_list.select(cid)
    window.page.tabs.setCurrentWidget(window.page.health)
    qtbot.waitUntil(lambda: hostile.lines[0] in window.page.health.toPlainText())
    window.page.health.grab()
    assert not wire.opened
    for line in hostile.lines:
        assert line in window.page.health.toPlainText()


# --- tooltips on the charts -----------------------------------------------------------------


def _tooltip_after_hover(host: FigureHost, key: tuple[str, int]) -> str:
    """Point at a mark (as matplotlib reports a pointer's move) and read the tooltip shown."""
    from matplotlib.backend_bases import MouseEvent

    host.canvas.draw()
    mark = host.chart.find(key)  # type: ignore[union-attr]
    assert mark is not None
    x, y = host.chart.display_xy(mark)  # type: ignore[union-attr]
    move = MouseEvent("motion_notify_event", host.canvas, x, y)
    host.canvas.callbacks.process("motion_notify_event", move)
    assert host.hovered == mark
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "qtooltip_label" and widget.isVisible():
            widget.grab()
    return QToolTip.text()


def test_chart_and_portfolio_tooltips_show_hostile_titles_and_names_as_text(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, wire: Tripwire,
    hostile: Hostile,
) -> None:  # fmt: skip
    window = make_window(journal_path)
    journal = window.bridge.journal
    cid = _customer(journal, hostile)
    entry_id = _entry(journal, cid, hostile)
    window.customer_list.select(cid)
    window.page.tabs.setCurrentWidget(window.page.chart)
    view = window.page.chart.view
    assert view is not None
    qtbot.waitUntil(lambda: view.host.chart is not None)
    tip = _tooltip_after_hover(view.host, ("entry", entry_id))
    assert _shown(tip).startswith(hostile.title + "\n")

    action = next(a for a in window.actions() if a.text() == "&Portfolio")
    action.trigger()
    portfolio = window.portfolio
    assert portfolio is not None
    qtbot.waitUntil(lambda: portfolio.render_count == 1)
    tip = _tooltip_after_hover(portfolio.host, ("customer", cid))
    assert _shown(tip).startswith(hostile.name + "\n")
    portfolio.close()
    assert not wire.opened


# --- dialogs and questions that name the customer ----------------------------------------


def test_the_check_in_dialog_names_a_hostile_customer_as_text(
    qtbot: QtBot, wire: Tripwire, hostile: Hostile
) -> None:
    dialog = CheckInDialog(1, hostile.name, on_save=lambda _c: True)
    qtbot.addWidget(dialog)
    dialog.grab()
    assert not wire.opened
    assert any(hostile.name in _label_shows(label) for label in dialog.findChildren(QLabel))


def test_a_question_names_a_hostile_customer_as_text(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, wire: Tripwire,
    hostile: Hostile,
) -> None:  # fmt: skip
    window = make_window(journal_path)
    cid = _customer(window.bridge.journal, hostile)
    seen: list[str] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, look)
            return
        box.grab()
        seen.extend(_label_shows(label) for label in box.findChildren(QLabel))
        box.reject()

    MessageBoxes.reset(recording=False)
    QTimer.singleShot(0, look)
    assert window.controller.delete_customer(cid) is False
    assert not wire.opened
    assert f"{hostile.name} and every entry about them go to the trash." in seen


# --- the one place a note becomes a document ------------------------------------------------


def test_a_note_keeps_its_markdown_and_loses_only_what_could_reach_out(wire: Tripwire) -> None:
    asked: list[object] = []

    class Spy(QuietDocument):
        def loadResource(self, type: int, name: object) -> object:
            asked.append(name)
            return super().loadResource(type, name)

    doc = Spy()
    note = "\n\n".join(
        [
            "# Plan",
            "**bold** [*mail*](mailto:a@b.example) <https://c.example>",
            f"- one ![]({wire.path}) ![shot]({wire.path})",
            "| a | b |\n|---|---|\n| [x](file:///etc/passwd) | 2 |",
        ]
    )
    insert_markdown(QTextCursor(doc), note)
    doc.setTextWidth(400)
    doc.size()  # laid out: anything left to load would be loaded now
    assert not wire.opened and asked == []
    text = doc.toPlainText()
    assert "mail (mailto:a@b.example)" in text and "https://c.example" in text
    assert "(https://c.example)" not in text  # the words already say where it goes
    assert f"[image: shot ({wire.path})]" in text
    assert "x (file:///etc/passwd)" in text
    assert doc.begin().blockFormat().headingLevel() == 1
    assert any(f.fontWeight() == 700 for words, f in _fragments(doc) if words == "bold")
    assert doc.rootFrame().childFrames()  # the table is still a table
    assert not any(f.isAnchor() or f.isImageFormat() for _words, f in _fragments(doc))


def test_a_journal_in_a_hostile_folder_is_named_as_text(
    qtbot: QtBot, wire: Tripwire, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Settings → Journal names the journal's folder; a folder's name is no markup."""
    from rapport.ui.settings.journal_page import JournalPage

    monkeypatch.chdir(wire.path.parent)  # a relative image would be the tripwire
    hostile = f'<img src="{wire.path.name}">'
    folder = wire.path.parent / hostile
    folder.mkdir()
    page = JournalPage(folder / "<b>journal.rapport")
    qtbot.addWidget(page)
    page.show()
    shown = " ".join(label.text() for label in page.findChildren(QLabel))
    rendered = QTextDocument()
    for label in page.findChildren(QLabel):
        if label.textFormat() != Qt.TextFormat.PlainText:
            rendered.setHtml(label.text())
            shown += " " + rendered.toPlainText()
    assert "<b>journal.rapport" in shown
    assert hostile in shown
    assert not wire.opened


@pytest.mark.parametrize(
    "note",
    [
        "Plain words, **bold**, a list:\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |",
        "See www.example.com for it",
        "Mail ada@example.com today",
        "Open http://example.com/x",
        "![plan](plan.png) and [site](https://example.com)",
    ],
)
def test_a_note_without_links_takes_the_short_way_and_reads_the_same(note: str) -> None:
    """Notes with nothing to defuse skip the scratch document; the result is the same."""
    from rapport.reports import note_text

    fast, safe = QuietDocument(), QuietDocument()
    insert_markdown(QTextCursor(fast), note)
    scratch = QuietDocument()
    QTextCursor(scratch).insertMarkdown(note, note_text.MARKDOWN)
    note_text._defuse(scratch)
    QTextCursor(safe).insertFragment(QTextDocumentFragment(scratch))
    assert fast.toHtml() == safe.toHtml()
    assert _anchors(fast) == []  # never a live link, whichever way it went


def _anchors(document: QTextDocument) -> list[str]:
    found = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isAnchor():
                found.append(fmt.anchorHref())
            it += 1
        block = block.next()
    return found
