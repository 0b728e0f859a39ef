"""Encodings: UTF-8 with and without BOM, UTF-16 (Outlook), cp1252, and refusals in words."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from transferhelp import plan_of

from rapport.transfer.decoding import decode
from rapport.transfer.errors import TransferError

TEXT = "Name,Company\r\nZoë Ærø,Café Ünïcode\r\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("utf-32"), "utf-32"),
        (TEXT.encode("cp1252"), "cp1252"),
    ],
)
def test_every_encoding_an_address_book_writes_gives_the_same_text(
    data: bytes, encoding: str, tmp_path: Path
) -> None:
    decoded = decode(data)
    assert (decoded.text, decoded.encoding) == (TEXT, encoding)
    path = tmp_path / "people.csv"
    path.write_bytes(data)
    assert [c.draft.name for c in plan_of(path).candidates] == ["Zoë Ærø"]


def test_utf8_is_preferred_to_cp1252_so_accents_are_not_mangled() -> None:
    assert decode("Café".encode()).text == "Café"  # not "CafÃ©"


def test_bytes_no_known_encoding_fits_are_refused_with_a_way_out() -> None:
    with pytest.raises(TransferError) as caught:
        decode(b"Name\r\nA\x81B\r\n", "“x.csv”")
    assert "“x.csv” is not in a text encoding Rapport can read" in caught.value.message
    assert "byte 0x81 at position 7" in caught.value.message
    assert "UTF-8" in caught.value.hint


def test_a_damaged_utf16_file_is_refused() -> None:
    with pytest.raises(TransferError) as caught:
        decode(codecs.BOM_UTF16_LE + "Name\r\n".encode("utf-16-le") + b"\x00\xdc")
    assert "damaged" in caught.value.message


def test_a_binary_file_is_refused_not_imported_as_rubbish() -> None:
    with pytest.raises(TransferError) as caught:
        decode(b"\x89PNG\r\n\x1a\n" + b"\x00" * 500 + b"IHDR")
    assert "binary" in caught.value.message


def test_missing_empty_and_headerless_files_say_so(tmp_path: Path) -> None:
    with pytest.raises(TransferError, match="could not be read"):
        plan_of(tmp_path / "nope.csv")
    (tmp_path / "empty.csv").write_bytes(b"\xef\xbb\xbf \r\n")
    with pytest.raises(TransferError, match="is empty"):
        plan_of(tmp_path / "empty.csv")
    (tmp_path / "cards.vcf").write_text("Name,Email\n")
    with pytest.raises(TransferError, match="no vCards"):
        plan_of(tmp_path / "cards.vcf")
