"""What the Today view says when it has no list to show: welcome, all clear, working, failed.

Rich text for a QLabel, in the owner's language; `failed` takes the reason, escaped by
the caller.
"""

from __future__ import annotations

from rapport.i18n import Words

TodayMessagesText = Words("TodayMessagesText")


def empty_journal() -> str:
    """The welcome on a journal without customers."""
    return TodayMessagesText.tr(
        "<p style='font-size:large'><b>Welcome. Your journal is empty.</b></p>"
        "<p>Add your first customer with <b>Customer → New customer</b> (Ctrl+Shift+N), then "
        "write down what happened at your last meeting with <b>Ctrl+N</b>.</p>"
        "<p>From then on this page starts your day: the follow-ups you promised, the "
        "customers you have not spoken to for too long, and the relationships that need care.</p>"
    )


def all_clear() -> str:
    """Nothing is due today."""
    return TodayMessagesText.tr(
        "<p style='font-size:large'><b>All clear for today.</b></p>"
        "<p>No follow-up is due, every customer has heard from you within their keep-in-touch "
        "cadence, and no relationship shows a risk. Nicely kept.</p>"
        "<p>A good day to deepen one: call a customer you would like to know better, or write "
        "down what you learned at your last meeting (<b>Ctrl+N</b>).</p>"
    )


def working() -> str:
    """Shown above the (still empty) list until the first one is worked out."""
    return TodayMessagesText.tr("Working out today's list…")


def damaged() -> str:
    """The journal is damaged where the list is read from."""
    return TodayMessagesText.tr(
        "<p><b>Today's list could not be read.</b></p>"
        "<p>Part of the journal is damaged. Rapport offers to restore the newest good backup.</p>"
    )


def failed(reason: str) -> str:
    """The list could not be worked out, and why (`reason`: escaped rich text)."""
    return TodayMessagesText.tr(
        "<p><b>Today's list could not be worked out.</b></p>"
        "<p>{reason}</p><p>It is tried again after your next change, or with Ctrl+T.</p>"
    ).format(reason=reason)
