"""The meeting brief window: the same one page, private entries on request, saved as PDF."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from printhelp import NOW, pdf_pages, story
from pytestqt.qtbot import QtBot

from msgboxes import MessageBoxes
from rapport.store import Journal
from rapport.ui.brief_dialog import BriefDialog, show_brief
from rapport.ui.main_window import MainWindow


def test_the_brief_window_previews_saves_and_includes_private_on_request(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    cid = story(journal)
    dialog = BriefDialog(journal, cid, now=NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Meeting brief — Café Lindeboom"
    assert dialog.preview.pageCount() == 1
    dialog.grab().save(str(tmp_path / "brief.png"))
    saved = dialog.save_pdf(tmp_path / "brief")
    assert saved == tmp_path / "brief.pdf"
    (page,) = pdf_pages(saved)
    assert "Secret margin" not in page
    dialog.include_private.setChecked(True)
    assert dialog.preview.pageCount() == 1
    (page,) = pdf_pages(dialog.save_pdf(tmp_path / "with-private.pdf") or b"")
    assert "Secret margin" in page


def test_a_customer_gone_is_said_not_shown(qtbot: QtBot, journal: Journal) -> None:
    assert show_brief(journal, 4242) is None
    assert MessageBoxes.log[-1].title == "The brief cannot be shown"


def test_ctrl_b_opens_the_brief_of_the_customer_shown(
    qtbot: QtBot, make_window: Callable[[Path], MainWindow], journal_path: Path
) -> None:
    from PySide6.QtCore import Qt

    from rapport.domain.customers import CustomerDraft

    window = make_window(journal_path)
    cid = window.bridge.journal.customers.create(CustomerDraft(name="Marieke Janssens"))
    window.customer_list.select(cid)
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(window.findChildren(BriefDialog)), timeout=3000)
    (dialog,) = window.findChildren(BriefDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    assert "Marieke Janssens" in dialog.windowTitle()
    dialog.close()
