"""The three-way merge rule: nothing either side changed is lost, clashes are named."""

from __future__ import annotations

from rapport.domain.merge import Clash, merge, resolve

BASE = {"phone": "0470", "about": "", "email": "a@x.be"}


def test_fields_only_one_side_changed_merge() -> None:
    theirs = {**BASE, "phone": "0471"}
    mine = {**BASE, "about": "Likes tea"}
    merged, clashes = merge(BASE, theirs, mine)
    assert merged == {"phone": "0471", "about": "Likes tea", "email": "a@x.be"}
    assert clashes == ()


def test_the_same_field_changed_by_both_is_a_clash_with_both_values() -> None:
    theirs = {**BASE, "phone": "0471"}
    mine = {**BASE, "phone": "0472"}
    _, clashes = merge(BASE, theirs, mine)
    assert clashes == (Clash("phone", "0470", "0471", "0472"),)
    assert not clashes[0].agreed


def test_the_same_value_written_by_both_is_still_named_but_agreed() -> None:
    """Two increments from 5 to 6 must not silently count as one."""
    _, clashes = merge({"n": 5}, {"n": 6}, {"n": 6})
    assert [c.field for c in clashes] == ["n"] and clashes[0].agreed


def test_resolve_takes_theirs_only_where_the_owner_chose_so() -> None:
    theirs = {**BASE, "phone": "0471", "email": "b@x.be"}
    mine = {**BASE, "phone": "0472", "about": "Likes tea"}
    assert resolve(BASE, theirs, mine, frozenset({"phone"})) == {
        "phone": "0471",
        "about": "Likes tea",
        "email": "b@x.be",
    }
    assert resolve(BASE, theirs, mine)["phone"] == "0472"
