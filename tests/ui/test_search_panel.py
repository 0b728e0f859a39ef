"""Search as you type (Ctrl+K): ranked hits with highlighted words; Enter opens the entry."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.domain.kinds import EntryKind
from rapport.store.search import MATCH_START, SearchHit
from rapport.ui.main_window import MainWindow
from rapport.ui.search_panel import SearchPanel
from rapport.ui.search_rows import HitDelegate, hit_html

WindowFactory = Callable[[Path], MainWindow]


def _fill(window: MainWindow) -> tuple[int, int]:
    journal = window.bridge.journal
    now = datetime.now(UTC)
    ada = journal.customers.create(CustomerDraft(name="Ada Lovelace", organisation="Engines"))
    bob = journal.customers.create(CustomerDraft(name="Bob Stone"))
    journal.entries.add(
        EntryDraft(
            customer_id=bob, occurred_at=now, kind=EntryKind.CALL, body="Talked about rye or spelt."
        )
    )
    entry = journal.entries.add(
        EntryDraft(
            customer_id=ada,
            occurred_at=now - timedelta(days=3),
            kind=EntryKind.MEETING,
            title="Tasting",
            body="She loved the Ethiopian roast and wants a winter blend.",
        )
    )
    return ada, entry


def test_ctrl_k_searches_as_you_type_and_enter_opens_the_entry(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    ada, entry = _fill(window)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    panel = window.findChild(SearchPanel)
    assert panel is not None and panel.isVisible()
    qtbot.keyClicks(panel.box, "ethiop")  # a prefix of the last word finds it
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    hit = panel.model.hit(0)
    assert hit.entry_id == entry and hit.customer_name == "Engines"  # Ada is its person
    assert MATCH_START in hit.snippet

    qtbot.keyClick(panel.box, Qt.Key.Key_Return)
    assert not panel.isVisible()
    assert window.page.customer_id == ada
    current = window.page.current_item()
    assert current is not None and current.entry is not None and current.entry.id == entry


def test_hostile_text_is_searched_as_words(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    _fill(window)
    panel = window.search_panel()
    for text in ('"unbalanced', "NEAR(a b", "title:*", "rye OR", "(((", "^", "🙂 漢字"):
        panel.box.setText(text)
        panel.run()  # never raises
    panel.box.setText("rye OR")
    panel.run()
    assert [panel.model.hit(r).customer_name for r in range(panel.model.rowCount())] == [
        "Bob Stone"
    ]


def test_filters_narrow_the_results(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    _fill(window)
    panel = window.search_panel()
    panel.box.setText("roast")
    panel.run()
    assert panel.model.rowCount() == 1
    panel.kind.setCurrentIndex(panel.kind.findData(EntryKind.CALL.value))
    panel.run()
    assert panel.model.rowCount() == 0
    assert "Nothing found" in panel.status.text()


def test_user_text_in_a_hit_cannot_become_markup() -> None:
    hit = SearchHit(
        customer_id=1,
        customer_name="<script>x</script>",
        entry_id=2,
        occurred_at=datetime.now(UTC),
        kind=EntryKind.NOTE,
        title="<b>bold?</b>",
        snippet=f"a {MATCH_START}<i>b</i>\ufdd1 c",
        private=False,
        relevance=1.0,
    )
    html = hit_html(hit, "gray")
    assert "<script>" not in html and "<i>" not in html and "&lt;i&gt;" in html
    assert "<b>&lt;i&gt;b&lt;/i&gt;</b>" in html


def test_each_row_shows_its_own_hit_search_after_search(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    """The rows' documents are made once per hit: a new search never shows an old row."""
    window = make_window(journal_path)
    _fill(window)
    panel = window.search_panel()
    panel.start()
    delegate = panel.results.itemDelegate()
    assert isinstance(delegate, HitDelegate)
    for word, shown in (("rye", "spelt"), ("ethiop", "winter"), ("rye", "spelt")):
        panel.box.setText(word)
        panel.run()
        panel.results.viewport().repaint()
        option = QStyleOptionViewItem()
        option.rect = panel.results.visualRect(panel.model.index(0))
        option.palette = panel.results.palette()
        doc = delegate._doc(option, panel.model.hit(0))  # what row 0 is painted from
        assert shown in doc.toPlainText()
        assert doc.textWidth() == max(200, option.rect.width())


def test_a_keystroke_lays_out_the_rows_in_sight_and_the_rest_as_the_list_scrolls(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    """The owner waits for the rows they can see, not for a whole page of 50 laid out."""
    window = make_window(journal_path)
    journal = window.bridge.journal
    cid = journal.customers.create(CustomerDraft(name="Hartmann Bakery"))
    now = datetime.now(UTC)
    for n in range(60):
        journal.entries.add(
            EntryDraft(cid, now - timedelta(hours=n), title=f"Visit {n}", body=f"Rye order {n}.")
        )
    panel = window.search_panel()
    panel.start()
    delegate = panel.results.itemDelegate()
    assert isinstance(delegate, HitDelegate)
    asked: list[int] = []
    search = journal.search.search
    journal.search.search = (  # type: ignore[method-assign]
        lambda *a, **k: asked.append(panel.model.rowCount()) or search(*a, **k)
    )
    panel.box.setText("rye")
    panel.run()
    panel.results.viewport().repaint()
    assert panel.results.visualRect(panel.model.index(0)).isValid()  # painted at once
    in_sight = panel.results.viewport().height() // panel.results.sizeHintForRow(0) + 1
    assert in_sight <= panel.model.rowCount() <= 2 * in_sight < 50
    assert len(delegate._docs) <= panel.model.rowCount()
    assert "50+" in panel.status.text()
    # Scrolling on shows the rest of the page, then asks the store for the next one.
    qtbot.waitUntil(lambda: (panel.results.scrollToBottom(), panel.model.rowCount() == 60)[1])
    assert len(asked) == 2 and asked[1] == 50
    assert "Visit 49" in panel.model.data(panel.model.index(49))


def test_the_arrow_keys_go_on_past_the_rows_first_shown(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    """Rows held back for speed are never out of the keyboard's reach."""
    window = make_window(journal_path)
    journal = window.bridge.journal
    cid = journal.customers.create(CustomerDraft(name="Hartmann Bakery"))
    now = datetime.now(UTC)
    for n in range(40):
        journal.entries.add(EntryDraft(cid, now - timedelta(hours=n), body=f"Rye order {n}."))
    panel = window.search_panel()
    panel.start()
    panel.box.setText("rye")
    panel.run()
    assert panel.model.rowCount() < 30
    for _ in range(30):
        QTest.keyClick(panel.box, Qt.Key.Key_Down)
    assert panel.results.currentIndex().row() == 30
