"""A journal entry as typed by the user, and the checks it must pass before saving."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from rapport.domain.customers import ValidationError
from rapport.domain.kinds import SENTIMENT_MAX, SENTIMENT_MIN, EntryKind
from rapport.i18n import Words, formats

DomainEntriesText = Words("DomainEntriesText")

#: Longest body accepted: a long meeting transcript fits, a pasted book does not.
MAX_BODY_LENGTH = 1_000_000
MAX_TITLE_LENGTH = 300


@dataclass(frozen=True)
class EntryDraft:
    """One note about one customer, before it is saved."""

    customer_id: int
    occurred_at: datetime
    kind: EntryKind = EntryKind.NOTE
    title: str = ""
    body: str = ""
    sentiment: int | None = None
    private: bool = False
    follow_up_on: date | None = None
    follow_up_done: bool = False

    def validated(self) -> EntryDraft:
        """Return a cleaned copy, or raise ValidationError naming the bad field."""
        if self.occurred_at.tzinfo is None:
            problem = DomainEntriesText.tr("The entry's time has no time zone.")
            raise ValidationError("occurred_at", problem)
        try:
            kind = EntryKind(self.kind)
        except ValueError:
            problem = DomainEntriesText.tr("Unknown kind of entry “{kind}”.")
            raise ValidationError("kind", problem.format(kind=self.kind)) from None
        title = " ".join(self.title.replace("\x00", "").split())
        body = self.body.replace("\x00", "").rstrip()
        if not title and not body.strip():
            problem = DomainEntriesText.tr("Write something: a title or a few words of the note.")
            raise ValidationError("body", problem)
        if len(title) > MAX_TITLE_LENGTH:
            problem = DomainEntriesText.tr("The title is too long (at most {most}).")
            raise ValidationError("title", problem.format(most=MAX_TITLE_LENGTH))
        if len(body) > MAX_BODY_LENGTH:
            problem = DomainEntriesText.tr(
                "The note is {length} characters long; at most {most} fit. "
                "Split it into several entries."
            )
            number = formats().number
            length, most = number(len(body), 0), number(MAX_BODY_LENGTH, 0)
            raise ValidationError("body", problem.format(length=length, most=most))
        if self.sentiment is not None and not SENTIMENT_MIN <= self.sentiment <= SENTIMENT_MAX:
            raise ValidationError(
                "sentiment", DomainEntriesText.tr("Sentiment runs from −2 to +2.")
            )
        return replace(self, title=title, body=body, kind=kind)


def follow_up_overdue(follow_up_on: date | None, today: date) -> bool:
    """Whether a follow-up date has passed (due today is not yet overdue)."""
    return follow_up_on is not None and follow_up_on < today
