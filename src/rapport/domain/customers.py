"""Customer status and the checks a customer's details must pass before saving."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING

from rapport.domain.levels import Level
from rapport.i18n import QT_TRANSLATE_NOOP, Words, formats, translate

if TYPE_CHECKING:
    from rapport.domain.people import RelationshipKind

DomainCustomersText = Words("DomainCustomersText")


class Status(StrEnum):
    """Where the customer stands with the business; a lost customer stays, to learn from."""

    ACTIVE = "active"
    ARCHIVED = "archived"
    PARTED = "parted"

    @property
    def label(self) -> str:
        """Human name of the status, in the owner's language."""
        return translate(DomainCustomersText.context, _STATUS_LABELS[self])

    @property
    def english_label(self) -> str:
        """The English name, whatever the language: files written in any language are read."""
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    Status.ACTIVE: QT_TRANSLATE_NOOP("DomainCustomersText", "Active"),
    Status.ARCHIVED: QT_TRANSLATE_NOOP("DomainCustomersText", "Archived"),
    Status.PARTED: QT_TRANSLATE_NOOP("DomainCustomersText", "Parted ways"),
}


#: Default keep-in-touch cadence, in days, for a new customer.
DEFAULT_CADENCE_DAYS = 30
MAX_CADENCE_DAYS = 3650
MAX_NAME_LENGTH = 200
MAX_TAG_LENGTH = 60
DEFAULT_CURRENCY = "EUR"
#: Largest account value accepted: stored in cents, it must fit a 64-bit integer.
MAX_ACCOUNT_VALUE = Decimal(10**15)

_CURRENCY = re.compile(r"^[A-Z]{3}$")


