"""`rapport print CUSTOMER --pdf FILE`: a customer's printable timeline as a PDF, no window.

The same report as File → Print and File → Export PDF (`rapport.reports`), written
atomically. A name that matches nobody, or several customers, is answered with the
candidates; a date that does not parse is answered with the format to use.
"""

from __future__ import annotations

import argparse
import difflib
import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rapport.cli import existing_journal, fail, out

if TYPE_CHECKING:
    from rapport.domain.settings import RuleSettings
    from rapport.store import Journal
    from rapport.store.records import CustomerRecord

#: How many candidates a message lists before saying "and N more".
MAX_CANDIDATES = 8


def register(verbs: Any) -> None:
    """Add the `print` verb."""
    parser = verbs.add_parser(
        "print",
        help="write a customer's timeline as a PDF",
        description="Write a customer's printable timeline (the same as File → Export PDF).",
    )
    parser.add_argument("customer", help="the customer's name (or part of it), or #ID")
    parser.add_argument("--pdf", required=True, type=Path, metavar="FILE", help="the PDF to write")
    parser.add_argument(  # also accepted after the verb; SUPPRESS keeps the global one
        "--journal", type=Path, metavar="PATH", default=argparse.SUPPRESS, help="the journal"
    )
    parser.add_argument("--from", dest="start", metavar="DATE", help="first day (YYYY-MM-DD)")
    parser.add_argument("--to", dest="end", metavar="DATE", help="last day (YYYY-MM-DD)")
    parser.add_argument(
        "--include-private", action="store_true", help="include entries marked private"
    )
    parser.add_argument("--no-chart", action="store_true", help="leave the chart out")
    parser.set_defaults(handler=run)


def open_for_printing(args: argparse.Namespace) -> Journal | None:
    """The journal, read-only where it must be, with Qt and the app's language ready to print.

    `rapport print` and `rapport brief` lay pages out with Qt (offscreen without a
    display) and speak the app's language. None, after saying why, when there is no
    journal at the path.
    """
    path = existing_journal(args)
    if path is None:
        return None
    _use_offscreen_without_display()
    from PySide6.QtGui import QGuiApplication

    from rapport.formatting import ensure_readable_locale
    from rapport.languages import apply_language, language_setting
    from rapport.locations import settings
    from rapport.store import Journal

    global _app
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    ensure_readable_locale()
    apply_language(language_setting(settings()))  # the printout speaks as the app does
    return Journal.open(path, create=False, for_reading=True)


#: The application object the printout needs, kept alive while the command runs.
_app: object = None


def owner_rules() -> RuleSettings:
    """The relationship rules the owner set in the app: the command line judges alike."""
    from rapport.locations import settings
    from rapport.settings_model import read_store

    return read_store(settings().value).rules.to_rules()


def run(args: argparse.Namespace) -> int:
    """Find the customer, build the report and write the PDF."""
    dates = _dates(args.start, args.end)
    if dates is None:
        return 2
    journal = open_for_printing(args)
    if journal is None:
        return 2
    from rapport.reports.pdf_output import write_pdf
    from rapport.reports.timeline_data import ReportOptions
    from rapport.reports.timeline_report import PrintError, TimelineReport

    try:
        customer = _one_customer(journal, args.customer)
        if customer is None:
            return 2
        options = ReportOptions(
            dates[0], dates[1], args.include_private, not args.no_chart, owner_rules()
        )
        report = TimelineReport.build(journal, customer.id, options)
        try:
            pages = write_pdf(report, args.pdf)
        except PrintError as exc:
            fail(exc.message, exc.hint)
            return 2
    finally:
        journal.close()
    left_out = report.private_left_out
    note = (
        f"; {left_out} private {'entry' if left_out == 1 else 'entries'} left out"
        if (left_out)
        else ""
    )
    out(f"Wrote {args.pdf} ({pages} {'page' if pages == 1 else 'pages'}{note}).")
    return 0


def _use_offscreen_without_display() -> None:
    """Draw without a screen when there is none (a server, a cron job, CI)."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _dates(start: str | None, end: str | None) -> tuple[date | None, date | None] | None:
    """Both dates parsed, or None after saying which one is wrong and how to write it."""
    parsed: list[date | None] = []
    for flag, text in (("--from", start), ("--to", end)):
        if text is None:
            parsed.append(None)
            continue
        value = parse_date(text)
        if value is None:
            fail(
                f"{flag} “{text}” is not a date.",
                "Write it as YYYY-MM-DD, e.g. 2026-03-01"
                + (f", or as {_locale_format()}." if _locale_format() else "."),
            )
            return None
        parsed.append(value)
    first, last = parsed
    if first and last and first > last:
        fail(
            f"--from {first.isoformat()} comes after --to {last.isoformat()}.",
            "Swap the two dates.",
        )
        return None
    return first, last


def parse_date(text: str) -> date | None:
    """An ISO date (YYYY-MM-DD), else one in the locale's short format; None if neither."""
    text = text.strip()
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    fmt = _locale_format()
    if not fmt:
        return None
    from PySide6.QtCore import QDate, QLocale

    value: QDate = QLocale().toDate(text, fmt)
    if not value.isValid():
        return None
    return date(value.year(), value.month(), value.day())


def _locale_format() -> str:
    """The locale's short date format with a four-digit year (e.g. dd/MM/yyyy), if any."""
    from PySide6.QtCore import QLocale

    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return ""
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def _one_customer(journal: Journal, text: str) -> CustomerRecord | None:
    """The one customer `text` names (or #ID), else None after listing the candidates."""
    from rapport.store import JournalError

    if text.startswith("#") and text[1:].isdigit():
        try:
            return journal.customers.get(int(text[1:]))
        except JournalError:
            fail(f"There is no customer #{text[1:]}.", "Run `rapport search` to find them.")
            return None
    found = journal.customers.find(text)
    if len(found) == 1:
        return found[0]
    if not found:
        close = _close_names(text, [c.name for c in journal.customers.choices()])
        hint = (
            ("Did you mean: " + "; ".join(close) + "?")
            if close
            else ("Check the spelling, or find them with `rapport search`.")
        )
        fail(f"No customer is called “{text}”.", hint)
        return None
    shown = [
        f"{c.name}" + (f" ({c.organisation})" if c.organisation else "") + f"  #{c.id}"
        for c in found[:MAX_CANDIDATES]
    ]
    more = len(found) - len(shown)
    listing = "\n  ".join(shown) + (f"\n  … and {more} more" if more else "")
    fail(
        f"“{text}” matches {len(found)} customers:\n  {listing}",
        "Give the full name, or the number as #ID.",
    )
    return None


def _close_names(text: str, names: list[str]) -> list[str]:
    """Names spelled like `text`, compared as lookup compares them: case and accents aside."""
    from rapport.domain.folding import fold

    by_fold: dict[str, list[str]] = {}
    for name in names:
        by_fold.setdefault(fold(name), []).append(name)
    close = difflib.get_close_matches(fold(text), list(by_fold), n=MAX_CANDIDATES, cutoff=0.5)
    return [name for key in close for name in by_fold[key]][:MAX_CANDIDATES]
