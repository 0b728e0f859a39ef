"""The common CSV row on a short way: one column per field, plain values (issue 14).

Most files an owner imports are a plain list: a name (or first and last name), an
organisation, a role, one e-mail and one phone column, perhaps a few columns nothing
takes. For such a mapping, `compile_rows` works out once per reading what the general
way (`csv_import` → `RowValues` → `building`) works out again for every row, and
makes each row's customer and person directly, already in their checked form.

It takes a row only when the general way would give exactly the same: a row with
anything unusual in a mapped cell (several values, a Google ":::", a NUL, an
overlong value or name, a row with no name and no organisation) is left to the
general way (`None`). A property test holds the two to the same answer.

A plan keeps such a row as a `PlainRow` (`PlainBuilder.plain`) and makes its
candidate only when one is asked for (`PlainRow.candidate`); a group of them comes
to the import as `PlainPeople`, which the store writes without a draft a person
(tests/unit/test_import_plain_rows.py holds both to the general way).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import Any, NamedTuple, TypeVar

from rapport.domain.customers import MAX_NAME_LENGTH, CustomerDraft, Status
from rapport.domain.levels import Level
from rapport.domain.people import MAX_LABEL_LENGTH, Labelled, PersonDraft
from rapport.transfer.duplicates import _ONE_ADDRESS, compared
from rapport.transfer.fields import MAX_FIELD_LENGTH, Target, label_word, not_imported
from rapport.transfer.formula import unescape
from rapport.transfer.person_fields import PersonField
from rapport.transfer.presets import Preset
from rapport.transfer.rows import Candidate, Placed

#: What a row on the short way reads as when it carries nothing (left out, as blank rows are).
BLANK = object()

#: A row's cells, where it is ("line 12") and its line → its customer, BLANK, or None
#: (the general way must read it).
RowBuilder = Callable[[Sequence[str], str, int], object]

_NAME, _FIRST, _MIDDLE, _LAST, _ORGANISATION, _ROLE, _EMAIL, _PHONE = range(8)
_SLOTS = {
    Target.NAME: _NAME,
    Target.FIRST_NAME: _FIRST,
    Target.MIDDLE_NAME: _MIDDLE,
    Target.LAST_NAME: _LAST,
    Target.ORGANISATION: _ORGANISATION,
    Target.ROLE: _ROLE,
    Target.EMAIL: _EMAIL,
    Target.PHONE: _PHONE,
}
#: A checked customer's, person's and candidate's fields as a plain row leaves them, filled
#: in per row (see `_made`).
_DRAFT = vars(CustomerDraft("", level=Level.PROFESSIONAL.value, status=Status.ACTIVE))
_PERSON = vars(PersonDraft("", main=True))
_CANDIDATE = vars(Candidate("", CustomerDraft("")))

_T = TypeVar("_T")


class PlainRow(NamedTuple):
    """A plain row as the short way reads it, before any customer or person is made.

    A plan keeps these (a tuple, no objects of its own) and an import writes its people
    from them (`import_rows`); `PlainBuilder.candidate` makes the row's candidate, the
    same the general way makes, whenever one is asked for.
    """

    name: str  # the customer's name (the person's, or the organisation's)
    organisation: str
    role: str
    email: str
    phone: str
    named: bool  # the row names a person
    placed: tuple[Placed, ...]
    key: tuple[str, str]  # name and organisation as duplicates are compared
    mails: Collection[str]  # the e-mails as duplicates are compared
    place: str
    line: int
    how: PlainBuilder

    def candidate(self) -> Candidate:
        """The row's candidate, as the general way reads it."""
        return self.how.candidate(self)


_new_plain = tuple.__new__


def _made(cls: type[_T], fields: dict[str, Any]) -> _T:
    """A frozen dataclass with these fields, made without its `__init__`.

    That sets each field through `object.__setattr__`, seven times the cost of the
    dictionary here: three objects a row are most of what reading a plain row costs.
    The dataclasses have no `__post_init__`, and equality compares the fields, so the
    object is the one `__init__` would make (the property test compares them).
    """
    made = object.__new__(cls)
    object.__setattr__(made, "__dict__", fields)
    return made


def compile_rows(
    mapping: Sequence[Target | None],
    headers: Sequence[str],
    labels: dict[int, int | str],
    preset: Preset,
    into: Callable[[Target], str],
    person: Callable[[PersonField], str],
    phone_of: Callable[[str], str],
) -> RowBuilder | None:
    """The short way for rows under this mapping as candidates (see `compile_plain`)."""
    builder = compile_plain(mapping, headers, labels, preset, into, person, phone_of)
    return None if builder is None else builder.build


