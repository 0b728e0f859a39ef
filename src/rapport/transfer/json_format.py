"""Rapport's own JSON format: everything in a journal, so it round-trips exactly.

Times are ISO 8601 with their UTC offset and microseconds; money stays in integer
cents, as the journal keeps it. Reading checks every record's fields and values and
that what it refers to (its customer, its entry) is in the file too; a record that
fails is reported with the reason, and so is anything hanging off it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from json.encoder import encode_basestring
from typing import Any, Literal

from rapport import __version__
from rapport.i18n import Words
from rapport.transfer.errors import TransferError
from rapport.transfer.json_checks import check_references, check_row
from rapport.transfer.rows import BadRow
from rapport.transfer.snapshot import (
    ADDED_LATER,
    FORMAT,
    FORMAT_VERSION,
    TABLES,
    Kind,
    Row,
    Rows,
    Snapshot,
    record_noun,
    record_place,
)

JsonFormatText = Words("JsonFormatText")


def encode(source: Rows, exported_at: datetime, scope: str = "journal") -> Iterator[str]:
    """The rows as JSON text, a record at a time (a large journal is never one string).

    The bytes are those of `json.dumps(document, ensure_ascii=False, indent=1)` on the
    whole document, written as the rows are read: records sit two levels deep, so each
    field is on its own line indented by three spaces.
    """
    header = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "app": f"Rapport {__version__}",
        "exported_at": exported_at.astimezone(UTC).isoformat(),
        "scope": scope,
    }
    yield "{" + ",".join(
        f"\n {_text(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in header.items()
    )
    for table, spec in TABLES.items():
        fields = [(name, kind, f"\n   {_text(name)}: ") for name, kind in spec.items()]
        opening = f",\n {_text(table)}: ["
        count = 0
        for row in source.rows(table):
            record = ",".join(start + _field(row[name], kind) for name, kind, start in fields)
            yield (opening if count == 0 else ",") + "\n  {" + record + "\n  }"
            count += 1
        yield opening + "]" if count == 0 else "\n ]"
    yield "\n}\n"


_text = encode_basestring  # a JSON string, non-ASCII kept as it is (ensure_ascii=False)


def _field(value: Any, kind: Kind) -> str:
    """One field's value as JSON, exactly as `json` writes it."""
    if value is None:
        return "null"
    if kind in (Kind.STR, Kind.OPT_STR):
        return _text(value)
    if kind is Kind.BOOL:
        return "true" if value else "false"
    if kind in (Kind.INT, Kind.OPT_INT):
        return int.__repr__(value)
    if kind in (Kind.TIME, Kind.OPT_TIME):
        assert isinstance(value, datetime) and value.utcoffset() is not None
        return _text(value.astimezone(UTC).isoformat())
    if kind is Kind.OPT_DATE:
        assert isinstance(value, date)
        return _text(value.isoformat())
    if kind is Kind.LABELLED:
        return json.dumps(json.loads(value or "[]"), ensure_ascii=False)
    names = list(value)
    if not names:
        return "[]"
    return "[\n    " + ",\n    ".join(_text(n) for n in names) + "\n   ]"


