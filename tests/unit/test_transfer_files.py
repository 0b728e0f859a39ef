"""Importing the real-looking sample files: Google, Outlook (UTF-16), a European CSV, vCards."""

from __future__ import annotations

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
    assert maria.email == "maria@bluedoor.example, orders@bluedoor.example"  # " ::: " split
    assert maria.phone == "+44 7700 900123"
    assert maria.address == "12 Harbour Street\nBristol BS1 4RN\nUnited Kingdom"
    assert maria.website == "https://bluedoor.example"
    assert maria.tags == ("Wholesale", "Cafés")  # "* myContacts" is a system group
    assert maria.about.startswith("Met at the Lagos food fair.\nLikes")
    weiss = _draft(plan, "Jürgen Weiß")
    assert weiss.address == "Hauptstraße 5, 10115 Berlin, Germany"  # from the parts
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
    assert ahmed.role == "Head buyer"  # "Title" is "Mr."
    assert ahmed.organisation == "Benali Imports"
    assert ahmed.phone == "+33 4 72 00 00 00, +33 6 12 34 56 78"
    assert ahmed.address == "Rue de la République 8, Bâtiment B, 69002 Lyon, France"
    assert ahmed.tags == ("Wholesale", "VIP")  # Outlook separates categories with ";"
    assert ahmed.website == "benali.example"
    assert _draft(plan, "Siobhán Ní Bhriain").phone == "+353 21 000 0000"
    assert _draft(plan, "Tom Baker").email == "tom@bakerbros.example, tom.baker@home.example"
    assert plan.bad == [] and plan.duplicates == []


def test_a_european_cp1252_csv_with_semicolons_is_guessed_and_checked() -> None:
    plan = plan_of(FIXTURES / "generic.csv")
    assert (plan.kind, plan.encoding) == ("CSV", "cp1252")
    amelie = _draft(plan, "Amélie Dupont")
    assert amelie.account_value == Decimal("12500.00")  # "12.500,00"
    assert amelie.tags == ("cafés", "Paris")
    assert plan.candidates[0].stage is Stage.COMPATIBILITY
    assert _draft(plan, "Bob Smith").about == 'Wants quotes "by Friday"'
    reasons = {b.line: b.reason for b in plan.bad}
    assert set(reasons) == {4, 5, 6}
    assert "“lots” is not an amount" in reasons[4]
    assert "“Best friends” is not a lifecycle stage" in reasons[5]
    assert "9 cells where the header has 11" in reasons[6]


def test_vcard_3_with_folding_groups_and_escapes() -> None:
    plan = plan_of(FIXTURES / "contacts-3.0.vcf")
    maria = _draft(plan, "Maria Okafor")
    assert maria.organisation == "Blue Door Café"
    assert maria.email == "maria@bluedoor.example, orders@bluedoor.example"
    assert maria.address == "12 Harbour Street, BS1 4RN Bristol, United Kingdom"  # unfolded
    assert maria.about == (
        "Met at the Lagos food fair, liked the Ethiopian roast.\n"
        "Ask about the wholesale price list."
    )
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
