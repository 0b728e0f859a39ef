"""The customer page's Health tab: the score and why, the risk signals, the ledger, the check-ins.

Everything shown comes from the rules (`journal.facts.insight`) as numbers and
sentences; this module only lays them out. Each factor's points are written with
their sign and each signal with its urgency in words, so nothing depends on colour.
The colours that do help are picked for the theme, and the page is written again when
the theme switches.
"""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget
from typing_extensions import override

from rapport import formatting
from rapport.domain.checkins import CheckIn, Question, scale_label, summarise
from rapport.domain.health import Band, Factor
from rapport.domain.kinds import Side
from rapport.domain.ledger import Ledger, State
from rapport.domain.risk import RiskSignal
from rapport.domain.today import CustomerInsight
from rapport.i18n import QT_TRANSLATE_NOOP, Words, translate
from rapport.reports.note_text import no_resource

HealthPanelText = Words("HealthPanelText")

#: Colours only add to the signs and words (Okabe–Ito bluish green and vermilion), a
#: lighter pair on a dark background so both keep a 4.5:1 contrast.
_LIGHT_BACKGROUND = ("#007a5a", "#b34f00")
_DARK_BACKGROUND = ("#3fc49d", "#ff8a4c")
_BAND_WORDS = {
    Band.STRONG: QT_TRANSLATE_NOOP("HealthPanelText", "Strong"),
    Band.FAIR: QT_TRANSLATE_NOOP("HealthPanelText", "Fair"),
    Band.WEAK: QT_TRANSLATE_NOOP("HealthPanelText", "Weak"),
}


def band_label(band: Band) -> str:
    """The band as a capitalised word."""
    return translate(HealthPanelText.context, _BAND_WORDS[band])


class HealthPanel(QTextBrowser):
    """A read-only page of text: selectable, scrollable and read by screen readers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("healthPanel")
        self.setAccessibleName(HealthPanelText.tr("Health and risk"))
        self.setOpenLinks(False)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self._shown: tuple[CustomerInsight, CheckIn | None, date | None] | None = None
        self._html = ""

    @override
    def loadResource(self, type: int, name: Any) -> Any:
        """Nothing from disk: the page is words (a text browser would read files it names)."""
        return no_resource(type)

    def show_insight(
        self, insight: CustomerInsight, latest: CheckIn | None, today: date | None = None
    ) -> None:
        """Show what the rules say about one customer, with their latest check-in."""
        self._shown = (insight, latest, today)
        colours = _colours(self.palette())
        html = insight_html(insight, latest, today or date.today(), colours)
        if html != self._html:  # the same page again (a customer reopened): laid out already
            self._html = html
            self.setHtml(html)

    def show_pending(self) -> None:
        """Say the rules are being asked (a long history is read in the background)."""
        self._shown = None
        self._html = f"<p>{escape(HealthPanelText.tr('Working out the health…'))}</p>"
        self.setHtml(self._html)

    @override
    def changeEvent(self, event: QEvent) -> None:
        """Write the page again in colours that suit the new theme."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._shown is not None:
            self.show_insight(*self._shown)


def _colours(palette: QPalette) -> tuple[str, str, str]:
    """Up, down and neutral colours that read on this palette's background."""
    base = palette.color(QPalette.ColorRole.Base)
    up, down = _DARK_BACKGROUND if base.lightnessF() < 0.5 else _LIGHT_BACKGROUND
    return up, down, palette.color(QPalette.ColorRole.PlaceholderText).name()


def insight_html(
    insight: CustomerInsight,
    latest: CheckIn | None,
    today: date,
    colours: tuple[str, str, str] = (*_LIGHT_BACKGROUND, "#6b6b6b"),
) -> str:
    """The whole Health tab as escaped HTML (`colours`: up, down and neutral points)."""
    return (
        _score_html(insight, colours)
        + _signals_html(insight.signals)
        + ledger_html(insight.ledger, today)
        + _check_in_html(insight.check_in_due, latest, today)
    )


def _score_html(insight: CustomerInsight, colours: tuple[str, str, str]) -> str:
    report = insight.health
    rows = "".join(_factor_row(f, colours) for f in report.factors)
    band = HealthPanelText.tr("<b>{band}</b><br>out of 100").format(
        band=escape(band_label(report.band))
    )
    why = HealthPanelText.tr(
        "<b>Why {score}?</b> Every customer starts at 50; what you logged moves it up or down:"
    ).format(score=report.score)
    return (
        "<table cellspacing='0' cellpadding='0'><tr>"
        "<td valign='top' style='padding-right:24px'>"
        f"<p style='font-size:30pt; font-weight:bold; margin:0'>{report.score}</p>"
        f"<p style='margin-top:0'>{band}</p></td>"
        "<td valign='top'>"
        f"<p>{why}</p>"
        f"<table cellspacing='0' cellpadding='3'>{rows}</table></td>"
        "</tr></table>"
    )


def _factor_row(factor: Factor, colours: tuple[str, str, str]) -> str:
    up, down, neutral = colours
    colour = up if factor.points > 0 else down if factor.points < 0 else neutral
    points = factor.text.split(":", 1)[0]
    return (
        f"<tr><td align='right' style='color:{colour}'><b>{escape(points)}</b></td>"
        f"<td><b>{escape(factor.name)}</b></td><td>{escape(factor.sentence)}</td></tr>"
    )


