"""The checks a JSON record passes before it may enter a journal.

The same rules the forms and the store apply (a name, a known stage, sentiment
within −2…+2, answers 1–5), so an export edited by hand or by another program cannot
put into the journal what Rapport itself would never write. Values are not tidied:
an export round-trips exactly, so a value is either kept as it is or refused.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable

from rapport.domain.checkins import SCALE_MAX, SCALE_MIN
from rapport.domain.customers import (
    MAX_ACCOUNT_VALUE,
    MAX_CADENCE_DAYS,
    MAX_NAME_LENGTH,
    MAX_TAG_LENGTH,
    Status,
)
from rapport.domain.entries import MAX_BODY_LENGTH, MAX_TITLE_LENGTH
from rapport.domain.kinds import COMMITMENT_KINDS, SENTIMENT_MAX, SENTIMENT_MIN, EntryKind, Side
from rapport.domain.level_suggestions import dismissed_level
from rapport.domain.levels import Level
from rapport.domain.people import RelationshipKind
from rapport.domain.stages import Stage
from rapport.i18n import Words, formats
from rapport.transfer.rows import BadRow
from rapport.transfer.snapshot import TABLES, Row, Snapshot, record_noun, record_place

JsonChecksText = Words("JsonChecksText")

_NOCASE = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_CURRENCY = re.compile(r"[A-Z]{3}")
_MAX_TEXT = 1_000_000
_LEVELS = frozenset(Level)
_STATUSES = frozenset(Status)
_KINDS = frozenset(EntryKind)
_SIDES = frozenset(Side)
_STAGES = frozenset(Stage)
_RELATIONSHIP_KINDS = frozenset(RelationshipKind)


def check_row(table: str, row: Row) -> str | None:
    """Why the record cannot be imported, or None."""
    for name, value in row.items():
        texts = value if isinstance(value, tuple) else (value,)
        for text in texts:
            if isinstance(text, str) and _SURROGATE.search(text):
                return JsonChecksText.tr(
                    "“{name}” holds a broken character (a lone UTF-16 surrogate)"
                ).format(name=name)
            if isinstance(text, str) and len(text) > _MAX_TEXT:
                return JsonChecksText.tr(
                    "“{name}” is {length} characters long; at most {limit} fit"
                ).format(
                    name=name,
                    length=formats().number(len(text), 0),
                    limit=formats().number(_MAX_TEXT, 0),
                )
    if row["id"] < 1:
        return JsonChecksText.tr("its id must be 1 or more")
    return _CHECKS[table](row)


def nocase(text: str) -> str:
    """Text as the journal compares tag and customer names: A–Z folded, nothing else."""
    return text.translate(_NOCASE)


def _tag(row: Row) -> str | None:
    return _tag_name(row["name"])


def _tag_name(name: str) -> str | None:
    if not name.strip() or len(name) > MAX_TAG_LENGTH or "," in name:
        return JsonChecksText.tr(
            "“{name}” is not a tag (1 to {limit} characters, no commas)"
        ).format(name=name[:40], limit=MAX_TAG_LENGTH)
    return None


def _customer(row: Row) -> str | None:
    found = _customer_fields(row)
    tags = row["tags"]
    if found is None and len({nocase(t) for t in tags}) < len(tags):
        found = JsonChecksText.tr("a tag is listed twice for this customer")
    return found or next((r for r in map(_tag_name, tags) if r), None)


def _customer_fields(row: Row) -> str | None:
    name = row["name"]
    cents, cadence = row["account_value_cents"], row["cadence_days"]
    if not name.strip():
        return JsonChecksText.tr("the customer has no name")
    if len(name) > MAX_NAME_LENGTH:
        return JsonChecksText.tr("the name is longer than {limit} characters").format(
            limit=MAX_NAME_LENGTH
        )
    if row["level"] not in _LEVELS:
        return JsonChecksText.tr("“{value}” is not a relationship level").format(
            value=row["level"][:40]
        )
    if row["status"] not in _STATUSES:
        return JsonChecksText.tr("“{value}” is not a status").format(value=row["status"][:40])
    if row["kind"] not in _RELATIONSHIP_KINDS:
        return JsonChecksText.tr("“{value}” is not a kind of relationship").format(
            value=row["kind"][:40]
        )
    if not _CURRENCY.fullmatch(row["currency"]):
        return JsonChecksText.tr("the currency is not a three-letter code")
    if cents is not None and not 0 <= cents <= MAX_ACCOUNT_VALUE * 100:
        return JsonChecksText.tr("the account value is negative or too large")
    if cadence is not None and not 1 <= cadence <= MAX_CADENCE_DAYS:
        return JsonChecksText.tr("the cadence must be 1 to {limit} days").format(
            limit=MAX_CADENCE_DAYS
        )
    return None


def _entry(row: Row) -> str | None:
    sentiment = row["sentiment"]
    if row["kind"] not in _KINDS:
        return JsonChecksText.tr("“{value}” is not a kind of entry").format(value=row["kind"][:40])
    if sentiment is not None and not SENTIMENT_MIN <= sentiment <= SENTIMENT_MAX:
        return JsonChecksText.tr("its sentiment is outside −2…+2")
    if len(row["title"]) > MAX_TITLE_LENGTH or len(row["body"]) > MAX_BODY_LENGTH:
        return JsonChecksText.tr("its title or note is too long")
    if row["side"] is not None and row["side"] not in _SIDES:
        return JsonChecksText.tr("“{value}” is not a side (ours or theirs)").format(
            value=row["side"][:40]
        )
    if row["side"] is not None and row["kind"] not in COMMITMENT_KINDS:
        return JsonChecksText.tr("only a commitment says whose word it is")
    return None


def _stage(row: Row) -> str | None:
    if row["stage"] in _STAGES:
        return None
    return JsonChecksText.tr("“{value}” is not a stage").format(value=row["stage"][:40])


def _dismissed(row: Row) -> str | None:
    """A dismissed stage suggestion names a stage; a dismissed level suggestion a level."""
    if row["stage"] in _STAGES or dismissed_level(row["stage"]) is not None:
        return None
    return JsonChecksText.tr("“{value}” is not a stage or a level").format(value=row["stage"][:40])


def _check_in(row: Row) -> str | None:
    answers = [row[q] for q in ("trust", "their_word", "value", "help", "needs", "liking")]
    if any(a is not None and not SCALE_MIN <= a <= SCALE_MAX for a in answers):
        return JsonChecksText.tr("its answers must be {low} to {high}, or null").format(
            low=SCALE_MIN, high=SCALE_MAX
        )
    return None


def _person(row: Row) -> str | None:
    name = " ".join(row["name"].split())
    if not name:
        return JsonChecksText.tr("the person has no name")
    if len(name) > MAX_NAME_LENGTH:
        return JsonChecksText.tr("the name is longer than {limit} characters").format(
            limit=MAX_NAME_LENGTH
        )
    return None


_CHECKS: dict[str, Callable[[Row], str | None]] = {
    "tags": _tag,
    "customers": _customer,
    "entries": _entry,
    "stage_changes": _stage,
    "check_ins": _check_in,
    "dismissed_suggestions": _dismissed,
    "people": _person,
    "our_people": lambda _row: None,
    "entry_people": lambda _row: None,
    "entry_our_people": lambda _row: None,
}

#: Which table each link of a "who took part" record points into.
_LINKS = {
    "entry_people": (("entry_id", "entries"), ("person_id", "people")),
    "entry_our_people": (("entry_id", "entries"), ("our_person_id", "our_people")),
}


def check_references(snapshot: Snapshot) -> list[BadRow]:
    """Drop records whose id repeats or whose customer or entry is not in the file.

    Runs in table order, so an entry dropped here also drops the stage change that
    points at it: nothing is ever imported hanging off something that is not.
    """
    bad: list[BadRow] = []
    kept: dict[str, set[int]] = {}
    for table in TABLES:
        rows, seen, keep = snapshot.rows(table), set[int](), list[Row]()
        keys: set[object] = set()
        for row in rows:
            reason = _reference_problem(table, row, seen, kept, keys)
            if reason:
                bad.append(BadRow(record_place(table, row["id"]), reason))
            else:
                seen.add(row["id"])
                keep.append(row)
        snapshot.tables[table] = keep
        kept[table] = seen
    return bad


def _reference_problem(
    table: str, row: Row, seen: set[int], kept: dict[str, set[int]], keys: set[object]
) -> str | None:
    if row["id"] in seen:
        return JsonChecksText.tr("its id repeats an earlier {record}").format(
            record=record_noun(table)
        )
    if table == "tags":
        key: object = nocase(row["name"])
        if key in keys:
            return JsonChecksText.tr("the tag “{name}” is listed twice").format(
                name=row["name"][:40]
            )
        keys.add(key)
    if "customer_id" in row and row["customer_id"] not in kept["customers"]:
        return JsonChecksText.tr("it belongs to customer #{number}, who is not in the file").format(
            number=row["customer_id"]
        )
    entry_id = row.get("entry_id")
    if table == "stage_changes" and entry_id is not None and entry_id not in kept["entries"]:
        return JsonChecksText.tr("it points at entry #{number}, which is not in the file").format(
            number=row["entry_id"]
        )
    for field, target in _LINKS.get(table, ()):
        if row[field] not in kept[target]:
            return JsonChecksText.tr("it points at {record}, which is not in the file").format(
                record=record_place(target, row[field])
            )
    if table in _LINKS:
        pair = tuple(row[field] for field, _target in _LINKS[table])
        if pair in keys:
            return JsonChecksText.tr("the same person is listed twice for one entry")
        keys.add(pair)
    if table == "dismissed_suggestions":
        triple = (row["customer_id"], row["stage"], row["basis"])
        if triple in keys:
            return JsonChecksText.tr("the same suggestion is dismissed twice")
        keys.add(triple)
    return None
