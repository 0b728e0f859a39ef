"""Turning one row's values into a checked customer and its person, saying where each went.

A row that names someone gives a person (`person_of`): every e-mail and phone with
its label, the role (with the department in brackets), the birthday, the name with
its prefix and suffix, and a nickname as a line of the person's note. A row that
names only an organisation (or a card that says it is one) gives no person.
Organisations and addresses are single fields: the first value fills the field and
every other distinct one becomes a labelled line in "About" ("Other address: …").
Websites keep every distinct value (joined by ", "), notes are joined by blank
lines, and the other fields take the first non-empty value. The draft's email is the
first address and its phone all of them, for finding duplicates; an import writes
them on the person (see `grouping`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from rapport.domain.customers import (
    CustomerDraft,
    Status,
    ValidationError,
    clean_cadence,
    parse_account_value,
    parse_tags,
)
from rapport.domain.levels import Level
from rapport.domain.people import Labelled, PersonDraft
from rapport.domain.stages import Stage
from rapport.i18n import QT_TRANSLATE_NOOP, formats, translate, translator
from rapport.transfer.fields import (
    LINE_LABELS,
    MAX_FIELD_LENGTH,
    MAX_NOTES_LENGTH,
    FieldsText,
    RowValues,
    Target,
    field_label,
    into_about,
    line_label,
    not_imported,
)
from rapport.transfer.person_fields import (
    PersonField,
    into_person,
    parse_birthday,
)
from rapport.transfer.person_fields import (
    into_person_note as _person_note,
)
from rapport.transfer.rows import BadRow, Candidate, Placed, Read

_NUL_IN_FIELD = QT_TRANSLATE_NOOP(
    "FieldsText", "the {field} holds a NUL character, a sign of a damaged or binary file"
)
_FIELD_TOO_LONG = QT_TRANSLATE_NOOP(
    "FieldsText", "the {field} is {length} characters long; at most {limit} fit"
)
_GOOGLE_SEPARATOR = re.compile(r"\s*:::\s*")
_TAG_SEPARATOR = re.compile(r"\s*(?::::|;|,)\s*")
_LIST_SEPARATOR = re.compile(r"[;,]")
_TEL_URI = re.compile(r"(?i)\btel:")
_NAME_PARTS = (Target.FIRST_NAME, Target.MIDDLE_NAME, Target.LAST_NAME)
#: Fields whose every value becomes a labelled About line (besides the "other" ones).
_LINE_FIELDS = (Target.PREFIX, Target.SUFFIX, Target.NICKNAME, Target.BIRTHDAY, Target.DEPARTMENT)


def build_customer(values: RowValues, place: str, line: int | None) -> Read:
    """Make a checked customer from the values of one row, or say why it cannot be."""
    try:
        _refuse_damage(values)
        builder = _Builder(values)
        draft = builder.draft().validated()
        person = builder.person()
        return Candidate(
            place,
            draft,
            line,
            stage=_stage(values),
            emails=tuple(text for _, text in builder.distinct(Target.EMAIL)),
            placed=tuple(builder.placed),
            notices=tuple(values.notices),
            person=person.validated() if person is not None else None,
        )
    except ValidationError as exc:
        return BadRow(place, _short(exc.message.rstrip("."), 300), line)


class _Builder:
    """One row on its way to a customer, noting what went where."""

    def __init__(self, values: RowValues) -> None:
        self.values = values
        self.placed: dict[Placed, None] = {}  # ordered, without repeats
        self.lines: dict[Target, list[str]] = {}
        self.named = ""  # the person's name, when the row names one
        self._distinct: dict[Target, list[tuple[str, str]]] = {}  # e-mails are asked twice

    def draft(self) -> CustomerDraft:
        values = self.values
        name = self.name()
        organisation = self.single(Target.ORGANISATION, self.distinct(Target.ORGANISATION))
        if not name and not organisation:
            raise ValidationError("name", FieldsText.tr("it has no name and no organisation"))
        company = values.company or (bool(organisation) and _folded(name) == _folded(organisation))
        self.named = "" if company else name
        emails = self.distinct(Target.EMAIL)
        email = emails[0][1] if emails and self.named else self.single(Target.EMAIL, emails)
        address = self.single(Target.ADDRESS, self.distinct(Target.ADDRESS))
        if not address and not values.cells.keys().isdisjoint(_ADDRESS_PARTS):
            address = self.address()
        for target in () if self.named else _LINE_FIELDS:
            for origin, text in self.distinct(target):
                if target in (Target.PREFIX, Target.SUFFIX) and _within(text, name):
                    continue  # "Dr." already in the name as written
                self.line(target, origin, text)
        notes = "\n\n".join([t.strip() for _, t in values.cells.get(Target.ABOUT, ()) if t.strip()])
        self.mark(Target.ABOUT)
        self.mark(Target.STAGE)
        return CustomerDraft(
            name=name or organisation,
            organisation=organisation,
            role=", ".join([t for _, t in self.distinct(Target.ROLE)]),
            email=email,
            phone=", ".join([_phone(t) for _, t in self.distinct(Target.PHONE)]),
            address=address,
            website=self.joined(Target.WEBSITE),
            about="\n\n".join(p for p in (notes, self.about_lines()) if p),
            tags=tuple(_tags(self.used(Target.TAGS))) if Target.TAGS in values.cells else (),
            level=_choice(self.first(Target.LEVEL), Level, "level", Level.PROFESSIONAL),
            account_value=_account_value(self.first(Target.ACCOUNT_VALUE)),
            currency=self.first(Target.CURRENCY),
            cadence_days=_cadence(self.first(Target.CADENCE)),
            status=Status(_choice(self.first(Target.STATUS), Status, "status", Status.ACTIVE)),
        )

    def name(self) -> str:
        """The whole name, else first, middle and last name joined: all go into Name."""
        cells = self.values.cells
        for targets in ((Target.NAME,), _NAME_PARTS):
            parts = []
            for target in targets:
                for origin, text in cells.get(target, ()):
                    text = text.strip()
                    if text:
                        self.placed[(0, origin, _into(Target.NAME))] = None
                        parts.append(text)
                        break
            if parts:
                return " ".join(parts)
        return ""

    def person(self) -> PersonDraft | None:
        """The person the row names, with what address books hold about them; None if none."""
        if not self.named:
            self.mark(Target.ROLE)
            self.mark(Target.PHONE)
            return None
        name = self.named
        # Most rows hold none of an address book's extras: their loops are skipped whole.
        extras = not self.values.cells.keys().isdisjoint(_PERSON_EXTRAS)
        if extras:
            for origin, text in self.distinct(Target.PREFIX):
                if not _within(text, name):
                    name = f"{text} {name}"
                self.placed[(0, origin, _person(PersonField.NAME))] = None
            for origin, text in self.distinct(Target.SUFFIX):
                if not _within(text, name):
                    name = f"{name} {text}"
                self.placed[(0, origin, _person(PersonField.NAME))] = None
        role = ", ".join([t for _, t in self.distinct(Target.ROLE)])
        department = ", ".join([t for _, t in self.distinct(Target.DEPARTMENT) if t])
        if department:
            role = f"{role} ({department})" if role else department
        for target in (Target.ROLE, Target.DEPARTMENT):
            self.person_mark(target, PersonField.ROLE)
        note: list[str] = []
        birthday = left_on = None
        if extras:
            for origin, text in self.distinct(Target.NICKNAME):
                note.append(f"{line_label(Target.NICKNAME)}: {text}")
                self.placed[(1, origin, _person_note(line_label(Target.NICKNAME)))] = None
            for origin, text in self.distinct(Target.BIRTHDAY):
                day = parse_birthday(text) if birthday is None else None
                if day is not None:
                    birthday = day
                    self.placed[(0, origin, _person(PersonField.BIRTHDAY))] = None
                else:
                    note.append(f"{line_label(Target.BIRTHDAY)}: {text}")
                    self.placed[(1, origin, _person_note(line_label(Target.BIRTHDAY)))] = None
            for origin, text in self.distinct(Target.LEFT_ON):
                day = parse_birthday(text) if left_on is None else None
                if day is not None:
                    left_on = day
                    self.placed[(0, origin, _person(PersonField.LEFT_ON))] = None
                else:
                    note.append(f"{line_label(Target.LEFT_ON)}: {text}")
                    self.placed[(1, origin, _person_note(line_label(Target.LEFT_ON)))] = None
        return PersonDraft(
            name=name,
            role=role,
            emails=self.labelled(Target.EMAIL, PersonField.EMAILS),
            phones=self.labelled(Target.PHONE, PersonField.PHONES),
            birthday=birthday,
            note="\n".join(note),
            main=True,
            left_on=left_on,
        )

    def labelled(self, target: Target, into: PersonField) -> tuple[Labelled, ...]:
        """Every distinct value of a field with its label, in the order read."""
        found: dict[str, Labelled] = {}
        labels = self.values.labels
        where = ""  # where the values went, as the preview names it: asked once
        for index, (origin, raw) in enumerate(self.cells(target)):
            for part in _several(target, raw):
                value = _phone(part) if target is Target.PHONE else part
                folded = value.casefold()
                if value and folded not in found:
                    found[folded] = Labelled(labels.get((target, index), ""), value)
                    where = where or _person(into)
                    self.placed[(0, origin, where)] = None
        return tuple(found.values())

    def person_mark(self, target: Target, into: PersonField) -> None:
        for origin, text in self.cells(target):
            if text.strip():
                self.placed[(0, origin, _person(into))] = None

    def address(self) -> str:
        """An address from its parts: "street, postcode city, region, country"."""
        street = ", ".join(t.strip() for t in self.used(Target.STREET) if t.strip())
        city, region, code, country = (
            self.first(t) for t in (Target.CITY, Target.REGION, Target.POSTCODE, Target.COUNTRY)
        )
        town = " ".join(p for p in (code, city) if p)
        return ", ".join(p for p in (street, town, region, country) if p)

    def about_lines(self) -> str:
        for origin, text in self.values.cells.get(Target.ABOUT_LINE, ()):
            if text.strip():
                self.lines.setdefault(Target.ABOUT_LINE, []).append(f"{origin}: {text.strip()}")
                self.placed[(1, origin, into_about(origin))] = None
        for origin in self.values.left_out:
            self.placed[(2, origin, not_imported())] = None
        if not self.lines and not self.values.unread:  # most rows: nothing goes to About
            return ""
        unread = FieldsText.tr("Line Rapport could not read")
        written = [*LINE_LABELS, Target.ABOUT_LINE]
        lines = [line for target in written for line in self.lines.get(target, ())]
        lines.extend(f"{unread}: {text}" for text in self.values.unread)
        return "\n".join(lines)

    # --- values, and noting where they went -----------------------------------------

    def cells(self, target: Target) -> list[tuple[str, str]]:
        return self.values.cells.get(target, [])

    def distinct(self, target: Target) -> list[tuple[str, str]]:
        """Every distinct value with its origin (Google packs several into one cell with ":::")."""
        cells = self.values.cells.get(target)
        if not cells:
            return []
        found = self._distinct.get(target)
        if found is None:
            found = self._distinct[target] = self._distinct_of(cells)
        return found

    @staticmethod
    def _distinct_of(cells: list[tuple[str, str]]) -> list[tuple[str, str]]:
        seen: dict[str, tuple[str, str]] = {}
        for origin, raw in cells:
            parts = _GOOGLE_SEPARATOR.split(raw.strip()) if ":::" in raw else [raw.strip()]
            for part in parts:
                if part and part.casefold() not in seen:
                    seen[part.casefold()] = (origin, part)
        return list(seen.values())

    def single(self, target: Target, found: list[tuple[str, str]]) -> str:
        """The first value fills the field; the others become "Other …" lines in About."""
        if not found:
            return ""
        origin, first = found[0]
        self.placed[(0, origin, _into(target))] = None
        for origin, text in found[1:]:
            self.line(target, origin, text)
        return first

    def line(self, target: Target, origin: str, text: str) -> None:
        label = line_label(target)
        self.lines.setdefault(target, []).append(f"{label}: {text}")
        self.placed[(1, origin, into_about(label))] = None

    def first(self, target: Target) -> str:
        for origin, text in self.values.cells.get(target, ()):
            if text.strip():
                self.placed[(0, origin, _into(target))] = None
                return text.strip()
        return ""

    def joined(self, target: Target) -> str:
        found = self.distinct(target)
        for origin, _ in found:
            self.placed[(0, origin, _into(target))] = None
        return ", ".join(text for _, text in found)

    def used(self, target: Target) -> list[str]:
        self.mark(target)
        return self.values.texts(target)

    def mark(self, target: Target) -> None:
        for origin, text in self.values.cells.get(target, ()):
            if text.strip():
                self.placed[(0, origin, _into(target))] = None


def _several(target: Target, raw: str) -> list[str]:
    """One cell's values: Google's " ::: ", or a list as Rapport's CSV export writes it."""
    text = raw.strip()
    if ":::" in text:
        return _GOOGLE_SEPARATOR.split(text)
    if ";" not in text and "," not in text:  # one value, the common case
        return [text]
    if target is Target.PHONE and ";" in text:
        return [p.strip() for p in text.split(";")]
    parts = [p.strip() for p in _LIST_SEPARATOR.split(text)]
    if target is Target.EMAIL and len(parts) > 1 and all("@" in p for p in parts if p):
        return parts
    return [text]