def compile_plain(
    mapping: Sequence[Target | None],
    headers: Sequence[str],
    labels: dict[int, int | str],
    preset: Preset,
    into: Callable[[Target], str],
    person: Callable[[PersonField], str],
    phone_of: Callable[[str], str],
) -> PlainBuilder | None:
    """The short way for rows under this mapping, or None when the mapping needs the general way.

    `into` and `person` name where a value went, and `phone_of` reads a phone, as
    `building` does.
    """
    fields: list[tuple[int, int, str]] = []  # (column, slot, header), in column order
    unmapped: list[tuple[int, str]] = []
    seen: set[int] = set()
    label = ["", ""]  # the e-mail's and the phone's label
    for index, (target, header) in enumerate(zip(mapping, headers, strict=False)):
        if target is None:
            if index not in preset.qualifiers:
                unmapped.append((index, header))
            continue
        slot = _SLOTS.get(target)
        if slot is None or slot in seen:
            return None  # another field, or two columns for one field: the general way
        seen.add(slot)
        if slot in (_EMAIL, _PHONE):
            found = labels.get(index, "")
            if not isinstance(found, str):
                return None  # a label in a column of its own (Google)
            label[slot - _EMAIL] = " ".join(label_word(found).split())[:MAX_LABEL_LENGTH]
        fields.append((index, slot, header))
    headers_of = {slot: header for _, slot, header in fields}
    return PlainBuilder(
        fields, unmapped, headers_of, preset, label[0], label[1], into, person, phone_of
    )


