"""CSV rows as address books really write them: short rows, long rows, quotes left open."""

from __future__ import annotations

from pathlib import Path

import pytest
from transferhelp import FIXTURES, plan_of

from rapport.transfer.errors import TransferError
from rapport.transfer.plan import ImportPlan


def _names(plan: ImportPlan) -> list[str]:
    return [c.draft.name for c in plan.candidates]


def _reasons(plan: ImportPlan) -> dict[int | None, str]:
    return {b.line: b.reason for b in plan.bad}


def _csv(tmp_path: Path, *lines: str) -> ImportPlan:
    path = tmp_path / "people.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))
    return plan_of(path)


def test_an_outlook_export_whose_rows_are_one_cell_short_imports_every_customer() -> None:
    path = FIXTURES / "outlook-short-rows.csv"
    lines = path.read_bytes().decode("cp1252").splitlines()
    assert lines[0].count(",") == 91 and lines[2].count(",") == 90  # the last cell left out
    plan = plan_of(path)
    assert (plan.kind, plan.encoding) == ("Outlook CSV", "cp1252")
    assert plan.bad == []
    assert _names(plan) == ["Grace B. Hopper", "Anouk Mariën", "Contoso Catering"]
    grace = plan.candidates[0].draft
    assert grace.email == "grace@cobol.example"
    assert grace.address == "1 Navy Way, 22202 Arlington, VA, United States"


def test_missing_trailing_cells_are_empty_and_extra_cells_are_reported(tmp_path: Path) -> None:
    plan = _csv(
        tmp_path,
        "Name,Email,Notes",
        "Ada Lovelace,ada@engines.example",
        "Bob Stone,bob@stone.example,,,",
        "Carla Rossi,carla@rossi.example,Prefers e-mail,Milano",
    )
    assert _names(plan) == ["Ada Lovelace", "Bob Stone"]  # empty extra cells carry nothing
    assert plan.candidates[0].draft.email == "ada@engines.example"
    assert [b.line for b in plan.bad] == [4]
    assert "it has 4 cells where the header has 3" in plan.bad[0].reason


def test_an_unclosed_quote_is_named_with_the_lines_it_swallowed_and_reading_goes_on() -> None:
    plan = plan_of(FIXTURES / "unclosed-quote.csv")
    assert _names(plan) == ["Ada Lovelace", "Carla Rossi", "Dora Lee", "Femi Ade"]
    assert [(b.place, b.line) for b in plan.bad] == [("line 3", 3), ("line 5", 5), ("line 7", 7)]
    reasons = _reasons(plan)
    assert "quote" in reasons[3] and "lines 4–8" in reasons[3]
    assert "cut short" not in reasons[3]
    assert reasons[5] == "it has no name and no organisation"
    assert "it has 6 cells where the header has 5" in reasons[7]


def test_a_stray_quote_in_a_note_takes_the_rest_of_that_note_along_and_plants_nobody(
    tmp_path: Path,
) -> None:
    plan = _csv(
        tmp_path,
        "Name,Email,Notes",
        'Ada Lovelace,ada@engines.example,"Said ""hi""',
        'then left"',
        'Bob Stone,bob@stone.example,"He said "maybe"',
        "and then, later, no",
        'it was a yes"',
        "Carla Rossi,carla@rossi.example,ok",
    )
    assert _names(plan) == ["Ada Lovelace", "Carla Rossi"]  # no "and then" customer
    assert [(b.place, b.line) for b in plan.bad] == [("lines 4–6", 4)]
    assert "not doubled" in plan.bad[0].reason


def test_a_quote_left_open_in_the_last_line_says_the_file_may_be_cut_short(
    tmp_path: Path,
) -> None:
    plan = _csv(tmp_path, "Name,Notes", "Ada Lovelace,fine", 'Bob Stone,"Met at the fair')
    assert _names(plan) == ["Ada Lovelace"]
    assert [(b.place, b.line) for b in plan.bad] == [("line 3", 3)]
    assert "never closed" in plan.bad[0].reason and "cut short" in plan.bad[0].reason


def test_a_quote_that_closes_lines_later_names_where_it_opens(tmp_path: Path) -> None:
    plan = _csv(
        tmp_path,
        "Name,Email,Notes",
        'Ada Lovelace,ada@engines.example,"Likes punch cards',
        "Bob Stone,bob@stone.example,Calls on Mondays",
        'Carla Rossi,carla@rossi.example,"Says "ciao""',
        "Dora Lee,dora@lee.example,",
    )
    assert _names(plan) == ["Bob Stone", "Dora Lee"]
    reasons = _reasons(plan)
    assert set(reasons) == {2, 4}
    assert "lines 3–4" in reasons[2]
    assert "not doubled" in reasons[4]


def test_a_quote_left_open_in_the_header_refuses_the_file(tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text('Name,"Email\r\nAda Lovelace,ada@engines.example\r\n', encoding="utf-8")
    with pytest.raises(TransferError) as refused:
        plan_of(path)
    assert "header line" in refused.value.message and "line 1" in refused.value.message


def test_lines_after_a_huge_cell_that_belong_to_it_plant_nobody(tmp_path: Path) -> None:
    plan = _csv(tmp_path, "Name,Notes", 'Ada Lovelace,"' + "x" * 200_000, "more", '"', "Bob,ok")
    assert _names(plan) == ["Bob"]
    assert [b.place for b in plan.bad] == ["lines 2–4"]
