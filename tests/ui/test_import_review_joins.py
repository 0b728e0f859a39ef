"""Issue 15 leftovers: the import preview says which people join a relationship that is
already in the journal (instead of a second one being made)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from rapport.domain.customers import CustomerDraft
from rapport.domain.people import PersonDraft
from rapport.store import Journal
from rapport.transfer.opening import open_file
from rapport.transfer.plan import read_plan, run_to_end
from rapport.ui.dialogs.import_review import ReviewPage

CSV = (
    "First Name,Last Name,Organization Name,Organization Title\n"
    "Lena,Smit,cafe lindeboom,Manager\n"
    "Tom,Bos,Café Lindeboom,Barista\n"
    "Ada,Peeters,Bakkerij Peeters,Owner\n"
)


def test_the_preview_lists_the_people_who_join_a_known_organisation(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    cafe = journal.customers.create(CustomerDraft(name="Café Lindeboom"))
    journal.people.add(cafe, PersonDraft(name="Jens de Vries", main=True))
    path = tmp_path / "contacts.csv"
    path.write_text(CSV, encoding="utf-8")
    plan = run_to_end(read_plan(open_file(path), journal.transfer.existing()))
    page = ReviewPage(plan)
    qtbot.addWidget(page)
    page.show()
    assert page.joining.isVisible()
    assert page.joining_label.text() == (
        "1 relationship already in the journal: the people below join it, no second one is made:"
    )
    cells = [page.joining.item(0, c).text() for c in range(2)]
    assert cells == ["Café Lindeboom", "Lena Smit, Tom Bos"]
    assert "2 relationships to import" in page.summary.text()  # the bakery, and the café's

    choice = page.groups.cellWidget(0, 2)
    assert isinstance(choice, QComboBox)
    choice.setCurrentIndex(1)  # kept apart: each one a relationship of their own
    assert not plan.groups[0].together
    assert not page.joining.isVisible()
