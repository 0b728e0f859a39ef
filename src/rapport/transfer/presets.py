"""Which column fills which field: Google and Outlook by their real headers, others by guess.

Google Contacts has written two CSV layouts: the current one ("First Name",
"Organization Name", "E-mail 1 - Value", "Labels") and the older "Google CSV"
("Name", "Given Name", "Organization 1 - Name", "Group Membership"). Outlook's
"Comma Separated Values" export names columns "E-mail Address", "Company",
"Business Phone", "Categories"; its "Title" is the courtesy title (Mr., Dr.), not a
job, so it is kept as the name's prefix. Any other CSV is mapped by recognising common
header words, and the owner corrects the guess in the mapping step.

Some columns only qualify another ("E-mail 1 - Label", Outlook's "E-mail Type"), and
Outlook fills empty fields with placeholders ("0/0/00", "Normal"): neither is a value
the preview should call "not imported".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rapport.i18n import Words
from rapport.transfer.fields import Target

PresetsText = Words("PresetsText")
T = Target

_GOOGLE: tuple[tuple[str, Target], ...] = (
    (r"name", T.NAME),
    (r"first name|given name", T.FIRST_NAME),
    (r"middle name|additional name", T.MIDDLE_NAME),
    (r"last name|family name", T.LAST_NAME),
    (r"organization name|organization 1 - name", T.ORGANISATION),
    (r"organization title|organization 1 - title", T.ROLE),
    (r"organization department|organization 1 - department", T.DEPARTMENT),
    (r"name prefix", T.PREFIX),
    (r"name suffix", T.SUFFIX),
    (r"nickname", T.NICKNAME),
    (r"birthday", T.BIRTHDAY),
    (r"notes", T.ABOUT),
    (r"labels|group membership", T.TAGS),
    (r"e-mail \d+ - value", T.EMAIL),
    (r"phone \d+ - value", T.PHONE),
    (r"address \d+ - formatted", T.ADDRESS),
    (r"address 1 - street", T.STREET),
    (r"address 1 - city", T.CITY),
    (r"address 1 - region", T.REGION),
    (r"address 1 - postal code", T.POSTCODE),
    (r"address 1 - country", T.COUNTRY),
    (r"website \d+ - value", T.WEBSITE),
)

_OUTLOOK: tuple[tuple[str, Target], ...] = (
    (r"first name", T.FIRST_NAME),
    (r"middle name", T.MIDDLE_NAME),
    (r"last name", T.LAST_NAME),
    (r"company", T.ORGANISATION),
    (r"job title", T.ROLE),
    (r"title", T.PREFIX),
    (r"suffix", T.SUFFIX),
    (r"department", T.DEPARTMENT),
    (r"nickname", T.NICKNAME),
    (r"birthday", T.BIRTHDAY),
    (r"e-mail( \d)? address", T.EMAIL),
    (r"(business|mobile|primary|company main|home|other|car) phone( \d)?", T.PHONE),
    (r"business street( \d)?", T.STREET),
    (r"business city", T.CITY),
    (r"business state", T.REGION),
    (r"business postal code", T.POSTCODE),
    (r"business country(/region)?", T.COUNTRY),
    (r"web page|personal web page", T.WEBSITE),
    (r"notes", T.ABOUT),
    (r"categories", T.TAGS),
)

#: Header words of any other CSV (Rapport's own export included), matched after
#: lower-casing and dropping everything but letters and digits.
_GENERIC: tuple[tuple[str, Target], ...] = (
    (r"(full|display|contact|customer|client)?name|client|customer|contact", T.NAME),
    (r"first(name)?|givenname|forename", T.FIRST_NAME),
    (r"middlename", T.MIDDLE_NAME),
    (r"last(name)?|surname|familyname", T.LAST_NAME),
    (r"company(name)?|organi[sz]ation(name)?|org|business|firm|employer", T.ORGANISATION),
    (r"role|(job)?title|position|occupation", T.ROLE),
    (r"(name)?prefix|salutation|honorific", T.PREFIX),
    (r"(name)?suffix", T.SUFFIX),
    (r"nick(name)?", T.NICKNAME),
    (r"birthday|birthdate|dateofbirth|dob|bday", T.BIRTHDAY),
    (r"department|dept|division", T.DEPARTMENT),
    (r"lefton|leftat|nolongertheresince|nolongerthere", T.LEFT_ON),
    (r"e?-?mail(address)?\d*|emails?", T.EMAIL),
    (r"(tele)?phone(number)?\d*|tel|mobile|cell(phone)?|phones", T.PHONE),
    (r"(street|postal|mailing)?address", T.ADDRESS),
    (r"street", T.STREET),
    (r"city|town", T.CITY),
    (r"state|region|province|county", T.REGION),
    (r"zip(code)?|post(al)?code", T.POSTCODE),
    (r"country", T.COUNTRY),
    (r"website|web(page)?|url|homepage|site", T.WEBSITE),
    (r"about|notes?|comments?|description|remarks", T.ABOUT),
    (r"tags?|labels?|categor(y|ies)|groups?", T.TAGS),
    (r"(relationship)?level", T.LEVEL),
    (r"(account|deal)?(value|size)|revenue", T.ACCOUNT_VALUE),
    (r"currency", T.CURRENCY),
    (r"(keepintouch)?cadence(days)?|keepintouch(days)?", T.CADENCE),
    (r"status", T.STATUS),
    (r"(lifecycle)?stage", T.STAGE),
)

#: Columns that qualify another column's value rather than hold one.
_GOOGLE_QUALIFIERS = re.compile(r".* - (label|type)|file as")
_OUTLOOK_QUALIFIERS = re.compile(r"e-mail( \d)? (type|display name)")
#: Outlook's "no date" in any column, and the defaults it writes into unused ones.
_OUTLOOK_NO_VALUE = frozenset({"0/0/00"})
_OUTLOOK_DEFAULTS = frozenset({"0/0/00", "unspecified", "normal", "false"})

Mapping = list[Target | None]


@dataclass(frozen=True)
class Preset:
    """A known export layout: its name for the report (translated), and its column mapping.

    `qualifiers` are the indexes of columns that only qualify another; `no_value` are
    cell values that mean "empty" anywhere; `defaults` are values an unused column holds
    by default (compared lower-cased).
    """

    name: str
    mapping: Mapping
    qualifiers: frozenset[int] = frozenset()
    no_value: frozenset[str] = frozenset()
    defaults: frozenset[str] = frozenset()


def detect(headers: Sequence[str]) -> Preset:
    """Recognise Google or Outlook exports by their headers; otherwise guess column by column."""
    lowered = {h.strip().casefold() for h in headers}
    if "e-mail 1 - value" in lowered or "organization 1 - name" in lowered:
        return Preset(
            PresetsText.tr("Google Contacts CSV"),
            _map(headers, _GOOGLE, _exact),
            _matching(headers, _GOOGLE_QUALIFIERS),
        )
    if "e-mail address" in lowered and ({"company", "business phone"} & lowered):
        return Preset(
            PresetsText.tr("Outlook CSV"),
            _map(headers, _OUTLOOK, _exact),
            _matching(headers, _OUTLOOK_QUALIFIERS),
            _OUTLOOK_NO_VALUE,
            _OUTLOOK_DEFAULTS,
        )
    return Preset("CSV", guess(headers))


def guess(headers: Sequence[str]) -> Mapping:
    """A best guess for a CSV of unknown origin, by common header words."""
    return _map(headers, _GENERIC, _squashed)


def _matching(headers: Sequence[str], pattern: re.Pattern[str]) -> frozenset[int]:
    return frozenset(i for i, h in enumerate(headers) if pattern.fullmatch(_exact(h)))


def _exact(header: str) -> str:
    return " ".join(header.split()).casefold()


def _squashed(header: str) -> str:
    return re.sub(r"[\W_]+", "", header.casefold())


def _map(
    headers: Sequence[str],
    rules: tuple[tuple[str, Target], ...],
    normal: Callable[[str], str],
) -> Mapping:
    compiled = [(re.compile(pattern), target) for pattern, target in rules]
    mapping: Mapping = []
    for header in headers:
        key = normal(header)
        mapping.append(next((t for rx, t in compiled if rx.fullmatch(key)), None))
    return mapping
