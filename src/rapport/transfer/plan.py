"""An import plan: everything read from a file, what is wrong with it, and what is a duplicate.

Reading runs as a generator that yields progress after each slice, so the UI can
show a progress bar and stop between two slices (nothing is written while reading),
and the command line simply runs it to the end.

A CSV or vCard plan keeps every customer read (rows of one organisation are offered
as one relationship, which needs them all), with the duplicates, the warned and the
bad rows; the import then writes a slice at a time (`importable_chunks`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass, field

from rapport.domain.customers import CustomerDraft
from rapport.transfer.archive import ArchivedFiles
from rapport.transfer.duplicates import Duplicate, DuplicateFinder, Existing, find_duplicates
from rapport.transfer.grouping import Group, NewRelationship, find_groups, relationships
from rapport.transfer.joining import Joining, join_known, joinings, known_relationships
from rapport.transfer.opening import JsonSource, Opened
from rapport.transfer.rows import BadRow, Candidate, Placed
from rapport.transfer.snapshot import Snapshot, record_place

#: Rows read between two progress reports.
CHUNK = 500

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
    candidates: list[Candidate] = field(default_factory=list)
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
    #: The journal's relationships by matched name, that people may join (`joining.py`).
    known: dict[str, Existing] = field(default_factory=dict, repr=False)

    def relationships(self, include_duplicates: bool = False) -> list[NewRelationship]:
        """The relationships to add, each group as the owner chose (see `grouping`).

        One of an organisation already in the journal is marked as joining it.
        """
        found = relationships(self.importable(include_duplicates), self.groups)
        return join_known(found, self.known)

    def joining(self, include_duplicates: bool = False) -> list[Joining]:
        """The people who join a relationship already in the journal, for the preview."""
        if not self.known:  # an empty journal: nothing to join (and no list to work out)
            return []
        return joinings(self.relationships(include_duplicates), self.known)

    def placements(self, include_duplicates: bool = False) -> list[Placement]:
        """What went where, counted over the customers to import; "not imported" last."""
        counted: Counter[Placed] = Counter()
        for candidate in self.importable(include_duplicates):
            counted.update(candidate.placed)
        ordered = sorted(counted.items(), key=lambda item: item[0][0])  # stable: first seen first
        return [Placement(origin, where, n) for (_, origin, where), n in ordered]

    def warned(self) -> list[Candidate]:
        """The customers that come with a warning (an unreadable line in a card)."""
        return [c for c in self.candidates if c.notices]

    def importable_count(self, include_duplicates: bool = False) -> int:
        """How many customers an import would add."""
        return self.found - (0 if include_duplicates else len(self.duplicates))

    def importable(self, include_duplicates: bool = False) -> list[Candidate]:
        """The customers to import: every good one, duplicates only when asked for."""
        if include_duplicates:
            return list(self.candidates)
        doubled = {id(d.candidate) for d in self.duplicates}
        return [c for c in self.candidates if id(c) not in doubled]

    def importable_chunks(
        self, include_duplicates: bool = False, chunk: int = CHUNK
    ) -> Iterator[list[Candidate]]:
        """The customers to import, a slice at a time."""
        found = self.importable(include_duplicates)
        yield from (found[i : i + chunk] for i in range(0, len(found), chunk))

    def skipped_keys(self, include_duplicates: bool = False) -> set[int]:
        """JSON customer ids left out as duplicates (their whole history stays out too)."""
        if include_duplicates:
            return set()
        return {d.candidate.key for d in self.duplicates if d.candidate.key is not None}


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
        plan.candidates = [_json_candidate(row) for row in source.snapshot.rows("customers")]
        plan.found = len(plan.candidates)
        plan.duplicates = find_duplicates(plan.candidates, existing, within_file=False)
        return plan
    existing = list(existing)
    plan.known = known_relationships(existing)
    finder = DuplicateFinder(existing)
    total = source.total
    for start in range(0, max(total, 1), chunk):
        for read in source.read(start, start + chunk):
            if isinstance(read, BadRow):
                plan.bad.append(read)
            else:
                _take(plan, finder, read)
        yield min(start + chunk, total), total
    plan.bad.sort(key=lambda b: b.line or 0)
    plan.groups = find_groups(plan.candidates)
    return plan


def _take(plan: ImportPlan, finder: DuplicateFinder, candidate: Candidate) -> None:
    """Count a customer read, noting whether it is a duplicate, and keep it."""
    duplicate = finder.check(candidate)
    if duplicate is not None:
        plan.duplicates.append(duplicate)
    plan.candidates.append(candidate)
    plan.found += 1


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
