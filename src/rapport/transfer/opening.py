"""Opening an import file: read it, decode it, tell its format, and make its reader.

Everything that can go wrong with the file as a whole (missing, unreadable, too big,
not text, no header) ends here as one TransferError with a plain message.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from rapport.i18n import QT_TRANSLATE_NOOP, Words, formats, translate
from rapport.transfer.archive import ArchivedFiles, is_archive, read_archive
from rapport.transfer.csv_import import CsvSource, read_table
from rapport.transfer.decoding import decode
from rapport.transfer.errors import TransferError
from rapport.transfer.json_format import decode as decode_json
from rapport.transfer.rows import BadRow
from rapport.transfer.sealed import is_sealed, unseal
from rapport.transfer.snapshot import Snapshot

if TYPE_CHECKING:  # vCards (and vobject) load when a vCard file is opened
    from rapport.transfer.vcard_import import VcardSource

log = logging.getLogger("rapport.transfer")
OpeningText = Words("OpeningText")

#: Larger files are refused: no address book is this big, and it would all be in memory.
MAX_FILE_BYTES = 256 * 1024 * 1024


class Format(StrEnum):
    """The kinds of file Rapport imports and exports."""

    CSV = "csv"
    VCARD = "vcard"
    JSON = "json"

    @property
    def label(self) -> str:
        """The format's name for menus and reports."""
        return {"csv": "CSV", "vcard": "vCard", "json": "Rapport JSON"}[self.value]


_EXTENSIONS = {
    ".csv": Format.CSV,
    ".tsv": Format.CSV,
    ".txt": Format.CSV,
    ".vcf": Format.VCARD,
    ".vcard": Format.VCARD,
    ".json": Format.JSON,
}


@dataclass(frozen=True)
class JsonSource:
    """A Rapport JSON export: a whole journal (or one customer), already checked."""

    snapshot: Snapshot
    bad: list[BadRow]
    #: The files on entries an archive brings (None: a plain JSON export, no files).
    files: ArchivedFiles | None = None

    @property
    def kind(self) -> str:
        """The kind of file, for the report."""
        return translate("OpeningText", _JSON_KIND)


_JSON_KIND = QT_TRANSLATE_NOOP("OpeningText", "Rapport JSON export")


@dataclass(frozen=True)
class Opened:
    """An opened import file: its format, its encoding and its reader."""

    path: Path
    format: Format
    encoding: str
    source: CsvSource | VcardSource | JsonSource


def format_of(path: Path, text: str = "") -> Format:
    """The format a file's extension names, else the one its text looks like."""
    by_name = _EXTENSIONS.get(path.suffix.lower())
    if by_name is not None:
        return by_name
    start = text.lstrip()[:2000].casefold()
    if start.startswith("{"):
        return Format.JSON
    return Format.VCARD if "begin:vcard" in start else Format.CSV


def open_file(path: Path, fmt: Format | None = None, passphrase: str | None = None) -> Opened:
    """Read and recognise an import file; TransferError when it cannot be used at all.

    A sealed export is opened with `passphrase` first (`sealed.PassphraseNeededError`
    without one, `sealed.WrongPassphraseError` when it does not open it).
    """
    name = OpeningText.tr("“{file}”").format(file=path.name)
    files: ArchivedFiles | None = None
    try:
        with path.open("rb") as handle:
            head = handle.read(4)
    except OSError:
        head = b""  # said below, where the whole file is read
    if is_archive(head):
        data, files = read_archive(path)
        text = decode(data, name).text
        log.info("importing %s as a Rapport archive (%s files)", path, len(files.records))
        return Opened(path, Format.JSON, "UTF-8", JsonSource(*decode_json(text), files=files))
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise TransferError(
                OpeningText.tr(
                    "{name} is {size} MB; Rapport imports files up to {limit} MB."
                ).format(
                    name=name,
                    size=formats().number(size / 2**20, 0),
                    limit=formats().number(MAX_FILE_BYTES // 2**20, 0),
                ),
                OpeningText.tr("Split it into smaller files and import them one after the other."),
            )
        data = path.read_bytes()
    except OSError as exc:
        raise TransferError(
            OpeningText.tr("{name} could not be read ({reason}).").format(
                name=name, reason=exc.strerror or exc
            ),
            OpeningText.tr("Check that the file exists and that you may read it."),
        ) from exc
    if is_sealed(data):
        data = unseal(data, passphrase, name)
    decoded = decode(data, name)
    text = decoded.text
    fmt = fmt or format_of(path, text)
    log.info("importing %s as %s (%s)", path, fmt, decoded.encoding)
    if not text.strip():
        raise TransferError(
            OpeningText.tr("{name} is empty.").format(name=name),
            OpeningText.tr("Choose the file your contacts program exported."),
        )
    source: CsvSource | VcardSource | JsonSource
    if fmt is Format.CSV:
        source = CsvSource(read_table(text))
    elif fmt is Format.VCARD:
        if "begin:vcard" not in text.casefold():
            raise TransferError(
                OpeningText.tr("{name} holds no vCards (no BEGIN:VCARD line).").format(name=name)
            )
        from rapport.transfer.vcard_import import VcardSource

        source = VcardSource(text)
    else:
        source = JsonSource(*decode_json(text))
    return Opened(path, fmt, decoded.encoding, source)
