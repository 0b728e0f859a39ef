"""Undo import: each CSV or vCard import remembers what it wrote, and can take exactly that back.

Instead of a full backup of the journal before every import (seconds on a big
journal, waited for after clicking Import), an import records its batch in the same
transaction as its rows (`record`): the relationships it created, the people it
added to relationships already there, and the About texts it appended to. Cancelled
or failed, the import leaves neither rows nor batch.

`ImportBatchStore.undo` takes the batch back in one write, never touching what the
owner did since: the relationships go to the trash exactly as a delete by the owner
(restorable there); a person added to a relationship already there is removed unless
something refers to them since (an entry they took part in) or they were edited
since, then kept and said so; an appended About is put back only while it is still
what the import left. The batch is marked undone; undoing it again is refused in words.
`undoing` is the same write as steps of a page each (store/import_undoing.py), so the
window runs it in its worker with progress, and Cancel rolls all of it back.
"""

from __future__ import annotations

import json
from collections.abc import Generator, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from pathlib import PurePath
from typing import TYPE_CHECKING

from sqlmodel import Session, col, func, select

from rapport.i18n import Words
from rapport.store.clock import utcnow
from rapport.store.errors import JournalError
from rapport.store.import_undoing import remove_people, restore_abouts, settle, trash_page
from rapport.store.models import Customer, ImportBatch, OurPerson, Person, Tag

if TYPE_CHECKING:
    from rapport.store.unit_of_work import Door
    from rapport.transfer.grouping import NewRelationship

StoreImportBatchText = Words("StoreImportBatchText")

#: Ids read or written per statement (SQLite's limit on bound values is far above).
_PAGE = 500


class ImportUndoneError(JournalError):
    """The import was undone already (twice from the menu, or from two windows)."""


@dataclass(frozen=True)
class RecentImport:
    """One import not undone, as File → Recent imports… lists it."""

    id: int
    source: str
    imported_at: datetime
    kind: str
    #: Relationships it created.
    count: int
    #: People it added to relationships already there.
    joined: int


@dataclass(frozen=True)
class UndoneImport:
    """What an undo did, and what it left because the owner changed it since."""

    trashed: int
    removed_people: int
    #: Names of people kept: they took part in an entry or were edited since.
    kept_people: tuple[str, ...] = ()
    #: Names of relationships whose About was changed since (the import's text stays).
    kept_abouts: tuple[str, ...] = ()
    #: Of the relationships trashed, how many had entries written since the import.
    with_entries: int = 0
    customer_ids: tuple[int, ...] = field(default=(), compare=False)

    def summary(self) -> str:
        """What was taken back, in one sentence or two."""
        text = StoreImportBatchText.tr(
            "%n customer(s) moved to the trash (Edit → Trash brings them back).", "", self.trashed
        )
        if self.removed_people:
            text += " " + StoreImportBatchText.tr(
                "%n person(s) taken off customers that were already there.",
                "",
                self.removed_people,
            )
        return text

    def kept(self) -> str:
        """What was left as it is, and why ("" when nothing)."""
        said: list[str] = []
        if self.kept_people:
            said.append(
                StoreImportBatchText.tr(
                    "Kept {names}: they took part in an entry or were changed after the import."
                ).format(names=", ".join(self.kept_people))
            )
        if self.kept_abouts:
            said.append(
                StoreImportBatchText.tr(
                    "The About of {names} was changed after the import, so it was left as it is."
                ).format(names=", ".join(self.kept_abouts))
            )
        if self.with_entries:
            said.append(
                StoreImportBatchText.tr(
                    "%n of the customers had entries written after the import; "
                    "the entries are in the trash with them.",
                    "",
                    self.with_entries,
                )
            )
        return "\n".join(said)


def kind_of(source: str) -> str:
    """The kind of import a file's name says ("vcard" or "csv")."""
    return "vcard" if PurePath(source).suffix.lower() in (".vcf", ".vcard") else "csv"


def record(
    session: Session,
    source: str,
    imported_at: datetime,
    customer_ids: Sequence[int],
    person_ids: Sequence[int],
    abouts: dict[int, tuple[str, str]],
) -> int:
    """Write the batch of an import in the import's own transaction; its id."""
    batch = ImportBatch(
        source=source[:500],
        imported_at=imported_at,
        kind=kind_of(source),
        customer_ids=json.dumps(list(customer_ids)),
        person_ids=json.dumps(list(person_ids)),
        abouts=json.dumps({str(k): list(v) for k, v in abouts.items()}),
    )
    session.add(batch)
    session.flush()
    assert batch.id is not None
    return batch.id


@dataclass
class Joins:
    """What adding people to relationships already there wrote, for the batch."""

    person_ids: list[int] = field(default_factory=list)
    #: {customer id: (the About before, the About after)} for those it appended to.
    abouts: dict[int, tuple[str, str]] = field(default_factory=dict)


