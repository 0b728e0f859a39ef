"""The words of the printed report, as small pieces of rich text (HTML).

Every value that comes from the user — names, titles, reasons — is escaped here;
entry bodies are never HTML at all: they are inserted as Markdown (with raw HTML
switched off) by `print_blocks`. Dates and money follow the system locale.
"""

from __future__ import annotations

from datetime import date, datetime
from html import escape

from PySide6.QtCore import QLocale

from rapport import formatting
from rapport.domain.health import Band
from rapport.domain.kinds import sentiment_label
from rapport.domain.people import RelationshipKind
from rapport.formatting import date_pattern
from rapport.i18n import Words
from rapport.reports.note_text import plain_words
from rapport.reports.print_style import (
    BODY_PT,
    FAINT,
    INK,
    MUTED,
    RULE,
    SMALL_PT,
    TITLE_PT,
    stage_colour,
    stage_ink,
)
from rapport.reports.timeline_data import StageGroup, TimelineData
from rapport.store.records import EntryRecord

PrintTextText = Words("PrintTextText")

#: The report's rich-text rules. Each document is given only the rules it uses
#: (`style_sheet`): Qt parses a document's style sheet anew for every document, and an
#: entry's two documents would otherwise parse all of them, 500 entries over.
RULES = {
    "body": f"color: {INK};",
    "p": "margin-top: 0; margin-bottom: 0;",
    ".kicker": f"color: {MUTED}; font-size: {SMALL_PT}pt; font-weight: 600;",
    ".title": f"font-size: {TITLE_PT}pt; font-weight: 700;",
    ".sub": f"color: {MUTED}; font-size: {BODY_PT + 1.5}pt;",
    ".cap": f"color: {FAINT}; font-size: {SMALL_PT - 0.5}pt; font-weight: 600;",
    ".val": f"font-size: {BODY_PT + 1}pt;",
    ".note": f"color: {MUTED}; font-size: {SMALL_PT}pt;",
    ".meta": f"color: {MUTED}; font-size: {SMALL_PT}pt;",
    ".etitle": f"font-size: {BODY_PT + 1.5}pt; font-weight: 600;",
    ".date": f"font-size: {BODY_PT}pt; font-weight: 600;",
    ".time": f"color: {FAINT}; font-size: {SMALL_PT}pt;",
    ".stage": f"font-size: {BODY_PT + 3.5}pt; font-weight: 700;",
    ".reason": f"color: {INK}; font-size: {BODY_PT}pt;",
    ".section": f"font-size: {BODY_PT + 3.5}pt; font-weight: 700;",
    ".overdue": "color: #a84300; font-weight: 600;",
    "th": f"color: {FAINT}; font-size: {SMALL_PT - 0.5}pt; font-weight: 600; text-align: left;",
    "td.fu": f"border-bottom: 1px solid {RULE};",
}


def style_sheet(*selectors: str) -> str:
    """The rules for `body`, `p` and `selectors` (all of them when none are named)."""
    chosen = ("body", "p", *selectors) if selectors else tuple(RULES)
    return "".join(f"{selector} {{ {RULES[selector]} }}\n" for selector in chosen)


STYLE_SHEET = style_sheet()
#: What an entry's two documents use: the date column, and the note (its kind and
#: flags, title, follow-up and files lines) beside it.
DATE_STYLE = style_sheet(".date", ".time")
ENTRY_STYLE = style_sheet(".meta", ".etitle")


def date_format(abbreviated: bool = False) -> str:
    """The locale's long date format without the weekday: "d MMMM yyyy", "MMMM d, yyyy".

    With `abbreviated`, the month is short ("1 Jan 2025"): for columns and ranges.
    """
    return date_pattern(abbreviated)


def _day(value: date, abbreviated: bool = True) -> str:
    return QLocale().toString(formatting.qdate(value), date_format(abbreviated))


def long_day(moment: datetime) -> str:
    """A moment's day in the owner's time zone, e.g. "22 November 2026"."""
    local = formatting.to_local(moment)
    return QLocale().toString(local.date(), date_format())


def range_text(start: date, end: date) -> str:
    """The days covered, e.g. "12/03/2025 – 22/11/2026"."""
    return f"{_day(start)} – {_day(end)}" if start != end else _day(start)


