"""People of an organisation already in the journal join its relationship on import.

An address book exported again later holds the café's new manager beside the owner
who is already in Rapport: the manager belongs to the café's relationship, not to a
second "Café Lindeboom". A relationship the import would add is matched to one of
the journal by name, ignoring case, spacing and accents (as the list's filter
matches), when it is an organisation: it has people, and none of them gives it its
name (a one-person relationship named after someone never joins another). The
preview lists what joins what, and the import adds those people to the relationship
that is there, leaving its own details as the owner keeps them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from rapport.domain.people import PersonDraft
from rapport.transfer.duplicates import Existing, Indexed
from rapport.transfer.grouping import NewRelationship, folded


@dataclass(frozen=True)
class Joining:
    """People an import adds to a relationship already in the journal."""

    customer_id: int
    name: str
    people: tuple[PersonDraft, ...]


def known_relationships(existing: Iterable[Existing]) -> dict[str, Existing]:
    """The journal's relationships (not their people) by matched name, the first kept.

    Worked out once for customers kept `Indexed` (the plan only reads it).
    """
    if isinstance(existing, Indexed):
        return existing.worked_out("relationships", _known)
    return _known(existing)


def _known(existing: Iterable[Existing]) -> dict[str, Existing]:
    known: dict[str, Existing] = {}
    for found in existing:
        if not found.person:
            known.setdefault(folded(found.name), found)
    return known


def join_one(relationship: NewRelationship, known: Mapping[str, Existing]) -> NewRelationship:
    """The relationship to add, marked `joins` when it is an organisation already there."""
    if not known or not relationship.people:
        return relationship
    name = folded(relationship.draft.name)
    there = known.get(name)
    if there is None:  # most: no relationship of that name (and its people not folded)
        return relationship
    if any(folded(p.name) == name for p in relationship.people):  # a person, not a firm
        return relationship
    return replace(relationship, joins=there.id)


def joinings(found: Sequence[NewRelationship], known: Mapping[str, Existing]) -> list[Joining]:
    """What joins what, for the preview: one line per relationship of the journal."""
    names = {e.id: e.name for e in known.values()}
    by_id: dict[int, list[PersonDraft]] = {}
    for relationship in found:
        if relationship.joins is not None:
            by_id.setdefault(relationship.joins, []).extend(relationship.people)
    return [Joining(cid, names.get(cid, ""), tuple(people)) for cid, people in by_id.items()]
