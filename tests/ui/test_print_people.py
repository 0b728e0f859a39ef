"""The printout says who is at the relationship and who took part in each entry."""

from __future__ import annotations

from datetime import UTC, datetime

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.domain.people import PersonDraft, RelationshipKind
from rapport.reports import print_text
from rapport.reports.timeline_data import ReportOptions, gather
from rapport.store import Journal

NOW = datetime(2026, 5, 1, 12, tzinfo=UTC)


def test_the_printout_names_the_people_and_who_took_part(journal: Journal) -> None:
    cid = journal.customers.create(
        CustomerDraft(name="Jens", organisation="Café Lindeboom", role="Owner", phone="1")
    )
    journal.customers.set_kind(cid, RelationshipKind.SUPPLIER)
    lena = journal.people.add(cid, PersonDraft(name="Lena"))
    marieke = journal.our_people.me()
    assert marieke is not None
    journal.our_people.rename(marieke.id, "Marieke")
    eid = journal.entries.add(
        EntryDraft(customer_id=cid, occurred_at=datetime(2026, 4, 2, tzinfo=UTC), body="Tasting")
    )
    journal.participants.put(eid, [marieke.id], [lena])
    data = gather(journal, cid, ReportOptions(include_chart=False), NOW)
    assert data.took_part == {eid: "Marieke · with Lena"}
    title = print_text.title_html(data)
    assert "Jens (Owner)" in title and "Lena" in title and "Supplier" in title
    (entry,) = data.groups[-1].entries
    assert "Marieke · with Lena" in print_text.entry_meta_html(entry, data.took_part[eid])
