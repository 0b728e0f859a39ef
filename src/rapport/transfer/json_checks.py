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
from rapport.domain.kinds import SENTIMENT_MAX, SENTIMENT_MIN, EntryKind
from rapport.domain.levels import Level
from rapport.domain.stages import Stage
from rapport.transfer.rows import BadRow
from rapport.transfer.snapshot import SINGULAR, TABLES, Row, Snapshot

_NOCASE = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_CURRENCY = re.compile(r"[A-Z]{3}")
_MAX_TEXT = 1_000_000
_LEVELS = frozenset(Level)
_STATUSES = frozenset(Status)
_KINDS = frozenset(EntryKind)
_STAGES = frozenset(Stage)


def check_row(table: str, row: Row) -> str | None:
    """Why the record cannot be imported, or None."""
    for name, value in row.items():
        texts = value if isinstance(value, tuple) else (value,)
        for text in texts:
            if isinstance(text, str) and _SURROGATE.search(text):
                return f"“{name}” holds a broken character (a lone UTF-16 surrogate)"
            if isinstance(text, str) and len(text) > _MAX_TEXT:
                return f"“{name}” is {len(text):,} characters long; at most {_MAX_TEXT:,} fit"
    if row["id"] < 1:
        return "its id must be 1 or more"
    return _CHECKS[table](row)


def nocase(text: str) -> str:
    """Text as the journal compares tag and customer names: A–Z folded, nothing else."""
    return text.translate(_NOCASE)


def _tag(row: Row) -> str | None:
    return _tag_name(row["name"])


def _tag_name(name: str) -> str | None:
    if not name.strip() or len(name) > MAX_TAG_LENGTH or "," in name:
        return f"“{name[:40]}” is not a tag (1 to {MAX_TAG_LENGTH} characters, no commas)"
    return None


def _customer(row: Row) -> str | None:
    name = row["name"]
    cents, cadence = row["account_value_cents"], row["cadence_days"]
    problems = (
        (not name.strip(), "the customer has no name"),
        (len(name) > MAX_NAME_LENGTH, f"the name is longer than {MAX_NAME_LENGTH} characters"),
        (row["level"] not in _LEVELS, f"“{row['level'][:40]}” is not a relationship level"),
        (row["status"] not in _STATUSES, f"“{row['status'][:40]}” is not a status"),
        (not _CURRENCY.fullmatch(row["currency"]), "the currency is not a three-letter code"),
        (
            cents is not None and not 0 <= cents <= MAX_ACCOUNT_VALUE * 100,
            "the account value is negative or too large",
        ),
        (
            cadence is not None and not 1 <= cadence <= MAX_CADENCE_DAYS,
            f"the cadence must be 1 to {MAX_CADENCE_DAYS} days",
        ),
    )
    found = next((reason for bad, reason in problems if bad), None)
    tags = row["tags"]
    if found is None and len({nocase(t) for t in tags}) < len(tags):
        found = "a tag is listed twice for this customer"
    return found or next((r for r in map(_tag_name, tags) if r), None)


def _entry(row: Row) -> str | None:
    sentiment = row["sentiment"]
    if row["kind"] not in _KINDS:
        return f"“{row['kind'][:40]}” is not a kind of entry"
    if sentiment is not None and not SENTIMENT_MIN <= sentiment <= SENTIMENT_MAX:
        return "its sentiment is outside −2…+2"
    if len(row["title"]) > MAX_TITLE_LENGTH or len(row["body"]) > MAX_BODY_LENGTH:
        return "its title or note is too long"
    return None


def _stage(row: Row) -> str | None:
    return None if row["stage"] in _STAGES else f"“{row['stage'][:40]}” is not a stage"


def _check_in(row: Row) -> str | None:
    answers = [row[q] for q in ("trust", "their_word", "value", "help", "needs", "liking")]
    if any(a is not None and not SCALE_MIN <= a <= SCALE_MAX for a in answers):
        return f"its answers must be {SCALE_MIN} to {SCALE_MAX}, or null"
    return None


_CHECKS: dict[str, Callable[[Row], str | None]] = {
    "tags": _tag,
    "customers": _customer,
    "entries": _entry,
    "stage_changes": _stage,
    "check_ins": _check_in,
    "dismissed_suggestions": _stage,
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
                bad.append(BadRow(f"{SINGULAR[table]} #{row['id']}", reason))
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
        return f"its id repeats an earlier {SINGULAR[table]}"
    if table == "tags":
        key: object = nocase(row["name"])
        if key in keys:
            return f"the tag “{row['name'][:40]}” is listed twice"
        keys.add(key)
    if "customer_id" in row and row["customer_id"] not in kept["customers"]:
        return f"it belongs to customer #{row['customer_id']}, who is not in the file"
    entry_id = row.get("entry_id")
    if table == "stage_changes" and entry_id is not None and entry_id not in kept["entries"]:
        return f"it points at entry #{row['entry_id']}, which is not in the file"
    if table == "dismissed_suggestions":
        triple = (row["customer_id"], row["stage"], row["basis"])
        if triple in keys:
            return "the same suggestion is dismissed twice"
        keys.add(triple)
    return None
