"""Check-ins: a short, periodic self-assessment of one relationship.

Six questions, each answered on a five-step scale or "don't know". They ask what a
journal of events cannot see by itself: whether trust and goodwill run both ways,
whether the customer values more than the price, and whether the owner and the
customer still talk about what the customer needs next. The summary score is the
plain average of the known answers, put on 0–100 so it sits beside the health score.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import datetime
from enum import StrEnum

from rapport.domain.customers import ValidationError
from rapport.i18n import QT_TRANSLATE_NOOP, Words, formats, translate

DomainCheckinsText = Words("DomainCheckinsText")

SCALE_MIN = 1
SCALE_MAX = 5
MAX_NOTE_LENGTH = 20_000
#: How often a relationship deserves a check-in, in days (about quarterly).
DEFAULT_INTERVAL_DAYS = 91


class Question(StrEnum):
    """One check-in question; the value is the column name in the journal."""

    TRUST = "trust"
    THEIR_WORD = "their_word"
    VALUE = "value"
    HELP = "help"
    NEEDS = "needs"
    LIKING = "liking"

    @property
    def prompt(self) -> str:
        """The question as the check-in form asks it, in the owner's language."""
        return translate(DomainCheckinsText.context, _PROMPTS[self])

    @property
    def label(self) -> str:
        """A few words naming the question, for lists and evidence, in the owner's language."""
        return translate(DomainCheckinsText.context, _LABELS[self])


_PROMPTS = {
    Question.TRUST: QT_TRANSLATE_NOOP(
        "DomainCheckinsText", "Do they rely on us, and have we done what we said we would?"
    ),
    Question.THEIR_WORD: QT_TRANSLATE_NOOP(
        "DomainCheckinsText", "When they promise us something, do they follow through?"
    ),
    Question.VALUE: QT_TRANSLATE_NOOP(
        "DomainCheckinsText",
        "Is the deal fair both ways, and do they value what we bring beyond price?",
    ),
    Question.HELP: QT_TRANSLATE_NOOP(
        "DomainCheckinsText", "Would they go out of their way for us, as we do for them?"
    ),
    Question.NEEDS: QT_TRANSLATE_NOOP(
        "DomainCheckinsText",
        "Do we talk regularly about where their business is heading and what they will need?",
    ),
    Question.LIKING: QT_TRANSLATE_NOOP("DomainCheckinsText", "Do we enjoy working together?"),
}

_LABELS = {
    Question.TRUST: QT_TRANSLATE_NOOP("DomainCheckinsText", "trust, and our word kept"),
    Question.THEIR_WORD: QT_TRANSLATE_NOOP("DomainCheckinsText", "their word kept"),
    Question.VALUE: QT_TRANSLATE_NOOP("DomainCheckinsText", "value beyond price"),
    Question.HELP: QT_TRANSLATE_NOOP("DomainCheckinsText", "help both ways"),
    Question.NEEDS: QT_TRANSLATE_NOOP("DomainCheckinsText", "talking about their needs"),
    Question.LIKING: QT_TRANSLATE_NOOP("DomainCheckinsText", "liking working together"),
}

#: Words for each step of the scale, marked for translation (show them with
#: `scale_label`); None is "don't know".
SCALE_LABELS = {
    1: QT_TRANSLATE_NOOP("DomainCheckinsText", "Not at all"),
    2: QT_TRANSLATE_NOOP("DomainCheckinsText", "Rarely"),
    3: QT_TRANSLATE_NOOP("DomainCheckinsText", "Partly"),
    4: QT_TRANSLATE_NOOP("DomainCheckinsText", "Mostly"),
    5: QT_TRANSLATE_NOOP("DomainCheckinsText", "Fully"),
}


def scale_label(value: int) -> str:
    """The words for one step of the scale, in the owner's language."""
    return translate(DomainCheckinsText.context, SCALE_LABELS[value])


@dataclass(frozen=True)
class Answers:
    """One answer per question: 1 (not at all) … 5 (fully), or None for "don't know"."""

    trust: int | None = None
    their_word: int | None = None
    value: int | None = None
    help: int | None = None
    needs: int | None = None
    liking: int | None = None

    def get(self, question: Question) -> int | None:
        """The answer to one question."""
        value: int | None = getattr(self, question.value)
        return value

    def known(self) -> dict[Question, int]:
        """The questions answered (not "don't know"), in the form's order."""
        return {q: a for q in Question if (a := self.get(q)) is not None}

    @classmethod
    def of(cls, answers: dict[Question, int | None]) -> Answers:
        """Build from a question → answer mapping (missing questions are "don't know")."""
        return cls(**{q.value: a for q, a in answers.items()})


@dataclass(frozen=True)
class CheckIn:
    """A check-in as typed (id None) or as saved in the journal."""

    customer_id: int
    at: datetime
    answers: Answers = Answers()
    note: str = ""
    id: int | None = None

    def validated(self) -> CheckIn:
        """Return a cleaned copy, or raise ValidationError naming the bad field."""
        if self.at.tzinfo is None:
            problem = DomainCheckinsText.tr("The check-in's time has no time zone.")
            raise ValidationError("at", problem)
        for f in fields(Answers):
            answer = getattr(self.answers, f.name)
            if answer is not None and not SCALE_MIN <= answer <= SCALE_MAX:
                problem = DomainCheckinsText.tr(
                    "Answers run from {low} to {high}, or “don't know”."
                )
                raise ValidationError(f.name, problem.format(low=SCALE_MIN, high=SCALE_MAX))
        note = self.note.replace("\x00", "").strip()
        if len(note) > MAX_NOTE_LENGTH:
            raise ValidationError(
                "note",
                DomainCheckinsText.tr("The note is too long (at most {most}).").format(
                    most=formats().number(MAX_NOTE_LENGTH, 0)
                ),
            )
        if not note and not self.answers.known():
            raise ValidationError(
                "answers", DomainCheckinsText.tr("Answer at least one question, or write a note.")
            )
        return replace(self, note=note)


@dataclass(frozen=True)
class CheckInSummary:
    """What a check-in adds up to."""

    score: int | None
    mean: float | None
    answered: int
    weakest: tuple[Question, ...]

    def describe(self) -> str:
        """One sentence for the customer page, e.g. "averaged 4.2 of 5 on 6 answers"."""
        if self.mean is None:
            return DomainCheckinsText.tr("every answer was “don't know”")
        return DomainCheckinsText.tr(
            "averaged {mean} of {most} on %n answer(s)", "", self.answered
        ).format(mean=formats().number(self.mean, 1), most=SCALE_MAX)


def summarise(answers: Answers) -> CheckInSummary:
    """Average the known answers; 1 maps to 0 and 5 to 100.

    "Don't know" is left out rather than read as a middle answer: guessing would hide
    that the owner lacks the knowledge, which is itself worth a conversation. The
    weakest questions are those answered 2 or lower, to say what to work on.
    """
    known = answers.known()
    if not known:
        return CheckInSummary(score=None, mean=None, answered=0, weakest=())
    mean = sum(known.values()) / len(known)
    score = round((mean - SCALE_MIN) / (SCALE_MAX - SCALE_MIN) * 100)
    weakest = tuple(q for q, a in known.items() if a <= 2)
    return CheckInSummary(score=score, mean=mean, answered=len(known), weakest=weakest)
