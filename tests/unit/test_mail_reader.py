"""E-mail dropped into the journal: what is read from real-shaped .eml files."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rapport.transfer.errors import TransferError
from rapport.transfer.mail import OLE_MAGIC, MailAddress, read_mail, read_mail_bytes
from rapport.transfer.mail_quotes import fold_quotes

MAIL = Path(__file__).parents[1] / "fixtures" / "mail"


def test_a_reply_keeps_the_new_text_the_people_and_the_attachment() -> None:
    mail = read_mail(MAIL / "reply_with_attachment.eml")
    assert mail.subject == "Re: Order for the terrace season"
    assert mail.sent_at == datetime(2026, 3, 3, 13, 12, 9, tzinfo=UTC)
    assert mail.sender == MailAddress("Jens Visser", "jens@lindeboom.example")
    assert [a.email for a in mail.recipients] == [
        "marieke@roastery.example",
        "lena@roastery.example",
    ]
    assert mail.text.startswith("Hi Marieke,")
    assert "Twelve kilos of the house blend from April, please — and the signed quote" in mail.text
    assert "Shall I put you down" not in mail.text  # the quoted history is folded apart
    assert mail.quoted.startswith("On Mon, 2 Mar 2026") and "Shall I put you down" in mail.quoted
    (attachment,) = mail.attachments
    assert attachment.filename == "quote-2026-03.pdf"
    assert attachment.content_type == "application/pdf"
    assert attachment.data.startswith(b"%PDF-1.4")


def test_an_html_only_mail_becomes_readable_text_without_scripts_or_styles() -> None:
    mail = read_mail(MAIL / "html_only.eml")
    assert mail.sender == MailAddress("Café Lindeboom", "info@lindeboom.example")
    assert "**1 April**" in mail.text and "7:30" in mail.text
    assert "Monday to Friday" in mail.text
    assert "[our site](https://lindeboom.example/hours)" in mail.text
    assert "alert(1)" not in mail.text and "color: red" not in mail.text
    assert "<" not in mail.text  # no tags left for the note to show


def test_a_latin1_mail_with_encoded_headers_reads_in_its_own_letters() -> None:
    mail = read_mail(MAIL / "latin1.eml")
    assert mail.subject == "Lieferung für März"
    assert mail.sender == MailAddress("Jürgen Müller", "juergen@koeln.example")
    assert mail.text == "Grüße aus Köln - die Lieferung kam pünktlich, danke schön!"
    assert mail.sent_at is not None
    assert mail.sent_at.utcoffset() == timedelta(hours=1)
    assert mail.sent_at.tzinfo is not None and mail.sent_at.tzinfo != UTC


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"%PDF-1.4 not a mail at all",
        b"\x89PNG\r\n\x1a\n\x00\x00",
        b"just some words\nwithout any headers\n",
        OLE_MAGIC + b"\x00" * 600,  # looks like Outlook's, but is not a message
    ],
    ids=["empty", "pdf", "png", "text", "broken-outlook"],
)
def test_a_file_that_is_no_mail_is_refused_in_words(data: bytes) -> None:
    with pytest.raises(TransferError) as raised:
        read_mail_bytes(data, "odd.eml")
    assert "“odd.eml” is not an e-mail" in raised.value.message
    assert ".eml" in raised.value.hint


def test_a_missing_or_huge_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    with pytest.raises(TransferError, match="could not be read"):
        read_mail(tmp_path / "gone.eml")
    huge = tmp_path / "huge.eml"
    with huge.open("wb") as handle:
        handle.truncate(2 * 1024**3)  # 2 GB, sparse: nothing is read
    with pytest.raises(TransferError, match="too large"):
        read_mail(huge)


def test_quotes_answered_line_by_line_stay_in_the_text() -> None:
    text = "> Price per kilo?\n14 euro.\n> Delivery?\nThursdays.\n"
    assert fold_quotes(text) == (text.strip(), "")


def test_an_outlook_reply_folds_at_its_header_block() -> None:
    text = "Fine by us.\n\nFrom: Marieke <m@r.example>\nSent: Monday\nTo: Jens\nSubject: x\n\nOld"
    new, quoted = fold_quotes(text)
    assert new == "Fine by us."
    assert quoted.startswith("From: Marieke")


def test_a_bare_forward_keeps_the_forwarded_text_as_the_message() -> None:
    text = "-----Original Message-----\nFrom: a@b.example\nHello there"
    assert fold_quotes(text) == (text, "")


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_give_a_message_or_a_clear_refusal(data: bytes) -> None:
    try:
        mail = read_mail_bytes(data, "fuzz.eml")
    except TransferError as exc:
        assert exc.message and exc.hint
    else:
        assert isinstance(mail.text, str) and isinstance(mail.subject, str)


@settings(max_examples=200, deadline=None)
@given(
    st.text(max_size=80),
    st.text(max_size=400),
    st.sampled_from(["utf-8", "iso-8859-1", "windows-1252", "x-unknown-charset"]),
)
def test_any_headers_and_body_in_any_charset_read_without_a_crash(
    subject: str, body: str, charset: str
) -> None:
    head = f"From: a@b.example\nSubject: {subject.splitlines()[0] if subject else ''}\n"
    data = (head + f"Content-Type: text/plain; charset={charset}\n\n").encode(
        "utf-8", "replace"
    ) + body.encode("utf-8", "replace")
    try:
        mail = read_mail_bytes(data, "fuzz.eml")
    except TransferError as exc:
        assert exc.message
    else:
        assert isinstance(mail.text, str)


def test_a_forwarded_mail_is_kept_as_an_eml_attachment() -> None:
    inner = (MAIL / "latin1.eml").read_bytes()
    outer = (
        b"From: jens@lindeboom.example\nSubject: Fwd: delivery\nMIME-Version: 1.0\n"
        b'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\n'
        b"See below.\n--b\nContent-Type: message/rfc822\n\n" + inner + b"\n--b--\n"
    )
    mail = read_mail_bytes(outer, "fwd.eml")
    assert mail.text == "See below."
    (forwarded,) = mail.attachments
    assert forwarded.filename == "Lieferung für März.eml"
    assert read_mail_bytes(forwarded.data).sender == MailAddress(
        "Jürgen Müller", "juergen@koeln.example"
    )
