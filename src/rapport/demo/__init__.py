"""A believable demo journal: Ochre Coffee Roasters, a six-person roastery in Ghent.

Fifteen customers (cafés, a brasserie, a bakery, a museum café, a climbing gym, a
hotel, a restaurant group, a caterer, two offices, a co-working space, a college
canteen, a farm shop, a deli and a coffee truck), each with a year or more of
entries and stage changes, all dated relative to "now". The same seed and the
same "now" always give exactly the same journal.

Which customer shows which risk signal (see DESIGN.md, "Health and risk"):

- **overdue** — Els Van Damme, Hoeve Ter Walle: a 21-day cadence, last contact
  about 82 days ago, an open follow-up from that call long past due, and a recent
  note to self ("I must call her") that is not contact.
- **warm but thin** — Jonas De Smet, Brasserie Het Pand: dinners, rides, praise
  and friendly messages, all positive, but no meeting, purchase or commitment for
  the last ~4 months (last order 118 days ago) while a competitor's van appears;
  his check-in admits we rarely talk about his needs.
- **under-related big deal** — Tom Verhaegen, Hotel Leiezicht: the largest account
  (€48,000 a year), a professional level only, and lukewarm sentiment throughout.
  Hilde Claes (below) also shows it: a big contract, now in conflict.
- **one-way street** — Kevin Mertens, Saffraan Catering: we give favours and keep
  our word; no favour ever comes back and his commitments are broken (his
  check-in says so too).
- **unresolved conflict** — Hilde Claes, Hogeschool Leiedal: in Conflict for ~86
  days after a complaint, with no compromise logged since, and a poor check-in.

Nine customers have check-ins, so their health shows a check-in factor; the
others are due one. Lukas Becker (Bytefield) has been in Compromise since the
leak, with strong health and help offered unasked: Rapport suggests Deeper
understanding for him, waiting for the owner to accept or dismiss it.

Other stories: Café Lindeboom goes through every stage, then falls back into
conflict once and finds its way back; Bakkerij Mariën falls from deeper understanding into conflict
over a price rise; Museumcafé Gravenhof starts over in Attraction with a new
concession holder; Groundwork Coworking has stalled in Compatibility; Groupe
Maison Fumée parted ways (status "parted", kept to learn from); De Koffiekar
closed (status "archived").
"""

from __future__ import annotations

import logging
import os
import random
import time
from datetime import UTC, datetime
from pathlib import Path

from rapport.demo.both_sides import write_both_sides
from rapport.demo.cast import CAST
from rapport.demo.story import write_character
from rapport.store import Journal

__all__ = ["DEFAULT_SEED", "DemoExistsError", "populate", "write_demo"]

log = logging.getLogger("rapport.demo")

DEFAULT_SEED = 2026


class DemoExistsError(Exception):
    """The demo journal was not written because a file already exists at that path."""


def populate(journal: Journal, *, seed: int = DEFAULT_SEED, now: datetime | None = None) -> int:
    """Fill an open, empty journal with the demo customers; return how many.

    Everything is written in one transaction: the whole demo, or nothing. `now`
    (timezone-aware; default: the current time) anchors every date of the story.
    """
    anchor = _anchor(now)
    if journal.customers.count():
        raise ValueError("The journal already holds customers; a demo only fills an empty one.")
    started = time.perf_counter()
    with journal.transaction():
        ids = {
            character.key: write_character(
                journal, character, anchor, random.Random(f"{seed}:{character.key}")
            )
            for character in CAST
        }
        extra = write_both_sides(journal, ids, anchor, random.Random(f"{seed}:both sides"))
    count = len(CAST) + extra
    log.info("demo journal: %d customers written in %.3f s", count, time.perf_counter() - started)
    return count


def write_demo(path: Path, *, seed: int = DEFAULT_SEED, now: datetime | None = None) -> int:
    """Write a new demo journal at `path`; return the number of customers.

    Refuses with DemoExistsError when anything already exists at `path` (even an
    empty file), leaving it untouched. If writing fails, the new file is removed.
    """
    path = Path(path).expanduser()
    anchor = _anchor(now)
    if os.path.lexists(path):
        raise DemoExistsError(f"“{path}” already exists, so no demo journal was written there.")
    _claim(path)
    try:
        journal = Journal.open(path, afresh=True)  # an old demo's backups make it no less new
        try:
            return populate(journal, seed=seed, now=anchor)
        finally:
            journal.close()
    except BaseException:
        _remove(path)
        raise


def _anchor(now: datetime | None) -> datetime:
    if now is None:
        return datetime.now(UTC)
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    return now.astimezone(UTC)


def _claim(path: Path) -> None:
    """Create the file exclusively, so a file appearing meanwhile is never overwritten."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        raise DemoExistsError(
            f"“{path}” already exists, so no demo journal was written there."
        ) from None
    except OSError:
        return  # a missing or unwritable folder: Journal.open explains it in plain words
    os.close(fd)


def _remove(path: Path) -> None:
    """Remove a half-written demo journal this module created, with SQLite's side files."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        except OSError as exc:  # never hide the error that made us clean up
            log.warning("could not remove the unfinished demo file %s%s: %s", path, suffix, exc)
