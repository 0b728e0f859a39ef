"""Customer status and the checks a customer's details must pass before saving."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum


class Status(StrEnum):
    """Where the customer stands with the business; a lost customer stays, to learn from."""

    ACTIVE = "active"
    ARCHIVED = "archived"
    PARTED = "parted"

    @property
    def label(self) -> str:
        """Human name of the status."""
        return {"active": "Active", "archived": "Archived", "parted": "Parted ways"}[self.value]


#: Default keep-in-touch cadence, in days, for a new customer.
DEFAULT_CADENCE_DAYS = 30
MAX_CADENCE_DAYS = 3650
MAX_NAME_LENGTH = 200
DEFAULT_CURRENCY = "EUR"

_CURRENCY = re.compile(r"^[A-Z]{3}$")


class ValidationError(ValueError):
    """A value the user typed cannot be saved; the message says why, in plain words."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


def clean_name(name: str) -> str:
    """Return the name trimmed, or refuse an empty or overlong one."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError("name", "A customer needs a name. Type at least one letter.")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise ValidationError(
            "name", f"The name is {len(cleaned)} characters long; at most {MAX_NAME_LENGTH} fit."
        )
    return cleaned


def clean_cadence(days: int | None) -> int | None:
    """Check a keep-in-touch cadence; None means "use the default"."""
    if days is None:
        return None
    if not 1 <= days <= MAX_CADENCE_DAYS:
        raise ValidationError(
            "cadence_days",
            f"Keep-in-touch cadence must be between 1 and {MAX_CADENCE_DAYS} days.",
        )
    return days


def clean_currency(code: str) -> str:
    """Normalise an ISO 4217 currency code such as EUR or usd."""
    cleaned = code.strip().upper() or DEFAULT_CURRENCY
    if not _CURRENCY.match(cleaned):
        raise ValidationError(
            "currency", f"“{code}” is not a currency code. Use three letters, like EUR or USD."
        )
    return cleaned


def parse_account_value(text: str) -> Decimal | None:
    """Read an account value typed by the user ("12 500", "12,500.50"); blank means none."""
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "").replace("_", "")
    if not cleaned:
        return None
    if cleaned.count(",") and cleaned.count("."):
        cleaned = cleaned.replace(",", "")
    elif cleaned.count(",") == 1 and len(cleaned.split(",")[1]) in (1, 2):
        cleaned = cleaned.replace(",", ".")
    else:
        cleaned = cleaned.replace(",", "")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValidationError(
            "account_value", f"“{text}” is not an amount. Type a number such as 12500."
        ) from None
    if not value.is_finite() or value < 0:
        raise ValidationError("account_value", "The account value must be zero or more.")
    return value.quantize(Decimal("0.01"))


def parse_tags(text: str) -> list[str]:
    """Split comma-separated tags, trimmed, without duplicates (case-insensitive)."""
    seen: dict[str, str] = {}
    for raw in text.split(","):
        tag = " ".join(raw.split())
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = tag[:60]
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

    def validated(self) -> CustomerDraft:
        """Return a cleaned copy, or raise ValidationError naming the bad field."""
        from dataclasses import replace

        from rapport.domain.levels import Level

        try:
            level = Level(self.level).value
        except ValueError:
            raise ValidationError("level", f"Unknown relationship level “{self.level}”.") from None
        return replace(
            self,
            name=clean_name(self.name),
            organisation=self.organisation.strip(),
            role=self.role.strip(),
            email=self.email.strip(),
            phone=self.phone.strip(),
            address=self.address.strip(),
            website=self.website.strip(),
            about=self.about.strip(),
            tags=tuple(parse_tags(",".join(self.tags))),
            level=level,
            currency=clean_currency(self.currency),
            cadence_days=clean_cadence(self.cadence_days),
        )
