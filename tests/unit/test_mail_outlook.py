"""Outlook `.msg` files dropped into the journal, read from files written to the spec.

The fixtures are made by tests/fixtures/make_msg.py (MS-CFB + MS-OXMSG): one saved
from Sent Items (no transport headers: everything is in MAPI properties), one
received HTML-only mail (Outlook keeps its headers).
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import olefile
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rapport.transfer.errors import TransferError
from rapport.transfer.mail import MailAddress, read_mail, read_mail_bytes

MAIL = Path(__file__).parents[1] / "fixtures" / "mail"
FIXTURES = Path(__file__).parents[1] / "fixtures"
SENT = (MAIL / "outlook_sent.msg").read_bytes()


def _generator() -> Any:
    sys.path.insert(0, str(FIXTURES))
    try:
        import make_msg
    finally:
        sys.path.remove(str(FIXTURES))
    return make_msg


def test_the_fixtures_are_what_the_generator_writes_and_valid_compound_files() -> None:
    make_msg = _generator()
    for name, message in make_msg.FIXTURES.items():
        data = (MAIL / name).read_bytes()
        assert data == make_msg.message_file(message), f"{name}: run make_msg.py again"
        # olefile refuses anything the spec calls incorrect (chains, tree, sizes)
        with olefile.OleFileIO(data, raise_defects=olefile.DEFECT_INCORRECT) as ole:
            assert ole.exists("__properties_version1.0")
            assert ole.get_type("__attach_version1.0_#00000000") in (
                olefile.STGTY_STORAGE,
                False,
            )


def test_a_sent_outlook_message_keeps_subject_people_date_text_and_attachment() -> None:
    mail = read_mail(MAIL / "outlook_sent.msg")
    assert mail.subject == "Bestellung für die Terrasse — 咖啡豆の注文"
    assert mail.sent_at == datetime(2026, 3, 3, 13, 12, 9, tzinfo=UTC)
    assert mail.sender == MailAddress("Jens Visser", "jens@lindeboom.example")
    assert mail.recipients == (
        MailAddress("Marieke Janssens", "marieke@roastery.example"),
        MailAddress("Lena Bakker", "lena@roastery.example"),
        MailAddress("王伟", "wei@shanghai-tea.example"),
    )
    assert mail.text == (
        "Hallo Marieke,\n\nzwölf Kilo der Hausmischung ab April, bitte — "
        "und 王伟 möchte 咖啡豆 probieren.\n\nJens"
    )
    (attachment,) = mail.attachments
    assert attachment.filename == "Angebot März.pdf"
    assert attachment.content_type == "application/pdf"
    assert attachment.data.startswith(b"%PDF-1.4") and attachment.data.endswith(b"%%EOF\n")
    assert len(attachment.data) > 4096  # came from regular sectors, not the mini stream


def test_a_received_html_only_outlook_message_becomes_markdown() -> None:
    mail = read_mail(MAIL / "outlook_html_only.msg")
    assert mail.subject == "Neue Öffnungszeiten ab 1. April"
    assert mail.sender == MailAddress("Café Lindeboom", "info@lindeboom.example")
    assert mail.recipients == (MailAddress("Marieke Janssens", "marieke@roastery.example"),)
    assert mail.sent_at is not None
    assert mail.sent_at == datetime(2026, 3, 20, 9, 0, tzinfo=UTC) - timedelta(hours=1)
    # Markdown, as notes are written: "1." escaped so it does not start a numbered list
    assert "Ab **1\\. April** öffnen wir um 7:30." in mail.text
    assert "Montag bis Freitag" in mail.text
    assert "[unserer Seite](https://lindeboom.example/hours)" in mail.text
    assert "alert(1)" not in mail.text and "color: red" not in mail.text
    assert "<" not in mail.text
    assert mail.attachments == ()


def test_a_damaged_outlook_message_is_refused_in_words() -> None:
    data = (MAIL / "outlook_sent.msg").read_bytes()
    cut = data[: len(data) // 3]  # the directory and streams are gone
    with pytest.raises(TransferError) as raised:
        read_mail_bytes(cut, "cut.msg")
    assert "“cut.msg” is not an e-mail" in raised.value.message


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 17_919), st.integers(0, 255)), min_size=1, max_size=8))
def test_a_real_outlook_file_with_bytes_changed_reads_or_is_refused_in_words(
    changes: list[tuple[int, int]],
) -> None:
    data = bytearray(SENT)
    for at, value in changes:
        data[at % len(data)] = value
    try:
        mail = read_mail_bytes(bytes(data), "changed.msg")
    except TransferError as exc:
        assert exc.message and exc.hint
    else:
        assert isinstance(mail.text, str) and isinstance(mail.subject, str)


def test_line_breaks_in_names_and_people_without_an_address_do_not_lose_the_message() -> None:
    make_msg = _generator()
    message = make_msg.OutlookMessage(
        subject="Line\r\nbreak",
        sender=make_msg.Person("Jens\nVisser", "jens@lindeboom.example"),
        to=(make_msg.Person("Lena\r\nBakker", "lena@roastery.example"),),
        cc=(make_msg.Person("A printer", ""),),
        sent=datetime(2026, 3, 3, tzinfo=UTC),
        body="Hello",
        html=None,
    )
    mail = read_mail_bytes(make_msg.message_file(message), "odd.msg")
    assert mail.subject == "Line break"
    assert mail.recipients == (MailAddress("Lena Bakker", "lena@roastery.example"),)
    assert mail.text == "Hello"
