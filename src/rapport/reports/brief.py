"""The meeting brief: one page about one customer, built without a window.

    brief = MeetingBrief.build(journal, customer_id, include_private=False)
    brief.print_to(printer)          # a QPrinter (preview or paper) or a QPdfWriter
    write_pdf(brief, path)           # atomically, see rapport.reports.pdf_output

The brief never spills onto a second page, on A4 or Letter or whatever the device
has: it is laid out for the device at the fullest level of detail, and while it is
too tall the long parts are shortened — fewer follow-ups, commitments and signals
("…and 4 more"), shorter entry texts, cut at a word — down to the shortest level.
Only if even that is too tall (a very small page) is the page drawn smaller.
Entry texts go through the printout's safe Markdown (`note_text.insert_markdown`):
no HTML, no images, no live links.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from html import escape

from PySide6.QtCore import QLocale, QSizeF, Qt
from PySide6.QtGui import (
    QImage,
    QPagedPaintDevice,
    QPageSize,
    QPaintDevice,
    QPainter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)

from rapport import formatting
from rapport.domain.kinds import Side
from rapport.domain.settings import RuleSettings
from rapport.i18n import Words
from rapport.reports.brief_data import BriefData, gather_brief
from rapport.reports.note_text import insert_markdown
from rapport.reports.print_docs import draw_slice, page_document
from rapport.reports.print_page import PageGeometry, paint_furniture
from rapport.reports.print_style import BODY_PT, default_page_size, stage_colour
from rapport.reports.print_text import date_format, long_day
from rapport.reports.timeline_report import PrintError
from rapport.store.journal import Journal
from rapport.store.records import EntryRecord

log = logging.getLogger("rapport.reports")

BriefText = Words("BriefText")


@dataclass(frozen=True)
class Detail:
    """How much of each long part fits: list lengths and an entry text's characters."""

    follow_ups: int
    commitments: int
    signals: int
    body_chars: int


#: From the fullest brief to the shortest; the first that fits the page is printed.
LEVELS = (
    Detail(8, 4, 3, 700),
    Detail(6, 3, 2, 400),
    Detail(4, 3, 2, 240),
    Detail(3, 2, 1, 140),
    Detail(2, 1, 1, 70),
    Detail(1, 1, 1, 0),
)


def shorten(text: str, limit: int) -> str:
    """At most `limit` characters, cut between words, with "…" when cut."""
    text = text.strip()
    if len(text) <= limit:
        return text
    if limit <= 0:
        return ""
    cut = text[: limit + 1].rsplit(None, 1)[0] if " " in text[: limit + 1] else ""
    return (cut.rstrip(" ,;:.-") + " …") if cut else ""


def _more(hidden: int) -> str:
    return BriefText.tr("…and %n more", "", hidden) if hidden > 0 else ""


class _Writer:
    """Appends rich text and Markdown to one document through a cursor."""

    def __init__(self, doc: QTextDocument) -> None:
        self.cursor = QTextCursor(doc)
        self.first = True

    def html(self, html: str, top: float = 0) -> None:
        block = QTextBlockFormat()
        block.setTopMargin(top)  # in 1/96 inch whatever the device (Qt scales it)
        if self.first:
            self.cursor.setBlockFormat(block)
        else:
            self.cursor.insertBlock(block, QTextCharFormat())
        self.first = False
        self.cursor.insertHtml(html)

    def section(self, title: str) -> None:
        self.html(f"<p class='section' style='font-size:{BODY_PT + 2}pt'>{escape(title)}</p>", 9)

    def markdown(self, text: str) -> None:
        if not text.strip():
            return
        block = QTextBlockFormat()
        block.setLeftMargin(12)
        self.cursor.insertBlock(block, QTextCharFormat())
        insert_markdown(self.cursor, text)
        self.cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        self.first = True


def _line(text: str, css: str = "") -> str:
    return f"<p class='{css}'>{text}</p>"