def _phone(text: str) -> str:
    if ":" not in text:
        return text.strip()
    return _TEL_URI.sub("", text).strip()  # vCard 4.0 tel: URIs


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


_ADDRESS_PARTS = (Target.STREET, Target.CITY, Target.REGION, Target.POSTCODE, Target.COUNTRY)
#: What address books say of a person besides name, role, e-mails and phones.
_PERSON_EXTRAS = frozenset(
    (Target.PREFIX, Target.SUFFIX, Target.NICKNAME, Target.BIRTHDAY, Target.LEFT_ON)
)


class _Places:
    """Where values go, as the preview names them, translated once per language.

    Every row asks a few times ("Name", "Person: e-mails"); the translator's answer is
    kept until another translator is installed (the owner changed the language).
    """

    def __init__(self) -> None:
        self._for: object = None
        self._found: dict[tuple[object, str], str] = {}

    def get(self, key: Target | PersonField, make: Callable[[Any], str]) -> str:
        if self._for is not translator():
            self._for, self._found = translator(), {}
        # Keyed with the function too: Target.NAME and PersonField.NAME are both "name".
        found = self._found.get((make, key))
        if found is None:
            found = self._found[(make, key)] = make(key)
        return found


_PLACES = _Places()


def _into(target: Target) -> str:
    """The customer's field a target's value goes into, as the preview names it."""
    return _PLACES.get(target, _field_into)


