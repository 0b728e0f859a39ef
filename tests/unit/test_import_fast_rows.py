"""The short way for plain CSV rows gives exactly what the general way gives (issue 14)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rapport.transfer.building import build_customer
from rapport.transfer.csv_import import CsvSource
from rapport.transfer.csv_table import CsvTable, Row
from rapport.transfer.duplicates import _emails_of, person
from rapport.transfer.fast_rows import BLANK
from rapport.transfer.fields import Target
from rapport.transfer.rows import Candidate

#: Cells that take each turn of both ways: blanks, case and spacing, lists, Google's
#: ":::", tel: URIs, escaped formulas, Outlook's defaults, damage and overlong text.
_CELLS = [
    "",
    " ",
    "Anna",
    " anna  de  Vries ",
    "Firm",
    "FIRM ",
    "Anna",
    "a@x.example",
    "A@X.example ",
    "a b@x.example",
    "a@x.example, b@y.example",
    "a@x.example; b",
    "+32 1; +32 2",
    "0470, 12",
    "tel:+32 470",
    "tel:",
    "x:::y",
    "'=1+2",
    "'plain",
    "0/0/00",
    "Normal",
    "false",
    "Sales\tlead",
    "Ünïcødé Straße",
    "bad\x00byte",
    "N" * 201,
    "L" * 5001,
]
_TARGETS = [
    None,
    None,
    Target.NAME,
    Target.FIRST_NAME,
    Target.MIDDLE_NAME,
    Target.LAST_NAME,
    Target.ORGANISATION,
    Target.ROLE,
    Target.EMAIL,
    Target.PHONE,
]
#: Headers of several kinds: Outlook's (its defaults, its qualifier, a labelled phone).
_HEADERS = ["Name", "Company", "E-mail Address", "Business Phone", "E-mail Type", "Notes", "X"]

cell = st.one_of(st.sampled_from(_CELLS), st.text(max_size=12))


@st.composite
def files(draw: st.DrawFn) -> tuple[CsvSource, list[list[str]]]:
    """A header, a mapping with at most one column per field, and rows of tricky cells."""
    width = draw(st.integers(1, 7))
    headers = draw(st.lists(st.sampled_from(_HEADERS), min_size=width, max_size=width))
    mapping: list[Target | None] = []
    for _ in range(width):
        target = draw(st.sampled_from(_TARGETS))
        mapping.append(None if target in mapping else target)
    rows = draw(st.lists(st.lists(cell, min_size=0, max_size=width + 1), min_size=1, max_size=12))
    table = CsvTable(headers, [Row(i + 2, cells) for i, cells in enumerate(rows)])
    return CsvSource(table, mapping), rows


@settings(max_examples=400, deadline=None)
@given(files())
def test_the_short_way_reads_every_row_as_the_general_way(
    found: tuple[CsvSource, list[list[str]]],
) -> None:
    source, rows = found
    short = source._short_way()
    assert short is not None  # one column per field: the mapping takes the short way
    for cells in rows:
        read = short(cells, "line 2", 2)
        if read is None:
            continue  # left to the general way
        values = source.values(cells)
        if read is BLANK:
            assert values.is_blank()
        else:
            assert not values.is_blank()
            assert read == build_customer(values, "line 2", 2)
            assert isinstance(read, Candidate)
            draft = read.draft  # compared as the finder compares the general way's
            assert read.compared is not None
            key, found = read.compared
            assert key == person(draft.name, draft.organisation)
            assert set(found) == _emails_of(draft.email, read.emails)


def test_a_plain_row_takes_the_short_way_and_an_unusual_one_the_general() -> None:
    table = CsvTable(["Name", "Company", "Email", "Phone"], [])
    source = CsvSource(table)
    short = source._short_way()
    assert short is not None
    plain = short(["Anna Smith", "Firm 1", "a@x.example", "0470"], "line 2", 2)
    assert plain == build_customer(
        source.values(["Anna Smith", "Firm 1", "a@x.example", "0470"]), "line 2", 2
    )
    assert short(["Anna", "Firm 1", "a@x.example, b@y.example", ""], "line 3", 3) is None


def test_a_mapping_with_two_columns_for_one_field_reads_the_general_way() -> None:
    table = CsvTable(["Name", "Email", "Email 2"], [])
    source = CsvSource(table, [Target.NAME, Target.EMAIL, Target.EMAIL])
    assert source._short_way() is None


_ADDRESSES = ["", "a@x.example", "A@X.example", "a @x", "a@x,b@y", "a@x;b@y", "a@x\u00a0b@y", "ab"]


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(st.sampled_from(_ADDRESSES), st.text(max_size=8)),
    st.lists(st.one_of(st.sampled_from(_ADDRESSES), st.text(max_size=8)), max_size=2),
    st.booleans(),
)
def test_a_rows_addresses_for_duplicates_are_read_as_always(
    email: str, others: list[str], same: bool
) -> None:
    from rapport.transfer.duplicates import emails

    found = (email,) if same else tuple(others)
    assert _emails_of(email, found) == emails(", ".join((email, *found)))


_TEXTS = ["a", "", "b,c", 'say "hi"', "two\nlines", '"', "x\r\ny", " "]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.lists(st.one_of(st.sampled_from(_TEXTS), st.text(max_size=5)), min_size=1, max_size=4),
        min_size=1,
        max_size=10,
    ),
    st.lists(st.sampled_from(['"', "a,b", "", 'q"x', "\n"]), max_size=3),
    st.data(),
)
def test_rows_read_together_are_the_rows_read_one_by_one(
    records: list[list[str]], stray: list[str], data: st.DataObject
) -> None:
    import csv
    import io

    from rapport.transfer.csv_table import Rows, read_table
    from rapport.transfer.errors import TransferError

    out = io.StringIO()
    csv.writer(out).writerows([["h1", "h2", "h3"], *records])
    lines = out.getvalue().splitlines(keepends=True)
    for text in stray:  # lines a careless hand added: a lone quote, a short row
        lines.insert(data.draw(st.integers(1, len(lines))), text + "\n")
    try:
        table = read_table("".join(lines))
    except TransferError:  # a file without a usable header: nothing to read
        return
    rows = table.rows
    assert isinstance(rows, Rows)
    wanted = data.draw(st.lists(st.integers(0, max(len(rows) - 1, 0)), max_size=12))
    wanted = [i for i in wanted if i < len(rows)]
    assert list(rows.cells_at(wanted)) == [(rows[i].line, rows[i].cells) for i in wanted]


_ROWS = [
    ["Anna", "Firm", "a@x.example", ""],
    ["Anna", "Firm", "a@x.example", "0470"],  # the same e-mail: a duplicate
    ["Bo", "", "", "0470"],
    ["Firm", "Firm", "f@x.example", ""],  # a company
    ["Cy", "Other", "c@x.example, d@x.example", ""],  # the general way
    ["", "", "", ""],
    ["Dee", "Firm", "", "tel:+32"],
]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(_ROWS), min_size=1, max_size=30))
def test_what_went_where_is_counted_as_row_by_row(rows: list[list[str]]) -> None:
    from collections import Counter

    from rapport.transfer.opening import Opened
    from rapport.transfer.plan import read_plan, run_to_end

    table = CsvTable(
        ["Name", "Company", "Email", "Phone"], [Row(i + 2, r) for i, r in enumerate(rows)]
    )
    source = CsvSource(table)
    plan = run_to_end(read_plan(Opened(None, None, "UTF-8", source), [], chunk=4))  # type: ignore[arg-type]
    every: Counter[tuple[int, str, str]] = Counter()
    unique: Counter[tuple[int, str, str]] = Counter()
    for index, read in source.read_at(range(len(rows))):
        every.update(read.placed)  # type: ignore[union-attr]
        if not plan.doubled[index]:
            unique.update(read.placed)  # type: ignore[union-attr]
    assert list(plan.placed[0].items()) == list(every.items())
    assert list(plan.placed[1].items()) == list(unique.items())
