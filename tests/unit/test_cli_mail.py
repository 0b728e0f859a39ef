"""`rapport mail FILE`: a saved e-mail lands in its customer's journal, files and all."""

from __future__ import annotations

from pathlib import Path

import pytest

from rapport.cli import run
from rapport.domain.customers import CustomerDraft
from rapport.domain.kinds import EntryKind
from rapport.store import Journal

MAIL = Path(__file__).parents[1] / "fixtures" / "mail"


def _journal(path: Path) -> tuple[int, int]:
    journal = Journal.open(path)
    jens = journal.customers.create(
        CustomerDraft(name="Café Lindeboom", email="info@lindeboom.example, Jens@Lindeboom.example")
    )
    other = journal.customers.create(CustomerDraft(name="Bakkerij Verhoef"))
    journal.close()
    return jens, other


def test_a_reply_goes_to_the_customer_whose_address_is_on_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "journal.rapport"
    jens, _other = _journal(path)
    source = MAIL / "reply_with_attachment.eml"
    assert run(["--journal", str(path), "mail", str(source)]) == 0
    assert "Added “Re: Order for the terrace season” to Café Lindeboom, 1 attachment" in (
        capsys.readouterr().out
    )
    journal = Journal.open(path)
    try:
        (entry,) = [i.entry for i in journal.timeline.page(jens) if i.entry]
        assert entry.kind is EntryKind.MESSAGE and entry.title.startswith("Re: Order")
        assert entry.occurred_at.isoformat() == "2026-03-03T13:12:09+00:00"
        assert "Shall I put you down" not in entry.body  # the quoted history stays in the file
        files = journal.attachments.on_entry(entry.id)
        assert [f.filename for f in files] == ["quote-2026-03.pdf", "reply_with_attachment.eml"]
        assert journal.attachments.data(files[1].id) == source.read_bytes()
    finally:
        journal.close()


def test_an_outlook_message_is_taken_in_like_an_eml(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "journal.rapport"
    jens, _other = _journal(path)
    source = MAIL / "outlook_sent.msg"
    assert run(["--journal", str(path), "mail", str(source)]) == 0
    assert "Added “Bestellung für die Terrasse — 咖啡豆の注文” to Café Lindeboom" in (
        capsys.readouterr().out
    )
    journal = Journal.open(path)
    try:
        (entry,) = [i.entry for i in journal.timeline.page(jens) if i.entry]
        assert entry.occurred_at.isoformat() == "2026-03-03T13:12:09+00:00"
        files = journal.attachments.on_entry(entry.id)
        assert [f.filename for f in files] == ["Angebot März.pdf", "outlook_sent.msg"]
        assert journal.attachments.data(files[1].id) == source.read_bytes()
    finally:
        journal.close()


def test_a_message_that_matches_nobody_is_said_and_can_be_given_a_customer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "journal.rapport"
    _jens, other = _journal(path)
    source = MAIL / "latin1.eml"
    assert run(["--journal", str(path), "mail", str(source)]) == 2
    err = capsys.readouterr().err
    assert "No customer has an address on “latin1.eml” (juergen@koeln.example" in err
    assert "--customer" in err
    assert run(["--journal", str(path), "mail", str(source), "--customer", "Verhoef"]) == 0
    journal = Journal.open(path)
    try:
        (entry,) = [i.entry for i in journal.timeline.page(other) if i.entry]
        assert entry.title == "Lieferung für März"
    finally:
        journal.close()


def test_a_file_that_is_no_mail_adds_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "journal.rapport"
    jens, _other = _journal(path)
    bad = tmp_path / "notes.eml"
    bad.write_text("just some words\n")
    assert run(["--journal", str(path), "mail", str(bad), "--customer", "#1"]) == 2
    assert "is not an e-mail Rapport can read" in capsys.readouterr().err
    journal = Journal.open(path)
    try:
        assert [i.entry for i in journal.timeline.page(jens) if i.entry] == []
    finally:
        journal.close()


def test_the_people_on_a_message_are_those_who_took_part(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from rapport.domain.people import Labelled, PersonDraft

    path = tmp_path / "journal.rapport"
    journal = Journal.open(path)
    cafe = journal.customers.create(CustomerDraft(name="Café Lindeboom"))
    for name, address in (("Jens Visser", "JENS@lindeboom.example"), ("Lotte Bos", "")):
        emails = (Labelled("work", address),) if address else ()
        journal.people.add(cafe, PersonDraft(name=name, emails=emails, main=not address))
    journal.our_people.add("Marieke Janssens")
    journal.close()
    assert run(["--journal", str(path), "mail", str(MAIL / "outlook_sent.msg")]) == 0
    journal = Journal.open(path)
    try:
        (entry,) = [i.entry for i in journal.timeline.page(cafe) if i.entry]
        # the sender, matched by address (in any case); not the main contact, who was not on it
        assert journal.participants.of([entry.id])[entry.id][1] == ["Jens Visser"]
    finally:
        journal.close()