def title_html(data: TimelineData) -> str:
    """The top of page 1: what this is, whose, and who they are."""
    customer = data.customer
    kind = customer.kind.label if customer.kind is not RelationshipKind.CUSTOMER else ""
    sub = " · ".join(p for p in (kind, customer.role, customer.organisation) if p)
    kicker = escape(PrintTextText.tr("Relationship timeline").upper())
    html = f"<p class='kicker'>{kicker}</p><p class='title'>{escape(customer.name)}</p>"
    if sub:
        html += f"<p class='sub'>{escape(sub)}</p>"
    there = [p for p in data.people if not p.gone]
    if there:
        names = ", ".join(f"{p.name} ({p.role})" if p.role else p.name for p in there)
        people = PrintTextText.tr("People: {names}").format(names=names)
        html += f"<p class='sub'>{escape(people)}</p>"
    return html


def _fact(caption: str, value: str, note: str = "", width: int = 25, span: int = 1) -> str:
    cell = f"<p class='cap'>{escape(caption.upper())}</p><p class='val'>{value}</p>"
    if note:
        cell += f"<p class='note'>{escape(note)}</p>"
    return f"<td width='{width}%' colspan='{span}' valign='top'>{cell}</td>"


def facts_html(data: TimelineData) -> str:
    """The facts grid under the title: stage, level, health, value; period, entries, printed."""
    customer = data.customer
    if data.stage is not None:
        stage = (
            f"<span style='color:{stage_colour(data.stage)}'>\u25a0</span>&nbsp;"
            f"{escape(data.stage.label)}"
        )
        since = (
            PrintTextText.tr("since {day}").format(day=long_day(data.stage_since))
            if data.stage_since
            else ""
        )
    else:
        stage, since = "—", ""
    if data.health is not None:
        health = f"{data.health.score}<span class='note'>&nbsp;/&nbsp;100</span>"
        health_note = PrintTextText.tr("{band} · when printed, from every entry").format(
            band=_band_name(data.health.band)
        )
    else:
        health, health_note = "—", ""
    value = formatting.money(customer.account_value, customer.currency) or "—"
    shown = PrintTextText.tr("%n entr(y|ies)", "", data.entry_count)
    shown_note = (
        PrintTextText.tr("private entries included") if data.options.include_private else ""
    )
    period = escape(range_text(data.start, data.end))
    row1 = (
        _fact(PrintTextText.tr("Stage"), stage, since, 31)
        + _fact(PrintTextText.tr("Relationship level"), escape(customer.level.label), width=23)
        + _fact(PrintTextText.tr("Health"), health, health_note, 20)
        + _fact(PrintTextText.tr("Account value"), escape(value), width=26)
    )
    row2 = (
        _fact(PrintTextText.tr("Period covered"), period, width=54, span=2)
        + _fact(PrintTextText.tr("Entries shown"), escape(shown), shown_note, 20)
        + _fact(PrintTextText.tr("Printed"), escape(long_day(data.printed_at)), width=26)
    )
    return (
        "<table width='100%' cellspacing='0' cellpadding='0'>"
        f"<tr>{row1}</tr><tr><td colspan='4' height='12'></td></tr><tr>{row2}</tr></table>"
    )


def _band_name(band: Band) -> str:
    """How a health band reads under the score, e.g. "Strong"."""
    if band is Band.STRONG:
        return PrintTextText.tr("Strong")
    if band is Band.FAIR:
        return PrintTextText.tr("Fair")
    return PrintTextText.tr("Weak")


def heading_html(group: StageGroup) -> str:
    """A stage group's heading: the stage, since when, and the reason it was entered."""
    if group.stage is None:
        return f"<p class='stage'>{escape(PrintTextText.tr('Before the first stage'))}</p>"
    change = group.change
    assert change is not None
    when = long_day(change.occurred_at)
    if group.continued:
        since = PrintTextText.tr("since {day}, before this period").format(day=when)
    else:
        since = PrintTextText.tr("from {day}").format(day=when)
    since = " · ".join([since, *signed(change.author, None)])
    html = (
        f"<p><span class='stage' style='color:{stage_ink(group.stage)}'>"
        f"{escape(group.stage.label)}</span>"
        f"<span class='meta'>&nbsp;&nbsp;&nbsp;{escape(since)}</span></p>"
    )
    if change.reason:
        html += f"<p class='reason'>{escape(change.reason)}</p>"
    return html


#: Paragraphs in `date_html`: the date column finds each entry's date by counting them.
DATE_BLOCKS = 2


def date_html(entry: EntryRecord) -> str:
    """The left column beside an entry: its day and time (`DATE_BLOCKS` paragraphs)."""
    return dates_html([entry])


