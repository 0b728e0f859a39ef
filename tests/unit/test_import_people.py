"""Issue 15, item 8: address books come in as relationships with people, and go out as people."""

from __future__ import annotations

from datetime import date

from storehelp import raw_rows
from transferhelp import FIXTURES, plan_of

from rapport.domain.people import Labelled
from rapport.store import Journal
from rapport.store.records import CustomerRecord
from rapport.transfer.exporting import ExportFormat, chunks
from rapport.transfer.plan import ImportPlan

PEOPLE = FIXTURES


def _run(steps: object) -> object:
    while True:
        try:
            next(steps)  # type: ignore[call-overload]
        except StopIteration as done:
            return done.value


def _customers(journal: Journal) -> list[CustomerRecord]:
    ids = raw_rows(journal, "SELECT id FROM customer WHERE deleted_at IS NULL ORDER BY id")
    return [journal.customers.get(row[0]) for row in ids]


def _import(journal: Journal, plan: ImportPlan) -> None:
    _run(journal.transfer.run(plan, "contacts"))


def test_google_rows_of_one_company_are_offered_as_one_relationship_with_three_people(
    journal: Journal,
) -> None:
    plan = plan_of(PEOPLE / "google-one-company.csv")
    [group] = plan.groups
    assert group.organisation == "Café Lindeboom" and group.together  # case and spaces ignored
    assert [m.draft.name for m in group.members] == ["Jens de Vries", "Marieke Bakker", "Piet Smit"]
    assert len(plan.relationships()) == 2  # the café, and Lena on her own
    _import(journal, plan)
    cafe, lena = sorted(_customers(journal), key=lambda c: c.name)
    assert (cafe.name, cafe.organisation, cafe.email, cafe.phone, cafe.role) == (
        "Café Lindeboom",
        "",
        "",
        "",
        "",
    )  # shaped like a migrated relationship: the details are on the people
    assert cafe.address == "Lindenstraat 4, 1015 Amsterdam"
    people = journal.people.of(cafe.id)
    assert [(p.name, p.main) for p in people] == [
        ("Jens de Vries", True),
        ("Marieke Bakker", False),
        ("Piet Smit", False),
    ]
    jens, marieke, _ = people
    assert jens.emails == (
        Labelled("work", "jens@lindeboom.example"),
        Labelled("home", "jens.devries@mail.example"),
    )  # not "a, b" in one field
    assert jens.phones == (
        Labelled("mobile", "+31 6 1234 5678"),
        Labelled("work", "+31 20 123 4567"),
    )
    assert jens.birthday == date(1979, 3, 14)
    assert marieke.role == "Manager (Front of house)"
    assert marieke.note == "Nickname: Mies\nBirthday: --07-02"  # no year: kept, not dropped
    assert [p.name for p in journal.people.of(lena.id)] == ["Dr. Lena Hofmann"]
    assert (lena.name, lena.organisation) == ("Lena Hofmann", "")  # named after her person
    assert [c.name for c in journal.customers.find("Marieke")] == ["Café Lindeboom"]


def test_the_owner_may_keep_the_rows_of_a_group_separate(journal: Journal) -> None:
    plan = plan_of(PEOPLE / "google-one-company.csv")
    plan.groups[0].together = False
    assert len(plan.relationships()) == 4
    _import(journal, plan)
    names = sorted((c.name, c.organisation) for c in _customers(journal))
    assert ("Jens de Vries", "Café Lindeboom") in names and len(names) == 4
    assert all(len(journal.people.of(c.id)) == 1 for c in _customers(journal))


def test_an_outlook_csv_gives_labelled_phones_and_a_us_birthday(journal: Journal) -> None:
    plan = plan_of(PEOPLE / "outlook-one-company.csv")
    assert plan.kind == "Outlook CSV" and len(plan.groups) == 1
    _import(journal, plan)
    [roastery] = _customers(journal)
    ahmed, youssef = journal.people.of(roastery.id)
    assert roastery.name == "Benali Roastery"
    assert (ahmed.name, ahmed.role, ahmed.birthday) == (
        "Mr. Ahmed Benali",
        "Sales rep (Sales)",
        date(1980, 5, 17),
    )
    assert ahmed.phones == (
        Labelled("work", "+33 4 72 00 00 01"),
        Labelled("mobile", "+33 6 12 34 56 78"),
    )
    assert [e.value for e in ahmed.emails] == ["ahmed@benali.example", "ahmed.b@mail.example"]
    assert youssef.birthday is None  # Outlook's "0/0/00"
    assert roastery.about == "Calls on Mondays."


