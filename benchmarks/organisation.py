"""Opening an organisation with people on both sides and 2,000 entries (issue 15).

- `open_org_2000_ms` — the big customer of the benchmark journal made an
  organisation: five people at it (the first the main contact, one who left), two of
  our own people, and every entry saying who took part on each side (the owner and
  a colleague on one, one or two of theirs on the other). Opened on an offscreen
  customer page until painted, as `open_customer_2000_ms` is: header, people,
  lifecycle strip and the first timeline page with its "… · with …" lines.
  Target ≤ 100 ms, the customer target.
- `open_org_2000_baseline_ms` — the same reads with plain sqlite3, back to back with
  it in the same run: what `open_customer_2000_baseline_ms` reads, plus the people
  and who took part in the first page's entries.

The organisation is made in a copy of the working journal (`org.rapport`), so the
other figures measure the journal as generated.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.figures import Figures, _median, _ms, _painted_customer_page, _raw_open_customer
from benchmarks.generate import BIG_CUSTOMER_ID
from rapport.domain.people import Labelled, PersonDraft
from rapport.store import Journal
from rapport.ui.models.timeline import PAGE as TIMELINE_PAGE

KEYS = ("open_org_2000_ms", "open_org_2000_baseline_ms")

#: key -> (target in words, test on the results)
TARGETS: dict[str, tuple[str, Callable[[dict], bool]]] = {
    "open_org_2000_ms": ("≤ 100 ms", lambda r: r["open_org_2000_ms"] <= 100),
}

_PEOPLE = (
    PersonDraft("Jens de Vries", "Owner", (Labelled("work", "jens@cafe.example"),), main=True),
    PersonDraft("Marieke Bakker", "Manager", (Labelled("work", "marieke@cafe.example"),)),
    PersonDraft("Piet Smit", "Barista"),
    PersonDraft("Anna Jansen", "Barista", phones=(Labelled("mobile", "+31 6 1234 5678"),)),
    PersonDraft("Kees Visser", "Former manager", left_on=date(2025, 3, 31)),
)


def organisation_copy(journal_path: Path) -> Path:
    """A copy of the journal whose big customer is an organisation with people both sides."""
    target = journal_path.with_name("org.rapport")
    for stale in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
        stale.unlink(missing_ok=True)
    shutil.copyfile(journal_path, target)
    journal = Journal.open(target)
    try:
        theirs = [journal.people.add(BIG_CUSTOMER_ID, p) for p in _PEOPLE]
        me = journal.our_people.me()
        assert me is not None
        ours = [me.id, journal.our_people.add("Lena")]
    finally:
        journal.close()
    raw = sqlite3.connect(target)
    try:
        entries = [
            r[0]
            for r in raw.execute("SELECT id FROM entry WHERE customer_id = ?", (BIG_CUSTOMER_ID,))
        ]
        with raw:  # who took part, written as the app links them (one row per person)
            raw.executemany(
                "INSERT OR IGNORE INTO entry_our_person (entry_id, our_person_id) VALUES (?, ?)",
                [(e, p) for n, e in enumerate(entries) for p in ours[: 1 + n % 2]],
            )
            raw.executemany(
                "INSERT OR IGNORE INTO entry_person (entry_id, person_id) VALUES (?, ?)",
                [(e, theirs[(n + k) % 4]) for n, e in enumerate(entries) for k in range(1 + n % 2)],
            )
    finally:
        raw.close()
    return target


def _raw_open_organisation(raw: sqlite3.Connection, customer_id: int) -> None:
    """What the page of an organisation needs, with plain sqlite3."""
    _raw_open_customer(raw, customer_id)
    raw.execute(
        "SELECT * FROM person WHERE customer_id = ? AND deleted_at IS NULL", (customer_id,)
    ).fetchall()
    ids = [
        r[0]
        for r in raw.execute(
            "SELECT id FROM entry WHERE customer_id = ? AND deleted_at IS NULL"
            " ORDER BY occurred_at DESC, id DESC LIMIT ?",
            (customer_id, TIMELINE_PAGE),
        )
    ]
    marks = ",".join("?" * len(ids))
    raw.execute(
        "SELECT l.entry_id, o.name, o.me FROM entry_our_person AS l"
        f" JOIN our_person AS o ON o.id = l.our_person_id WHERE l.entry_id IN ({marks})",
        ids,
    ).fetchall()
    raw.execute(
        "SELECT l.entry_id, p.name FROM entry_person AS l"
        f" JOIN person AS p ON p.id = l.person_id WHERE l.entry_id IN ({marks})",
        ids,
    ).fetchall()


def measure(journal_path: Path, figures: Figures, runs: int, warmup: int) -> None:
    """Open the organisation until painted, each run back to back with its raw reads."""
    path = organisation_copy(journal_path)
    journal = Journal.open(path)
    raw = sqlite3.connect(path)
    open_page, close_page = _painted_customer_page(journal)
    try:
        for _ in range(warmup):
            open_page()
            _raw_open_organisation(raw, BIG_CUSTOMER_ID)
        pairs = [
            (open_page() * 1000, _ms(lambda: _raw_open_organisation(raw, BIG_CUSTOMER_ID)))
            for _ in range(runs)
        ]
        shown = len(journal.people.of(BIG_CUSTOMER_ID))
    finally:
        close_page()
        raw.close()
        journal.close()
    figures.values["open_org_2000_ms"] = round(_median([p[0] for p in pairs]), 2)
    figures.values["open_org_2000_baseline_ms"] = _median([p[1] for p in pairs])
    figures.notes["open_org_2000_ms"] = (
        f"offscreen customer page of an organisation with {shown} people (one left) and "
        f"who took part on both sides of every entry: header, people and the first "
        f"{TIMELINE_PAGE} timeline rows painted; baseline: the same reads in sqlite3, "
        "measured back to back"
    )