def _signals_html(signals: tuple[RiskSignal, ...]) -> str:
    if not signals:
        return HealthPanelText.tr(
            "<h3>Risk signals</h3><p>None. Nothing in the journal suggests a risk.</p>"
        )
    parts = [HealthPanelText.tr("<h3>Risk signals (%n)</h3>", "", len(signals))]
    next_step = escape(HealthPanelText.tr("Next step:"))
    for signal in signals:
        evidence = "".join(f"<li>{escape(line)}</li>" for line in signal.evidence)
        parts.append(
            f"<p><b>{escape(signal.rule.label)}</b> — <i>{escape(signal.urgency)}</i>: "
            f"{escape(signal.summary)}</p><ul>{evidence}</ul>"
            f"<p><b>{next_step}</b> {escape(signal.next_step)}</p>"
        )
    return "".join(parts)


#: How many open promises the ledger lists by name (the rest are counted).
OPEN_SHOWN = 5


def ledger_html(ledger: Ledger, today: date) -> str:
    """The ledger in a few lines: the balance in words, a count each way, the open promises."""
    parts = [HealthPanelText.tr("<h3>Favours and promises</h3>")]
    if not ledger.lines:
        parts.append(
            HealthPanelText.tr(
                "<p>None logged yet. Log a favour given or received, or a commitment made, "
                "kept or broken (and whose it is), and the balance shows here.</p>"
            )
        )
        return "".join(parts)
    parts.append(f"<p>{escape(' '.join(ledger.balance()))}</p>")
    rows = [
        (HealthPanelText.tr("Favours done"), False, None),
        (HealthPanelText.tr("Promises kept"), True, State.KEPT),
        (HealthPanelText.tr("Promises broken"), True, State.BROKEN),
        (HealthPanelText.tr("Promises open"), True, State.OPEN),
    ]
    pad = "style='padding-right:16px'"
    cells = "".join(
        f"<tr><td {pad}>{escape(name)}</td>"
        f"<td align='right' {pad}>{ledger.count(Side.OURS, promise, state)}</td>"
        f"<td align='right'>{ledger.count(Side.THEIRS, promise, state)}</td></tr>"
        for name, promise, state in rows
    )
    you, they = HealthPanelText.tr("You"), HealthPanelText.tr("They")
    head = (
        f"<tr><td></td><th align='right' {pad}>{escape(you)}</th>"
        f"<th align='right'>{escape(they)}</th></tr>"
    )
    parts.append(f"<table cellspacing='0' cellpadding='2'>{head}{cells}</table>")
    waiting = ledger.open
    if waiting:
        items = []
        for line in waiting[:OPEN_SHOWN]:
            when = line.at.astimezone().date()
            text = (
                HealthPanelText.tr(
                    "You promised on {day}: open for %n day(s)", "", (today - when).days
                )
                if line.side is Side.OURS
                else HealthPanelText.tr(
                    "They promised on {day}: open for %n day(s)", "", (today - when).days
                )
            )
            items.append(f"<li>{escape(text.format(day=formatting.day(when)))}</li>")
        if len(waiting) > OPEN_SHOWN:
            more = HealthPanelText.tr("and %n more", "", len(waiting) - OPEN_SHOWN)
            items.append(f"<li>{escape(more)}</li>")
        parts.append(f"<ul>{''.join(items)}</ul>")
    return "".join(parts)


def _check_in_html(due: date | None, latest: CheckIn | None, today: date) -> str:
    parts = [HealthPanelText.tr("<h3>Check-in</h3>")]
    if latest is None:
        parts.append(HealthPanelText.tr("<p>No check-in yet."))
    else:
        summary = summarise(latest.answers)
        when = formatting.day(latest.at.astimezone().date())
        parts.append(
            HealthPanelText.tr("<p>Latest check-in on <b>{day}</b>: {summary}.").format(
                day=escape(when), summary=escape(summary.describe())
            )
        )
    if due is None:
        parts.append(
            HealthPanelText.tr(
                " None is asked while a customer is in Attraction: trust and kept promises need "
                "some history first.</p>"
            )
        )
    elif due <= today:
        parts.append(
            HealthPanelText.tr(" <b>A check-in is due</b> (since {day}).</p>").format(
                day=escape(formatting.day(due))
            )
        )
    else:
        parts.append(
            HealthPanelText.tr(" The next one is due on {day}.</p>").format(
                day=escape(formatting.day(due))
            )
        )
    if latest is not None:
        rows = "".join(
            f"<tr><td style='padding-right:16px'>{escape(q.prompt)}</td>"
            f"<td><b>{escape(_answer(latest.answers.get(q)))}</b></td></tr>"
            for q in Question
        )
        parts.append(f"<table cellspacing='0' cellpadding='2'>{rows}</table>")
        if latest.note:
            note = escape(latest.note).replace("\n", "<br>")
            parts.append(f"<p><i>{note}</i></p>")
    parts.append(HealthPanelText.tr("<p>Customer → Check in… (Ctrl+I) records a new one.</p>"))
    return "".join(parts)


def _answer(value: int | None) -> str:
    if value is None:
        return HealthPanelText.tr("Don't know")
    return f"{scale_label(value)} ({value})"