def test_vcards_with_several_emails_phones_a_birthday_and_an_organisation_card(
    journal: Journal,
) -> None:
    plan = plan_of(PEOPLE / "people-3.0.vcf")
    assert plan.bad == [] and len(plan.groups) == 1
    _import(journal, plan)
    roastery, zon = sorted(_customers(journal), key=lambda c: c.name != "Roastery Noord")
    anna, sem = journal.people.of(roastery.id)
    assert anna.name == "Dr. Anna Maria Visser" and anna.role == "Head buyer (Purchasing)"
    assert anna.emails == (
        Labelled("work", "anna@noord.example"),
        Labelled("home", "anna.visser@mail.example"),
    )
    assert anna.phones == (
        Labelled("mobile", "+31 6 3456 7890"),
        Labelled("work", "+31 50 123 4567"),
        Labelled("fax", "+31 50 123 4568"),
    )
    assert (anna.birthday, anna.note) == (date(1982, 6, 21), "Nickname: Annie")
    assert sem.name == "Sem Kok"
    # the company card is an organisation without people; it keeps its own e-mail and phone
    assert (zon.name, zon.email, zon.phone) == (
        "Bakkerij Zon",
        "info@zon.example",
        "+31 20 765 4321",
    )
    assert journal.people.of(zon.id) == []
    assert len(raw_rows(journal, "SELECT id FROM person")) == 2


def test_vcard_export_writes_a_card_per_person_and_a_company_card(journal: Journal) -> None:
    _import(journal, plan_of(PEOPLE / "people-3.0.vcf"))
    text = "".join(chunks(journal.transfer.snapshot(), ExportFormat.VCARD))
    cards = text.split("END:VCARD\r\n")[:-1]
    assert len(cards) == 3
    anna = next(c for c in cards if "Anna" in c)
    assert "N:Visser;Anna Maria;;Dr.;\r\n" in anna
    assert "ORG:Roastery Noord\r\n" in anna
    assert "EMAIL;TYPE=WORK:anna@noord.example\r\n" in anna
    assert "TEL;TYPE=CELL:+31 6 3456 7890\r\n" in anna
    assert "BDAY:1982-06-21\r\n" in anna
    zon = next(c for c in cards if "Zon" in c)
    assert "X-ABSHOWAS:COMPANY\r\n" in zon and "KIND:org\r\n" in zon and "N:;;;;\r\n" in zon
    again = plan_of_text(text)
    assert [len(g.members) for g in again.groups] == [2]  # comes back as one relationship


def test_csv_export_writes_a_row_per_person_and_imports_back_grouped(journal: Journal) -> None:
    _import(journal, plan_of(PEOPLE / "google-one-company.csv"))
    text = "".join(chunks(journal.transfer.snapshot(), ExportFormat.CSV_CUSTOMERS))
    lines = text.removeprefix("\ufeff").splitlines()
    assert len(lines) == 1 + 4  # header, three people of the café, Lena
    assert any(
        line.startswith(
            "Jens de Vries,Café Lindeboom,Owner,jens@lindeboom.example; jens.devries@mail.example,"
        )
        for line in lines
    )
    again = plan_of_text(text, "people.csv")
    [group] = again.groups
    assert len(group.members) == 3
    [cafe] = [r for r in again.relationships() if r.people and len(r.people) == 3]
    assert cafe.draft.name == "Café Lindeboom"
    assert cafe.draft.about == "Buys the house blend every fortnight."  # once, not per person
    assert cafe.people[0].emails[1].value == "jens.devries@mail.example"
    assert cafe.people[0].birthday == date(1979, 3, 14)


def plan_of_text(text: str, name: str = "people.vcf") -> ImportPlan:
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_text(text, encoding="utf-8")
        return plan_of(path)


def test_importing_the_same_address_book_again_finds_every_person_as_a_duplicate(
    journal: Journal,
) -> None:
    """The journal's e-mails live on its people now, so duplicates are looked for there."""
    _import(journal, plan_of(PEOPLE / "google-one-company.csv"))
    again = plan_of(PEOPLE / "google-one-company.csv", existing=journal.transfer.existing())
    assert len(again.duplicates) == 4
    assert "already in your journal" in again.duplicates[0].reason
    assert again.relationships() == []
