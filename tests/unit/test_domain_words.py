"""The rules' words go through the installed translator and the locale's formats."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest

from rapport import i18n
from rapport.domain.cadence import cadence_for
from rapport.domain.checkins import Answers, scale_label, summarise
from rapport.domain.kinds import EntryKind, sentiment_label
from rapport.domain.levels import Level
from rapport.domain.stages import Stage
from rapport.domain.wording import day, signed, window

#: Source text → a German stand-in, per context (plural forms: singular, plural).
GERMAN: dict[str, dict[str, str | tuple[str, str]]] = {
    "Stage": {"Conflict": "Konflikt"},
    "Level": {"Professional": "Fachlich"},
    "EntryKind": {"Favour given": "Gefallen erwiesen"},
    "Sentiment": {"Very positive": "Sehr positiv"},
    "DomainCheckinsText": {
        "Fully": "Voll und ganz",
        "averaged {mean} of {most} on %n answer(s)": (
            "im Schnitt {mean} von {most} bei %n Antwort",
            "im Schnitt {mean} von {most} bei %n Antworten",
        ),
    },
    "CadenceText": {
        "cadence %n day(s) while in {stage}": (
            "Kontaktrhythmus %n Tag in der Phase {stage}",
            "Kontaktrhythmus %n Tage in der Phase {stage}",
        )
    },
    "WordingText": {
        "in the last %n month(s)": ("im letzten Monat", "in den letzten %n Monaten"),
    },
}


def _german(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    found = GERMAN.get(context, {}).get(text)
    if found is None:
        return i18n.english(context, text, disambiguation, n)
    if isinstance(found, tuple):
        return found[0 if n == 1 else 1].replace("%n", str(n))
    return found


@pytest.fixture
def german() -> Iterator[None]:
    i18n.install(_german)
    i18n.install_formats(
        i18n.Formats(
            day=lambda d: f"{d.day}.{d.month}.{d.year}",
            number=lambda x, k: f"{x:.{k}f}".replace(".", ","),
        )
    )
    try:
        yield
    finally:
        i18n.install(None)
        i18n.install_formats(None)


def test_english_needs_no_catalogue() -> None:
    assert EntryKind.FAVOUR_GIVEN.label == "Favour given"
    assert Level.PROFESSIONAL.label == "Professional"
    assert cadence_for(Level.PROFESSIONAL, Stage.CONFLICT, None).describe() == (
        "cadence 14 days while in Conflict"
    )
    assert window(365) == "in the last 12 months"
    assert window(180) == "in the last 6 months"
    assert window(730) == "in the last 2 years"
    assert window(120) == "in the last 4 months"
    assert window(100) == "in the last 100 days"
    assert signed(1.5) == "+1.5" and signed(-12) == "−12" and signed(0) == "0"


@pytest.mark.usefixtures("german")
def test_labels_and_sentences_are_translated_when_shown() -> None:
    assert Stage.CONFLICT.label == "Konflikt"
    assert Level.PROFESSIONAL.label == "Fachlich"
    assert EntryKind.FAVOUR_GIVEN.label == "Gefallen erwiesen"
    assert sentiment_label(2) == "Sehr positiv"
    assert scale_label(5) == "Voll und ganz"
    assert summarise(Answers(trust=4, help=3)).describe() == "im Schnitt 3,5 von 5 bei 2 Antworten"
    assert cadence_for(Level.PROFESSIONAL, Stage.CONFLICT, None).describe() == (
        "Kontaktrhythmus 14 Tage in der Phase Konflikt"
    )
    assert window(365) == "in den letzten 12 Monaten"
    assert window(30) == "im letzten Monat"


@pytest.mark.usefixtures("german")
def test_numbers_and_dates_use_the_installed_formats() -> None:
    assert signed(1.5) == "+1,5"
    assert signed(-0.3) == "−0,3"
    assert signed(3) == "+3"
    assert day(datetime(2026, 5, 3, 12, tzinfo=UTC)) == "3.5.2026"
    assert i18n.formats().day(date(2026, 5, 3)) == "3.5.2026"
