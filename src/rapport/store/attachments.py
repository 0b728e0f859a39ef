"""Files on entries, kept inside the journal (hung on the journal as `journal.attachments`).

The bytes go into `blob` once per content (SHA-256), the name and kind into
`attachment`. Being inside the journal, they are in every backup, restore, move and
check, and no path on disk can go stale. A file goes to the trash with its entry;
taking one off an entry is a soft delete, undone like any other.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import mimetypes
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, delete, exists, update
from sqlmodel import Session, col, select

from rapport.i18n import Words, formats
from rapport.store.clock import utcnow
from rapport.store.errors import JournalError, RecordNotFoundError
from rapport.store.models import Attachment, Blob, Entry

if TYPE_CHECKING:
    from rapport.store.unit_of_work import Door, Writer
    from rapport.transfer.archive import ArchivedFiles

log = logging.getLogger("rapport.store.attachments")
AttachmentsText = Words("AttachmentsText")

#: A larger file is refused: a journal is not a file store, and every backup copies it.
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
#: Longest file name kept (most file systems allow 255 bytes; characters are safer).
MAX_NAME_CHARS = 180


class AttachmentTooLargeError(JournalError):
    """The file is over the limit; nothing was saved."""


@dataclass(frozen=True)
class AttachmentRecord:
    """An attached file as screens and printouts see it (its bytes are read on demand)."""

    id: int
    entry_id: int
    customer_id: int
    filename: str
    content_type: str
    size: int
    sha256: str
    thumbnail: bytes | None
    created_at: datetime

    @property
    def is_image(self) -> bool:
        """Whether the file is a picture (shown as a thumbnail, printed in the page)."""
        return self.content_type.startswith("image/")


def clean_name(name: str) -> str:
    """A file name safe to show and to save under: no folders, no control characters."""
    base = re.split(r"[\\/]", name)[-1]
    base = "".join(ch for ch in base if unicodedata.category(ch)[0] != "C").strip(" .")
    base = unicodedata.normalize("NFC", base)
    if len(base) > MAX_NAME_CHARS:
        stem, dot, suffix = base.rpartition(".")
        if dot and 0 < len(suffix) <= 10:
            base = stem[: MAX_NAME_CHARS - len(suffix) - 1] + "." + suffix
        else:
            base = base[:MAX_NAME_CHARS]
    return base or AttachmentsText.tr("file")


class AttachmentStore:
    """Attachments of one journal."""

    def __init__(self, door: Door) -> None:
        self._door = door

    def add(
        self,
        entry_id: int,
        filename: str,
        data: bytes,
        content_type: str = "",
        thumbnail: bytes | None = None,
    ) -> int:
        """Attach a file to a live entry; its id. AttachmentTooLargeError over the limit."""
        if len(data) > MAX_ATTACHMENT_BYTES:
            raise too_large(filename, len(data))
        name = clean_name(filename)
        kind = content_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
        digest = hashlib.sha256(data).hexdigest()
        with self._door.write() as w:
            entry = w.session.get(Entry, entry_id)
            if entry is None or entry.deleted_at is not None:
                raise RecordNotFoundError.gone("entry")
            if w.session.get(Blob, digest) is None:
                w.session.add(Blob(sha256=digest, size=len(data), data=data))
                w.session.flush()  # the bytes first: the attachment's foreign key needs them
            row = Attachment(
                entry_id=entry_id,
                customer_id=entry.customer_id,
                blob_sha256=digest,
                filename=name,
                content_type=kind,
                size=len(data),
                thumbnail=thumbnail,
                created_at=utcnow(),
            )
            w.session.add(row)
            w.session.flush()
            assert row.id is not None
            new_id = row.id
            name_files(w, entry_id)
        log.debug("attachment %s (%d bytes) added to entry %s", new_id, len(data), entry_id)
        return new_id

    def on_entry(self, entry_id: int) -> list[AttachmentRecord]:
        """The entry's files, in the order they were attached."""
        return self.on_entries([entry_id]).get(entry_id, [])

    def on_entries(self, entry_ids: Iterable[int]) -> dict[int, list[AttachmentRecord]]:
        """The files of several entries at once (a timeline page): one query."""
        ids = list(entry_ids)
        found: defaultdict[int, list[AttachmentRecord]] = defaultdict(list)
        if not ids:
            return found
        with self._door.read() as session:
            for row in session.execute(_files_query(), {"ids": ids}):
                found[row.entry_id].append(AttachmentRecord(*row))
        return found

    def data(self, attachment_id: int) -> bytes:
        """The file's bytes (RecordNotFoundError when it was taken off or is gone)."""
        with self._door.read() as session:
            row = session.get(Attachment, attachment_id)
            if row is None or row.deleted_at is not None:
                raise RecordNotFoundError.gone("entry")
            blob = session.get(Blob, row.blob_sha256)
            if blob is None:  # cannot happen with the foreign key; said plainly if it does
                raise RecordNotFoundError.gone("entry")
            return bytes(blob.data)

    def remove(self, attachment_id: int) -> None:
        """Take a file off its entry (undo with `restore`)."""
        self._set_deleted(attachment_id, utcnow())

    def restore(self, attachment_id: int) -> None:
        """Put a file taken off back on its entry."""
        self._set_deleted(attachment_id, None)

    def _set_deleted(self, attachment_id: int, when: datetime | None) -> None:
        with self._door.write() as w:
            row = w.session.get(Attachment, attachment_id)
            if row is None:
                raise RecordNotFoundError.gone("entry")
            row.deleted_at = when
            w.session.add(row)
            w.session.flush()
            name_files(w, row.entry_id)


