"""A person's e-mails and phones are kept as exactly the JSON the encoder writes."""

from __future__ import annotations

import json

import pytest

from rapport.domain.people import Labelled
from rapport.store.people import dump_labelled, load_labelled

TRICKY = (
    "",
    "work",
    "Zoë <zoe@example.be>",
    'say "hi"',
    "back\\slash",
    "tab\there\nnew line\r\x00\x1f",
    "日本語 😀",
    "\ud800 lone surrogate",
    "\u2028\u2029",
)


@pytest.mark.parametrize("text", TRICKY)
def test_labelled_values_are_written_as_json_writes_them(text: str) -> None:
    items = (Labelled("work", text), Labelled(text, "+32 470 12 34 56"))
    written = dump_labelled(items)
    assert written == json.dumps([[i.label, i.value] for i in items], ensure_ascii=False)
    if "\ud800" not in text:  # a lone surrogate cannot be read back as text
        assert load_labelled(written) == items


def test_none_and_one_are_written_as_json_writes_them() -> None:
    assert dump_labelled(()) == "[]"
    assert dump_labelled([Labelled("", "a@b.example")]) == '[["", "a@b.example"]]'
    assert dump_labelled(iter([Labelled("home", "1")])) == '[["home", "1"]]'


def test_values_that_are_not_text_are_written_by_the_encoder() -> None:
    items = iter([Labelled("work", "a@b.example"), Labelled("n", 7)])  # type: ignore[arg-type]
    assert dump_labelled(items) == '[["work", "a@b.example"], ["n", 7]]'
