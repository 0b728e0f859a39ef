"""An import plan: what a file holds, what is wrong with it, and what is a duplicate.

Reading runs as a generator that yields progress after each slice, so the UI can
show a progress bar and stop between two slices (nothing is written while reading),
and the command line simply runs it to the end.

A CSV or vCard plan does not keep the customers it read: a big address book would
cost its size many times over. It keeps what the review shows and the import needs
to decide: the bad rows, the likely duplicates (their place and name), which rows are
duplicates, what went where (counted), and the organisations that rows share with
the indexes of their rows (see `grouping`). The import reads the file again and
writes as it reads (`new_relationships`); a group chosen "together" is read whole,
from its rows' indexes, where its first row comes. The customers of the first
KEPT_ROWS rows are kept, so a small file is not built twice.

A plain CSV row (`fast_rows`) is read and kept as its `PlainRow`, a tuple of the
few texts the plan needs: the review still gets candidates (`read_at` makes them),
while the import (`new_relationships(plain=True)`) writes a group of plain rows
straight into person rows, no customer, person or candidate made for each row.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import TYPE_CHECKING, Literal, overload

from rapport.domain.customers import CustomerDraft
from rapport.transfer.archive import ArchivedFiles
from rapport.transfer.csv_import import CsvSource
from rapport.transfer.duplicates import (
    Duplicate,
    DuplicateFinder,
    Existing,
    Indexed,
    find_duplicates,
)
from rapport.transfer.fast_rows import PlainRow
from rapport.transfer.grouping import Group, Grouping, NewRelationship, alone, together
from rapport.transfer.joining import Joining, join_one, joinings, known_relationships
from rapport.transfer.opening import JsonSource, Opened
from rapport.transfer.plain_groups import together_plain
from rapport.transfer.rows import BadRow, Candidate, Placed, Read
from rapport.transfer.snapshot import Snapshot, record_place

if TYPE_CHECKING:  # a vCard is read only when one is imported (vobject is heavy)
    from rapport.transfer.vcard_import import VcardSource

#: Rows read between two progress reports.
CHUNK = 500
#: The customers of a file's first rows that a plan keeps, so that the import does not
#: build them a second time (some 1,500 bytes each): a small file imports at once, a
#: big one costs no more than this beyond its text.
KEPT_ROWS = 20_000

Progress = tuple[int, int]  # done, total


@dataclass(frozen=True)
class Placement:
    """Where the values found at one place of the file went, for how many customers."""

    origin: str  # a column's header, a vCard property
    destination: str  # a field's name, "About, as “Nickname: …”", or "not imported"
    customers: int


@dataclass
class ImportPlan:
    """What an import would bring in; nothing is written until the store runs it."""

    kind: str
    encoding: str
    bad: list[BadRow] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    snapshot: Snapshot | None = None
    found: int = 0  # customers read (duplicates included)
    placed: tuple[Counter[Placed], Counter[Placed]] = field(
        default_factory=lambda: (Counter(), Counter()), repr=False
    )  # what went where: over every customer, over those that are not duplicates
    #: The files on entries an archive brings along with its snapshot.
    files: ArchivedFiles | None = field(default=None, repr=False)
    #: The file, read again by the import (None: a JSON export, whose customers are kept).
    source: CsvSource | VcardSource | None = field(default=None, repr=False)
    kept: list[Candidate] = field(default_factory=list, repr=False)  # a JSON export's
    #: The customers that come with a warning (place, name and warnings only).
    warnings: list[Candidate] = field(default_factory=list, repr=False)
    #: One byte per row of the file: 1 where the row is a likely duplicate.
    doubled: bytearray = field(default_factory=bytearray, repr=False)
    #: The customers of the first KEPT_ROWS rows (None: a bad or blank row), by index; a
    #: plain row kept as read (`fast_rows.PlainRow`), its candidate made when asked for.
    first_rows: list[Candidate | PlainRow | None] = field(default_factory=list, repr=False)
    #: The journal's relationships by matched name, that people may join (`joining.py`).
    known: dict[str, Existing] = field(default_factory=dict, repr=False)

    def read_at(self, indexes: Iterable[int]) -> Iterator[tuple[int, Read]]:
        """The file's rows at these indexes: kept ones as kept, the others read again."""
        return self._read_at(indexes)  # type: ignore[return-value]

    def _read_at(
        self, indexes: Iterable[int], plain: bool = False
    ) -> Iterator[tuple[int, Read | PlainRow]]:
        """`read_at`; with `plain`, a plain row comes as its `PlainRow`."""
        source = self.source
        assert source is not None
        kept, later = self.first_rows, []
        for index in indexes:
            if index < len(kept):
                found = kept[index]
                if found is not None:
                    yield (
                        index,
                        found if plain or type(found) is not PlainRow else found.candidate(),
                    )
            else:
                later.append(index)
        if isinstance(source, CsvSource):
            yield from source.read_at(later, plain)
        else:
            yield from source.read_at(later)

    @property
    def candidates(self) -> list[Candidate]:
        """Every customer read, in the file's order (read again: for small files and tests)."""
        if self.source is None:
            return list(self.kept)
        return [c for _, c in self._read()]

    def relationships(self, include_duplicates: bool = False) -> list[NewRelationship]:
        """The relationships to add, each group as the owner chose (see `grouping`).

        One of an organisation already in the journal is marked as joining it.
        """
        return list(self.new_relationships(include_duplicates))

    def joining(self, include_duplicates: bool = False) -> list[Joining]:
        """The people who join a relationship already in the journal, for the preview."""
        if not self.known:  # an empty journal: nothing to join (and no list to work out)
            return []
        return joinings(self.relationships(include_duplicates), self.known)

    def new_relationships(
        self, include_duplicates: bool = False, plain: bool = False
    ) -> Iterator[NewRelationship]:
        """The relationships to add, as read; one of an organisation there marked `joins`.

        `plain`: a group of plain rows keeps its people as those rows (`PlainPeople`,
        what an import writes from); equal to the drafts they stand for.
        """
        for relationship in self._new_relationships(include_duplicates, plain):
            yield join_one(relationship, self.known)

    def _new_relationships(
        self, include_duplicates: bool, plain: bool = False
    ) -> Iterator[NewRelationship]:
        """The relationships to add, read again from the file as they are wanted.

        They come in the order of their first row; a group chosen "together" comes
        whole where its first importable row is (its other rows are read from their
        indexes then, and left out where the reading reaches them).
        """
        if self.source is None:
            yield from (alone(c) for c in self.importable(include_duplicates))
            return
        groups = self.groups
        group_at = array("l", [-1]) * self.source.total  # each row's group, -1 for none
        for number, group in enumerate(groups):
            for row in group.rows:
                group_at[row] = number
        later = self._later(groups, include_duplicates)
        for index, candidate in self._importable(include_duplicates, later, plain):
            number = group_at[index]
            if number < 0 or not groups[number].together:
                yield alone(_candidate(candidate), separate=number >= 0)
                continue
            group = groups[number]
            doubled = self.doubled
            rest = [r for r in group.rows if r > index and (include_duplicates or not doubled[r])]
            kept = self.first_rows
            if not rest or rest[-1] < len(kept):  # all kept (rows come in the file's order)
                members = [c for c in map(kept.__getitem__, rest) if c is not None]
            else:
                members = [c for _, c in self._read_at(rest, plain) if not isinstance(c, BadRow)]
            rows = [candidate, *members]
            if plain and all(type(r) is PlainRow for r in rows):
                made = together_plain(group.organisation, rows)  # type: ignore[arg-type]
                if made is not None:
                    yield made
                    continue
            yield together(group.organisation, [_candidate(r) for r in rows])

    def _later(self, groups: Iterable[Group], include_duplicates: bool) -> bytearray:
        """1 for each row read with the first of its group (a group chosen "together")."""
        later = bytearray(len(self.doubled))
        for group in groups:
            if group.together:
                doubled = self.doubled
                wanted = [r for r in group.rows if include_duplicates or not doubled[r]]
                for row in wanted[1:]:
                    later[row] = 1
        return later

    def relationship_count(self, include_duplicates: bool = False) -> int:
        """How many relationships an import would add with the current choices."""
        count = self.importable_count(include_duplicates)
        if self.source is None:
            return count
        for group in self.groups:
            if group.together:
                doubled = self.doubled
                wanted = sum(1 for r in group.rows if include_duplicates or not doubled[r])
                count -= max(wanted - 1, 0)
        return count

    def placements(self, include_duplicates: bool = False) -> list[Placement]:
        """What went where, counted over the customers to import; "not imported" last."""
        if self.source is None:
            counted: Counter[Placed] = Counter()
            for candidate in self.importable(include_duplicates):
                counted.update(candidate.placed)
        else:
            counted = self.placed[0 if include_duplicates else 1]
        ordered = sorted(counted.items(), key=lambda item: item[0][0])  # stable: first seen first
        return [Placement(origin, where, n) for (_, origin, where), n in ordered]

    def warned(self) -> list[Candidate]:
        """The customers that come with a warning (an unreadable line in a card)."""
        if self.source is None:
            return [c for c in self.kept if c.notices]
        return list(self.warnings)

    def importable_count(self, include_duplicates: bool = False) -> int:
        """How many customers an import would add."""
        return self.found - (0 if include_duplicates else len(self.duplicates))

    def importable(self, include_duplicates: bool = False) -> list[Candidate]:
        """The customers to import: every good one, duplicates only when asked for."""
        if self.source is None:
            if include_duplicates:
                return list(self.kept)
            doubled = {id(d.candidate) for d in self.duplicates}
            return [c for c in self.kept if id(c) not in doubled]
        return [c for _, c in self._importable(include_duplicates)]

    def importable_chunks(
        self, include_duplicates: bool = False, chunk: int = CHUNK
    ) -> Iterator[list[Candidate]]:
        """The customers to import, a slice at a time."""
        found = (c for _, c in self._importable(include_duplicates))
        while part := list(islice(found, chunk)):
            yield part

    def skipped_keys(self, include_duplicates: bool = False) -> set[int]:
        """JSON customer ids left out as duplicates (their whole history stays out too)."""
        if include_duplicates:
            return set()
        return {d.candidate.key for d in self.duplicates if d.candidate.key is not None}

    @overload
    def _importable(
        self,
        include_duplicates: bool,
        left_out: bytearray | None = None,
        plain: Literal[False] = False,
    ) -> Iterator[tuple[int, Candidate]]: ...

    @overload
    def _importable(
        self, include_duplicates: bool, left_out: bytearray | None, plain: bool
    ) -> Iterator[tuple[int, Candidate | PlainRow]]: ...

    def _importable(
        self, include_duplicates: bool, left_out: bytearray | None = None, plain: bool = False
    ) -> Iterator[tuple[int, Candidate | PlainRow]]:
        """The customers to import with their index; rows marked in `left_out` are not read.

        `plain`: a plain row comes as its `PlainRow` (`fast_rows`).
        """
        if self.source is None:
            yield from enumerate(self.importable(include_duplicates))
            return
        total = self.source.total
        doubled = self.doubled
        for start in range(0, total, CHUNK):
            wanted = [
                i
                for i in range(start, min(start + CHUNK, total))
                if (include_duplicates or not doubled[i]) and not (left_out and left_out[i])
            ]
            for index, read in self._read_at(wanted, plain):
                if type(read) is not BadRow:
                    yield index, read  # type: ignore[misc]

    def _read(self) -> Iterator[tuple[int, Candidate]]:
        """The file's customers with their index, read again a slice at a time."""
        return self._importable(include_duplicates=True)


