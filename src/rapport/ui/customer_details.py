"""The customer page's Details tab: every field the owner filled in, and the stage history."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QWidget
from typing_extensions import override

from rapport import formatting
from rapport.i18n import Words
from rapport.store.records import CustomerHeader

CustomerPageText = Words("CustomerPageText")


class CustomerDetails(QLabel):
    """The details of the customer shown, written again when the theme changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerDetails")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setOpenExternalLinks(False)
        self.setMargin(12)
        self._header: CustomerHeader | None = None

    def show_header(self, header: CustomerHeader) -> None:
        """Show the details of `header`'s customer."""
        self._header = header
        self._write()

    def _write(self) -> None:
        if self._header is not None:
            muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
            self.setText(details_html(self._header, muted))

    @override
    def changeEvent(self, event: QEvent) -> None:
        """Write the details again in colours that suit the new theme."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._write()


def scrolling(details: CustomerDetails, parent: QWidget) -> QScrollArea:
    """The Details tab as it is added: it scrolls, rather than claiming the page's height.

    A customer with every field filled in and a long history is taller than a laptop's
    screen allows; as a bare label it would set the tabs' least height and squeeze the
    people and the timeline's files strip below it.
    """
    area = QScrollArea(parent)
    area.setObjectName("customerDetailsArea")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(details)
    return area


def details_html(header: CustomerHeader, muted: str) -> str:
    """The Details tab: every field the owner filled in, escaped."""
    c = header.customer
    cadence = (
        CustomerPageText.tr("%n day(s)", "", c.cadence_days)
        if c.cadence_days
        else CustomerPageText.tr("default")
    )
    rows = [
        (CustomerPageText.tr("Organisation"), c.organisation),
        (CustomerPageText.tr("Role"), c.role),
        (CustomerPageText.tr("Email"), c.email),
        (CustomerPageText.tr("Phone"), c.phone),
        (CustomerPageText.tr("Address"), c.address),
        (CustomerPageText.tr("Website"), c.website),
        (CustomerPageText.tr("Tags"), ", ".join(c.tags)),
        (CustomerPageText.tr("Relationship level"), f"{c.level.label} — {c.level.meaning}"),
        (CustomerPageText.tr("Account value"), formatting.money(c.account_value, c.currency)),
        (CustomerPageText.tr("Keep in touch every"), cadence),
        (CustomerPageText.tr("Status"), c.status.label),
        (CustomerPageText.tr("Entries"), str(header.entry_count)),
    ]
    body = "".join(
        f"<tr><td style='padding-right:16px; color:{muted}'>{escape(k)}</td>"
        f"<td>{escape(v).replace(chr(10), '<br>')}</td></tr>"
        for k, v in rows
        if v
    )
    about = ""
    if c.about:
        heading = escape(CustomerPageText.tr("About"))
        about = f"<h3>{heading}</h3><p>{escape(c.about).replace(chr(10), '<br>')}</p>"
    history = "".join(
        f"<li>{escape(formatting.when(h.occurred_at, False))}: {escape(h.stage.label)}"
        + (f" — {escape(h.reason)}" if h.reason else "")
        + "</li>"
        for h in reversed(header.stage_history)
    )
    stages = escape(CustomerPageText.tr("Stage history"))
    return f"<table>{body}</table>{about}<h3>{stages}</h3><ul>{history}</ul>"
