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
from rapport.transfer.rows import BadRow, Candidate, Read

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
        """How the mapping step names the field."""
        return _LABELS.get(self, self.value.replace("_", " ").capitalize())


_LABELS = {
    Target.ADDRESS: "Address (whole)",
    Target.STREET: "Address: street",
    Target.CITY: "Address: city",
    Target.REGION: "Address: region or state",
    Target.POSTCODE: "Address: postcode",
    Target.COUNTRY: "Address: country",
    Target.ABOUT: "About (notes)",
    Target.ROLE: "Role or job title",
    Target.CADENCE: "Keep-in-touch cadence (days)",
    Target.STAGE: "Lifecycle stage",
    Target.LEVEL: "Relationship level",
}

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
                raise ValidationError(
                    target.value,
                    f"the {target.label.lower()} holds a NUL character, a sign of a damaged "
                    "or binary file",
                )
            if len(text) > limit:
                raise ValidationError(
                    target.value,
                    f"the {target.label.lower()} is {len(text):,} characters long; "
                    f"at most {limit:,} fit",
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
        raise ValidationError("name", "it has no name and no organisation")
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
    """A level or status by its value or its label, in any case ("Parted ways", "parted")."""
    if not text:
        return default
    wanted = text.strip().casefold()
    for member in enum:
        if wanted in (member.value, member.label.casefold()):
            return member.value
    known = ", ".join(m.label for m in enum)
    raise ValidationError(field, f"“{_short(text)}” is not a known {field} (use one of: {known})")


def _stage(values: Mapping[Target, Sequence[str]]) -> Stage | None:
    text = _first(values, Target.STAGE)
    if not text:
        return None
    wanted = text.casefold()
    for stage in Stage:
        if wanted in (stage.value, stage.label.casefold()):
            return stage
    known = ", ".join(s.label for s in Stage)
    raise ValidationError(
        "stage", f"“{_short(text)}” is not a lifecycle stage (use one of: {known})"
    )


def _cadence(text: str) -> int | None:
    if not text:
        return None
    digits = text.removesuffix("days").removesuffix("day").strip()
    if not digits.isdigit() or not digits.isascii():
        raise ValidationError("cadence_days", f"“{_short(text)}” is not a number of days")
    return clean_cadence(int(digits))


def _short(text: str, limit: int = 40) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
