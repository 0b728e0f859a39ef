"""Rows that share an organisation, offered as one relationship with several people.

An address book holds people; Rapport's relationships are with an organisation or
with one person. Rows whose people share an organisation (compared ignoring case and
spacing) form a group, and the owner decides per group in the preview: one
relationship with all of them (the default), or each separately. A new relationship
is shaped as the 0009 migration shapes existing ones: the organisation names it, and
the person's role, e-mails and phones live on the person, not on the customer. A
row without an organisation is a one-person relationship named after the person;
an organisation alone (a company card) is a relationship without people, keeping
its own e-mail and phone since no person holds them.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from operator import attrgetter
from typing import Protocol

from rapport.domain.customers import CustomerDraft
from rapport.domain.folding import fold
from rapport.domain.people import PersonDraft, as_main
from rapport.domain.stages import Stage
from rapport.transfer.rows import Candidate, Read

_ABOUT, _TAGS, _ADDRESS, _WEBSITE, _STAGE = map(
    attrgetter, ("about", "tags", "address", "website", "stage")
)
#: The organisations' folded names a grouping keeps at hand while it reads.
KEYS_KEPT = 4096
#: The people's names a group keeps for the preview: as many as fill its column.
NAMES_SHOWN = 300


class Reader(Protocol):
    """A source that can read some of its rows again, by their index in the file."""

    def read_at(self, indexes: Iterable[int]) -> Iterator[tuple[int, Read]]:
        """The rows at these indexes, each with its index."""
        ...


@dataclass(eq=False)
class Group:
    """Rows of the file whose people share an organisation; `together` is the owner's choice.

    A group keeps where its rows are (`rows`, indexes in the file) and the first of its
    people's names, not the rows themselves: `members` reads them again from the file.
    """

    organisation: str
    rows: array[int] = field(default_factory=lambda: array("l"))
    names: list[str] = field(default_factory=list)  # the first people's names, for the preview
    together: bool = True
    source: Reader | None = field(default=None, repr=False)
    _shown: int = field(default=0, init=False, repr=False)  # the names' lengths, each + 2

    @property
    def size(self) -> int:
        """How many rows of the file are in the group."""
        return len(self.rows)

    @property
    def members(self) -> list[Candidate]:
        """The group's rows, read again from the file, in the file's order."""
        return self.read(self.rows)

    def read(self, rows: Iterable[int]) -> list[Candidate]:
        """Some of the group's rows, read again from the file."""
        assert self.source is not None
        return [c for _, c in self.source.read_at(rows) if isinstance(c, Candidate)]

    def add(self, index: int, person: str) -> None:
        """Count in one more row; its person's name is kept while the preview shows names."""
        self.rows.append(index)
        if self._shown < NAMES_SHOWN + 2:  # the names joined are not yet as long as shown
            self.names.append(person)
            self._shown += len(person) + 2


@dataclass(frozen=True)
class NewRelationship:
    """One relationship an import adds: the customer's details, its people, its stage."""

    draft: CustomerDraft
    #: Its people; a group of plain rows keeps them as those rows (`fast_rows.PlainPeople`).
    people: Sequence[PersonDraft] = ()
    stage: Stage | None = None
    #: The relationship already in the journal these people join (`joining.py`).
    joins: int | None = None


def folded(text: str) -> str:
    """An organisation's name as compared: case, spacing and accents ignored."""
    return " ".join(fold(text).split())


class Grouping:
    """Finds the groups while the file is read, keeping only organisations and row indexes."""

    def __init__(self, source: Reader | None) -> None:
        self._source = source
        self._first: dict[str, tuple[int, str, str]] = {}  # key -> the first row, its names
        self._groups: dict[str, Group] = {}
        #: Organisation -> folded (rows share a few), at most KEYS_KEPT of them: a file
        #: of as many organisations as rows is not held twice over.
        self._keys: dict[str, str] = {}

    def add(self, index: int, candidate: Candidate) -> None:
        """Note a row read from the file (at `index`), if its person is at an organisation."""
        organisation, person = candidate.draft.organisation, candidate.person
        if person is not None and organisation:
            self.add_person(index, organisation, person.name)

    def add_person(self, index: int, organisation: str, name: str) -> None:
        """Note a row whose person (`name`) is at `organisation` (not empty)."""
        key = self._keys.get(organisation)
        if key is None:
            if len(self._keys) >= KEYS_KEPT:
                self._keys.clear()
            key = self._keys[organisation] = folded(organisation)
        if not key:
            return
        group = self._groups.get(key)
        if group is None:
            first = self._first.get(key)
            if first is None:
                self._first[key] = (index, organisation, name)
                return
            group = Group(first[1], source=self._source)
            group.add(first[0], first[2])
            self._groups[key] = group
        group.add(index, name)

    def groups(self) -> list[Group]:
        """The organisations that two or more rows with a person share, in the file's order."""
        return sorted(self._groups.values(), key=lambda g: g.rows[0])


def relationships(candidates: Sequence[Candidate]) -> list[NewRelationship]:
    """What to add for these candidates, each row a relationship of its own."""
    return [alone(c) for c in candidates]


def alone(candidate: Candidate, *, separate: bool = False) -> NewRelationship:
    """One row as a relationship; `separate`: one of a group the owner wants kept apart."""
    draft, person = candidate.draft, candidate.person
    if person is None:
        return NewRelationship(draft, (), candidate.stage)
    organisation = draft.organisation
    if organisation and folded(organisation) != folded(draft.name) and not separate:
        draft = replace(draft, name=organisation, organisation="")
    shaped = replace(draft, role="", email="", phone="")
    return NewRelationship(shaped, (as_main(person, True),), candidate.stage)


def together(organisation: str, members: Sequence[Candidate]) -> NewRelationship:
    """Several rows as one organisation with their people, the first the main contact."""
    if len(members) == 1:
        return alone(members[0])
    first = members[0].draft
    drafts = [m.draft for m in members]
    people = [m.person for m in members if m.person is not None]
    # Each pass over the rows is made only when one of them holds the thing looked for
    # (most address books: no notes, tags, address, website or stage); `map` and
    # `attrgetter` look without a Python step a row.
    about = ""
    if any(map(_ABOUT, drafts)):
        texts = {d.about.strip() for d in drafts if d.about.strip()}
        notes = [(m.person, m.draft.about) for m in members if m.draft.about.strip()]
        if len(texts) == 1:  # the same notes on every row (a Rapport export): once
            notes = notes[:1]
        about = "\n\n".join(
            f"{p.name}:\n{text}" if p is not None and len(texts) > 1 else text for p, text in notes
        )
    tags = list(dict.fromkeys(t for d in drafts for t in d.tags)) if any(map(_TAGS, drafts)) else []
    draft = replace(
        first,
        name=organisation,
        organisation="",
        role="",
        email="",
        phone="",
        address=next(filter(None, map(_ADDRESS, drafts)), ""),
        website=next(filter(None, map(_WEBSITE, drafts)), ""),
        about=about,
        tags=tuple(tags),
    )
    stage = next((s for s in map(_STAGE, members) if s is not None), None)
    shaped = (as_main(people[0], True), *[as_main(p, False) for p in people[1:]]) if people else ()
    return NewRelationship(draft, shaped, stage)
