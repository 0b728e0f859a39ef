"""Plain rows kept as read, and groups of them written without drafts, give what drafts give.

The plan keeps a plain CSV row as its `PlainRow`, and the import writes a group of
them straight into person rows (issue 14): the relationships, people, person rows
and search text must be exactly those the candidates and `together` make.
"""

from __future__ import annotations

from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from rapport.domain.people import as_main
from rapport.store.import_people import _plain_person_rows, people_text_of
from rapport.store.people import _person_row, drafts_text
from rapport.transfer.csv_import import CsvSource
from rapport.transfer.csv_table import CsvTable, Row
from rapport.transfer.duplicates import Existing
from rapport.transfer.fast_rows import PlainRow
from rapport.transfer.grouping import together
from rapport.transfer.opening import Opened
from rapport.transfer.plain_groups import PlainPeople, together_plain
from rapport.transfer.plan import read_plan, run_to_end

_NAMES = ["Anna", " anna  de  Vries ", "Bo", "Firm", "Ünïcødé Straße", 'say "hi"', "tel"]
_ORGANISATIONS = ["Firm", "FIRM ", " firm", "Other", "", "Café  Ünïcode"]
_ROLES = ["", "Sales\tlead", " Boss ", "CEO"]
_EMAILS = ["", "a@x.example", "A@X.example ", "a b@x.example", 'q"@x', "\\@x"]
_PHONES = ["", "0470", "+32 470  12", "tel:+32 470", "tel:"]

_HEADERS = {
    "plain": ["Name", "Company", "Title", "E-mail", "Phone"],
    "outlook": ["Name", "Company", "Job Title", "E-mail Address", "Business Phone"],
}


def _cell(options: list[str]) -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(options), st.text(max_size=6))


rows = st.lists(
    st.tuples(
        _cell(_NAMES), _cell(_ORGANISATIONS), _cell(_ROLES), _cell(_EMAILS), _cell(_PHONES)
    ).map(list),
    min_size=1,
    max_size=25,
)


def _source(kind: str, cells: list[list[str]]) -> CsvSource:
    table = CsvTable(_HEADERS[kind], [Row(i + 2, c) for i, c in enumerate(cells)])
    return CsvSource(table)


def _plain(source: CsvSource, cells: list[list[str]]) -> list[PlainRow]:
    builder = source._plain_way()
    assert builder is not None  # one column per field: the short way
    found = [builder.plain(c, f"line {n}", n) for n, c in enumerate(cells, start=2)]
    return [r for r in found if type(r) is PlainRow and r.named]


_NOW = datetime(2026, 1, 2, 3, 4, 5, 678901)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(_HEADERS)), rows, st.sampled_from(_ORGANISATIONS[:4]))
def test_a_group_of_plain_rows_is_the_group_of_their_candidates(
    kind: str, cells: list[list[str]], organisation: str
) -> None:
    source = _source(kind, cells)
    plain = _plain(source, cells)
    made = together_plain(organisation, plain)
    if len(plain) < 2:
        assert made is None
        return
    candidates = [r.candidate() for r in plain]
    general = together(organisation, candidates)
    assert made == general
    assert made is not None and isinstance(made.people, PlainPeople)
    assert tuple(made.people) == general.people
    assert [made.people[i] for i in range(len(plain))] == list(general.people)
    for row, candidate in zip(plain, candidates, strict=True):
        assert candidate.person is not None
        assert row.how.person_of(row, False) == as_main(candidate.person, False)
    # What the import writes from the rows is what it writes from the drafts.
    assert people_text_of(made.people) == drafts_text(general.people)
    stamp = "2026-01-02 03:04:05.678901"
    written = _plain_person_rows(7, made.people, stamp)
    assert written == [_person_row(7, d, stamp, str) for d in general.people]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(sorted(_HEADERS)), rows, st.booleans(), st.data())
def test_the_plans_relationships_are_the_same_read_plain(
    kind: str, cells: list[list[str]], duplicates: bool, data: st.DataObject
) -> None:
    source = _source(kind, cells)
    there = data.draw(st.lists(st.sampled_from([*_ORGANISATIONS[:4], "Anna"]), max_size=2))
    existing = [Existing(n + 1, name, "", "") for n, name in enumerate(there)]  # some join
    opened = Opened(None, None, "UTF-8", source)  # type: ignore[arg-type]
    plan = run_to_end(read_plan(opened, existing, chunk=4))
    for group in plan.groups:  # the owner's choice, group by group
        group.together = data.draw(st.booleans())
    plain = list(plan.new_relationships(duplicates, plain=True))
    assert plain == list(plan.new_relationships(duplicates))
    assert plan.relationships(duplicates) == plain
    # The review reads candidates, never plain rows.
    assert all(type(c).__name__ == "Candidate" for c in plan.candidates)
    assert all(type(c).__name__ == "Candidate" for c in plan.importable(duplicates))
    for group in plan.groups:
        assert all(type(c).__name__ == "Candidate" for c in group.members)