def decode(text: str) -> tuple[Snapshot, list[BadRow]]:
    """A Rapport JSON export read back: the good records, and the others with reasons."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TransferError(
            JsonFormatText.tr(
                "The file is not valid JSON (line {line}, column {column}: {reason})."
            ).format(line=exc.lineno, column=exc.colno, reason=exc.msg),
            JsonFormatText.tr(
                "It may be cut short or edited by hand; export it from Rapport again."
            ),
        ) from None
    except RecursionError:
        raise TransferError(
            JsonFormatText.tr("The file nests too deeply to be a Rapport export.")
        ) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise TransferError(
            JsonFormatText.tr("This JSON file is not a Rapport export."),
            JsonFormatText.tr(
                "Choose a file made with File → Export… → JSON, or import a CSV or vCard file."
            ),
        )
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise TransferError(
            JsonFormatText.tr("The Rapport export does not say which version of the format it is.")
        )
    if version > FORMAT_VERSION:
        raise TransferError(
            JsonFormatText.tr("The file was exported by a newer version of Rapport."),
            JsonFormatText.tr("Install the latest Rapport to import it."),
        )
    snapshot = Snapshot()
    bad: list[BadRow] = []
    for table in TABLES:
        records = document.get(table, [])
        if not isinstance(records, list):
            raise TransferError(
                JsonFormatText.tr(
                    "The file's “{table}” is not a list; it is not a Rapport export."
                ).format(table=table)
            )
        for index, record in enumerate(records, start=1):
            row, reason = _row(table, record)
            if reason is not None or row is None:
                unreadable = reason or JsonFormatText.tr("unreadable")
                bad.append(BadRow(_place(table, record, index), unreadable))
            else:
                snapshot.rows(table).append(row)
    bad.extend(check_references(snapshot))
    return snapshot, bad


def _place(table: str, record: object, index: int) -> str:
    ident = record.get("id") if isinstance(record, dict) else None
    if isinstance(ident, int) and not isinstance(ident, bool):
        return record_place(table, ident)
    return JsonFormatText.tr("{record} {index} in the file").format(
        record=record_noun(table), index=index
    )


def _row(table: str, record: object) -> tuple[Row | None, str | None]:
    if not isinstance(record, dict):
        return None, JsonFormatText.tr("it is not a record (an object with fields)")
    row: Row = {}
    later = ADDED_LATER.get(table, {})
    for name, kind in TABLES[table].items():
        if name not in record and name in later:
            row[name] = later[name]
            continue
        if name not in record:
            return None, JsonFormatText.tr("the field “{name}” is missing").format(name=name)
        try:
            row[name] = _from_json(record[name], kind)
        except _WrongType as wrong:
            return None, wrong.reason(name, kind)
    reason = check_row(table, row)
    return (None, reason) if reason else (row, None)


class _WrongType(ValueError):
    """A field's value is not of the kind the format says, and how (with the value)."""

    def __init__(
        self, how: Literal["type", "number", "unreadable", "no offset"] = "type", value: str = ""
    ) -> None:
        super().__init__(how)
        self.how = how
        self.value = value

    def reason(self, name: str, kind: Kind) -> str:
        """The problem in words, naming the field and what it should hold."""
        if self.how == "number":
            text = JsonFormatText.tr(
                "“{name}” should be {kind} (a number too large, or not a number)"
            )
        elif self.how == "unreadable":
            text = JsonFormatText.tr("“{name}” should be {kind}, not “{value}”")
        elif self.how == "no offset":
            text = JsonFormatText.tr("“{name}” should be {kind} (“{value}” has no offset)")
        else:
            text = JsonFormatText.tr("“{name}” should be {kind}")
        return text.format(name=name, kind=kind.label, value=self.value)


def _pair(value: object) -> bool:
    """A [label, value] pair of texts."""
    return isinstance(value, list) and len(value) == 2 and all(isinstance(v, str) for v in value)


def _from_json(value: Any, kind: Kind) -> Any:
    """The Python value of one field; _WrongType when it has the wrong type."""
    if value is None and kind in (Kind.OPT_INT, Kind.OPT_STR, Kind.OPT_TIME, Kind.OPT_DATE):
        return None
    if kind in (Kind.INT, Kind.OPT_INT):
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) < 2**63:
            return value
        raise _WrongType("number")
    if kind in (Kind.STR, Kind.OPT_STR) and isinstance(value, str):
        return value
    if kind is Kind.BOOL and isinstance(value, bool):
        return value
    if kind is Kind.NAMES and isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    if kind is Kind.LABELLED and isinstance(value, list) and all(_pair(v) for v in value):
        return json.dumps(value, ensure_ascii=False)  # kept as the row's JSON text
    if kind not in (Kind.TIME, Kind.OPT_TIME, Kind.OPT_DATE) or not isinstance(value, str):
        raise _WrongType()
    try:
        if kind is Kind.OPT_DATE:
            return date.fromisoformat(value)
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise _WrongType("unreadable", value[:40]) from None
    if moment.utcoffset() is None:
        raise _WrongType("no offset", value[:40])
    return moment.astimezone(UTC)