def read_plan(
    opened: Opened, existing: Iterable[Existing], chunk: int = CHUNK
) -> Generator[Progress, None, ImportPlan]:
    """Read every row, yielding (done, total) after each slice; return the plan."""
    source = opened.source
    plan = ImportPlan(source.kind, opened.encoding)
    if isinstance(source, JsonSource):
        plan.snapshot = source.snapshot
        plan.files = source.files
        plan.bad = list(source.bad)
        plan.kept = [_json_candidate(row) for row in source.snapshot.rows("customers")]
        plan.found = len(plan.kept)
        plan.duplicates = find_duplicates(plan.kept, existing, within_file=False)
        return plan
    plan.source = source
    if not isinstance(existing, Indexed):  # kept ones come with their indexes worked out
        existing = list(existing)
    plan.known = known_relationships(existing)
    finder = DuplicateFinder(existing)
    grouping = Grouping(plan)
    total = source.total
    plan.doubled = bytearray(total)
    plan.first_rows = [None] * min(total, KEPT_ROWS)
    kept = len(plan.first_rows)
    # What went where, counted by the rows' whole placements (most rows of a file are
    # alike), spread over `plan.placed` at the end (`_count`). Rows on the short way
    # share one placements tuple (`fast_rows`), so a run of them is counted at its end:
    # a tuple's hash is worked out again at every look-up. The loop keeps what it calls
    # at hand (it runs once a row).
    every: Counter[Placements] = Counter()
    unique: Counter[Placements] = Counter()
    last: Placements | None = None
    run = run_unique = 0
    check, add, first_rows = finder.check, grouping.add, plan.first_rows
    reason, add_person = finder.reason, grouping.add_person
    for start in range(0, max(total, 1), chunk):
        reads: Iterator[tuple[int, Read | PlainRow]]
        if isinstance(source, CsvSource):
            reads = source.reads(start, start + chunk, plain=True)
        else:
            reads = source.reads(start, start + chunk)
        for index, read in reads:
            if type(read) is PlainRow:  # most rows of a plain file: no objects made
                name, organisation, _, _, _, named, placed, key, mails, place = read[:10]
                if placed is not last:
                    if last is not None:
                        _runs(every, unique, last, run, run_unique)
                    last, run, run_unique = placed, 0, 0
                run += 1
                why = reason(key, mails, name, place)
                if why is None:
                    run_unique += 1
                else:
                    plan.duplicates.append(Duplicate(_slim(read.candidate()), why))
                    plan.doubled[index] = 1
                plan.found += 1
                if named and organisation:
                    add_person(index, organisation, name)
                if index < kept:
                    first_rows[index] = read
                continue
            if type(read) is BadRow:
                plan.bad.append(read)
                continue
            assert isinstance(read, Candidate)
            duplicate = check(read)
            if read.placed is not last:
                if last is not None:
                    _runs(every, unique, last, run, run_unique)
                last, run, run_unique = read.placed, 0, 0
            run += 1
            if duplicate is None:
                run_unique += 1
            else:
                plan.duplicates.append(replace(duplicate, candidate=_slim(read)))
                plan.doubled[index] = 1
            if read.notices:
                plan.warnings.append(_slim(read))
            plan.found += 1
            add(index, read)
            if index < kept:
                first_rows[index] = read
        yield min(start + chunk, total), total
    if last is not None:
        _runs(every, unique, last, run, run_unique)
    _count(plan.placed[0], every)
    _count(plan.placed[1], unique)
    plan.bad.sort(key=lambda b: b.line or 0)
    plan.groups = grouping.groups()
    return plan


