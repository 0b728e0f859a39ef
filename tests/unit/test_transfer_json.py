"""Reading a Rapport JSON export that was damaged or edited: per-record reasons, no crash."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from storehelp import at, customer, entry

from rapport.domain.stages import Stage
from rapport.store import Journal
from rapport.transfer.errors import TransferError
from rapport.transfer.exporting import ExportFormat, chunks
from rapport.transfer.json_format import decode

#: The store behaves alike on a journal file and on a team journal (PostgreSQL).
pytestmark = pytest.mark.both_backends


def _document(journal: Journal) -> dict[str, Any]:
    ada = customer(journal, "Ada", tags=("vip",))
    bob = customer(journal, "Bob")
    first = entry(journal, ada, 1, title="first")
    entry(journal, bob, 2, title="bob's")
    journal.entries.change_stage(ada, Stage.CONFLICT, at(3), "complaint", first)
    return json.loads("".join(chunks(journal.transfer.snapshot(), ExportFormat.JSON)))


def _decode(document: object) -> tuple[Any, list[str]]:
    snapshot, bad = decode(json.dumps(document))
    return snapshot, [str(b) for b in bad]


def test_a_bad_customer_takes_everything_of_theirs_with_it(journal: Journal) -> None:
    document = _document(journal)
    document["customers"][0]["level"] = "best friends"
    snapshot, bad = _decode(document)
    assert bad == [
        "customer #1: “best friends” is not a relationship level",
        "entry #1: it belongs to customer #1, who is not in the file",
        "stage change #1: it belongs to customer #1, who is not in the file",
        "stage change #3: it belongs to customer #1, who is not in the file",
    ]
    assert [c["name"] for c in snapshot.rows("customers")] == ["Bob"]
    assert [e["title"] for e in snapshot.rows("entries")] == ["bob's"]


@pytest.mark.parametrize(
    ("table", "field", "value", "reason"),
    [
        ("customers", "name", "", "the customer has no name"),
        ("customers", "name", 42, "“name” should be text"),
        ("customers", "currency", "euro", "the currency is not a three-letter code"),
        ("customers", "account_value_cents", -1, "the account value is negative"),
        ("customers", "created_at", "2024-01-01T10:00:00", "has no offset"),
        ("customers", "tags", ["vip", "VIP"], "a tag is listed twice"),
        ("customers", "about", "\ud800", "a lone UTF-16 surrogate"),
        ("entries", "kind", "séance", "“séance” is not a kind of entry"),
        ("entries", "sentiment", 7, "sentiment is outside"),
        ("entries", "private", "yes", "“private” should be true or false"),
        ("entries", "follow_up_on", "tomorrow", "“follow_up_on” should be a date"),
        ("entries", "id", 10**30, "a number too large"),
        ("stage_changes", "stage", "bliss", "“bliss” is not a stage"),
        ("stage_changes", "entry_id", 99, "points at entry #99"),
    ],
)
def test_each_damaged_field_is_named(
    journal: Journal, table: str, field: str, value: object, reason: str
) -> None:
    document = _document(journal)
    document[table][0][field] = value
    _snapshot, bad = _decode(document)
    assert any(reason in b for b in bad), bad


def test_missing_fields_and_repeated_ids(journal: Journal) -> None:
    document = _document(journal)
    del document["entries"][1]["body"]
    document["customers"].append(dict(document["customers"][1]))
    _snapshot, bad = _decode(document)
    assert "entry #2: the field “body” is missing" in bad
    assert "customer #2: its id repeats an earlier customer" in bad


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("{", "not valid JSON (line 1, column 2"),
        ("[]", "not a Rapport export"),
        ('{"format": "rapport-journal", "version": 99}', "newer version of Rapport"),
        ('{"format": "rapport-journal", "version": true}', "does not say which version"),
        ('{"format": "rapport-journal", "version": 1, "entries": {}}', "is not a list"),
        ("[" * 100_000 + "]" * 100_000, "nests too deeply"),
    ],
)
def test_a_file_that_is_not_an_export_is_refused_whole(text: str, words: str) -> None:
    with pytest.raises(TransferError) as caught:
        decode(text)
    assert words in caught.value.message


def test_a_truncated_export_is_refused_with_where_it_stops(journal: Journal) -> None:
    text = "".join(chunks(journal.transfer.snapshot(), ExportFormat.JSON))
    with pytest.raises(TransferError, match="not valid JSON"):
        decode(text[: len(text) // 2])


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=20,
)


@settings(max_examples=100, deadline=None)
@given(
    records=st.dictionaries(
        st.sampled_from(["tags", "customers", "entries", "stage_changes", "check_ins"]),
        st.lists(
            json_values
            | st.dictionaries(st.sampled_from(["id", "name", "customer_id"]), json_values),
            max_size=3,
        ),
    )
)
def test_any_json_content_gives_reasons_not_crashes(records: dict[str, Any]) -> None:
    document = {"format": "rapport-journal", "version": 1, **records}
    try:
        snapshot, bad = decode(json.dumps(document))
    except TransferError as exc:
        assert exc.message
        return
    assert all(b.place and b.reason for b in bad)
    assert snapshot.count() + len(bad) >= sum(len(v) for v in records.values())
