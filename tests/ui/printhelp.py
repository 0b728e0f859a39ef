"""Builders for the printed-report tests: a small customer story and PDF text extraction."""

from __future__ import annotations

import io
import re
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.domain.kinds import EntryKind
from rapport.domain.levels import Level
from rapport.domain.stages import Stage
from rapport.store import Journal

T0 = datetime(2025, 1, 6, 9, 0, tzinfo=UTC)
#: "Now" for every report in the tests: after the whole story.
NOW = datetime(2025, 12, 1, 12, 0, tzinfo=UTC)


def at(days: float) -> datetime:
    """A fixed moment `days` after T0."""
    return T0 + timedelta(days=days)


def customer(journal: Journal, name: str = "Marieke Janssens", **fields: Any) -> int:
    """A customer who came in (Attraction) at T0."""
    fields.setdefault("organisation", "Café Lindeboom")
    fields.setdefault("level", Level.PERSONAL)
    return journal.customers.create(CustomerDraft(name=name, **fields), Stage.ATTRACTION, at(0))


def entry(journal: Journal, customer_id: int, days: float, body: str, **fields: Any) -> int:
    """An entry `days` after T0."""
    fields.setdefault("kind", EntryKind.MEETING)
    return journal.entries.add(
        EntryDraft(customer_id=customer_id, occurred_at=at(days), body=body, **fields)
    )


def story(journal: Journal) -> int:
    """Three stages, five entries (one private), an open follow-up; returns the customer."""
    cid = customer(journal)
    entry(journal, cid, 1, "Alpha first visit, left three samples.", title="First visit")
    entry(journal, cid, 10, "Bravo trial order of five kilos.", kind=EntryKind.PURCHASE)
    entry(journal, cid, 20, "Secret margin talk: keep this to ourselves.", private=True)
    complaint = entry(
        journal,
        cid,
        30,
        "Charlie complaint: roast too dark.",
        sentiment=-2,
        kind=EntryKind.COMPLAINT,
    )
    journal.entries.change_stage(cid, Stage.CONFLICT, at(30), "Roast too dark for them", complaint)
    journal.entries.change_stage(cid, Stage.COMPROMISE, at(40), "Lighter roast, tasted together")
    entry(
        journal,
        cid,
        41,
        "Delta tasting of the lighter roast.",
        sentiment=1,
        follow_up_on=at(60).date(),
    )
    return cid


def pdf_pages(source: Path | bytes) -> list[str]:
    """The text of each page, normalised: presentation forms folded, whitespace collapsed."""
    reader = PdfReader(io.BytesIO(source) if isinstance(source, bytes) else source)
    return [_normal(page.extract_text()) for page in reader.pages]


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


def found(word: str, text: str) -> bool:
    """Whether a word is in extracted text, in logical or visual (right-to-left) order."""
    word = _normal(word)
    return word in text or word[::-1] in text