#: Where one row's values went: rows alike in what they hold share one (`fast_rows`).
Placements = tuple[Placed, ...]


def _runs(
    every: Counter[Placements],
    unique: Counter[Placements],
    placed: Placements,
    rows: int,
    unique_rows: int,
) -> None:
    """Count a run of rows with the same placements (`unique_rows` of them not duplicates)."""
    every[placed] += rows
    if unique_rows:
        unique[placed] += unique_rows


def _count(counted: Counter[Placed], patterns: Counter[Placements]) -> None:
    """Count each place of each row's placements, first seen first, as row by row would.

    A placement seen again brings no place not already counted, so taking them in the
    order each was first seen keeps the places in the order they were first seen.
    """
    for pattern, rows in patterns.items():
        for where in pattern:
            counted[where] += rows


def _slim(candidate: Candidate) -> Candidate:
    """What a report says of a customer: where, who, and any warnings."""
    d = candidate.draft
    draft = CustomerDraft(name=d.name, organisation=d.organisation, email=d.email)
    return Candidate(candidate.place, draft, candidate.line, notices=candidate.notices)


def _candidate(read: Candidate | PlainRow) -> Candidate:
    """A row's candidate, made from its plain row where it was kept as one."""
    return read.candidate() if type(read) is PlainRow else read  # type: ignore[return-value]


def run_to_end(steps: Generator[Progress, None, ImportPlan]) -> ImportPlan:
    """Run a reading generator to the end (the command line has no progress bar)."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            plan: ImportPlan = done.value
            return plan


def _json_candidate(row: dict[str, object]) -> Candidate:
    draft = CustomerDraft(
        name=str(row["name"]), organisation=str(row["organisation"]), email=str(row["email"])
    )
    ident = row["id"]
    assert isinstance(ident, int)
    return Candidate(record_place("customers", ident), draft, key=ident)
