"""The Rapport archive: the JSON export and the files on entries, in one zip file.

`journal.json` is the JSON export as it always was, with one more list,
`attachments` (each file's entry, name, kind, size, SHA-256, thumbnail and dates);
an older Rapport reading it skips that list. Each file's bytes are stored once, as
`files/<sha256>`. The JSON is written into the zip as it is read (never one string),
and so are the files, one at a time, so a journal with a gigabyte of files exports
in little memory. Reading checks every file against its SHA-256.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from rapport.i18n import Words
from rapport.transfer.atomic import replace_atomically
from rapport.transfer.errors import TransferError

log = logging.getLogger("rapport.transfer.archive")
ArchiveText = Words("ArchiveText")

JOURNAL = "journal.json"
FOLDER = "files/"
#: How a zip file starts (a local file header).
MAGIC = b"PK\x03\x04"
#: The largest journal.json read back (the plain JSON import's limit).
MAX_JSON_BYTES = 256 * 1024 * 1024


@runtime_checkable
class FileRows(Protocol):
    """What an archive export reads besides the rows: the files' records and bytes."""

    def attachments(self) -> Iterator[dict[str, Any]]:
        """Each attachment's record (see `attachment_record`), by id."""

    def blobs(self) -> Iterator[tuple[str, bytes]]:
        """Each file's bytes once, with its SHA-256, the attachments' files only."""


def attachment_record(
    ident: int,
    entry_id: int,
    filename: str,
    content_type: str,
    size: int,
    sha256: str,
    thumbnail: bytes | None,
    created_at: datetime,
    deleted_at: datetime | None,
) -> dict[str, Any]:
    """One attachment as the archive's JSON holds it."""
    return {
        "id": ident,
        "entry_id": entry_id,
        "filename": filename,
        "content_type": content_type,
        "size": size,
        "sha256": sha256,
        "thumbnail": base64.b64encode(thumbnail).decode("ascii") if thumbnail else None,
        "created_at": created_at.isoformat(),
        "deleted_at": deleted_at.isoformat() if deleted_at else None,
    }


def with_attachments(json_chunks: Iterable[str], files: FileRows) -> Iterator[str]:
    """The JSON export's pieces with the `attachments` list added before its last brace."""
    pending: str | None = None
    for piece in json_chunks:
        if pending is not None:
            yield pending
        pending = piece
    assert pending is not None and pending.startswith("\n}"), "the export ends its object"
    yield ',\n "attachments": ['
    for index, record in enumerate(files.attachments()):
        yield ("," if index else "") + "\n  " + json.dumps(record, ensure_ascii=False)
    yield "\n ]" + pending


def write_archive(path: Path, json_chunks: Iterable[str], files: FileRows) -> None:
    """Write the archive atomically: journal.json as it is read, then each file once."""

    def write(fd: int) -> int:
        written = 0
        with os.fdopen(fd, "wb") as handle:
            with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
                with archive.open(JOURNAL, "w", force_zip64=True) as member:
                    for piece in with_attachments(json_chunks, files):
                        written += member.write(piece.encode("utf-8"))
                for digest, data in files.blobs():
                    # Photos and PDFs are compressed already: stored, not squeezed again.
                    archive.writestr(FOLDER + digest, data, zipfile.ZIP_STORED)
                    written += len(data)
            handle.flush()
            os.fsync(handle.fileno())
        return written

    replace_atomically(path, write)
    log.info("exported an archive to %s", path)


def is_archive(head: bytes) -> bool:
    """Whether a file's first bytes are a zip file's."""
    return head.startswith(MAGIC)


@dataclass(frozen=True)
class ArchivedFiles:
    """The files an archive brings: their records, and their bytes read on demand."""

    path: Path
    records: list[dict[str, Any]] = field(default_factory=list)

    def read(self, digest: str) -> bytes | None:
        """A file's bytes, checked against its SHA-256 (None: missing or damaged)."""
        try:
            with zipfile.ZipFile(self.path) as archive:
                data = archive.read(FOLDER + digest)
        except (KeyError, OSError, zipfile.BadZipFile):
            log.warning("a file named in the archive is missing from it")
            return None
        if hashlib.sha256(data).hexdigest() != digest:
            log.warning("a file in the archive does not match its checksum")
            return None
        return data


def read_archive(path: Path) -> tuple[bytes, ArchivedFiles]:
    """The archive's journal.json bytes and its files (TransferError when it is no archive)."""
    name = ArchiveText.tr("“{file}”").format(file=path.name)
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(JOURNAL)
            if info.file_size > MAX_JSON_BYTES:
                raise TransferError(
                    ArchiveText.tr("{name} holds a journal too large to import.").format(name=name)
                )
            data = archive.read(JOURNAL)
    except (KeyError, zipfile.BadZipFile, OSError) as exc:
        log.warning("an archive could not be read: %s", type(exc).__name__)
        raise TransferError(
            ArchiveText.tr("{name} is not a Rapport archive, or it is damaged.").format(name=name),
            ArchiveText.tr("Export it from Rapport again, or import its journal.json."),
        ) from None
    try:
        document = json.loads(data)
        found = document.get("attachments", []) if isinstance(document, dict) else []
    except (ValueError, RecursionError):
        found = []  # the JSON reader says what is wrong with it
    records = (
        [r for r in found if isinstance(r, dict) and _usable(r)] if isinstance(found, list) else []
    )
    return data, ArchivedFiles(path, records)


def _usable(record: dict[str, Any]) -> bool:
    """Whether an attachment record has what an import needs, of the right kinds."""
    return (
        isinstance(record.get("entry_id"), int)
        and isinstance(record.get("filename"), str)
        and isinstance(record.get("sha256"), str)
        and len(record["sha256"]) == 64
        and all(ch in "0123456789abcdef" for ch in record["sha256"])
    )
