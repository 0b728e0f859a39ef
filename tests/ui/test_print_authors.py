"""The printed timeline of a team journal says who wrote each entry and who edited it last."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from printhelp import NOW, pdf_pages
from PySide6.QtGui import QPageSize

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.domain.stages import Stage
from rapport.reports.pdf_output import write_pdf
from rapport.reports.timeline_data import ReportOptions
from rapport.reports.timeline_report import TimelineReport
from rapport.store import Journal
from rapport.store.server import ServerLocation
from rapport.store.team import add_user, init_team

T0 = datetime(2025, 3, 10, 9, 30, tzinfo=UTC)


def _printed(journal: Journal, cid: int, tmp_path: Path) -> str:
    report = TimelineReport.build(journal, cid, ReportOptions(include_chart=False), NOW)
    path = tmp_path / "report.pdf"
    write_pdf(report, path, QPageSize(QPageSize.PageSizeId.A4))
    return " ".join(pdf_pages(path))


def test_a_team_journals_printout_names_each_entrys_author_and_editor(
    pg_location: ServerLocation, tmp_path: Path
) -> None:
    init_team(pg_location)
    add_user(pg_location, "jens")
    add_user(pg_location, "maria")
    jens = Journal.open(replace(pg_location, user="jens"))
    maria = Journal.open(replace(pg_location, user="maria"))
    try:
        cid = jens.customers.create(CustomerDraft(name="Greta Olsen"))
        eid = jens.entries.add(EntryDraft(customer_id=cid, occurred_at=T0, body="Called her."))
        entry = maria.entries.get(eid)
        fields = {f: getattr(entry, f) for f in EntryDraft.__dataclass_fields__}
        maria.entries.update(eid, EntryDraft(**{**fields, "body": "Called her back."}), base=entry)
        jens.entries.add(EntryDraft(customer_id=cid, occurred_at=T0.replace(day=12), body="Sent."))
        maria.entries.change_stage(cid, Stage.COMPATIBILITY, T0.replace(day=11))
        text = _printed(jens, cid, tmp_path)
    finally:
        jens.close()
        maria.close()
    assert "by jens · edited by maria Called her back." in text
    assert "by jens Sent." in text
    assert "by maria" in text[text.find("Compatibility") :]  # the stage change's author


def test_a_journal_files_printout_names_no_author(journal: Journal, tmp_path: Path) -> None:
    cid = journal.customers.create(CustomerDraft(name="Greta Olsen"))
    journal.entries.add(EntryDraft(customer_id=cid, occurred_at=T0, body="Called her."))
    text = _printed(journal, cid, tmp_path)
    assert "Called her." in text and " by " not in text
