"""Likely duplicates: the same email, or the same name and organisation.

Checked within the file (the second one is the duplicate) and against the journal.
They are shown to the owner and left out unless asked for, never silently doubled.
Names and organisations are compared ignoring case and spacing; emails ignoring case.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple, TypeVar, cast

from rapport.i18n import Words
from rapport.transfer.rows import Candidate

DuplicatesText = Words("DuplicatesText")

_EMAIL_SPLIT = re.compile(r"[\s,;]+")
_ONE_ADDRESS = re.compile(r"[^\s,;]*")  # nothing `_EMAIL_SPLIT` would split


class Existing(NamedTuple):
    """A customer already in the journal, as far as duplicate checks need.

    A named tuple: a check is made against every customer and person of the journal
    (20,000 at a million entries), and a frozen dataclass took 2 µs each to make.
    """

    id: int
    name: str
    organisation: str
    email: str
    #: One of the people at relationship `id` (else the relationship itself).
    person: bool = False


_T = TypeVar("_T")


class Indexed(list[Existing]):
    """The journal's customers for the checks, with what is worked out of them kept.

    The store keeps one for the session (store/import_existing.py) and hands the same
    one to every import until a change names a customer: the checks' indexes of 20,000
    customers are then worked out once, not again at each import (30 ms at a million
    entries). Read-only: nothing may change it once handed out.
    """

    def __init__(self, found: Iterable[Existing] = ()) -> None:
        super().__init__(found)
        self._made: dict[str, object] = {}
        self._lock = threading.Lock()

    def worked_out(self, key: str, make: Callable[[Sequence[Existing]], _T]) -> _T:
        """`make(self)`, made the first time `key` is asked for and kept."""
        with self._lock:
            if key not in self._made:
                self._made[key] = make(self)
            return cast(_T, self._made[key])


@dataclass(frozen=True)
class Duplicate:
    """A candidate that is probably someone already there, and who."""

    candidate: Candidate
    reason: str

    def __str__(self) -> str:
        return f"{self.candidate.place}: {self.candidate.draft.name} — {self.reason}"


class _Who(NamedTuple):  # one per row of a file: no __dict__ each, and quick to make
    """Whom a candidate doubles: a customer of the journal, or one earlier in the file."""

    name: str
    place: str | None = None  # where in the file; None: already in the journal


def emails(text: str) -> set[str]:
    """The addresses in an email field ("a@x.com, b@y.org"), lower-cased."""
    return {e.casefold() for e in _EMAIL_SPLIT.split(text) if "@" in e}


def _emails_of(email: str, others: tuple[str, ...]) -> set[str]:
    """A candidate's addresses: its email's and the others read (which are in About).

    Most rows hold one plain address, the email itself: it is taken as it is.
    """
    if (not others or others == (email,)) and _ONE_ADDRESS.fullmatch(email):
        return {email.casefold()} if "@" in email else set()
    return emails(", ".join((email, *others)))


def compared(name: str, organisation: str, email: str) -> tuple[tuple[str, str], Collection[str]]:
    """What a row is compared by, for a reader that has its parts already cleaned.

    `name` is spaced as `person` leaves it, `organisation` too, and `email` is the
    only address read (`Candidate.compared`; a test holds it to the finder's own).
    """
    if not email:
        return (name.casefold(), organisation.casefold()), ()
    if "@" in email and _ONE_ADDRESS.fullmatch(email):  # a tuple: a set costs 216 bytes
        return (name.casefold(), organisation.casefold()), (email.casefold(),)
    return (name.casefold(), organisation.casefold()), _emails_of(email, (email,))


def person(name: str, organisation: str) -> tuple[str, str]:
    """Name and organisation as compared: case and spacing ignored."""
    return (" ".join(name.split()).casefold(), " ".join(organisation.split()).casefold())


def find_duplicates(
    candidates: Sequence[Candidate], existing: Iterable[Existing], *, within_file: bool = True
) -> list[Duplicate]:
    """Every candidate that looks like a customer of the journal or an earlier candidate."""
    finder = DuplicateFinder(existing, within_file=within_file)
    return [d for d in map(finder.check, candidates) if d is not None]


class DuplicateFinder:
    """Checks candidates one by one, in file order (a big file is never held whole)."""

    def __init__(self, existing: Iterable[Existing], *, within_file: bool = True) -> None:
        self._within_file = within_file
        if isinstance(existing, Indexed):  # worked out once; copied, as the check adds to them
            by_email, by_person = existing.worked_out("duplicates", _indexes)
            self._by_email, self._by_person = dict(by_email), dict(by_person)
        else:
            self._by_email, self._by_person = _indexes(existing)

    def check(self, candidate: Candidate) -> Duplicate | None:
        """The candidate as a duplicate of one already there or earlier, else None."""
        draft = candidate.draft
        compared = candidate.compared
        if compared is None:
            key = person(draft.name, draft.organisation)
            mine: Collection[str] = _emails_of(draft.email, candidate.emails)
        else:
            key, mine = compared
        reason = self.reason(key, mine, draft.name, candidate.place)
        return None if reason is None else Duplicate(candidate, reason)

    def reason(
        self, key: tuple[str, str], mine: Collection[str], name: str, place: str
    ) -> str | None:
        """Why a row compared by `key` and `mine` is a duplicate, else None (noted as read)."""
        by_email, by_person = self._by_email, self._by_person
        if not by_email.keys().isdisjoint(mine):  # the first in sorted order, as always
            return _same_email(by_email[min(by_email.keys() & mine)])
        if key in by_person:
            return _same_person(by_person[key])
        if self._within_file:
            who = _Who(name, place)
            for email in mine:
                by_email.setdefault(email, who)
            by_person.setdefault(key, who)
        return None


def _indexes(
    existing: Iterable[Existing],
) -> tuple[dict[str, _Who], dict[tuple[str, str], _Who]]:
    """The journal's customers by e-mail and by name and organisation, the first kept."""
    by_email: dict[str, _Who] = {}
    by_person: dict[tuple[str, str], _Who] = {}
    for customer in existing:
        who = _Who(customer.name)
        for email in emails(customer.email):
            by_email.setdefault(email, who)
        by_person.setdefault(person(customer.name, customer.organisation), who)
    return by_email, by_person


def _same_email(who: _Who) -> str:
    if who.place is None:
        return DuplicatesText.tr("same email as “{name}”, already in your journal").format(
            name=who.name
        )
    return DuplicatesText.tr("same email as “{name}” at {place}").format(
        name=who.name, place=who.place
    )


def _same_person(who: _Who) -> str:
    if who.place is None:
        return DuplicatesText.tr(
            "same name and organisation as “{name}”, already in your journal"
        ).format(name=who.name)
    return DuplicatesText.tr("same name and organisation as “{name}” at {place}").format(
        name=who.name, place=who.place
    )