def _what(entry: EntryRecord) -> str:
    first = next((s.strip() for s in entry.body.splitlines() if s.strip()), "")
    return shorten(entry.title or first.lstrip("#*-> ") or entry.kind.label, 120)


def _day(moment: datetime) -> str:
    return long_day(moment)


def _short_day(value: date) -> str:
    return QLocale().toString(formatting.qdate(value), date_format(abbreviated=True))


def write_brief(doc: QTextDocument, data: BriefData, detail: Detail) -> None:
    """Fill `doc` with the brief at one level of detail."""
    w = _Writer(doc)
    c = data.customer
    sub = " · ".join(p for p in (c.role, c.organisation) if p)
    w.html(
        f"<p class='kicker'>{escape(BriefText.tr('Meeting brief').upper())}</p>"
        f"<p class='title'>{escape(c.name)}</p>"
    )
    if sub:
        w.html(_line(escape(sub), "sub"))
    contact = " · ".join(p for p in (c.email, c.phone) if p)
    main = data.main_contact
    if main is not None:  # "Jens Bakker — Owner · jens@… · +31 6 …"
        who = f"{main.name} — {main.role}" if main.role else main.name
        reach = [e.value for e in main.emails[:1]] + [p.value for p in main.phones[:1]]
        contact = " · ".join(p for p in (who, *reach, contact) if p)
    if contact:
        w.html(_line(escape(contact), "meta"))
    _people(w, data, detail)
    _standing(w, data)
    _next_step(w, data, detail)
    _follow_ups(w, data, detail)
    _promises(w, data, detail)
    _entries(w, data, detail)
    _check_in_and_conflict(w, data, detail)
    if data.private_left_out:
        left = BriefText.tr("%n private entr(y|ies) left out", "", data.private_left_out)
        w.html(_line(escape(left), "note"))


def _standing(w: _Writer, data: BriefData) -> None:
    w.section(BriefText.tr("Where it stands"))
    if data.stage is not None:
        stage = (
            f"<span style='color:{stage_colour(data.stage)}'>\u25a0</span>&nbsp;"
            f"<b>{escape(data.stage.label)}</b>"
        )
        if data.stage_since is not None:
            days = max(0, (data.printed_at - data.stage_since).days)
            since = BriefText.tr("since {day} (%n day(s))", "", days).format(
                day=_day(data.stage_since)
            )
            stage += f"&nbsp;&nbsp;<span class='meta'>{escape(since)}</span>"
    else:
        stage = escape(BriefText.tr("No stage recorded yet"))
    w.html(_line(stage))
    score = BriefText.tr("Health {score} of 100").format(score=data.health.score)
    w.html(_line(f"<b>{escape(score)}</b>"))
    for factor in data.factors:
        w.html(_line("&nbsp;&nbsp;• " + escape(factor.text)))


def _next_step(w: _Writer, data: BriefData, detail: Detail) -> None:
    w.section(BriefText.tr("Next step"))
    if not data.signals:
        w.html(_line(escape(BriefText.tr("No risk signals: keep the usual rhythm."))))
        return
    for signal in data.signals[: detail.signals]:
        w.html(
            _line(f"<b>{escape(signal.next_step)}</b>")
            + _line(escape(f"{signal.urgency}: {signal.summary}"), "meta")
        )
    if more := _more(len(data.signals) - detail.signals):
        w.html(_line(escape(more), "note"))


def _follow_ups(w: _Writer, data: BriefData, detail: Detail) -> None:
    w.section(BriefText.tr("Open follow-ups"))
    if not data.follow_ups:
        w.html(_line(escape(BriefText.tr("None open.")), "meta"))
    today = data.printed_at.date()
    for entry in data.follow_ups[: detail.follow_ups]:
        assert entry.follow_up_on is not None
        due = BriefText.tr("by {day}").format(day=_short_day(entry.follow_up_on))
        if entry.follow_up_on < today:
            due += " · " + BriefText.tr("overdue")
        w.html(_line(f"• {escape(_what(entry))} <span class='meta'>({escape(due)})</span>"))
    if more := _more(len(data.follow_ups) - detail.follow_ups):
        w.html(_line(escape(more), "note"))