def name_files(w: Writer, entry_id: int) -> None:
    """Write the names of the entry's files on it into `entry.files_text` (search finds them).

    A plain UPDATE: the entry's note did not change, so neither does its version (an
    open editor of the note saves without a conflict).
    """
    w.touched(entries=[entry_id])
    names = w.session.exec(
        select(Attachment.filename)
        .where(Attachment.entry_id == entry_id, col(Attachment.deleted_at).is_(None))
        .order_by(col(Attachment.id))
    ).all()
    w.session.execute(
        update(Entry)
        .where(col(Entry.id) == entry_id)
        .values(files_text="\n".join(names))
        .execution_options(synchronize_session=False)
    )


@cache
def _files_query() -> Any:
    """The live files of the entries bound as `ids`: built once (it runs after every save).

    Plain columns in `AttachmentRecord`'s order, no ORM objects: a timeline page with a
    hundred pictures is read at every opening of the customer.
    """
    ids: Any = bindparam("ids", expanding=True)
    a = Attachment
    return (
        select(  # type: ignore[call-overload]
            a.id,
            a.entry_id,
            a.customer_id,
            a.filename,
            a.content_type,
            a.size,
            a.blob_sha256,
            a.thumbnail,
            a.created_at,
        )
        .where(col(Attachment.entry_id).in_(ids), col(Attachment.deleted_at).is_(None))
        .order_by(col(Attachment.entry_id), col(Attachment.id))
    )


def too_large(filename: str, size: int) -> AttachmentTooLargeError:
    """The refusal of a file over the limit, in words."""
    megabytes = formats().number(size / (1024 * 1024), 1)
    limit = formats().number(MAX_ATTACHMENT_BYTES // (1024 * 1024), 0)
    return AttachmentTooLargeError(
        AttachmentsText.tr(
            "“{name}” is {size} MB; files on entries can be up to {limit} MB."
        ).format(name=clean_name(filename), size=megabytes, limit=limit),
        AttachmentsText.tr(
            "Attach a smaller copy (a photo at a lower resolution, a PDF "
            "without scans), or keep the file elsewhere and note where."
        ),
    )


def drop_unused_blobs(w: Writer) -> None:
    """Delete the bytes no attachment points to any more (after the trash is emptied)."""
    w.touched()  # blobs are no records a screen shows: nothing to announce
    used = exists().where(col(Attachment.blob_sha256) == col(Blob.sha256))
    w.session.execute(delete(Blob).where(~used))


def _unused(session: Session) -> int:
    """How many blobs no attachment points to (for tests and Check journal)."""
    used = exists().where(col(Attachment.blob_sha256) == col(Blob.sha256))
    return len(session.exec(select(Blob.sha256).where(~used)).all())


def import_files(w: Writer, files: ArchivedFiles, entry_ids: Mapping[int, int]) -> int:
    """Attach an archive's files to the entries it brought (old id → new id); how many.

    Content-addressed: bytes the journal holds already are not stored again, so
    importing the same archive twice costs its files once. A file the archive lacks,
    or whose bytes do not match their SHA-256, is left out (the rest comes in).
    """
    added: set[int] = set()
    for record in files.records:
        entry_id = entry_ids.get(record["entry_id"])
        entry = None if entry_id is None else w.session.get(Entry, entry_id)
        if entry is None or entry.id is None:
            continue
        digest = record["sha256"]
        size = w.session.exec(select(Blob.size).where(Blob.sha256 == digest)).first()
        if size is None:
            data = files.read(digest)
            if data is None or len(data) > MAX_ATTACHMENT_BYTES:
                continue
            w.session.add(Blob(sha256=digest, size=len(data), data=data))
            w.session.flush()
            size = len(data)
        name = clean_name(record["filename"])
        w.session.add(
            Attachment(
                entry_id=entry.id,
                customer_id=entry.customer_id,
                blob_sha256=digest,
                filename=name,
                content_type=_text(record.get("content_type"))
                or mimetypes.guess_type(name)[0]
                or "application/octet-stream",
                size=size,
                thumbnail=_thumbnail(record.get("thumbnail")),
                created_at=_moment(record.get("created_at")) or utcnow(),
                deleted_at=_moment(record.get("deleted_at")),
            )
        )
        added.add(entry.id)
    w.session.flush()
    for entry_id in sorted(added):
        name_files(w, entry_id)
    log.info("imported files on %d entries", len(added))
    return len(added)


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _thumbnail(value: object) -> bytes | None:
    if not isinstance(value, str):
        return None
    try:
        return base64.b64decode(value, validate=True)
    except ValueError:
        return None


def _moment(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None
