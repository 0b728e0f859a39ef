"""Where a row's values land on the person it names, and reading a birthday as a date.

Address books write birthdays as ISO dates (Google, vCard), as the US month/day/year
(Outlook) or as day.month.year (a German spreadsheet). A birthday without a year
("--04-01") or one that cannot be read is no date, so it is kept as a line of the
person's note instead of being dropped.
"""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum

from rapport.i18n import QT_TRANSLATE_NOOP, Words, translate

PersonFieldsText = Words("PersonFieldsText")


class PersonField(StrEnum):
    """A field of a person an import fills."""

    NAME = "name"
    ROLE = "role"
    EMAILS = "emails"
    PHONES = "phones"
    BIRTHDAY = "birthday"
    LEFT_ON = "left_on"


_LABELS = {
    PersonField.NAME: QT_TRANSLATE_NOOP("PersonFieldsText", "Person: name"),
    PersonField.ROLE: QT_TRANSLATE_NOOP("PersonFieldsText", "Person: role"),
    PersonField.EMAILS: QT_TRANSLATE_NOOP("PersonFieldsText", "Person: e-mails"),
    PersonField.PHONES: QT_TRANSLATE_NOOP("PersonFieldsText", "Person: phones"),
    PersonField.BIRTHDAY: QT_TRANSLATE_NOOP("PersonFieldsText", "Person: birthday"),
    PersonField.LEFT_ON: QT_TRANSLATE_NOOP("PersonFieldsText", "Person: no longer there since"),
}


def into_person(field: PersonField) -> str:
    """Where a value went on the person, for the preview ("Person: e-mails")."""
    return translate("PersonFieldsText", _LABELS[field])


def into_person_note(label: str) -> str:
    """Where a value went when it became a labelled line of the person's note."""
    return PersonFieldsText.tr("Person: note, as “{label}: …”").format(label=label)


_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?")
_US = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


def parse_birthday(text: str) -> date | None:
    """A birthday as a date, or None when it has no year or cannot be read."""
    text = text.strip()
    try:
        if found := _ISO.fullmatch(text):
            return date(int(found[1]), int(found[2]), int(found[3]))
        if found := _US.fullmatch(text):
            return date(int(found[3]), int(found[1]), int(found[2]))
        if found := _DOTTED.fullmatch(text):
            return date(int(found[3]), int(found[2]), int(found[1]))
    except ValueError:
        return None
    return None
