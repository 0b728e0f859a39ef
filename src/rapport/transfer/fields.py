"""The customer fields an import column can fill, and turning cell values into a customer.

Several columns may fill the same field: address books spread one person over
"E-mail 1 - Value", "E-mail 2 - Value" or "Business Phone", "Mobile Phone". Emails,
phones and websites keep every distinct value (joined by ", "), notes are joined by
blank lines, and the other fields take the first non-empty value.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from enum import StrEnum

from rapport.domain.customers import (
    CustomerDraft,
    Status,
    ValidationError,
    clean_cadence,
    parse_account_value,
    parse_tags,
)
from rapport.domain.levels import Level
from rapport.domain.stages import Stage
from rapport.i18n import QT_TRANSLATE_NOOP, Words, formats, translate
from rapport.transfer.rows import BadRow, Candidate, Read

FieldsText = Words("FieldsText")

#: Longest value a one-line field may bring in; a longer one is almost surely damage.
MAX_FIELD_LENGTH = 5_000
#: Longest notes ("About") an import may bring in.
MAX_NOTES_LENGTH = 100_000


class Target(StrEnum):
    """A field of a customer an import column can fill; the value is what a mapping names."""

    NAME = "name"
    FIRST_NAME = "first_name"
    MIDDLE_NAME = "middle_name"
    LAST_NAME = "last_name"
    ORGANISATION = "organisation"
    ROLE = "role"
    EMAIL = "email"
    PHONE = "phone"
    ADDRESS = "address"
    STREET = "street"
    CITY = "city"
    REGION = "region"
    POSTCODE = "postcode"
    COUNTRY = "country"
    WEBSITE = "website"
    ABOUT = "about"
    TAGS = "tags"
    LEVEL = "level"
    ACCOUNT_VALUE = "account_value"
    CURRENCY = "currency"
    CADENCE = "cadence_days"
    STATUS = "status"
    STAGE = "stage"

    @property
    def label(self) -> str:
        """How the mapping step names the field (in the owner's language)."""
        return field_label(self)


#: The fields' names in the mapping step, in English (shown through `field_label`).
_LABELS = {
    Target.NAME: QT_TRANSLATE_NOOP("FieldsText", "Name"),
    Target.FIRST_NAME: QT_TRANSLATE_NOOP("FieldsText", "First name"),
    Target.MIDDLE_NAME: QT_TRANSLATE_NOOP("FieldsText", "Middle name"),
    Target.LAST_NAME: QT_TRANSLATE_NOOP("FieldsText", "Last name"),
    Target.ORGANISATION: QT_TRANSLATE_NOOP("FieldsText", "Organisation"),
    Target.ROLE: QT_TRANSLATE_NOOP("FieldsText", "Role or job title"),
    Target.EMAIL: QT_TRANSLATE_NOOP("FieldsText", "Email"),
    Target.PHONE: QT_TRANSLATE_NOOP("FieldsText", "Phone"),
    Target.ADDRESS: QT_TRANSLATE_NOOP("FieldsText", "Address (whole)"),
    Target.STREET: QT_TRANSLATE_NOOP("FieldsText", "Address: street"),
    Target.CITY: QT_TRANSLATE_NOOP("FieldsText", "Address: city"),
    Target.REGION: QT_TRANSLATE_NOOP("FieldsText", "Address: region or state"),
    Target.POSTCODE: QT_TRANSLATE_NOOP("FieldsText", "Address: postcode"),
    Target.COUNTRY: QT_TRANSLATE_NOOP("FieldsText", "Address: country"),
    Target.WEBSITE: QT_TRANSLATE_NOOP("FieldsText", "Website"),
    Target.ABOUT: QT_TRANSLATE_NOOP("FieldsText", "About (notes)"),
    Target.TAGS: QT_TRANSLATE_NOOP("FieldsText", "Tags"),
    Target.LEVEL: QT_TRANSLATE_NOOP("FieldsText", "Relationship level"),
    Target.ACCOUNT_VALUE: QT_TRANSLATE_NOOP("FieldsText", "Account value"),
    Target.CURRENCY: QT_TRANSLATE_NOOP("FieldsText", "Currency"),
    Target.CADENCE: QT_TRANSLATE_NOOP("FieldsText", "Keep-in-touch cadence (days)"),
    Target.STATUS: QT_TRANSLATE_NOOP("FieldsText", "Status"),
    Target.STAGE: QT_TRANSLATE_NOOP("FieldsText", "Lifecycle stage"),
}


def field_label(field: Target) -> str:
    """How the import's mapping step names a field, in the owner's language."""
    return translate("FieldsText", _LABELS[field])


_NUL_IN_FIELD = QT_TRANSLATE_NOOP(
    "FieldsText", "the {field} holds a NUL character, a sign of a damaged or binary file"
)
_FIELD_TOO_LONG = QT_TRANSLATE_NOOP(
    "FieldsText", "the {field} is {length} characters long; at most {limit} fit"
)


def _field_problem(source: str, field: Target, **values: str) -> str:
    """A sentence naming a field: English writes the name in lower case, a translation as is."""
    sentence = translate("FieldsText", source)
    label = field_label(field)
    return sentence.format(field=label.lower() if sentence == source else label, **values)


_GOOGLE_SEPARATOR = re.compile(r"\s*:::\s*")
_TAG_SEPARATOR = re.compile(r"\s*(?::::|;|,)\s*")


def build_customer(values: Mapping[Target, Sequence[str]], place: str, line: int | None) -> Read:
    """Make a checked customer from the cell values of one row, or say why it cannot be."""
    try:
        _refuse_damage(values)
        return Candidate(place, _draft(values).validated(), line, stage=_stage(values))
    except ValidationError as exc:
        return BadRow(place, _short(exc.message.rstrip("."), 300), line)


def is_blank(values: Mapping[Target, Sequence[str]]) -> bool:
    """Whether a row carries nothing at all (blank lines are skipped, not reported)."""
    return not any(v.strip() for vs in values.values() for v in vs)


def _refuse_damage(values: Mapping[Target, Sequence[str]]) -> None:
    for target, texts in values.items():
        limit = MAX_NOTES_LENGTH if target is Target.ABOUT else MAX_FIELD_LENGTH
        for text in texts:
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


def _first(values: Mapping[Target, Sequence[str]], target: Target) -> str:
    return next((v.strip() for v in values.get(target, ()) if v.strip()), "")


def _every(values: Mapping[Target, Sequence[str]], target: Target) -> str:
    """Every distinct value (Google packs several into one cell with " ::: ")."""
    seen: dict[str, str] = {}
    for raw in values.get(target, ()):
        for part in _GOOGLE_SEPARATOR.split(raw.strip()):
            if part and part.casefold() not in seen:
                seen[part.casefold()] = part
    return ", ".join(seen.values())


def _draft(values: Mapping[Target, Sequence[str]]) -> CustomerDraft:
    organisation = _first(values, Target.ORGANISATION)
    parts = (Target.FIRST_NAME, Target.MIDDLE_NAME, Target.LAST_NAME)
    name = _first(values, Target.NAME) or " ".join(
        p for p in (_first(values, t) for t in parts) if p
    )
    if not name and not organisation:
        raise ValidationError("name", FieldsText.tr("it has no name and no organisation"))
    return CustomerDraft(
        name=name or organisation,
        organisation=organisation,
        role=_every(values, Target.ROLE),
        email=_every(values, Target.EMAIL),
        phone=re.sub(r"(?i)\btel:", "", _every(values, Target.PHONE)),  # vCard 4.0 tel: URIs
        address=_first(values, Target.ADDRESS) or _address(values),
        website=_every(values, Target.WEBSITE),
        about="\n\n".join(v.strip() for v in values.get(Target.ABOUT, ()) if v.strip()),
        tags=tuple(_tags(values.get(Target.TAGS, ()))),
        level=_choice(_first(values, Target.LEVEL), Level, "level", Level.PROFESSIONAL),
        account_value=parse_account_value(_first(values, Target.ACCOUNT_VALUE)),
        currency=_first(values, Target.CURRENCY),
        cadence_days=_cadence(_first(values, Target.CADENCE)),
        status=Status(_choice(_first(values, Target.STATUS), Status, "status", Status.ACTIVE)),
    )


def _address(values: Mapping[Target, Sequence[str]]) -> str:
    """An address from its parts: "street, postcode city, region, country"."""
    street = ", ".join(v.strip() for v in values.get(Target.STREET, ()) if v.strip())
    city, region, code, country = (
        _first(values, t) for t in (Target.CITY, Target.REGION, Target.POSTCODE, Target.COUNTRY)
    )
    town = " ".join(p for p in (code, city) if p)
    return ", ".join(p for p in (street, town, region, country) if p)


def _tags(texts: Sequence[str]) -> list[str]:
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


def _stage(values: Mapping[Target, Sequence[str]]) -> Stage | None:
    text = _first(values, Target.STAGE)
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
