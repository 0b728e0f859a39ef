"""Which backups to keep, and when the next automatic one is due: pure rules, no files.

Recent backups are kept densely and older ones sparsely, the way careful apps do
(Anki keeps 12 daily, 10 weekly and 9 monthly): a mistake noticed today can be undone
from an hour ago, one noticed next season from the start of that month. The rules are
pure functions of the backup times so they can be tested over a simulated year.

A backup taken before a big step (an import, an upgrade, a restore, a repair, emptying
the trash) is the one to go back to when that step turns out wrong, often noticed days
later: it is kept for at least `SAFETY_KEPT_FOR`, whatever the count, and only then
thinned like any other.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from rapport.i18n import QT_TRANSLATE_NOOP, translate

#: At most one automatic backup per this interval, and only when the journal changed.
AUTO_BACKUP_INTERVAL = timedelta(minutes=30)


@dataclass(frozen=True)
class Retention:
    """How many backups of each age to keep."""

    recent: int = 8  # the newest few, whatever their age: today's work
    daily: int = 12  # the newest backup of each of the last `daily` days that had one
    weekly: int = 10  # ... of each of the last `weekly` ISO weeks
    monthly: int = 9  # ... of each of the last `monthly` calendar months

    @property
    def most(self) -> int:
        """The largest number of backups this policy ever keeps."""
        return self.recent + self.daily + self.weekly + self.monthly


DEFAULT_RETENTION = Retention()


#: Why a backup was taken, in the owner's words (the file name carries the short form).
REASONS = {
    "auto": QT_TRANSLATE_NOOP("BackupReason", "Automatic"),
    "manual": QT_TRANSLATE_NOOP("BackupReason", "Backed up by you"),
    "before-upgrade": QT_TRANSLATE_NOOP("BackupReason", "Before upgrading Rapport"),
    "before-restore": QT_TRANSLATE_NOOP("BackupReason", "Before restoring a backup"),
    "before-import": QT_TRANSLATE_NOOP("BackupReason", "Before an import"),
    "before-repair": QT_TRANSLATE_NOOP("BackupReason", "Before a repair"),
    "before-empty-trash": QT_TRANSLATE_NOOP("BackupReason", "Before emptying the trash"),
}


#: Backups taken before a big step: each is kept this long, apart from the count.
SAFETY_REASONS = frozenset(
    {"before-import", "before-upgrade", "before-restore", "before-repair", "before-empty-trash"}
)
SAFETY_KEPT_FOR = timedelta(days=30)


def reason_label(reason: str) -> str:
    """A backup's reason in the owner's words; unknown reasons are shown as they are."""
    if reason in REASONS:
        return translate("BackupReason", REASONS[reason])
    return reason.replace("-", " ").capitalize()


def backups_to_keep(
    taken: Iterable[datetime], policy: Retention = DEFAULT_RETENTION
) -> set[datetime]:
    """The backup times to keep; every other one may be deleted.

    The newest backup is always kept. Times are compared in their own time zone (the
    caller passes local times, so "a day" is the owner's day).
    """
    newest_first = sorted(set(taken), reverse=True)
    keep = set(newest_first[: policy.recent])
    keep |= _newest_per(newest_first, _day, policy.daily)
    keep |= _newest_per(newest_first, _week, policy.weekly)
    keep |= _newest_per(newest_first, _month, policy.monthly)
    return keep


def backups_kept(
    backups: Collection[tuple[datetime, str]],
    now: datetime,
    policy: Retention = DEFAULT_RETENTION,
) -> set[datetime]:
    """The backup times to keep, given each backup's time and reason.

    The count rules of `backups_to_keep` apply to all of them; a safety backup younger
    than `SAFETY_KEPT_FOR` is kept on top of that, so a busy day of automatic backups
    cannot push the backup before an import out.
    """
    keep = backups_to_keep((taken for taken, _ in backups), policy)
    keep |= {
        taken
        for taken, reason in backups
        if reason in SAFETY_REASONS and now - taken < SAFETY_KEPT_FOR
    }
    return keep


def backup_due(
    last_backup: datetime | None,
    changed_since: bool,
    now: datetime,
    interval: timedelta = AUTO_BACKUP_INTERVAL,
) -> bool:
    """Whether an automatic backup should be taken now.

    Only a journal that changed since its last backup is backed up, and never more
    often than `interval`, so an idle journal does not fill the disk with copies.
    """
    if not changed_since:
        return False
    return last_backup is None or now - last_backup >= interval


def _newest_per(
    newest_first: list[datetime], bucket: Callable[[datetime], object], count: int
) -> set[datetime]:
    """The newest time in each of the `count` most recent buckets that hold any."""
    kept: dict[object, datetime] = {}
    for moment in newest_first:
        key = bucket(moment)
        if key not in kept:
            if len(kept) == count:
                break
            kept[key] = moment
    return set(kept.values())


def _day(moment: datetime) -> date:
    return moment.date()


def _week(moment: datetime) -> tuple[int, int]:
    iso = moment.isocalendar()
    return (iso.year, iso.week)


def _month(moment: datetime) -> tuple[int, int]:
    return (moment.year, moment.month)