def _people(w: _Writer, data: BriefData, detail: Detail) -> None:
    """Who is who: their people, and who on our side knows each of them."""
    others = [p for p in data.people if data.main_contact is None or p.id != data.main_contact.id]
    shown = [p for p in data.people if p not in others] + others
    if len(shown) < 2 and not any(data.known_by.get(p.name) for p in shown):
        return  # one person, already named under the title
    w.section(BriefText.tr("Who is who"))
    limit = max(detail.commitments, 1) + 1
    for person in shown[:limit]:
        who = f"<b>{escape(person.name)}</b>"
        if person.role:
            who += f" — {escape(person.role)}"
        knows = data.known_by.get(person.name, ())
        if knows:
            who += (
                " <span class='meta'>("
                + escape(BriefText.tr("knows: {names}").format(names=", ".join(knows[:3])))
                + ")</span>"
            )
        w.html(_line(f"• {who}"))
    if more := _more(len(shown) - limit):
        w.html(_line(escape(more), "note"))


def _promises(w: _Writer, data: BriefData, detail: Detail) -> None:
    """Open promises each way: what we still owe them, and what they still owe us."""
    if not data.open_promises:
        return
    w.section(BriefText.tr("Open promises"))
    for side, entry in data.open_promises[: detail.commitments]:
        whose = BriefText.tr("We promised") if side is Side.OURS else BriefText.tr("They promised")
        when = _day(entry.occurred_at)
        w.html(
            _line(
                f"• <b>{escape(whose)}</b> {escape(_what(entry))} "
                f"<span class='meta'>({escape(when)})</span>"
            )
        )
    if more := _more(len(data.open_promises) - detail.commitments):
        w.html(_line(escape(more), "note"))


def _entries(w: _Writer, data: BriefData, detail: Detail) -> None:
    w.section(BriefText.tr("Latest entries"))
    if not data.entries:
        w.html(_line(escape(BriefText.tr("Nothing written yet.")), "meta"))
    for entry in data.entries:
        meta = f"{_day(entry.occurred_at)} · {entry.kind.label}"
        if entry.private:
            meta += " · " + BriefText.tr("Private")
        html = _line(escape(meta), "meta")
        if entry.title:
            html += _line(f"<b>{escape(entry.title)}</b>")
        w.html(html)
        w.markdown(shorten(entry.body, detail.body_chars))


def _check_in_and_conflict(w: _Writer, data: BriefData, detail: Detail) -> None:
    w.section(BriefText.tr("Last check-in"))
    check = data.check_in
    if check is None:
        w.html(_line(escape(BriefText.tr("No check-in yet.")), "meta"))
    else:
        answers = ", ".join(f"{q.label} {a}/5" for q, a in check.answers.known().items())
        w.html(_line(f"<b>{escape(_day(check.at))}</b> " + escape(answers)))
        if note := shorten(check.note, detail.body_chars):
            w.html(_line(escape(note), "meta"))
    w.section(BriefText.tr("Last conflict"))
    story = data.conflict
    if story is None:
        w.html(_line(escape(BriefText.tr("No conflict on record.")), "meta"))
        return
    began = BriefText.tr("Began {day}").format(day=_day(story.began.occurred_at))
    reason = shorten(story.began.reason, 160)
    w.html(_line(f"<b>{escape(began)}</b>" + (f": {escape(reason)}" if reason else "")))
    if story.settled is None:
        w.html(_line(escape(BriefText.tr("Not settled yet.")), "overdue"))
    else:
        settled = BriefText.tr("Settled {day}: moved to {stage}").format(
            day=_day(story.settled.occurred_at), stage=story.settled.stage.label
        )
        how = shorten(story.settled.reason, 160)
        w.html(_line(escape(settled) + (f" — {escape(how)}" if how else "")))


