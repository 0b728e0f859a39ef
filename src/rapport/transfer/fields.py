"""The customer fields an import column can fill, and one row's values on their way there.

Several columns may fill the same field: address books spread one person over
"E-mail 1 - Value", "E-mail 2 - Value" or "Business Phone", "Mobile Phone". Each value
keeps where it was in the file (a column's header, a vCard property), so the preview
can say what went where; `rapport.transfer.building` turns the values into a customer.
A person's e-mails and phones keep their labels ("work", "mobile"); a nickname, a
name prefix, a department and a birthday land on the person the row names (see
`building`). What no field takes becomes a labelled line in "About", so nothing an
address book holds is lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from rapport.i18n import QT_TRANSLATE_NOOP, Words, translate
from rapport.transfer.rows import Notice

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
    PREFIX = "prefix"
    SUFFIX = "suffix"
    NICKNAME = "nickname"
    BIRTHDAY = "birthday"
    DEPARTMENT = "department"
    LEFT_ON = "left_on"
    ABOUT_LINE = "about_line"

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
    Target.PREFIX: QT_TRANSLATE_NOOP("FieldsText", "Name prefix (part of the person’s name)"),
    Target.SUFFIX: QT_TRANSLATE_NOOP("FieldsText", "Name suffix (part of the person’s name)"),
    Target.NICKNAME: QT_TRANSLATE_NOOP("FieldsText", "Nickname (a line in the person’s note)"),
    Target.BIRTHDAY: QT_TRANSLATE_NOOP("FieldsText", "Birthday (the person’s birthday)"),
    Target.DEPARTMENT: QT_TRANSLATE_NOOP("FieldsText", "Department (with the person’s role)"),
    Target.LEFT_ON: QT_TRANSLATE_NOOP("FieldsText", "Left on (the person is no longer there)"),
    Target.ABOUT_LINE: QT_TRANSLATE_NOOP("FieldsText", "A line in About, named after the column"),
}


def field_label(field: Target) -> str:
    """How the import's mapping step names a field, in the owner's language."""
    return translate("FieldsText", _LABELS[field])


#: The labels of the lines an import adds to "About", in the order they are written.
LINE_LABELS = {
    Target.PREFIX: QT_TRANSLATE_NOOP("FieldsText", "Name prefix"),
    Target.SUFFIX: QT_TRANSLATE_NOOP("FieldsText", "Name suffix"),
    Target.NICKNAME: QT_TRANSLATE_NOOP("FieldsText", "Nickname"),
    Target.BIRTHDAY: QT_TRANSLATE_NOOP("FieldsText", "Birthday"),
    Target.DEPARTMENT: QT_TRANSLATE_NOOP("FieldsText", "Department"),
    Target.LEFT_ON: QT_TRANSLATE_NOOP("FieldsText", "Left on"),
    Target.ORGANISATION: QT_TRANSLATE_NOOP("FieldsText", "Other organisation"),
    Target.EMAIL: QT_TRANSLATE_NOOP("FieldsText", "Other email"),
    Target.ADDRESS: QT_TRANSLATE_NOOP("FieldsText", "Other address"),
}


def line_label(target: Target) -> str:
    """The label of an About line a field's value becomes ("Nickname", "Other email")."""
    return translate("FieldsText", LINE_LABELS[target])


def into_about(label: str) -> str:
    """Where a value went when it became a labelled line in About, for the preview."""
    return FieldsText.tr("About, as “{label}: …”").format(label=label)


def not_imported() -> str:
    """Where a value went that no field takes, for the preview."""
    return FieldsText.tr("not imported")


@dataclass
class RowValues:
    """One row's values by the field they fill, each as (where in the file, text).

    `left_out` names the places (columns, vCard properties) with a value no field
    takes; `unread` holds lines the reader could not read, kept as About lines;
    `notices` are warnings about the row that do not stop it.
    """

    cells: dict[Target, list[tuple[str, str]]] = field(default_factory=dict)
    labels: dict[tuple[Target, int], str] = field(default_factory=dict)
    company: bool = False  # a card that says it is an organisation (KIND:org)
    left_out: list[str] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)

    def add(self, target: Target, origin: str, text: str, label: str = "") -> None:
        """Add one value of a field, read at `origin`, with its label ("work") if any."""
        found = self.cells.setdefault(target, [])
        if label:
            self.labels[(target, len(found))] = label
        found.append((origin, text))

    def label(self, target: Target, index: int) -> str:
        """The label of a field's value, by its place among the field's values."""
        return self.labels.get((target, index), "")

    def texts(self, target: Target) -> list[str]:
        """The values of one field, as read."""
        return [text for _, text in self.cells.get(target, ())]

    def is_blank(self) -> bool:
        """Whether the row carries nothing at all (blank lines are skipped, not reported)."""
        return not (
            self.left_out
            or self.unread
            or any(t.strip() for values in self.cells.values() for _, t in values)
        )


#: The labels address books give e-mails and phones, as Rapport names them.
_LABEL_WORDS = {
    "work": QT_TRANSLATE_NOOP("FieldsText", "work"),
    "business": QT_TRANSLATE_NOOP("FieldsText", "work"),
    "home": QT_TRANSLATE_NOOP("FieldsText", "home"),
    "mobile": QT_TRANSLATE_NOOP("FieldsText", "mobile"),
    "cell": QT_TRANSLATE_NOOP("FieldsText", "mobile"),
    "iphone": QT_TRANSLATE_NOOP("FieldsText", "mobile"),
    "fax": QT_TRANSLATE_NOOP("FieldsText", "fax"),
    "other": QT_TRANSLATE_NOOP("FieldsText", "other"),
    "main": QT_TRANSLATE_NOOP("FieldsText", "main"),
    "company main": QT_TRANSLATE_NOOP("FieldsText", "main"),
    "primary": QT_TRANSLATE_NOOP("FieldsText", "main"),
    "pager": QT_TRANSLATE_NOOP("FieldsText", "pager"),
    "car": QT_TRANSLATE_NOOP("FieldsText", "car"),
}


def label_word(raw: str) -> str:
    """A file's label for an e-mail or phone ("* Work", "CELL") as Rapport writes it."""
    if not raw:  # most files have no label column: every row's e-mail and phone come here
        return ""
    text = " ".join(raw.replace("*", " ").split())
    known = _LABEL_WORDS.get(text.casefold())
    return translate("FieldsText", known) if known else text
