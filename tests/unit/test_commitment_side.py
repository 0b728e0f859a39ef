"""A commitment says whose word it is (ours or theirs), from the form to the rules and back."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from storehelp import customer, entry, raw_rows

from rapport.domain.kinds import EntryKind, Side
from rapport.store import Journal
from rapport.store.versions import label, words
from rapport.transfer.exporting import ExportFormat, chunks
from rapport.transfer.json_format import decode


def _exported(journal: Journal) -> dict[str, Any]:
    return json.loads("".join(chunks(journal.transfer.snapshot(), ExportFormat.JSON)))


def _imported(tmp_path: Path, document: dict[str, Any]) -> Journal:
    snapshot, bad = decode(json.dumps(document))
    assert bad == []
    target = Journal.open(tmp_path / "other" / "target.rapport")
    steps = target.transfer.import_snapshot(snapshot)
    for _ in steps:
        pass
    return target


def test_a_commitment_keeps_whose_word_it_is_and_the_rules_see_it(journal: Journal) -> None:
    ana = customer(journal, "Ana")
    theirs = entry(journal, ana, 1, EntryKind.COMMITMENT_MADE, side=Side.THEIRS)
    ours = entry(journal, ana, 2, EntryKind.COMMITMENT_KEPT)
    assert journal.entries.get(theirs).side is Side.THEIRS
    assert journal.entries.get(ours).side is Side.OURS  # not said: ours, as the form suggests
    facts = journal.facts.customer(ana)
    assert [(e.kind, e.side) for e in facts.entries] == [
        (EntryKind.COMMITMENT_MADE, Side.THEIRS),
        (EntryKind.COMMITMENT_KEPT, Side.OURS),
    ]


def test_only_a_commitment_has_a_side(journal: Journal) -> None:
    ana = customer(journal, "Ana")
    meeting = entry(journal, ana, 1, EntryKind.MEETING, side=Side.THEIRS)
    assert journal.entries.get(meeting).side is None
    assert raw_rows(journal, "SELECT side FROM entry") == [(None,)]
    assert journal.facts.customer(ana).entries[0].side is None


def test_a_commitment_saved_before_sides_existed_is_ours_to_the_rules(journal: Journal) -> None:
    ana = customer(journal, "Ana")
    old = entry(journal, ana, 1, EntryKind.COMMITMENT_BROKEN)
    with journal.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE entry SET side = NULL")
    assert journal.entries.get(old).side is None  # the record says what is stored
    assert journal.facts.customer(ana).entries[0].side is Side.OURS


def test_the_side_goes_out_and_comes_back_with_a_json_export(
    journal: Journal, tmp_path: Path
) -> None:
    ana = customer(journal, "Ana")
    promise = entry(journal, ana, 1, EntryKind.COMMITMENT_MADE, side=Side.THEIRS)
    document = _exported(journal)
    assert [e["side"] for e in document["entries"]] == ["theirs"]
    target = _imported(tmp_path, document)
    try:
        assert target.entries.get(promise).side is Side.THEIRS
    finally:
        target.close()


def test_an_export_from_before_sides_imports_exactly(journal: Journal, tmp_path: Path) -> None:
    ana = customer(journal, "Ana")
    entry(journal, ana, 1, EntryKind.COMMITMENT_MADE)
    entry(journal, ana, 2, EntryKind.CALL)
    document = _exported(journal)
    for record in document["entries"]:
        del record["side"]
    target = _imported(tmp_path, document)
    try:
        assert raw_rows(target, "SELECT kind, side FROM entry ORDER BY id") == [
            ("commitment_made", None),
            ("call", None),
        ]
    finally:
        target.close()


def test_a_side_that_is_no_side_or_not_on_a_commitment_is_refused(journal: Journal) -> None:
    ana = customer(journal, "Ana")
    entry(journal, ana, 1, EntryKind.COMMITMENT_MADE)
    entry(journal, ana, 2, EntryKind.CALL)
    document = _exported(journal)
    document["entries"][0]["side"] = "mine"
    document["entries"][1]["side"] = "theirs"
    _snapshot, bad = decode(json.dumps(document))
    assert [str(b) for b in bad] == [
        "entry #1: “mine” is not a side (ours or theirs)",
        "entry #2: only a commitment says whose word it is",
    ]


def test_a_conflict_names_the_side_in_words() -> None:
    assert label("side") == "whose word"
    assert words("side", Side.THEIRS) == "“theirs”"
