"""vCards from phones and address books: every value kept where the owner sees it."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

import pytest
from transferhelp import FIXTURES, plan_of

from rapport.transfer.plan import ImportPlan
from rapport.transfer.rows import Candidate


def _one(plan: ImportPlan, name: str) -> Candidate:
    found = [c for c in plan.candidates if c.draft.name == name]
    assert len(found) == 1, [c.draft.name for c in plan.candidates]
    return found[0]


def test_an_iphone_card_keeps_prefix_nickname_birthday_unit_and_second_email(
    caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    caplog.set_level(logging.DEBUG)
    plan = plan_of(FIXTURES / "iphone-3.0.vcf")
    assert plan.bad == []
    grace = _one(plan, "Grace Hopper")
    draft = grace.draft
    assert draft.organisation == "Navy Computing Lab"
    assert draft.email == "grace@navy.example"  # the first e-mail stays the e-mail
    assert draft.role == "Director"
    assert draft.address == "1 Navy Way, 22202 Arlington, VA, United States"
    assert draft.about == (
        "Invented the first compiler. Ask about COBOL training, Tuesdays.\n"
        "\n"
        "Line Rapport could not read: EMAIL;TYPE=work grace@cobol.example"
    )
    # issue 15: prefix, suffix, nickname, birthday, unit and second e-mail are the person's
    person = grace.person
    assert person is not None
    assert person.name == "Rear Adm. Grace Hopper PhD"
    assert person.role == "Director (Programming Languages)"
    assert person.note == "Nickname: Amazing Grace"
    assert person.birthday == date(1906, 12, 9)
    assert [(e.label, e.value) for e in person.emails] == [
        ("", "grace@navy.example"),
        ("home", "grace.hopper@home.example"),
    ]
    # the unreadable line is a warning on the card, with the line it really is on
    assert [str(n) for n in grace.notices] == [
        "line 21: Rapport could not read this line (is its colon missing?); it is kept in “About”"
    ]
    assert [c.draft.name for c in plan.candidates] == [
        "Grace Hopper",
        "Acme Widgets Ltd",
        "Pat O'Brien",
    ]
    assert _one(plan, "Acme Widgets Ltd").draft.organisation == "Acme Widgets Ltd"
    # nothing of the card reached the log or the terminal
    said = caplog.text + "".join(capsys.readouterr())
    assert "grace@cobol.example" not in said and "Skipped" not in said


def test_the_preview_lists_what_went_where_and_what_was_left_out() -> None:
    plan = plan_of(FIXTURES / "iphone-3.0.vcf")
    where = {(p.origin, p.destination): p.customers for p in plan.placements()}
    assert where[("FN", "Name")] == 3
    assert where[("ORG", "Organisation")] == 3
    assert where[("ORG", "Person: role")] == 1  # issue 15: on the person now
    assert where[("EMAIL", "Person: e-mails")] == 2
    assert where[("N", "Person: name")] == 1
    assert where[("NICKNAME", "Person: note, as “Nickname: …”")] == 1
    assert where[("BDAY", "Person: birthday")] == 1
    assert where[("PHOTO", "not imported")] == 1
    assert where[("X-SOCIALPROFILE", "not imported")] == 1
    assert not any(origin in ("VERSION", "PRODID", "X-ABLABEL") for origin, _ in where)


def test_a_vcard_4_keeps_the_second_email_on_the_person() -> None:
    plan = plan_of(FIXTURES / "contacts-4.0.vcf")
    found = _one(plan, "Ana María Núñez")
    ana = found.draft
    assert ana.email == "ana@cafeazul.example"
    assert ana.about == "Prefers WhatsApp. Orders every second Monday."  # issue 15
    assert found.person is not None
    assert [(e.label, e.value) for e in found.person.emails] == [
        ("work", "ana@cafeazul.example"),
        ("home", "ana.nunez@correo.example"),
    ]


def test_commas_a_writer_forgot_to_escape_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "outlook.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:O'Brien, Pat\r\nN:O'Brien;Pat;;;\r\n"
        "TITLE:Owner, head buyer\r\nNOTE:Met at the fair, liked the roast\r\n"
        "NICKNAME:Paddy,Patch\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    found = plan_of(path).candidates[0]
    pat = found.draft
    assert pat.name == "O'Brien, Pat"
    assert pat.role == "Owner, head buyer"
    assert pat.about == "Met at the fair, liked the roast"
    assert found.person is not None and found.person.note == "Nickname: Paddy, Patch"  # issue 15


def test_a_second_email_still_finds_the_duplicate_in_the_journal() -> None:
    from rapport.transfer.duplicates import Existing

    plan = plan_of(
        FIXTURES / "iphone-3.0.vcf",
        existing=[Existing(1, "Grace", "", "GRACE.HOPPER@home.example")],
    )
    assert [d.candidate.draft.name for d in plan.duplicates] == ["Grace Hopper"]