class PlainBuilder:
    """What is the same for every row under one mapping, worked out once."""

    def __init__(
        self,
        fields: list[tuple[int, int, str]],
        unmapped: list[tuple[int, str]],
        headers: dict[int, str],
        preset: Preset,
        email_label: str,
        phone_label: str,
        into: Callable[[Target], str],
        person: Callable[[PersonField], str],
        phone_of: Callable[[str], str],
    ) -> None:
        self.fields = fields
        #: Each mapped column with its slot's bit (a row's filled slots, as one number).
        self.bits = [(index, slot, 1 << slot) for index, slot, _ in fields]
        self.unmapped = unmapped
        self.headers = headers
        self.no_value = preset.no_value
        self.defaults = preset.defaults
        self.email_label = email_label
        self.phone_label = phone_label
        self.into = into
        self.person = person
        self.phone_of = phone_of
        self.not_imported = not_imported()
        #: Where a row's values went, by what the row holds (see `_placed`): shared tuples.
        self.patterns: dict[tuple[bool, int, bool, tuple[int, ...]], tuple[Placed, ...]] = {}

    def build(self, cells: Sequence[str], place: str, line: int) -> Candidate | object | None:
        """One row's customer, BLANK, or None when the general way must read the row."""
        read = self.plain(cells, place, line)
        if type(read) is PlainRow:
            return self.candidate(read)
        return read

    def plain(self, cells: Sequence[str], place: str, line: int) -> PlainRow | object | None:
        """One row as a `PlainRow`, BLANK, or None when the general way must read the row."""
        count = len(cells)
        whole_row = "".join(cells)  # damage, Google's ":::" or a long cell: the general way
        if "\x00" in whole_row or ":::" in whole_row or len(whole_row) > MAX_FIELD_LENGTH:
            return None
        texts = ["", "", "", "", "", "", "", ""]
        no_value = self.no_value
        filled = 0  # a bit for each slot filled: what the row holds, for `patterns`
        for index, slot, bit in self.bits:
            if index >= count:
                break
            cell = cells[index]
            if cell[:1] == "'":
                cell = unescape(cell)
            text = cell.strip()
            if text and text not in no_value:
                texts[slot] = text
                filled |= bit
        left_out: tuple[int, ...] = ()
        if self.unmapped:
            left_out = self._left_out(cells, count)
        email, phone = texts[_EMAIL], texts[_PHONE]
        if "," in email or ";" in email or "," in phone or ";" in phone:
            return None  # perhaps several values: the general way
        if not any(texts):
            return BLANK if not left_out else None
        name = texts[_NAME] or " ".join([t for t in texts[_FIRST : _LAST + 1] if t])
        organisation = texts[_ORGANISATION]
        whole = " ".join((name or organisation).split())
        if not whole or len(whole) > MAX_NAME_LENGTH:
            return None  # no name and no organisation, or too long: said by the general way
        spaced = " ".join(organisation.split())  # the organisation as compared
        # As duplicates are compared (`duplicates.compared`, worked out here at once).
        name_key = (whole.casefold(), spaced.casefold())
        # A name the same as its organisation (spacing and case aside) is a company's.
        named = bool(name) and not (organisation and name_key[0] == name_key[1])
        role = texts[_ROLE]
        if ":" in phone:
            phone = self.phone_of(phone)  # a tel: URI
        key = (named, filled, bool(phone), left_out)
        placed = self.patterns.get(key)
        if placed is None:
            placed = self.patterns[key] = self._placed(
                (named, tuple(map(bool, texts)), bool(phone), left_out)
            )
        if not email:
            mails: Collection[str] = ()
        elif "@" in email and _ONE_ADDRESS.fullmatch(email):  # one address, as most rows
            mails = (email.casefold(),)
        else:
            mails = compared(whole, spaced, email)[1]
        return _new_plain(  # a tuple made at once: no Python `__new__` a row
            PlainRow,
            (
                whole,
                organisation,
                role,
                email,
                phone,
                named,
                placed,
                name_key,
                mails,
                place,
                line,
                self,
            ),
        )

    def candidate(self, row: PlainRow) -> Candidate:
        """The row's customer, its person and its candidate, as the general way makes them."""
        whole, organisation, role, email, phone_value = row[:5]
        fields = _DRAFT.copy()
        fields["name"] = whole
        fields["organisation"] = organisation
        fields["role"] = role
        fields["email"] = email
        fields["phone"] = phone_value
        draft = _made(CustomerDraft, fields)
        person = None
        if row.named:
            person = _made(PersonDraft, self._person_fields(row))
        fields = _CANDIDATE.copy()
        fields["place"] = row.place
        fields["draft"] = draft
        fields["line"] = row.line
        if email:
            fields["emails"] = (email,)
        fields["placed"] = row.placed
        fields["person"] = person
        fields["compared"] = (row.key, row.mails)
        return _made(Candidate, fields)

    def _person_fields(self, row: PlainRow, main: bool = True) -> dict[str, Any]:
        """The fields of the person a row names (`main`: the main contact)."""
        fields = _PERSON.copy()
        fields["name"] = row.name
        if role := row.role:
            fields["role"] = " ".join(role.split())
        if email := row.email:
            fields["emails"] = (Labelled(self.email_label, " ".join(email.split())),)
        if phone := row.phone:
            fields["phones"] = (Labelled(self.phone_label, " ".join(phone.split())),)
        if not main:
            fields["main"] = False
        return fields

    def person_of(self, row: PlainRow, main: bool) -> PersonDraft:
        """The person a row names, as the main contact or not (as `as_main` shapes it)."""
        return _made(PersonDraft, self._person_fields(row, main))

    def _left_out(self, cells: Sequence[str], count: int) -> tuple[int, ...]:
        """The columns nothing takes that hold a value (not a default of the file's program)."""
        found = []
        no_value, defaults = self.no_value, self.defaults
        for index, _ in self.unmapped:
            if index >= count:
                break
            cell = cells[index]
            text = (unescape(cell) if cell[:1] == "'" else cell).strip()
            if text and text not in no_value and text.casefold() not in defaults:
                found.append(index)
        return tuple(found)

    def _placed(
        self, key: tuple[bool, tuple[bool, ...], bool, tuple[int, ...]]
    ) -> tuple[Placed, ...]:
        """Where the values went, in the order `building` notes them."""
        named, present, phone_value, left_out = key
        whole_name, organisation, role, email, phone = (
            present[_NAME],
            present[_ORGANISATION],
            present[_ROLE],
            present[_EMAIL],
            present[_PHONE],
        )
        parts = [] if whole_name else [s for s in (_FIRST, _MIDDLE, _LAST) if present[s]]
        headers, into, person = self.headers, self.into, self.person
        placed: dict[Placed, None] = {}
        if whole_name:
            placed[(0, headers[_NAME], into(Target.NAME))] = None
        for slot in parts:
            placed[(0, headers[slot], into(Target.NAME))] = None
        if organisation:
            placed[(0, headers[_ORGANISATION], into(Target.ORGANISATION))] = None
        if email and not named:
            placed[(0, headers[_EMAIL], into(Target.EMAIL))] = None
        by_index = dict(self.unmapped)
        for index in left_out:
            placed[(2, by_index[index], self.not_imported)] = None
        if not named:
            if role:
                placed[(0, headers[_ROLE], into(Target.ROLE))] = None
            if phone:
                placed[(0, headers[_PHONE], into(Target.PHONE))] = None
        else:
            if role:
                placed[(0, headers[_ROLE], person(PersonField.ROLE))] = None
            if email:
                placed[(0, headers[_EMAIL], person(PersonField.EMAILS))] = None
            if phone_value:
                placed[(0, headers[_PHONE], person(PersonField.PHONES))] = None
        return tuple(placed)
