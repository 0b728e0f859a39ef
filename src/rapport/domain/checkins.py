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
        """The question as the check-in form asks it."""
        return _PROMPTS[self]

    @property
    def label(self) -> str:
        """A few words naming the question, for lists and evidence."""
        return _LABELS[self]


_PROMPTS = {
    Question.TRUST: "Do they rely on us, and have we done what we said we would?",
    Question.THEIR_WORD: "When they promise us something, do they follow through?",
    Question.VALUE: "Is the deal fair both ways, and do they value what we bring beyond price?",
    Question.HELP: "Would they go out of their way for us, as we do for them?",
    Question.NEEDS: "Do we talk regularly about where their business is heading and what "
    "they will need?",
    Question.LIKING: "Do we enjoy working together?",
}

_LABELS = {
    Question.TRUST: "trust, and our word kept",
    Question.THEIR_WORD: "their word kept",
    Question.VALUE: "value beyond price",
    Question.HELP: "help both ways",
    Question.NEEDS: "talking about their needs",
    Question.LIKING: "liking working together",
}

#: Words for each step of the scale; None is "don't know".
SCALE_LABELS = {1: "Not at all", 2: "Rarely", 3: "Partly", 4: "Mostly", 5: "Fully"}


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
            raise ValidationError("at", "The check-in's time has no time zone.")
        for f in fields(Answers):
            answer = getattr(self.answers, f.name)
            if answer is not None and not SCALE_MIN <= answer <= SCALE_MAX:
                raise ValidationError(
                    f.name, f"Answers run from {SCALE_MIN} to {SCALE_MAX}, or “don't know”."
                )
        note = self.note.replace("\x00", "").strip()
        if len(note) > MAX_NOTE_LENGTH:
            raise ValidationError("note", f"The note is too long (at most {MAX_NOTE_LENGTH:,}).")
        if not note and not self.answers.known():
            raise ValidationError("answers", "Answer at least one question, or write a note.")
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
            return "every answer was “don't know”"
        plural = "s" if self.answered != 1 else ""
        return f"averaged {self.mean:.1f} of {SCALE_MAX} on {self.answered} answer{plural}"


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
