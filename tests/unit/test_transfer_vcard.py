"""vCards from phones and address books: every value kept where the owner sees it."""

from __future__ import annotations

import logging
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
        "Name prefix: Rear Adm.\n"
        "Name suffix: PhD\n"
        "Nickname: Amazing Grace\n"
        "Birthday: 1906-12-09\n"
        "Department: Programming Languages\n"
        "Other email: grace.hopper@home.example\n"
        "Line Rapport could not read: EMAIL;TYPE=work grace@cobol.example"
    )
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
    assert where[("ORG", "About, as “Department: …”")] == 1
    assert where[("EMAIL", "Email")] == 2
    assert where[("EMAIL", "About, as “Other email: …”")] == 1
    assert where[("N", "About, as “Name prefix: …”")] == 1
    assert where[("NICKNAME", "About, as “Nickname: …”")] == 1
    assert where[("BDAY", "About, as “Birthday: …”")] == 1
    assert where[("PHOTO", "not imported")] == 1
    assert where[("X-SOCIALPROFILE", "not imported")] == 1
    assert not any(origin in ("VERSION", "PRODID", "X-ABLABEL") for origin, _ in where)


def test_a_vcard_4_keeps_the_second_email_in_about() -> None:
    plan = plan_of(FIXTURES / "contacts-4.0.vcf")
    ana = _one(plan, "Ana María Núñez").draft
    assert ana.email == "ana@cafeazul.example"
    assert ana.about == (
        "Prefers WhatsApp. Orders every second Monday.\n\nOther email: ana.nunez@correo.example"
    )


def test_commas_a_writer_forgot_to_escape_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "outlook.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:O'Brien, Pat\r\nN:O'Brien;Pat;;;\r\n"
        "TITLE:Owner, head buyer\r\nNOTE:Met at the fair, liked the roast\r\n"
        "NICKNAME:Paddy,Patch\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    pat = plan_of(path).candidates[0].draft
    assert pat.name == "O'Brien, Pat"
    assert pat.role == "Owner, head buyer"
    assert pat.about == "Met at the fair, liked the roast\n\nNickname: Paddy, Patch"


def test_a_second_email_still_finds_the_duplicate_in_the_journal() -> None:
    from rapport.transfer.duplicates import Existing

    plan = plan_of(
        FIXTURES / "iphone-3.0.vcf",
        existing=[Existing(1, "Grace", "", "GRACE.HOPPER@home.example")],
    )
    assert [d.candidate.draft.name for d in plan.duplicates] == ["Grace Hopper"]
