"""Which relationship a captured e-mail or meeting belongs to."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from rapport.domain.capture import Known, by_address, by_title, meeting_with

LINDEBOOM = Known.of(1, "Café Lindeboom", ["Jens@Lindeboom.example"], ["Jens Visser"])
VERHOEF = Known.of(2, "Bakkerij Verhoef", ["anna@verhoef.example", "not an address"])
KOELN = Known.of(3, "Kaffeerösterei Köln", [], ["Jürgen Müller"])
BO = Known.of(4, "Bo", ["bo@bo.example"])
BOOK = [LINDEBOOM, VERHOEF, KOELN, BO]


def test_an_address_matches_exactly_without_case() -> None:
    assert by_address(["jens@lindeboom.EXAMPLE "], BOOK) == [1]
    assert by_address(["info@lindeboom.example"], BOOK) == []  # the same company is not enough
    assert VERHOEF.emails == frozenset({"anna@verhoef.example"})


def test_a_title_matches_a_name_as_whole_words_folded() -> None:
    assert by_title("Tasting with CAFE LINDEBOOM, 14:00", BOOK) == [1]
    assert by_title("Lunch with Jurgen Muller", BOOK) == [3]
    assert by_title("Supplier review Kaffeeroesterei Koeln", BOOK) == []  # spelt otherwise
    assert by_title("Lindeboomgaard open day", BOOK) == []  # not the whole word
    assert by_title("Board meeting", BOOK) == []  # "Bo" is too short to find in a title


def test_a_meeting_goes_by_its_guests_before_its_title() -> None:
    assert meeting_with("Café Lindeboom tasting", ["anna@verhoef.example"], BOOK) == [2]
    assert meeting_with("Café Lindeboom tasting", ["someone@else.example"], BOOK) == [1]
    assert meeting_with("Dentist", [], BOOK) == []


@given(st.text(max_size=60), st.lists(st.text(max_size=30), max_size=4))
def test_any_title_and_addresses_give_only_known_ids(title: str, addresses: list[str]) -> None:
    found = meeting_with(title, addresses, BOOK)
    assert set(found) <= {1, 2, 3, 4} and len(found) == len(set(found))