@contextmanager
def joined_by(session: Session, joining: Sequence[NewRelationship]) -> Iterator[Joins]:
    """Watch the people joined to relationships already there in the `with` block.

    The import holds the write lock, so the people of those relationships numbered
    above the largest id before it are the ones it added (on a team journal, only a
    colleague adding someone to the same relationship in the same moment could be
    counted too); an About that differs after was appended to.
    """
    joins = Joins()
    targets = sorted({r.joins for r in joining if r.joins is not None})
    if not targets:
        yield joins
        return
    before = session.scalar(select(func.max(Person.id))) or 0
    abouts = {t: _about(session, t) for t in targets}
    yield joins
    session.flush()
    joins.person_ids = [
        int(i)
        for i in session.exec(
            select(Person.id)
            .where(col(Person.id) > before, col(Person.customer_id).in_(targets))
            .order_by(col(Person.id))
        )
        if i is not None
    ]
    for target, about in abouts.items():
        now = _about(session, target)
        if about is not None and now is not None and now != about:
            joins.abouts[target] = (about, now)


def _about(session: Session, customer_id: int) -> str | None:
    row = session.get(Customer, customer_id)
    return None if row is None else row.about


def nothing_to_protect(session: Session) -> bool:
    """Whether a journal holds nothing of the owner's, so an import needs no backup first.

    No customer (trash included: entries, people and check-ins hang off customers), no
    tag, and none of the owner's people named: a new journal has only an unnamed "me".
    """
    return (
        all(session.exec(select(model.id).limit(1)).first() is None for model in (Customer, Tag))
        and session.exec(select(OurPerson.id).where(OurPerson.name != "").limit(1)).first() is None
    )


class ImportBatchStore:
    """The imports of one journal that can be undone."""

    def __init__(self, door: Door) -> None:
        self._door = door

    def recent(self) -> list[RecentImport]:
        """Imports not undone, newest first."""
        with self._door.read() as session:
            rows = session.exec(
                select(ImportBatch)
                .where(col(ImportBatch.undone_at).is_(None))
                .order_by(col(ImportBatch.imported_at).desc(), col(ImportBatch.id).desc())
            ).all()
        return [
            RecentImport(
                int(r.id or 0),
                r.source,
                r.imported_at,
                r.kind,
                len(json.loads(r.customer_ids)),
                len(json.loads(r.person_ids)),
            )
            for r in rows
        ]

    def undo(self, batch_id: int) -> UndoneImport:
        """Take an import back in one write (see the module's note); ImportUndoneError twice."""
        steps = self.undoing(batch_id)
        while True:
            try:
                next(steps)
            except StopIteration as end:
                undone: UndoneImport = end.value
                return undone

    def undoing(self, batch_id: int) -> Generator[tuple[int, int], None, UndoneImport]:
        """`undo` as steps of (done, total) in one transaction, for the window's worker.

        A page of rows per step; closing the generator between two steps (Cancel)
        rolls the whole undo back, so the import stays as it was, still undoable.
        The first step raises ImportUndoneError when it was undone already.
        """
        # Not joinable: it hands control back between pages (as an import does).
        with self._door.write(joinable=False) as w:
            batch = w.session.get(ImportBatch, batch_id)
            if batch is None or batch.undone_at is not None:
                raise ImportUndoneError(
                    StoreImportBatchText.tr("This import has already been undone."),
                    StoreImportBatchText.tr(
                        "Its customers are in the trash: Edit → Trash brings them back."
                    ),
                )
            now = utcnow()
            created = [int(i) for i in json.loads(batch.customer_ids)]
            person_ids = [int(i) for i in json.loads(batch.person_ids)]
            abouts = {int(k): (v[0], v[1]) for k, v in json.loads(batch.abouts).items()}
            # People count twice: taken off, then their relationships' main contacts settled.
            total = max(len(created) + 2 * len(person_ids) + len(abouts), 1)
            done = trashed = with_entries = removed = 0
            kept_people: list[str] = []
            kept_abouts: list[str] = []
            for page in _pages(created):
                n, e = trash_page(w, page, batch.imported_at, now)
                trashed, with_entries, done = trashed + n, with_entries + e, done + len(page)
                yield done, total
            customers: set[int] = set()
            for page in _pages(person_ids):
                n, kept = remove_people(w, page, now, customers)
                removed, done = removed + n, done + len(page)
                kept_people.extend(kept)
                yield done, total
            settled = done + len(person_ids)
            for page in _pages(sorted(customers)):
                settle(w, page)
                done += len(page)
                yield min(done, settled), total
            done = settled
            for page in _pages(sorted(abouts)):
                kept_abouts.extend(restore_abouts(w.session, {k: abouts[k] for k in page}, now))
                done += len(page)
                yield done, total
            batch.undone_at = now
            w.session.add(batch)
        return UndoneImport(
            trashed,
            removed,
            tuple(kept_people),
            tuple(kept_abouts),
            with_entries,
            tuple(created),
        )


def _pages(ids: Iterable[int]) -> Iterator[list[int]]:
    coming = iter(ids)
    while page := list(islice(coming, _PAGE)):
        yield page
