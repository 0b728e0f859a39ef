"""The rules a customer or an entry must pass before it is saved, and the lifecycle rules."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rapport.domain.customers import (
    MAX_ACCOUNT_VALUE,
    MAX_CADENCE_DAYS,
    MAX_NAME_LENGTH,
    MAX_TAG_LENGTH,
    CustomerDraft,
    Status,
    ValidationError,
    clean_cadence,
    clean_currency,
    clean_name,
    parse_account_value,
    parse_tags,
)
from rapport.domain.entries import MAX_BODY_LENGTH, MAX_TITLE_LENGTH, EntryDraft
from rapport.domain.kinds import EntryKind
from rapport.domain.lifecycle import (
    StageSpan,
    current_stage,
    days_in_stage,
    describe_duration,
)
from rapport.domain.stages import Stage

NOW = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)


# --- names ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["", " ", "\t\n", "\u00a0\u2003", "   \n  "])
def test_an_empty_or_blank_name_is_refused_with_a_plain_message(name: str) -> None:
    with pytest.raises(ValidationError) as caught:
        clean_name(name)
    assert caught.value.field == "name"
    assert "name" in caught.value.message


def test_a_name_is_trimmed_and_inner_runs_of_space_collapse() -> None:
    assert clean_name("  Ada \n  Lovelace\t") == "Ada Lovelace"


@pytest.mark.parametrize(
    "name",
    [
        "Łukasz Żółć",  # Polish
        "محمد الأحمد",  # Arabic, right to left
        "דוד כהן",  # Hebrew, right to left
        "山田太郎",  # Japanese
        "김민준",  # Korean
        "Ελένη Παπαδοπούλου",  # Greek
        "Сергей Иванов",  # Cyrillic
        "👩‍🍳 Chef Ana",  # emoji with a zero-width joiner
        "Zoë O'Brien-Müller",
    ],
)
def test_a_name_in_any_script_is_kept_exactly(name: str) -> None:
    assert clean_name(name) == name


def test_the_longest_name_fits_and_one_more_character_is_refused() -> None:
    assert clean_name("x" * MAX_NAME_LENGTH) == "x" * MAX_NAME_LENGTH
    with pytest.raises(ValidationError) as caught:
        clean_name("x" * (MAX_NAME_LENGTH + 1))
    assert str(MAX_NAME_LENGTH) in caught.value.message


def test_name_length_counts_characters_not_bytes() -> None:
    # 200 CJK characters are 600 bytes in UTF-8 but still one name that fits.
    assert clean_name("山" * MAX_NAME_LENGTH) == "山" * MAX_NAME_LENGTH


# --- cadence and currency --------------------------------------------------------------


@pytest.mark.parametrize("days", [None, 1, 30, MAX_CADENCE_DAYS])
def test_a_cadence_inside_the_range_is_kept(days: int | None) -> None:
    assert clean_cadence(days) == days


@pytest.mark.parametrize("days", [0, -1, MAX_CADENCE_DAYS + 1])
def test_a_cadence_outside_the_range_is_refused(days: int) -> None:
    with pytest.raises(ValidationError) as caught:
        clean_cadence(days)
    assert caught.value.field == "cadence_days"


@pytest.mark.parametrize(
    ("typed", "stored"), [("EUR", "EUR"), ("usd", "USD"), (" chf ", "CHF"), ("", "EUR")]
)
def test_a_currency_code_is_normalised(typed: str, stored: str) -> None:
    assert clean_currency(typed) == stored


@pytest.mark.parametrize("typed", ["€", "EURO", "US", "U$D", "12E", "ÄÖÜ", "EUR\nUSD"])
def test_a_currency_that_is_not_three_letters_is_refused(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        clean_currency(typed)
    assert caught.value.field == "currency"


# --- account values --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("12500", "12500.00"),
        ("12 500", "12500.00"),
        ("12\u00a0500", "12500.00"),  # no-break space, as a spreadsheet copies it
        ("12\u202f500,50", "12500.50"),  # narrow no-break space, as French formats it
        ("12_500", "12500.00"),
        ("12,500", "12500.00"),  # a comma before three digits groups thousands
        ("12,500.50", "12500.50"),
        ("1,234,567", "1234567.00"),
        ("12,5", "12.50"),  # a comma before one or two digits is a decimal comma
        ("12,50", "12.50"),
        ("1.234,5", "1234.50"),  # both marks: the last one is the decimal mark
        ("12.500,50", "12500.50"),
        ("1.234.567", "1234567.00"),  # a repeated point groups thousands
        ("1.234.567,89", "1234567.89"),
        ("12.5", "12.50"),
        ("0", "0.00"),
        ("  99.99  ", "99.99"),
    ],
)
def test_an_account_value_is_read_the_way_it_was_meant(typed: str, amount: str) -> None:
    assert parse_account_value(typed) == Decimal(amount)


@pytest.mark.parametrize("typed", ["", "   ", "\u00a0"])
def test_a_blank_account_value_means_none(typed: str) -> None:
    assert parse_account_value(typed) is None


@pytest.mark.parametrize("typed", ["abc", "12 EUR", "$12", "1,2,3.4.5", "12..5", "--1", "0x10"])
def test_text_that_is_not_an_amount_is_refused(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_account_value(typed)
    assert caught.value.field == "account_value"
    assert typed.strip() in caught.value.message


@pytest.mark.parametrize("typed", ["-1", "-0.01", "NaN", "Infinity", "-inf", "sNaN"])
def test_a_negative_or_non_finite_account_value_is_refused(typed: str) -> None:
    with pytest.raises(ValidationError, match="zero or more"):
        parse_account_value(typed)


@pytest.mark.parametrize("typed", ["1e30", "99999999999999999999", "1000000000000000.01"])
def test_an_account_value_too_large_to_store_is_refused_not_crashed(typed: str) -> None:
    with pytest.raises(ValidationError, match="too large"):
        parse_account_value(typed)


def test_the_largest_account_value_fits() -> None:
    assert parse_account_value(str(MAX_ACCOUNT_VALUE)) == MAX_ACCOUNT_VALUE


@given(st.decimals(min_value=0, max_value=MAX_ACCOUNT_VALUE, places=2))
def test_any_amount_written_the_plain_way_reads_back_exactly(amount: Decimal) -> None:
    assert parse_account_value(f"{amount:f}") == amount
    assert parse_account_value(f"{amount:,f}") == amount


def test_a_draft_refuses_an_account_value_given_directly_out_of_range() -> None:
    with pytest.raises(ValidationError) as caught:
        CustomerDraft(name="A", account_value=Decimal("1e20")).validated()
    assert caught.value.field == "account_value"
    with pytest.raises(ValidationError):
        CustomerDraft(name="A", account_value=Decimal(-5)).validated()


# --- tags ------------------------------------------------------------------------------


def test_tags_are_split_trimmed_and_deduplicated_ignoring_case() -> None:
    assert parse_tags(" wholesale, Berlin ,, berlin,BERLIN, big   fish ") == [
        "wholesale",
        "Berlin",
        "big fish",
    ]


def test_tag_duplicates_are_found_in_any_script() -> None:
    assert parse_tags("Ärger, ärger, ΣΟΦΙΑ, σοφια, Straße, STRASSE") == [
        "Ärger",
        "ΣΟΦΙΑ",
        "Straße",
    ]


def test_an_overlong_tag_is_cut_and_cut_tags_do_not_repeat() -> None:
    long = "a" * (MAX_TAG_LENGTH + 5)
    tags = parse_tags(f"{long}x, {long}y")
    assert tags == ["a" * MAX_TAG_LENGTH]


def test_no_tags_at_all() -> None:
    assert parse_tags("") == []
    assert parse_tags(" , ,") == []


def test_a_draft_is_cleaned_as_a_whole() -> None:
    draft = CustomerDraft(
        name="  Ana  Ruiz ",
        organisation=" Panadería Ruiz ",
        tags=("bakery", "Bakery", " local "),
        currency="eur",
        level="structural",
        status=Status.PARTED,
    ).validated()
    assert draft.name == "Ana Ruiz"
    assert draft.organisation == "Panadería Ruiz"
    assert draft.tags == ("bakery", "local")
    assert draft.currency == "EUR"
    assert draft.level == "structural"
    assert draft.status is Status.PARTED


def test_a_draft_with_an_unknown_level_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        CustomerDraft(name="A", level="friendly").validated()
    assert caught.value.field == "level"


# --- entries ---------------------------------------------------------------------------


def entry(**changes: object) -> EntryDraft:
    fields: dict[str, object] = {"customer_id": 1, "occurred_at": NOW, "body": "Met for coffee."}
    fields.update(changes)
    return EntryDraft(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(("title", "body"), [("", ""), ("  ", " \n\t "), ("\x00", "\x00\x00")])
def test_an_entry_with_nothing_written_is_refused(title: str, body: str) -> None:
    with pytest.raises(ValidationError) as caught:
        entry(title=title, body=body).validated()
    assert caught.value.field == "body"


def test_a_title_alone_is_enough() -> None:
    assert entry(title=" Renewal  call ", body="").validated().title == "Renewal call"


def test_the_body_keeps_its_markdown_indentation_but_loses_trailing_space() -> None:
    body = "  - first\n    - nested\n\n```\ncode\n```\n\n  \n"
    assert entry(body=body).validated().body == "  - first\n    - nested\n\n```\ncode\n```"


def test_nul_characters_are_removed_from_title_and_body() -> None:
    clean = entry(title="Re\x00newal", body="pa\x00id").validated()
    assert clean.title == "Renewal"
    assert clean.body == "paid"


def test_the_longest_body_fits_and_a_longer_one_is_refused_with_advice() -> None:
    assert len(entry(body="x" * MAX_BODY_LENGTH).validated().body) == MAX_BODY_LENGTH
    with pytest.raises(ValidationError) as caught:
        entry(body="x" * (MAX_BODY_LENGTH + 1)).validated()
    assert caught.value.field == "body"
    assert "Split it" in caught.value.message


def test_an_overlong_title_is_refused() -> None:
    assert entry(title="t" * MAX_TITLE_LENGTH).validated().title == "t" * MAX_TITLE_LENGTH
    with pytest.raises(ValidationError) as caught:
        entry(title="t" * (MAX_TITLE_LENGTH + 1)).validated()
    assert caught.value.field == "title"


@pytest.mark.parametrize("sentiment", [None, -2, -1, 0, 1, 2])
def test_sentiment_on_the_scale_is_kept(sentiment: int | None) -> None:
    assert entry(sentiment=sentiment).validated().sentiment == sentiment


@pytest.mark.parametrize("sentiment", [-3, 3, 100])
def test_sentiment_off_the_scale_is_refused(sentiment: int) -> None:
    with pytest.raises(ValidationError) as caught:
        entry(sentiment=sentiment).validated()
    assert caught.value.field == "sentiment"


def test_a_time_without_a_time_zone_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        entry(occurred_at=datetime(2025, 3, 14, 9, 30)).validated()
    assert caught.value.field == "occurred_at"


def test_a_time_in_any_zone_is_accepted_unchanged() -> None:
    tokyo = datetime(2025, 3, 14, 18, 30, tzinfo=timezone(timedelta(hours=9)))
    assert entry(occurred_at=tokyo).validated().occurred_at == tokyo


def test_an_unknown_kind_is_refused_as_a_validation_error() -> None:
    with pytest.raises(ValidationError) as caught:
        entry(kind="gossip").validated()
    assert caught.value.field == "kind"


def test_a_kind_given_as_its_stored_text_becomes_the_kind() -> None:
    assert entry(kind="favour_given").validated().kind is EntryKind.FAVOUR_GIVEN


def test_follow_up_fields_are_kept() -> None:
    clean = entry(follow_up_on=date(2025, 4, 1), follow_up_done=True, private=True).validated()
    assert (clean.follow_up_on, clean.follow_up_done, clean.private) == (
        date(2025, 4, 1),
        True,
        True,
    )


# --- lifecycle -------------------------------------------------------------------------


def span(stage: Stage, days_ago: float) -> StageSpan:
    return StageSpan(stage, NOW - timedelta(days=days_ago))


def test_no_history_means_no_current_stage() -> None:
    assert current_stage([]) is None
    assert days_in_stage([], NOW) is None


def test_the_current_stage_is_the_latest_change_whatever_order_it_was_recorded_in() -> None:
    history = [
        span(Stage.ATTRACTION, 300),
        span(Stage.COMPROMISE, 10),  # recorded before the back-dated one below
        span(Stage.CONFLICT, 40),  # back-dated
    ]
    current = current_stage(history)
    assert current is not None
    assert current.stage is Stage.COMPROMISE
    assert days_in_stage(history, NOW) == 10


def test_of_two_changes_at_the_same_moment_the_one_recorded_last_is_current() -> None:
    same = NOW - timedelta(days=3)
    history = [StageSpan(Stage.ATTRACTION, same), StageSpan(Stage.COMPATIBILITY, same)]
    current = current_stage(history)
    assert current is not None
    assert current.stage is Stage.COMPATIBILITY


@given(st.lists(st.sampled_from(list(Stage)), min_size=1, max_size=12))
def test_any_stage_may_follow_any_other(stages: list[Stage]) -> None:
    history = [span(stage, days_ago=len(stages) - i) for i, stage in enumerate(stages)]
    current = current_stage(history)
    assert current is not None
    assert current.stage is stages[-1]


def test_days_in_stage_never_goes_negative_for_a_future_change() -> None:
    assert days_in_stage([span(Stage.CONFLICT, -2)], NOW) == 0


@pytest.mark.parametrize(
    ("days", "words"),
    [
        (0, "since today"),
        (1, "for 1 day"),
        (13, "for 13 days"),
        (14, "for 2 weeks"),
        (59, "for 8 weeks"),
        (60, "for 2 months"),
        (729, "for 24 months"),
        (730, "for 2 years"),
    ],
)
def test_durations_read_naturally(days: int, words: str) -> None:
    assert describe_duration(days) == words


def test_a_follow_up_is_overdue_only_once_its_day_has_passed() -> None:
    from datetime import date

    from rapport.domain.entries import follow_up_overdue

    today = date(2026, 11, 22)
    assert follow_up_overdue(date(2026, 11, 21), today)
    assert not follow_up_overdue(today, today)
    assert not follow_up_overdue(date(2026, 11, 23), today)
    assert not follow_up_overdue(None, today)
