"""Bytes to text: the encodings address books really export, tried in a safe order.

Google writes UTF-8 (sometimes with a byte-order mark), Outlook "Unicode" exports are
UTF-16, and older Windows programs write cp1252. UTF-8 is tried before cp1252 because
a cp1252 decode of UTF-8 never fails and would quietly turn "é" into "Ã©". A file that
is none of these is refused with a message instead of being imported as mojibake.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from rapport.i18n import Words, formats
from rapport.transfer.errors import TransferError

DecodingText = Words("DecodingText")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Share of NUL characters above which decoded text is taken for a binary file.
_BINARY_NUL_SHARE = 0.05


@dataclass(frozen=True)
class Decoded:
    """A file's text and the encoding it was read with (shown in the import report)."""

    text: str
    encoding: str


def decode(data: bytes, name: str = "") -> Decoded:
    """Decode an import file; raise TransferError when no known encoding fits.

    `name` starts the messages (the file's name in quotes); by default "The file".
    """
    name = name or DecodingText.tr("The file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(_strict(data, encoding, name), encoding, name)
    guessed = _utf16_without_bom(data)
    if guessed is not None:
        return _checked(_strict(data, guessed, name), guessed, name)
    try:
        return _checked(data.decode("utf-8"), "utf-8", name)
    except UnicodeDecodeError:
        pass
    try:
        return _checked(data.decode("cp1252"), "cp1252", name)
    except UnicodeDecodeError as exc:
        raise TransferError(
            DecodingText.tr(
                "{name} is not in a text encoding Rapport can read "
                "(byte {byte} at position {position} fits neither UTF-8, "
                "UTF-16 nor Windows-1252)."
            ).format(
                name=name,
                byte=f"0x{data[exc.start]:02X}",
                position=formats().number(exc.start, 0),
            ),
            _save_as_utf8(),
        ) from None


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise TransferError(
            DecodingText.tr(
                "{name} says it is {encoding} but is damaged at byte {position} "
                "(perhaps it was cut short or edited as another encoding)."
            ).format(
                name=name,
                encoding=encoding.upper().replace("-SIG", ""),
                position=formats().number(exc.start, 0),
            ),
            _save_as_utf8(),
        ) from None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark: most text then has a NUL in every other byte."""
    sample = data[:4096]
    pairs = len(sample) // 2
    if pairs < 2 or len(data) % 2:
        return None
    even = sum(1 for i in range(0, pairs * 2, 2) if sample[i] == 0)
    odd = sum(1 for i in range(1, pairs * 2, 2) if sample[i] == 0)
    if odd > pairs * 0.4 and even < pairs * 0.05:
        return "utf-16-le"
    if even > pairs * 0.4 and odd < pairs * 0.05:
        return "utf-16-be"
    return None


def _checked(text: str, encoding: str, name: str) -> Decoded:
    """Refuse text that is mostly NULs: a binary file (a picture, a database) was chosen."""
    nuls = text.count("\x00")
    if nuls > 16 and nuls > len(text) * _BINARY_NUL_SHARE:
        raise TransferError(
            DecodingText.tr(
                "{name} looks like a binary file, not a CSV, vCard or Rapport JSON file."
            ).format(name=name),
            DecodingText.tr("Choose the file your contacts program exported."),
        )
    return Decoded(text.removeprefix("\ufeff"), encoding)


def _save_as_utf8() -> str:
    return DecodingText.tr(
        "Save it again as UTF-8 (in Excel: Save As → “CSV UTF-8”; in Outlook or a contacts "
        "app: export as CSV or vCard), then import that file."
    )