def _person(field: PersonField) -> str:
    """Where a value went on the person, as the preview names it."""
    return _PLACES.get(field, into_person)


def _field_into(target: Target) -> str:
    if target in _NAME_PARTS:
        target = Target.NAME
    if target is Target.ADDRESS or target in _ADDRESS_PARTS:
        return FieldsText.tr("Address")
    if target is Target.ABOUT:
        return FieldsText.tr("About")
    return field_label(target)


def _within(part: str, name: str) -> bool:
    return f" {part.casefold()} " in f" {name.casefold()} "


def _field_problem(source: str, field: Target, **values: str) -> str:
    """A sentence naming a field: English writes the name in lower case, a translation as is."""
    sentence = translate("FieldsText", source)
    label = field_label(field)
    return sentence.format(field=label.lower() if sentence == source else label, **values)


def _refuse_damage(values: RowValues) -> None:
    for target, cells in values.cells.items():
        limit = MAX_NOTES_LENGTH if target is Target.ABOUT else MAX_FIELD_LENGTH
        for _, text in cells:
            if "\x00" in text:
                raise ValidationError(target.value, _field_problem(_NUL_IN_FIELD, target))
            if len(text) > limit:
                raise ValidationError(
                    target.value,
                    _field_problem(
                        _FIELD_TOO_LONG,
                        target,
                        length=formats().number(len(text), 0),
                        limit=formats().number(limit, 0),
                    ),
                )


