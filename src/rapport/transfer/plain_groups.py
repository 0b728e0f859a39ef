"""A group of plain rows as one relationship, its people kept as the rows (issue 14).

`grouping.together` makes a customer, a person and a candidate for every row of a
group; for plain rows (`fast_rows`) the import needs none of them: `together_plain`
keeps the rows, and the store writes their person rows from them
(store/import_people.py). Their drafts are made only when asked for (the preview,
people joining a relationship already there), equal to those `together` makes.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import overload

from rapport.domain.customers import CustomerDraft
from rapport.domain.people import PersonDraft
from rapport.transfer.fast_rows import _DRAFT, PlainRow, _made
from rapport.transfer.grouping import NewRelationship


class PlainPeople(Sequence[PersonDraft]):
    """A group's people as their plain rows, the first the main contact (as `together` has them).

    An import writes them from the rows (`store.people.plain_person_rows`); their drafts
    are made only when someone asks for them (the preview, people joining a relationship).
    """

    def __init__(self, rows: Sequence[PlainRow]) -> None:
        self.rows = rows
        self._spaced: list[tuple[str, str, str, str]] | None = None

    def spaced(self) -> list[tuple[str, str, str, str]]:
        """Each person's name, role, e-mail and phone as their draft holds them ("" for none)."""
        if self._spaced is None:
            self._spaced = [
                (
                    r.name,
                    " ".join(r.role.split()),
                    " ".join(r.email.split()),
                    " ".join(r.phone.split()),
                )
                for r in self.rows
            ]
        return self._spaced

    def __len__(self) -> int:
        return len(self.rows)

    @overload
    def __getitem__(self, index: int) -> PersonDraft: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[PersonDraft]: ...

    def __getitem__(self, index: int | slice) -> PersonDraft | Sequence[PersonDraft]:
        if isinstance(index, slice):
            return tuple(self)[index]
        if index < 0:
            index += len(self.rows)
        row = self.rows[index]
        return row.how.person_of(row, index == 0)

    def __iter__(self) -> Iterator[PersonDraft]:
        rows = self.rows
        return (r.how.person_of(r, n == 0) for n, r in enumerate(rows))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, PlainPeople | tuple):
            return tuple(self) == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))


def together_plain(organisation: str, rows: Sequence[PlainRow]) -> NewRelationship | None:
    """`grouping.together` for plain rows that each name a person; None for anything else."""
    if len(rows) < 2 or not all(r.named for r in rows):
        return None
    fields = _DRAFT.copy()
    fields["name"] = organisation
    return NewRelationship(_made(CustomerDraft, fields), PlainPeople(rows))
