"""Importing the real-looking sample files: Google, Outlook (UTF-16), a European CSV, vCards."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from transferhelp import FIXTURES, plan_of

from rapport.domain.customers import CustomerDraft
from rapport.domain.stages import Stage
from rapport.transfer.duplicates import Existing
from rapport.transfer.plan import ImportPlan


def _draft(plan: ImportPlan, name: str) -> CustomerDraft:
    found = [c.draft for c in plan.candidates if c.draft.name == name]
    assert len(found) >= 1, name
    return found[0]


def test_google_contacts_csv_maps_its_real_headers() -> None:
    plan = plan_of(FIXTURES / "google-contacts.csv")
    assert plan.kind == "Google Contacts CSV"
    assert plan.encoding == "utf-8"
    maria = _draft(plan, "Maria Okafor")
    assert maria.organisation == "Blue Door Café"
    assert maria.role == "Owner"
    assert maria.email == "maria@bluedoor.example"  # the first of " ::: "
    assert maria.phone == "+44 7700 900123"
    assert maria.address == "12 Harbour Street\nBristol BS1 4RN\nUnited Kingdom"
    assert maria.website == "https://bluedoor.example"
    assert maria.tags == ("Wholesale", "Cafés")  # "* myContacts" is a system group
    # issue 15: a second e-mail and the other details land on the person, not in About
    assert maria.about == "Met at the Lagos food fair.\nLikes the Ethiopian roast."
    person = next(c.person for c in plan.candidates if c.draft.name == "Maria Okafor")
    assert person is not None
    assert [(e.label, e.value) for e in person.emails] == [
        ("work", "maria@bluedoor.example"),
        ("work", "orders@bluedoor.example"),
    ]
    assert [(p.label, p.value) for p in person.phones] == [("mobile", "+44 7700 900123")]
    weiss = _draft(plan, "Jürgen Weiß")
    assert weiss.address == "Hauptstraße 5, 10115 Berlin, Germany"  # from the parts
    assert (weiss.role, weiss.email) == ("Einkaufsleiter", "j.weiss@soehne.example")
    assert weiss.about == ""
    jo = next(c.person for c in plan.candidates if c.draft.name == "Jürgen Weiß")
    assert jo is not None
    assert (jo.name, jo.role, jo.note) == (
        "Dr. Jürgen Weiß",
        "Einkaufsleiter (Einkauf)",
        "Nickname: Jo",
    )
    assert jo.birthday == date(1970, 4, 1)
    assert [e.value for e in jo.emails] == ["j.weiss@soehne.example", "juergen@weiss.example"]
    where = {(p.origin, p.destination): p.customers for p in plan.placements()}
    assert where[("First Name", "Name")] == 4  # of the customers to import: not line 9
    assert where[("E-mail 1 - Value", "Person: e-mails")] == 3
    assert where[("E-mail 2 - Value", "Person: e-mails")] == 1
    assert where[("Organization Department", "Person: role")] == 1
    assert where[("Birthday", "Person: birthday")] == 1
    assert not any(origin.endswith(" - Label") for origin, _ in where)  # qualifiers
    assert _draft(plan, "Northwind Traders").organisation == "Northwind Traders"  # no person
    assert _draft(plan, "Eve Hacker").about == "=cmd|' /C calc'!A0"  # text, never run
    assert [str(b) for b in plan.bad] == ["line 8: it has no name and no organisation"]
    assert [(d.candidate.line, d.reason) for d in plan.duplicates] == [
        (9, "same email as “Maria Okafor” at line 2")
    ]
    assert len(plan.importable()) == 5 and len(plan.importable(include_duplicates=True)) == 6


def test_outlook_csv_in_utf16_is_read_and_its_title_column_is_not_a_job() -> None:
    raw = (FIXTURES / "outlook-contacts.csv").read_bytes()
    assert raw[:2] == b"\xff\xfe"  # Outlook's "Unicode" CSV
    plan = plan_of(FIXTURES / "outlook-contacts.csv")
    assert (plan.kind, plan.encoding) == ("Outlook CSV", "utf-16")
    ahmed = _draft(plan, "Ahmed Benali")
    assert ahmed.role == "Head buyer"  # "Title" is "Mr.", part of the person's name
    assert ahmed.about == "Prefers calls before 10am."  # issue 15: the rest is on the person
    person = next(c.person for c in plan.candidates if c.draft.name == "Ahmed Benali")
    assert person is not None
    assert (person.name, person.role) == ("Mr. Ahmed Benali", "Head buyer (Purchasing)")
    assert [(p.label, p.value) for p in person.phones] == [
        ("work", "+33 4 72 00 00 00"),
        ("mobile", "+33 6 12 34 56 78"),
    ]
    assert ahmed.organisation == "Benali Imports"
    assert ahmed.phone == "+33 4 72 00 00 00, +33 6 12 34 56 78"
    assert ahmed.address == "Rue de la République 8, Bâtiment B, 69002 Lyon, France"
    assert ahmed.tags == ("Wholesale", "VIP")  # Outlook separates categories with ";"
    assert ahmed.website == "benali.example"
    assert _draft(plan, "Siobhán Ní Bhriain").phone == "+353 21 000 0000"
    tom = _draft(plan, "Tom Baker")
    assert tom.email == "tom@bakerbros.example"
    assert tom.about == "Account value discussed: €40k"
    tom_person = next(c.person for c in plan.candidates if c.draft.name == "Tom Baker")
    assert tom_person is not None
    assert [e.value for e in tom_person.emails] == [
        "tom@bakerbros.example",
        "tom.baker@home.example",
    ]
    assert plan.bad == [] and plan.duplicates == []
    left_out = {p.origin for p in plan.placements() if p.destination == "not imported"}
    assert left_out == set()  # Outlook's placeholders ("0/0/00", "Normal") are not values


def test_outlook_birthday_and_the_placeholder_date() -> None:
    plan = plan_of(FIXTURES / "outlook-short-rows.csv")
    grace, anouk, _ = (c.draft for c in plan.candidates)
    # issue 15: prefix, birthday (Outlook's month/day/year), department and e-mail on the person
    assert grace.about == "Met at the Navy conference, wants the compiler course."
    person = plan.candidates[0].person
    assert person is not None and person.birthday == date(1906, 12, 9)
    assert (person.name, person.role) == ("Mrs. Grace B. Hopper", "Director (Compilers)")
    assert [e.value for e in person.emails] == ["grace@cobol.example", "grace.hopper@home.example"]
    assert anouk.about == ""  # "0/0/00" is Outlook's "no birthday"


def test_a_european_cp1252_csv_with_semicolons_is_guessed_and_checked() -> None:
    plan = plan_of(FIXTURES / "generic.csv")
    assert (plan.kind, plan.encoding) == ("CSV", "cp1252")
    amelie = _draft(plan, "Amélie Dupont")
    assert amelie.account_value == Decimal("12500.00")  # "12.500,00"
    assert amelie.tags == ("cafés", "Paris")
    assert plan.candidates[0].stage is Stage.COMPATIBILITY
    assert _draft(plan, "Bob Smith").about == 'Wants quotes "by Friday"'
    reasons = {b.line: b.reason for b in plan.bad}
    assert set(reasons) == {4, 5}
    assert "“lots” is not an amount" in reasons[4]
    assert "“Best friends” is not a lifecycle stage" in reasons[5]
    assert _draft(plan, "Erik Berg").organisation == "Berg AB"  # 9 of 11 cells: the rest empty


def test_vcard_3_with_folding_groups_and_escapes() -> None:
    plan = plan_of(FIXTURES / "contacts-3.0.vcf")
    maria = _draft(plan, "Maria Okafor")
    assert maria.organisation == "Blue Door Café"
    assert maria.email == "maria@bluedoor.example"
    assert maria.address == "12 Harbour Street, BS1 4RN Bristol, United Kingdom"  # unfolded
    assert maria.about == (
        "Met at the Lagos food fair, liked the Ethiopian roast.\n"
        "Ask about the wholesale price list."
    )  # issue 15: department and second e-mail are the person's
    person = next(c.person for c in plan.candidates if c.draft.name == "Maria Okafor")
    assert person is not None and person.role == "Owner (Kitchen)"
    assert [e.value for e in person.emails][1] == "orders@bluedoor.example"
    assert maria.tags == ("Wholesale", "Cafés")
    assert _draft(plan, "Northwind Traders").phone == "+1 206-555-0100"
    assert [str(b) for b in plan.bad] == ["card at line 28: it has no name and no organisation"]
    assert [d.candidate.line for d in plan.duplicates] == [42]  # same name and organisation


def test_vcard_4_with_tel_uris_and_a_truncated_last_card() -> None:
    plan = plan_of(FIXTURES / "contacts-4.0.vcf")
    ana = _draft(plan, "Ana María Núñez")
    assert ana.phone == "+34-600-123-456"  # "tel:" taken off
    assert ana.address == "Calle Mayor 1, 28013 Madrid, Spain"
    assert ana.tags == ("wholesale", "Madrid")
    assert _draft(plan, "Contoso Catering").email == "events@contoso.example"
    assert _draft(plan, "Lars Ødegård").tags == ("Norway",)
    assert [b.line for b in plan.bad] == [32]
    assert "no END:VCARD" in plan.bad[0].reason


def test_duplicates_against_the_journal_by_email_or_by_name_and_organisation() -> None:
    existing = [
        Existing(1, "Someone Else", "", "ORDERS@bluedoor.example"),
        Existing(2, "northwind  traders", "NORTHWIND TRADERS", ""),
    ]
    plan = plan_of(FIXTURES / "google-contacts.csv", existing=existing)
    reasons = {d.candidate.draft.name: d.reason for d in plan.duplicates}
    assert reasons["Maria Okafor"] == "same email as “Someone Else”, already in your journal"
    assert reasons["Northwind Traders"].startswith("same name and organisation as")
