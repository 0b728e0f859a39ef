"""The pure translation layer: English plurals, installing a translator and formats."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest

from rapport import i18n

Sample = i18n.Words("Sample")


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    yield
    i18n.install(None)
    i18n.install_formats(None)


@pytest.mark.parametrize(
    ("text", "n", "expected"),
    [
        ("%n day(s) overdue", 1, "1 day overdue"),
        ("%n day(s) overdue", 0, "0 days overdue"),
        ("%n day(s) overdue", 12, "12 days overdue"),
        ("%n box(es)", 2, "2 boxes"),
        ("%n entr(y|ies) printed", 1, "1 entry printed"),
        ("%n entr(y|ies) printed", 3, "3 entries printed"),
        ("%n (person|people) (see below)", 4, "4 people (see below)"),
    ],
)
def test_english_resolves_the_inline_plural(text: str, n: int, expected: str) -> None:
    assert Sample.tr(text, "", n) == expected


def test_text_without_a_count_is_left_exactly_as_written() -> None:
    assert Sample.tr("Ask (s)he about %n things") == "Ask (s)he about %n things"


def test_an_installed_translator_gets_the_context_and_count() -> None:
    seen: list[tuple[str, str, str | None, int]] = []

    def german(context: str, text: str, disambiguation: str | None, n: int) -> str:
        seen.append((context, text, disambiguation, n))
        return "übersetzt"

    i18n.install(german)
    assert Sample.tr("%n day(s)", "", 3) == "übersetzt"
    assert i18n.translate("Stage", i18n.QT_TRANSLATE_NOOP("Stage", "Conflict")) == "übersetzt"
    assert seen == [("Sample", "%n day(s)", None, 3), ("Stage", "Conflict", None, -1)]
    i18n.install(None)
    assert Sample.tr("%n day(s)", "", 3) == "3 days"


def test_formats_are_plain_english_until_the_app_installs_its_own() -> None:
    assert i18n.formats().day(date(2026, 5, 3)) == "3 May 2026"
    assert i18n.formats().day_month(date(2026, 5, 3)) == "3 May"
    assert i18n.formats().number(1234.5, 1) == "1,234.5"
    i18n.install_formats(i18n.Formats(number=lambda value, decimals: "n"))
    assert i18n.formats().number(1.0, 1) == "n"
    assert i18n.formats().day(date(2026, 5, 3)) == "3 May 2026"


def test_words_the_rules_keep_follow_the_language_and_formats_installed() -> None:
    """The rules' dates and windows are made once per language: a switch makes them again."""
    from rapport.domain.wording import day, window

    moment = datetime(2026, 5, 3, 12, tzinfo=UTC)
    assert (window(365), day(moment)) == ("in the last 12 months", "3 May 2026")
    i18n.install(lambda context, text, disambiguation, n: f"[{text}|{n}]")
    assert window(365) == "[in the last %n month(s)|12]"
    i18n.install_formats(i18n.Formats(day=lambda value: f"{value:%d.%m.%Y}"))
    assert day(moment) == "03.05.2026"
    i18n.install(None)
    i18n.install_formats(None)
    assert (window(365), day(moment)) == ("in the last 12 months", "3 May 2026")
