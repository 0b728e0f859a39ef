"""Check-in questions, validation and the summary score."""

from __future__ import annotations

import pytest
from factbuilders import NOW

from rapport.domain.checkins import Answers, CheckIn, Question, summarise
from rapport.domain.customers import ValidationError


def test_every_question_has_a_prompt_and_a_label() -> None:
    assert len(Question) == 6
    for q in Question:
        assert q.prompt.endswith("?")
        assert q.label


def test_summary_averages_known_answers_and_leaves_out_dont_know() -> None:
    summary = summarise(Answers(trust=5, their_word=2, value=None, help=4, needs=1, liking=None))
    assert summary.mean == 3.0
    assert summary.score == 50
    assert summary.answered == 4
    assert summary.weakest == (Question.THEIR_WORD, Question.NEEDS)
    assert summary.describe() == "averaged 3.0 of 5 on 4 answers"


def test_summary_ends_of_the_scale() -> None:
    assert summarise(Answers(*[5] * 6)).score == 100
    assert summarise(Answers(*[1] * 6)).score == 0
    empty = summarise(Answers())
    assert empty.score is None
    assert empty.describe() == "every answer was “don't know”"


def test_answers_from_a_mapping() -> None:
    answers = Answers.of({Question.HELP: 3, Question.LIKING: None})
    assert answers.get(Question.HELP) == 3
    assert answers.known() == {Question.HELP: 3}


def test_validation() -> None:
    assert CheckIn(1, NOW, Answers(trust=3), note="  fine ").validated().note == "fine"
    assert CheckIn(1, NOW, note="Not sure about anything yet").validated()
    with pytest.raises(ValidationError) as bad:
        CheckIn(1, NOW, Answers(trust=6)).validated()
    assert bad.value.field == "trust"
    with pytest.raises(ValidationError):
        CheckIn(1, NOW).validated()
    with pytest.raises(ValidationError):
        CheckIn(1, NOW.replace(tzinfo=None), Answers(trust=3)).validated()
