"""Kinds of journal entry, and what each says about the relationship.

The direction of a kind (which side gave, which side kept its word) feeds the
reciprocity rules; whether a kind is business substance or personal warmth feeds
the risk rules.
"""

from __future__ import annotations

from enum import StrEnum

from rapport.i18n import QT_TRANSLATE_NOOP, translate


class EntryKind(StrEnum):
    """What happened; the value is what the database stores."""

    MEETING = "meeting"
    CALL = "call"
    MESSAGE = "message"
    VISIT = "visit"
    PURCHASE = "purchase"
    COMPLAINT = "complaint"
    PRAISE = "praise"
    FAVOUR_GIVEN = "favour_given"
    FAVOUR_RECEIVED = "favour_received"
    COMMITMENT_MADE = "commitment_made"
    COMMITMENT_KEPT = "commitment_kept"
    COMMITMENT_BROKEN = "commitment_broken"
    NOTE = "note"

    @property
    def label(self) -> str:
        """Human name of the kind, e.g. "Favour given", in the owner's language."""
        return translate("EntryKind", _LABELS[self])

    @property
    def english_label(self) -> str:
        """The English name, whatever the language (files use it, beside English headers)."""
        return _LABELS[self]

    @property
    def is_contact(self) -> bool:
        """Whether this kind means we were in touch with the customer.

        A plain note is the owner thinking aloud ("I must call her"), and a broken
        commitment is news about a promise: neither is a conversation, so neither
        resets the keep-in-touch clock or counts as the last contact.
        """
        return self not in NOT_CONTACT


_LABELS = {
    EntryKind.MEETING: QT_TRANSLATE_NOOP("EntryKind", "Meeting"),
    EntryKind.CALL: QT_TRANSLATE_NOOP("EntryKind", "Call"),
    EntryKind.MESSAGE: QT_TRANSLATE_NOOP("EntryKind", "Message"),
    EntryKind.VISIT: QT_TRANSLATE_NOOP("EntryKind", "Visit"),
    EntryKind.PURCHASE: QT_TRANSLATE_NOOP("EntryKind", "Purchase"),
    EntryKind.COMPLAINT: QT_TRANSLATE_NOOP("EntryKind", "Complaint"),
    EntryKind.PRAISE: QT_TRANSLATE_NOOP("EntryKind", "Praise"),
    EntryKind.FAVOUR_GIVEN: QT_TRANSLATE_NOOP("EntryKind", "Favour given"),
    EntryKind.FAVOUR_RECEIVED: QT_TRANSLATE_NOOP("EntryKind", "Favour received"),
    EntryKind.COMMITMENT_MADE: QT_TRANSLATE_NOOP("EntryKind", "Commitment made"),
    EntryKind.COMMITMENT_KEPT: QT_TRANSLATE_NOOP("EntryKind", "Commitment kept"),
    EntryKind.COMMITMENT_BROKEN: QT_TRANSLATE_NOOP("EntryKind", "Commitment broken"),
    EntryKind.NOTE: QT_TRANSLATE_NOOP("EntryKind", "Note"),
}


class Side(StrEnum):
    """Whose word a commitment is: ours (we promised) or theirs (they promised).

    Favours carry their direction in the kind itself; a commitment's kind says only
    what became of the promise, so the side is recorded beside it. Entries written
    before sides existed are ours (the owner wrote down what they had promised).
    """

    OURS = "ours"
    THEIRS = "theirs"

    @property
    def label(self) -> str:
        """Whose word, in the owner's language: "ours" or "theirs"."""
        return translate("Side", _SIDE_LABELS[self])


_SIDE_LABELS = {
    Side.OURS: QT_TRANSLATE_NOOP("Side", "ours"),
    Side.THEIRS: QT_TRANSLATE_NOOP("Side", "theirs"),
}


#: Kinds whose entry says whose word it is (`Side`).
COMMITMENT_KINDS = frozenset(
    {EntryKind.COMMITMENT_MADE, EntryKind.COMMITMENT_KEPT, EntryKind.COMMITMENT_BROKEN}
)

#: Kinds that are not contact with the customer (see `EntryKind.is_contact`).
NOT_CONTACT = frozenset({EntryKind.NOTE, EntryKind.COMMITMENT_BROKEN})

#: Sentiment runs from -2 (very negative) to +2 (very positive); None means not rated.
SENTIMENT_MIN = -2
SENTIMENT_MAX = 2

_SENTIMENT_LABELS = {
    -2: QT_TRANSLATE_NOOP("Sentiment", "Very negative"),
    -1: QT_TRANSLATE_NOOP("Sentiment", "Negative"),
    0: QT_TRANSLATE_NOOP("Sentiment", "Neutral"),
    1: QT_TRANSLATE_NOOP("Sentiment", "Positive"),
    2: QT_TRANSLATE_NOOP("Sentiment", "Very positive"),
}


def sentiment_label(value: int | None) -> str:
    """Words for a sentiment value in the owner's language, or an empty string when unrated."""
    if value is None:
        return ""
    return translate("Sentiment", _SENTIMENT_LABELS[clamp_sentiment(value)])


def clamp_sentiment(value: int) -> int:
    """Keep a sentiment inside the scale."""
    return max(SENTIMENT_MIN, min(SENTIMENT_MAX, value))
