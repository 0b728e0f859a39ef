"""Customers, or entries, as CSV a spreadsheet opens safely and Rapport imports again.

UTF-8 with a byte-order mark (so Excel does not read it as cp1252), CRLF line ends,
and every text cell that could be taken for a formula escaped (see `formula`). The
headers are the ones the generic import recognises, so an exported file maps itself.
Items in the trash are not exported; JSON is the format that keeps everything.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from decimal import Decimal

from rapport.domain.customers import Status
from rapport.domain.kinds import EntryKind
from rapport.domain.levels import Level
from rapport.domain.stages import Stage
from rapport.transfer.formula import escape
from rapport.transfer.people_rows import labelled, organisation_of, people_by_customer
from rapport.transfer.snapshot import Row, Rows

CUSTOMER_HEADERS = (
    "Name",
    "Organisation",
    "Role",
    "Email",
    "Phone",
    "Address",
    "Website",
    "About",
    "Tags",
    "Level",
    "Account value",
    "Currency",
    "Cadence (days)",
    "Status",
    "Stage",
    "Created",
    "Updated",
    "Birthday",
    "Left on",
)
ENTRY_HEADERS = (
    "Customer",
    "Organisation",
    "Occurred at",
    "Kind",
    "Title",
    "Body",
    "Sentiment",
    "Private",
    "Follow-up on",
    "Follow-up done",
    "Created",
    "Updated",
)


def customers_csv(source: Rows) -> Iterator[str]:
    """One line per person at a relationship (not in the trash), with its columns.

    A relationship without people is one line of its own details. The person's name,
    role, e-mails and phones (each list joined by "; "), birthday and the day they
    left ("Left on", empty while they are there) fill their columns; the relationship's
    name is the organisation (unless it is named after the person), and its other
    columns repeat on each of its people's lines, so an import groups them into one
    relationship again.
    """
    stages = current_stages(source)
    people = people_by_customer(source)
    yield "\ufeff" + _line(CUSTOMER_HEADERS)
    for row in live(source.rows("customers")):
        rest = _relationship_cells(row, stages.get(row["id"]))
        found = people.get(row["id"], [])
        if not found:
            own = (escape(row[f]) for f in _CUSTOMER_TEXT)
            yield _line((*own, *rest, "", ""))
        for person in found:
            days = (_day(person["birthday"]), _day(person.get("left_on")))
            yield _line((*_person_cells(row, person), *rest, *days))


def _person_cells(customer: Row, person: Row) -> tuple[str, ...]:
    return (
        escape(person["name"]),
        escape(organisation_of(customer, person)),
        escape(person["role"]),
        escape("; ".join(e.value for e in labelled(person["emails"]))),
        escape("; ".join(p.value for p in labelled(person["phones"]))),
        *(escape(customer[f]) for f in ("address", "website", "about")),
    )


def _relationship_cells(row: Row, stage: Stage | None) -> tuple[str, ...]:
    cents = row["account_value_cents"]
    return (
        escape(", ".join(row["tags"])),
        Level(row["level"]).english_label,
        "" if cents is None else f"{Decimal(cents) / 100:.2f}",
        row["currency"],
        "" if row["cadence_days"] is None else str(row["cadence_days"]),
        Status(row["status"]).english_label,
        stage.english_label if stage else "",
        _time(row["created_at"]),
        _time(row["updated_at"]),
    )


def _day(value: date | None) -> str:
    return "" if value is None else value.isoformat()


_CUSTOMER_TEXT = ("name", "organisation", "role", "email", "phone", "address", "website", "about")


def entries_csv(source: Rows) -> Iterator[str]:
    """One line per entry (not in the trash), oldest first, with its customer's name."""
    customers = {r["id"]: (r["name"], r["organisation"]) for r in live(source.rows("customers"))}
    yield "\ufeff" + _line(ENTRY_HEADERS)
    for row in live(source.entries_by_time()):
        if row["customer_id"] not in customers:
            continue  # its customer is in the trash
        name, organisation = customers[row["customer_id"]]
        sentiment = row["sentiment"]
        follow_up = row["follow_up_on"]
        yield _line(
            (
                escape(name),
                escape(organisation),
                _time(row["occurred_at"]),
                EntryKind(row["kind"]).english_label,
                escape(row["title"]),
                escape(row["body"]),
                "" if sentiment is None else str(sentiment),
                "yes" if row["private"] else "no",
                "" if follow_up is None else follow_up.isoformat(),
                "yes" if row["follow_up_done"] else "no",
                _time(row["created_at"]),
                _time(row["updated_at"]),
            )
        )


def live(rows: Iterable[Row]) -> Iterator[Row]:
    """Rows not in the trash, as they come."""
    return (r for r in rows if r.get("deleted_at") is None)


def current_stages(source: Rows) -> dict[int, Stage]:
    """Each customer's current stage: their latest stage change not in the trash."""
    latest: dict[int, tuple[datetime, int, str]] = {}
    for row in live(source.rows("stage_changes")):
        key = (row["occurred_at"], row["id"], row["stage"])
        if row["customer_id"] not in latest or key > latest[row["customer_id"]]:
            latest[row["customer_id"]] = key
    return {cid: Stage(stage) for cid, (_at, _id, stage) in latest.items()}


def _time(moment: datetime) -> str:
    """Local time with its offset: what the owner recognises, and still unambiguous."""
    return moment.astimezone().isoformat(timespec="seconds")


def _line(cells: Sequence[str]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow(cells)
    return buffer.getvalue()
