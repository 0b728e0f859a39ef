"""Whom a captured e-mail or meeting belongs to: the rules, on plain data.

An e-mail belongs to the relationships whose people wrote it or received it (by
address, exactly: "info@" at the same company may be anyone). A meeting belongs to
those whose people were invited, or else whose name the meeting's title carries as
whole words ("Tasting with Café Lindeboom"); names are compared folded, so case,
accents and "ß"/"ss" do not matter. Nothing is ever guessed further: when nobody
matches, the owner is asked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapport.domain.folding import fold

#: A name shorter than this (folded) is too common to find inside a title ("Bo", "AB").
MIN_NAME_IN_TITLE = 4


@dataclass(frozen=True)
class Known:
    """A relationship as capture sees it: its id, its name, its people's names and e-mails."""

    customer_id: int
    name: str
    emails: frozenset[str] = frozenset()
    people: tuple[str, ...] = ()

    @classmethod
    def of(
        cls, customer_id: int, name: str, emails: Iterable[str], people: Iterable[str] = ()
    ) -> Known:
        """Build one from raw details (addresses compared without case)."""
        cleaned = frozenset(e.strip().casefold() for e in emails if "@" in e)
        return cls(customer_id, name, cleaned, tuple(p for p in people if p.strip()))


def by_address(addresses: Iterable[str], known: Sequence[Known]) -> list[int]:
    """The relationships any of the addresses belongs to, in the order of `known`."""
    wanted = {a.strip().casefold() for a in addresses}
    return [k.customer_id for k in known if k.emails & wanted]


def by_title(title: str, known: Sequence[Known]) -> list[int]:
    """The relationships whose name or a person's full name the title carries, as words."""
    words = f" {_words(title)} "
    found = []
    for k in known:
        for name in (k.name, *k.people):
            folded = _words(name)
            if len(folded) >= MIN_NAME_IN_TITLE and f" {folded} " in words:
                found.append(k.customer_id)
                break
    return found


def meeting_with(title: str, addresses: Iterable[str], known: Sequence[Known]) -> list[int]:
    """Whom a meeting was with: the invited people's relationships, else the title's."""
    return by_address(addresses, known) or by_title(title, known)


def _words(text: str) -> str:
    """The text folded, with every run of non-letters made one space."""
    return " ".join(re.split(r"\W+", fold(text))).strip()