def brief_document(
    data: BriefData, device: QPaintDevice, width: float, detail: Detail
) -> QTextDocument:
    """The brief laid out `width` device pixels wide for `device` (words never cut)."""
    doc = page_document(device, QTextOption.WrapMode.WordWrap)
    write_brief(doc, data, detail)
    doc.setTextWidth(width)
    return doc


@dataclass(frozen=True)
class Fitted:
    """The brief as laid out for one page: its document, the level used, and its scale."""

    doc: QTextDocument
    level: int
    scale: float


@dataclass
class MeetingBrief:
    """The brief of one customer; lays itself out on one page of each device."""

    data: BriefData

    @classmethod
    def build(
        cls,
        journal: Journal,
        customer_id: int,
        include_private: bool = False,
        now: datetime | None = None,
        rules: RuleSettings | None = None,
    ) -> MeetingBrief:
        """Read the brief from the journal (RecordNotFoundError when the customer is gone)."""
        now = now or datetime.now().astimezone()
        return cls(gather_brief(journal, customer_id, now, include_private, rules))

    @property
    def title(self) -> str:
        """The document's title (the PDF's properties, the print job)."""
        return BriefText.tr("{name} — meeting brief").format(name=self.data.customer.name)

    def fit(self, device: QPaintDevice, geometry: PageGeometry) -> Fitted:
        """The fullest level of detail whose layout fits the page's body."""
        body = geometry.body
        for level, detail in enumerate(LEVELS):
            doc = brief_document(self.data, device, body.width(), detail)
            height = doc.size().height()
            if height <= body.height():
                return Fitted(doc, level, 1.0)
        log.debug("the shortest brief is %.0f px for a %.0f px page", height, body.height())
        scale = body.height() / height
        doc = brief_document(self.data, device, body.width() / scale, LEVELS[-1])
        return Fitted(doc, len(LEVELS) - 1, scale)

    def print_to(self, device: QPagedPaintDevice) -> int:
        """Paint the one page on a QPrinter or QPdfWriter; returns 1."""
        geometry = PageGeometry.for_device(device)
        fitted = self.fit(device, geometry)
        painter = QPainter()
        if not painter.begin(device):
            raise PrintError(
                BriefText.tr("The brief could not be printed."),
                BriefText.tr("Check the printer, or that the file's folder can be written."),
            )
        try:
            painter.translate(geometry.origin)
            self.paint(painter, geometry, fitted)
        finally:
            painter.end()
        return 1

    def paint(self, painter: QPainter, geometry: PageGeometry, fitted: Fitted) -> None:
        """Paint the page: the brief in the body, the footer under it."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        body = geometry.body
        draw_slice(painter, fitted.doc, body.left(), body.top(), 0, body.height() + 1, fitted.scale)
        paint_furniture(
            painter,
            geometry,
            1,
            1,
            self.data.customer.name,
            long_day(self.data.printed_at),
            self.data.include_private,
        )

    def text(self) -> str:
        """The brief as plain text, in full (for the command line)."""
        probe = QImage(8, 8, QImage.Format.Format_RGB32)
        return brief_document(self.data, probe, 600, LEVELS[0]).toPlainText().strip()

    def page_image(self, dpi: float = 60, page_size: QPageSize | None = None) -> QImage:
        """The page as an image on white paper: for a preview and for tests."""
        size = (page_size or default_page_size()).size(QPageSize.Unit.Millimeter)
        geometry = PageGeometry.for_paper(QSizeF(size), dpi)
        image = QImage(
            int(geometry.paper.width()), int(geometry.paper.height()), QImage.Format.Format_RGB32
        )
        per_metre = round(dpi / 0.0254)
        image.setDotsPerMeterX(per_metre)
        image.setDotsPerMeterY(per_metre)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        self.paint(painter, geometry, self.fit(image, geometry))
        painter.end()
        return image
