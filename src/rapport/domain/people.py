"""People at a relationship, our own people, and the relationship's kind.

A customer (the relationship: stage, level, health…) is an organisation with several
people, or one person. People leave and the relationship goes on, so a person who is
"no longer there" is kept, with the date they left. The relationship's kind says
whether the owner sells to them, buys from them, or works alongside them; every
screen words itself after it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import NamedTuple

from rapport.domain.customers import CustomerDraft, ValidationError, clean_name
from rapport.domain.folding import fold
from rapport.i18n import QT_TRANSLATE_NOOP, Words, translate

DomainPeopleText = Words("DomainPeopleText")

MAX_NOTE_LENGTH = 2000
MAX_LABEL_LENGTH = 40


class RelationshipKind(StrEnum):
    """Who the relationship is with: someone who buys, sells to us, or works alongside."""

    CUSTOMER = "customer"
    SUPPLIER = "supplier"
    PARTNER = "partner"

    @property
    def label(self) -> str:
        """The kind's name, capitalised, in the owner's language ("Supplier")."""
        return translate(DomainPeopleText.context, _KIND_LABELS[self])

    @property
    def noun(self) -> str:
        """The kind as a word inside a sentence ("supplier")."""
        return translate(DomainPeopleText.context, _KIND_NOUNS[self])


_KIND_LABELS = {
    RelationshipKind.CUSTOMER: QT_TRANSLATE_NOOP("DomainPeopleText", "Customer"),
    RelationshipKind.SUPPLIER: QT_TRANSLATE_NOOP("DomainPeopleText", "Supplier"),
    RelationshipKind.PARTNER: QT_TRANSLATE_NOOP("DomainPeopleText", "Partner"),
}
_KIND_NOUNS = {
    RelationshipKind.CUSTOMER: QT_TRANSLATE_NOOP("DomainPeopleText", "customer"),
    RelationshipKind.SUPPLIER: QT_TRANSLATE_NOOP("DomainPeopleText", "supplier"),
    RelationshipKind.PARTNER: QT_TRANSLATE_NOOP("DomainPeopleText", "partner"),
}


def kinds_in_words(counts: Mapping[RelationshipKind, int]) -> str:
    """How many relationships of each kind: "15 customers, 1 supplier, 1 partner".

    A kind the journal has none of is left out; an empty journal reads "0 customers".
    """
    words = {
        RelationshipKind.CUSTOMER: lambda n: DomainPeopleText.tr("%n customer(s)", "", n),
        RelationshipKind.SUPPLIER: lambda n: DomainPeopleText.tr("%n supplier(s)", "", n),
        RelationshipKind.PARTNER: lambda n: DomainPeopleText.tr("%n partner(s)", "", n),
    }
    parts = [words[kind](counts[kind]) for kind in RelationshipKind if counts.get(kind)]
    return DomainPeopleText.tr(", ").join(parts) or words[RelationshipKind.CUSTOMER](0)


def relationship_kind(value: str | None) -> RelationshipKind:
    """The kind stored as `value`; anything unknown (an older file) reads as a customer."""
    try:
        return RelationshipKind(value or RelationshipKind.CUSTOMER)
    except ValueError:
        return RelationshipKind.CUSTOMER


class Labelled(NamedTuple):
    """One e-mail address or phone number with its label ("work", "mobile"; may be empty)."""

    label: str
    value: str

    def __str__(self) -> str:
        return f"{self.value} ({self.label})" if self.label else self.value


def clean_labelled(items: tuple[Labelled, ...] | list[Labelled]) -> tuple[Labelled, ...]:
    """Trimmed items without blanks or repeats (the same value twice is kept once)."""
    seen: set[str] = set()
    cleaned: list[Labelled] = []
    for label, value in items:
        value = " ".join(str(value).split())
        if not value or value.casefold() in seen:
            continue
        seen.add(value.casefold())
        cleaned.append(Labelled(" ".join(str(label).split())[:MAX_LABEL_LENGTH], value))
    return tuple(cleaned)


@dataclass(frozen=True)
class PersonDraft:
    """What the owner typed about one person at a relationship, before it is checked."""

    name: str
    role: str = ""
    emails: tuple[Labelled, ...] = ()
    phones: tuple[Labelled, ...] = ()
    birthday: date | None = None
    note: str = ""
    main: bool = False
    left_on: date | None = None

    def validated(self) -> PersonDraft:
        """A cleaned copy, or ValidationError naming the bad field in plain words."""
        note = self.note.strip()
        if len(note) > MAX_NOTE_LENGTH:
            problem = DomainPeopleText.tr(
                "The note is {length} characters long; at most {most} fit."
            )
            raise ValidationError("note", problem.format(length=len(note), most=MAX_NOTE_LENGTH))
        try:
            name = clean_name(self.name)
        except ValidationError:
            problem = DomainPeopleText.tr("A person needs a name. Type at least one letter.")
            raise ValidationError("name", problem) from None
        return PersonDraft(  # not `replace`: 5× dearer, and an import checks every row
            name=name,
            role=" ".join(self.role.split()),
            emails=clean_labelled(self.emails),
            phones=clean_labelled(self.phones),
            birthday=self.birthday,
            note=note,
            # someone who has left is no longer the one to call
            main=self.main and self.left_on is None,
            left_on=self.left_on,
        )


def as_main(person: PersonDraft, main: bool) -> PersonDraft:
    """The person as the main contact or not (an import shapes every row's person so).

    Copied field by field without `__init__` (a frozen dataclass sets each field through
    `object.__setattr__`): `dataclasses.replace` costs ten times as much, and an
    import of 10,000 rows at 300 organisations remakes some 9,700 of them.
    """
    if person.main == main:
        return person
    copy = object.__new__(PersonDraft)
    fields = person.__dict__.copy()
    fields["main"] = main
    object.__setattr__(copy, "__dict__", fields)
    return copy


def matched_words(name: str, role: str, emails: tuple[Labelled, ...]) -> list[str]:
    """What of a person the customer list's filter and Ctrl+N find a relationship by."""
    return [name, role, *[e.value for e in emails]]


def names_in_words(names: list[str]) -> str:
    """Several names as one phrase: "Marieke", "Marieke and Jens", "A, B and C"."""
    names = [n for n in names if n]
    if len(names) <= 1:
        return names[0] if names else ""
    joined = DomainPeopleText.tr("{names} and {last}")
    return joined.format(names=", ".join(names[:-1]), last=names[-1])


def took_part(ours: list[str], theirs: list[str]) -> str:
    """Who took part, for a timeline row: "You and Marieke · with Jens and Anna".

    `ours` holds our people's names, the owner's as "" (said as "You"); either side
    may be empty (an older entry says nothing about who took part).
    """
    our_names = [name or DomainPeopleText.tr("You") for name in ours]
    parts = [names_in_words(our_names)] if our_names else []
    if theirs:
        parts.append(DomainPeopleText.tr("with {names}").format(names=names_in_words(theirs)))
    return " · ".join(parts)


def split_contact(draft: CustomerDraft) -> tuple[CustomerDraft, PersonDraft | None]:
    """A new customer's own fields, and its first person, shaped as the 0009 migration does.

    An organisation other than the name names the relationship, and the name is its
    first person's ("Café Lindeboom", with Jens inside); otherwise it is a one-person
    relationship that keeps its name. Role, e-mail and phone live on the person, once
    (an e-mail field may hold several: "a@x, b@y"). A bare name says nothing about a
    person, so none is made: the owner adds people when they know them.
    """
    name = " ".join(draft.name.split())
    organisation = " ".join(draft.organisation.split())
    is_organisation = bool(organisation) and fold(organisation) != fold(name)
    emails = tuple(Labelled("", a) for a in _split_field(draft.email))
    phones = tuple(Labelled("", p) for p in _split_field(draft.phone, ";"))
    own = replace(
        draft,
        name=organisation if is_organisation else name,
        organisation="" if is_organisation else organisation,
        email="",
        phone="",
    )
    if not (is_organisation or draft.role.strip() or emails or phones):
        return own, None
    person = PersonDraft(name=name, role=draft.role, emails=emails, phones=phones, main=True)
    return replace(own, role=""), person


def _split_field(text: str, separators: str = ",;") -> list[str]:
    """The values of a field that may hold several, separated by `separators`."""
    for separator in separators[1:]:
        text = text.replace(separator, separators[0])
    return [part.strip() for part in text.split(separators[0]) if part.strip()]
