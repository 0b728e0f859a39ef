"""The journal's rows read page by page, for exports that write as they read.

An export of a million entries must not hold them all: each table is read in pages
of `PAGE` rows, by id (keyset pagination: each page starts after the last id seen,
so no page costs more than the first). All pages are read in one read transaction,
so the export is a consistent snapshot even while the app writes. Entries in time
order (the CSV of entries) come from one ordered query read in pages instead: no
index orders the whole journal's entries by time, and SQLite's sorter spills to
its temporary files rather than to Python's memory.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session, col
from sqlmodel import select as select_rows

from rapport.store.models import Attachment, Blob, CustomerTag, Entry, Tag
from rapport.store.snapshot import MODELS, one_customer, row_of
from rapport.transfer.archive import attachment_record
from rapport.transfer.snapshot import Row

#: Rows read at a time: enough to keep SQLite's per-statement cost negligible.
PAGE = 2000


class JournalRows:
    """Every table's rows as iterators of pages (see `transfer.snapshot.Rows`).

    Valid while the read session it was made with is open: `TransferStore.reading`.
    """

    def __init__(self, session: Session, customer_id: int | None = None) -> None:
        self._session = session
        self._customer_id = customer_id
        self._own_tags: list[str] = []
        if customer_id is not None:
            self._own_tags = list(self._tags_between(customer_id, customer_id).get(customer_id, []))

    def size(self, table: str) -> int:
        """How many rows `rows(table)` yields (for progress and the summary)."""
        query = self._query(table)
        return int(
            self._session.execute(select(func.count()).select_from(query.subquery())).scalar_one()
        )

    def rows(self, table: str) -> Iterator[Row]:
        """The table's rows by id, a page at a time."""
        model = MODELS[table]
        key = model.id  # type: ignore[attr-defined]
        last: int | None = None
        while True:
            query = self._query(table).order_by(key).limit(PAGE)
            if last is not None:
                query = query.where(key > last)
            page = self._session.execute(query).all()
            if not page:
                return
            first, last = page[0].id, page[-1].id
            tags = self._tags_between(first, last) if table == "customers" else {}
            for found in page:
                yield row_of(table, found, tags)
            if len(page) < PAGE:
                return

    def entries_by_time(self) -> Iterator[Row]:
        """The entries oldest first (ties by id), read in pages from one ordered query."""
        table = Entry.__table__  # type: ignore[attr-defined]
        query = self._query("entries").order_by(table.c.occurred_at, table.c.id)
        result = self._session.execute(query.execution_options(yield_per=PAGE))
        for found in result:
            yield row_of("entries", found, {})

    def attachments(self) -> Iterator[dict[str, Any]]:
        """The attachments' records by id (those on this customer's entries, when one)."""
        query = select_rows(Attachment).order_by(col(Attachment.id))
        if self._customer_id is not None:
            query = query.where(col(Attachment.customer_id) == self._customer_id)
        for row in self._session.exec(query.execution_options(yield_per=PAGE)):
            assert row.id is not None
            yield attachment_record(
                row.id,
                row.entry_id,
                row.filename,
                row.content_type,
                row.size,
                row.blob_sha256,
                row.thumbnail,
                row.created_at,
                row.deleted_at,
            )

    def blobs(self) -> Iterator[tuple[str, bytes]]:
        """The attachments' files once each, one at a time (a file may be 50 MB)."""
        used = select_rows(Attachment.blob_sha256).distinct()
        if self._customer_id is not None:
            used = used.where(col(Attachment.customer_id) == self._customer_id)
        for digest in sorted(self._session.exec(used).all()):
            blob = self._session.get(Blob, digest)
            if blob is not None:
                yield digest, bytes(blob.data)
                self._session.expunge(blob)  # not kept in the session's memory

    def _query(self, table: str) -> Any:
        model = MODELS[table]
        query = select(model.__table__)  # type: ignore[attr-defined]
        if self._customer_id is None:
            return query
        links = {self._customer_id: self._own_tags}
        return one_customer(query, table, model, self._customer_id, links)

    def _tags_between(self, first: int, last: int) -> dict[int, list[str]]:
        """The tag names of the customers with ids first…last, A–Z as the journal sorts."""
        owner = col(CustomerTag.customer_id)
        query = (
            select(owner, col(Tag.name))
            .join(Tag, col(Tag.id) == col(CustomerTag.tag_id))
            .where(owner >= first, owner <= last)
            .order_by(col(Tag.name))
        )
        links: dict[int, list[str]] = {}
        for customer, name in self._session.execute(query).all():
            links.setdefault(customer, []).append(name)
        return links
