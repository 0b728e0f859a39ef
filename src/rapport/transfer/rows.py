"""What reading an import file yields: customers ready to import, and rows that are not."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from rapport.domain.customers import CustomerDraft
from rapport.domain.people import PersonDraft
from rapport.domain.stages import Stage


@dataclass(frozen=True)
class BadRow:
    """A row (a CSV line, a vCard, a JSON record) that cannot be imported, and why.

    `place` says where to look in words ("line 12", "card at line 40"); `line` is the
    1-based line it starts on, when the format has lines, for sorting and for tools.
    """

    place: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        return f"{self.place}: {self.reason}"


@dataclass(frozen=True)
class Notice:
    """Something the owner should know about a customer that is imported all the same."""

    place: str
    text: str
    line: int | None = None

    def __str__(self) -> str:
        return f"{self.place}: {self.text}"


#: Where one value of a row went: (group, where it was in the file, where it is in Rapport);
#: the group orders the preview: a field (0), a line in About (1), not imported (2).
Placed = tuple[int, str, str]


@dataclass(frozen=True)
class Candidate:
    """A customer read from a file, checked and ready to import.

    `stage` is the lifecycle stage named in the file, if any. `key` identifies the
    record inside its file (a JSON export's customer id), so whatever hangs off it can
    be skipped with it. `emails` are all the addresses read (only the first is the
    customer's email; duplicates are looked for by each). `placed` says what went
    where, for the preview; `notices` are warnings shown with the customer. `person`
    is the person the row names (None for an organisation alone); the draft's
    organisation says which relationship they may share with other rows.
    """

    place: str
    draft: CustomerDraft
    line: int | None = None
    stage: Stage | None = None
    key: int | None = None
    emails: tuple[str, ...] = ()
    placed: tuple[Placed, ...] = ()
    notices: tuple[Notice, ...] = ()
    person: PersonDraft | None = None
    #: What duplicates are looked for by, when the reader worked it out on its way
    #: (`fast_rows`): the name and organisation as compared, and the e-mails; None: the
    #: finder works them out (`duplicates`). Not part of what the candidate is.
    compared: tuple[tuple[str, str], Collection[str]] | None = field(
        default=None, compare=False, repr=False
    )


Read = Candidate | BadRow
