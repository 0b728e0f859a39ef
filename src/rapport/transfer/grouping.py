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

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from rapport.domain.customers import CustomerDraft
from rapport.domain.folding import fold
from rapport.domain.people import PersonDraft
from rapport.domain.stages import Stage
from rapport.transfer.rows import Candidate


@dataclass
class Group:
    """Rows of the file whose people share an organisation; `together` is the owner's choice."""

    organisation: str
    members: list[Candidate]
    together: bool = True


@dataclass(frozen=True)
class NewRelationship:
    """One relationship an import adds: the customer's details, its people, its stage."""

    draft: CustomerDraft
    people: tuple[PersonDraft, ...] = ()
    stage: Stage | None = None
    #: The relationship already in the journal these people join (`joining.py`).
    joins: int | None = None


def folded(text: str) -> str:
    """An organisation's name as compared: case, spacing and accents ignored."""
    return " ".join(fold(text).split())


def find_groups(candidates: Iterable[Candidate]) -> list[Group]:
    """The organisations that two or more rows with a person share, in the file's order."""
    by_organisation: dict[str, Group] = {}
    for candidate in candidates:
        organisation = candidate.draft.organisation
        if candidate.person is None or not folded(organisation):
            continue
        group = by_organisation.setdefault(folded(organisation), Group(organisation, []))
        group.members.append(candidate)
    return [g for g in by_organisation.values() if len(g.members) > 1]


def relationships(
    candidates: Sequence[Candidate], groups: Sequence[Group] = ()
) -> list[NewRelationship]:
    """What to add for these candidates, rows of a group chosen "together" as one."""
    group_of = {id(m): g for g in groups for m in g.members}
    wanted = {id(c) for c in candidates}
    found: list[NewRelationship] = []
    done: set[int] = set()
    for candidate in candidates:
        group = group_of.get(id(candidate))
        if group is None or not group.together:
            found.append(alone(candidate, separate=group is not None))
        elif id(group) not in done:
            done.add(id(group))
            members = [m for m in group.members if id(m) in wanted]
            found.append(together(group.organisation, members))
    return found


def alone(candidate: Candidate, *, separate: bool = False) -> NewRelationship:
    """One row as a relationship; `separate`: one of a group the owner wants kept apart."""
    draft, person = candidate.draft, candidate.person
    if person is None:
        return NewRelationship(draft, (), candidate.stage)
    organisation = draft.organisation
    if organisation and folded(organisation) != folded(draft.name) and not separate:
        draft = replace(draft, name=organisation, organisation="")
    shaped = replace(draft, role="", email="", phone="")
    return NewRelationship(shaped, (replace(person, main=True),), candidate.stage)


def together(organisation: str, members: Sequence[Candidate]) -> NewRelationship:
    """Several rows as one organisation with their people, the first the main contact."""
    if len(members) == 1:
        return alone(members[0])
    first = members[0].draft
    people = [m.person for m in members if m.person is not None]
    texts = {m.draft.about.strip() for m in members if m.draft.about.strip()}
    notes = [(m.person, m.draft.about) for m in members if m.draft.about.strip()]
    if len(texts) == 1:  # the same notes on every row (a Rapport export): once
        notes = notes[:1]
    about = "\n\n".join(
        f"{p.name}:\n{text}" if p is not None and len(texts) > 1 else text for p, text in notes
    )
    tags = list(dict.fromkeys(t for m in members for t in m.draft.tags))
    draft = replace(
        first,
        name=organisation,
        organisation="",
        role="",
        email="",
        phone="",
        address=next((m.draft.address for m in members if m.draft.address), ""),
        website=next((m.draft.website for m in members if m.draft.website), ""),
        about=about,
        tags=tuple(tags),
    )
    stage = next((m.stage for m in members if m.stage is not None), None)
    shaped = tuple(replace(p, main=i == 0) for i, p in enumerate(people))
    return NewRelationship(draft, shaped, stage)