def dates_html(entries: list[EntryRecord]) -> str:
    """`date_html` of each entry, one after another (the locale and its format read once)."""
    locale = QLocale()
    pattern = date_format(abbreviated=True)
    short = QLocale.FormatType.ShortFormat
    html = []
    for entry in entries:
        local = formatting.to_local(entry.occurred_at)
        day = local.date()
        time = locale.toString(local.time(), short)
        html.append(
            f"<p class='date'>{escape(locale.toString(day, pattern))}</p>"
            f"<p class='time'>{escape(locale.toString(day, 'ddd'))} {escape(time)}</p>"
        )
    return "".join(html)


#: Between the parts of an entry's meta line, as `entry_meta_html` writes it (and Qt
#: reads it: the spaces around the no-break spaces stay single spaces).
META_SEPARATOR_HTML = " &nbsp;·&nbsp; "
META_SEPARATOR = " \u00a0·\u00a0 "


def meta_parts(entry: EntryRecord, took_part: str = "") -> list[tuple[str, bool]]:
    """The meta line's parts, each with whether it is bold: kind, who, sentiment, flags."""
    parts = [(entry.kind.label, True)]
    if took_part:
        parts.append((took_part, False))
    parts += [(said, False) for said in signed(entry.author, entry.editor)]
    if entry.sentiment is not None:
        parts.append((f"{sentiment_label(entry.sentiment)} ({entry.sentiment:+d})", False))
    if entry.private:
        parts.append((PrintTextText.tr("Private"), True))
    return parts


def entry_meta_html(entry: EntryRecord, took_part: str = "") -> str:
    """Kind, who took part, sentiment and flags, above the entry's title and body."""
    parts = [
        f"<b>{escape(words)}</b>" if bold else escape(words)
        for words, bold in meta_parts(entry, took_part)
    ]
    html = f"<p class='meta'>{META_SEPARATOR_HTML.join(parts)}</p>"
    if entry.title:
        html += f"<p class='etitle'>{escape(entry.title)}</p>"
    return html


def signed(author: str | None, editor: str | None) -> list[str]:
    """Who wrote a row and who saved it last, as the timeline says it (team journals only).

    A journal file's rows have neither (its one writer is its owner): nothing is said.
    """
    said = []
    if author:
        said.append(PrintTextText.tr("by {login}").format(login=author))
    if editor and editor != author:
        said.append(PrintTextText.tr("edited by {login}").format(login=editor))
    return said


def follow_up_words(entry: EntryRecord) -> str:
    """The words of the follow-up line under an entry's body, or nothing."""
    if entry.follow_up_on is None:
        return ""
    if entry.follow_up_done:
        line = PrintTextText.tr("Follow up by {day} (done)")
    else:
        line = PrintTextText.tr("Follow up by {day} (open)")
    return line.format(day=_day(entry.follow_up_on))


def follow_up_html(entry: EntryRecord) -> str:
    """The follow-up line under an entry's body, or nothing."""
    words = follow_up_words(entry)
    return f"<p class='meta'>{escape(words)}</p>" if words else ""


def follow_ups_html(entries: tuple[EntryRecord, ...], today: date) -> str:
    """The closing list of follow-ups not yet done, soonest due first."""
    rows = []
    overdue = escape(PrintTextText.tr("overdue"))
    for entry in entries:
        assert entry.follow_up_on is not None
        due = escape(_day(entry.follow_up_on))
        if entry.follow_up_on < today:
            due = f"{due}<br><span class='overdue'>{overdue}</span>"
        what = escape(entry.title or _first_line(entry.body) or entry.kind.label)
        written = escape(f"{entry.kind.label}, {long_day(entry.occurred_at)}")
        rows.append(
            f"<tr><td class='fu' width='22%' valign='top'>{due}</td>"
            f"<td class='fu' valign='top'>{what}<br><span class='note'>{written}</span></td></tr>"
        )
    due_heading = escape(PrintTextText.tr("Due").upper())
    what_heading = escape(PrintTextText.tr("What").upper())
    return (
        "<table width='100%' cellspacing='0' cellpadding='4'>"
        f"<tr><th width='22%'>{due_heading}</th><th>{what_heading}</th></tr>"
        + "".join(rows)
        + "</table>"
    )


def _first_line(body: str) -> str:
    """The note's first line in its words: no Markdown marks, links saying where they go."""
    line = next((s.strip() for s in body.splitlines() if s.strip()), "")
    line = plain_words(line)
    return line if len(line) <= 140 else line[:139].rstrip() + "…"


def empty_html(data: TimelineData) -> str:
    """What the timeline says when the period holds nothing."""
    text = PrintTextText.tr("Nothing was written about {name} between {period}.").format(
        name=data.customer.name, period=range_text(data.start, data.end)
    )
    return f"<p class='note' style='font-size:{BODY_PT}pt'>{escape(text)}</p>"