class ValidationError(ValueError):
    """A value the user typed cannot be saved; the message says why, in plain words."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


@cache
def _relationship_kind() -> type[RelationshipKind]:
    """The kinds of relationship, imported once (not at every check: an import checks every row).

    Imported late: `people` imports this module.
    """
    from rapport.domain.people import RelationshipKind

    return RelationshipKind


def clean_name(name: str) -> str:
    """Return the name trimmed, or refuse an empty or overlong one."""
    cleaned = " ".join(name.split())
    if not cleaned:
        problem = DomainCustomersText.tr("A customer needs a name. Type at least one letter.")
        raise ValidationError("name", problem)
    if len(cleaned) > MAX_NAME_LENGTH:
        problem = DomainCustomersText.tr(
            "The name is {length} characters long; at most {most} fit."
        )
        raise ValidationError("name", problem.format(length=len(cleaned), most=MAX_NAME_LENGTH))
    return cleaned


def clean_cadence(days: int | None) -> int | None:
    """Check a keep-in-touch cadence; None means "use the default"."""
    if days is None:
        return None
    if not 1 <= days <= MAX_CADENCE_DAYS:
        problem = DomainCustomersText.tr("Keep-in-touch cadence must be between 1 and {most} days.")
        raise ValidationError("cadence_days", problem.format(most=MAX_CADENCE_DAYS))
    return days


def clean_currency(code: str) -> str:
    """Normalise an ISO 4217 currency code such as EUR or usd."""
    cleaned = code.strip().upper() or DEFAULT_CURRENCY
    if not _CURRENCY.match(cleaned):
        problem = DomainCustomersText.tr(
            "“{code}” is not a currency code. Use three letters, like EUR or USD."
        )
        raise ValidationError("currency", problem.format(code=code))
    return cleaned


def parse_account_value(text: str) -> Decimal | None:
    """Read an account value typed by the user; blank means none.

    Spaces (any kind) and underscores group digits ("12 500"). When both a comma and a
    point appear, the last one is the decimal mark ("12,500.50" and "12.500,50" are both
    twelve thousand five hundred and a half). A mark that appears several times, or a
    comma followed by exactly three digits, groups thousands ("1.234.567", "12,500");
    grouping must come in threes. Any other single comma is a decimal comma ("12,5").
    """
    cleaned = "".join(ch for ch in text if not ch.isspace() and ch != "_")
    if not cleaned:
        return None
    number = _plain_number(cleaned)
    try:
        if number is None:
            raise InvalidOperation
        value = Decimal(number)
    except InvalidOperation:
        problem = DomainCustomersText.tr("“{text}” is not an amount. Type a number such as 12500.")
        raise ValidationError("account_value", problem.format(text=text)) from None
    return clean_account_value(value)


def _plain_number(text: str) -> str | None:
    """The amount with grouping removed and a point as decimal mark; None if malformed."""
    if "," in text and "." in text:
        mark = "," if text.rindex(",") > text.rindex(".") else "."
        group = "." if mark == "," else ","
        whole, _, fraction = text.rpartition(mark)
        if group in fraction or not _grouped_in_threes(whole, group):
            return None
        return whole.replace(group, "") + "." + fraction
    for group in (",", "."):
        count = text.count(group)
        if count > 1 or (group == "," and count == 1 and len(text.rpartition(",")[2]) == 3):
            return text.replace(group, "") if _grouped_in_threes(text, group) else None
    return text.replace(",", ".")


def _grouped_in_threes(number: str, group: str) -> bool:
    """Whether a grouping mark in `number` separates thousands ("1,234,567"); true if none."""
    if group not in number:
        return True
    return re.fullmatch(rf"[+-]?\d{{1,3}}(?:{re.escape(group)}\d{{3}})+", number) is not None


def clean_account_value(value: Decimal | None) -> Decimal | None:
    """Check an account value and round it to cents; None means none."""
    if value is None:
        return None
    if not value.is_finite() or value < 0:
        problem = DomainCustomersText.tr("The account value must be zero or more.")
        raise ValidationError("account_value", problem)
    if value > MAX_ACCOUNT_VALUE:
        problem = DomainCustomersText.tr("The account value is too large; at most {most} fits.")
        most = formats().number(float(MAX_ACCOUNT_VALUE), 0)
        raise ValidationError("account_value", problem.format(most=most))
    return value.quantize(Decimal("0.01"))


def parse_tags(text: str) -> list[str]:
    """Split comma-separated tags, trimmed, without duplicates (case-insensitive)."""
    seen: dict[str, str] = {}
    for raw in text.split(","):
        tag = " ".join(raw.split())[:MAX_TAG_LENGTH].rstrip()
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = tag
    return list(seen.values())


@dataclass(frozen=True)
class CustomerDraft:
    """What the user typed into the customer form, before it is checked and saved."""

    name: str
    organisation: str = ""
    role: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""
    website: str = ""
    about: str = ""
    tags: tuple[str, ...] = ()
    level: str = "professional"
    account_value: Decimal | None = None
    currency: str = DEFAULT_CURRENCY
    cadence_days: int | None = None
    status: Status = Status.ACTIVE
    #: Customer, supplier or partner (domain.people.RelationshipKind).
    kind: str = "customer"

    def validated(self) -> CustomerDraft:
        """Return a cleaned copy, or raise ValidationError naming the bad field.

        Built directly, not through `dataclasses.replace` (5× dearer; an import checks
        every row of a file).
        """
        try:
            level = Level(self.level).value
        except ValueError:
            problem = DomainCustomersText.tr("Unknown relationship level “{level}”.")
            raise ValidationError("level", problem.format(level=self.level)) from None
        try:
            kind = _relationship_kind()(self.kind).value
        except ValueError:
            problem = DomainCustomersText.tr("Unknown kind of relationship “{kind}”.")
            raise ValidationError("kind", problem.format(kind=self.kind)) from None
        return CustomerDraft(
            name=clean_name(self.name),
            organisation=self.organisation.strip(),
            role=self.role.strip(),
            email=self.email.strip(),
            phone=self.phone.strip(),
            address=self.address.strip(),
            website=self.website.strip(),
            about=self.about.strip(),
            tags=tuple(parse_tags(",".join(self.tags))) if self.tags else (),
            level=level,
            kind=kind,
            account_value=clean_account_value(self.account_value),
            currency=clean_currency(self.currency),
            cadence_days=clean_cadence(self.cadence_days),
            status=self.status,
        )