def _tags(texts: list[str]) -> list[str]:
    """Labels, categories or tags; Google's system groups ("* myContacts") are not tags."""
    parts = [p for text in texts for p in _TAG_SEPARATOR.split(text.strip())]
    return parse_tags(",".join(p for p in parts if p and not p.startswith("* ")))


def _choice(text: str, enum: type[Level] | type[Status], field: str, default: str) -> str:
    """A level or status by its value or its label (English or the owner's), in any case."""
    if not text:
        return default
    wanted = text.strip().casefold()
    for member in enum:
        if wanted in (member.value, member.label.casefold(), member.english_label.casefold()):
            return member.value
    known = ", ".join(m.label for m in enum)
    problem = (
        FieldsText.tr("“{text}” is not a known level (use one of: {known})")
        if enum is Level
        else FieldsText.tr("“{text}” is not a known status (use one of: {known})")
    )
    raise ValidationError(field, problem.format(text=_short(text), known=known))


def _stage(values: RowValues) -> Stage | None:
    if Target.STAGE not in values.cells:  # most files have no stage column
        return None
    text = next((t.strip() for t in values.texts(Target.STAGE) if t.strip()), "")
    if not text:
        return None
    wanted = text.casefold()
    for stage in Stage:
        names = (stage.label, stage.english_label, stage.value.replace("_", " "))
        if wanted == stage.value or wanted in (name.casefold() for name in names):
            return stage
    known = ", ".join(s.label for s in Stage)
    raise ValidationError(
        "stage",
        FieldsText.tr("“{text}” is not a lifecycle stage (use one of: {known})").format(
            text=_short(text), known=known
        ),
    )


def _account_value(text: str) -> Decimal | None:
    return parse_account_value(text) if text else None  # most files have no such column


def _cadence(text: str) -> int | None:
    if not text:
        return None
    digits = text.removesuffix("days").removesuffix("day").strip()
    if not digits.isdigit() or not digits.isascii():
        raise ValidationError(
            "cadence_days",
            FieldsText.tr("“{text}” is not a number of days").format(text=_short(text)),
        )
    return clean_cadence(int(digits))


def _short(text: str, limit: int = 40) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
