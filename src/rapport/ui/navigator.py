"""Where the main window goes: "open this customer at this entry", or Today.

Every screen that leads to a customer (the list, Today, the Portfolio, a search hit,
a new entry just saved) asks the one navigator, so they all land the same way: the
customer selected in the list (the filter cleared if it hides them), their page
shown, the entry selected in the timeline.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton, QStackedWidget, QWidget

from rapport.ui.customer_list import CustomerList
from rapport.ui.customer_page import CustomerPage
from rapport.ui.today_view import TodayView


class Navigator(QObject):
    """Shows Today or a customer's page in the main window, and says when it did."""

    def __init__(
        self,
        window: QWidget,
        customer_list: CustomerList,
        screens: QStackedWidget,
        page: CustomerPage,
        today: TodayView,
        today_button: QPushButton,
        moved: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._list = customer_list
        self._screens = screens
        self._page = page
        self._today = today
        self._today_button = today_button
        self._moved = moved  # what the window updates after each move (its actions)
        customer_list.customer_selected.connect(self.show_customer)
        page.customer_gone.connect(self._on_customer_gone)
        today.open_requested.connect(lambda cid, eid: self.open(cid, eid or None))
        today_button.clicked.connect(self.show_today)

    @property
    def on_today(self) -> bool:
        """Whether Today is the screen shown."""
        return self._screens.currentWidget() is self._today

    def open(
        self, customer_id: int, entry_id: int | None = None, *, bring_up: bool = False
    ) -> None:
        """Show a customer's page at an entry (or at the top), the timeline focused.

        `bring_up` raises the main window first (asked from another window).
        """
        self._list.select(customer_id)
        if self._page.customer_id != customer_id:  # e.g. hidden by the list's filter
            self.show_customer(customer_id)
        if entry_id is not None:
            self._page.select_item(("entry", entry_id))
        if bring_up:
            self._window.raise_()
            self._window.activateWindow()
        self._page.timeline.setFocus()

    def show_customer(self, customer_id: int) -> None:
        """Show a customer's page (the list selected them)."""
        self._page.show_customer(customer_id)
        self._screens.setCurrentWidget(self._page)
        self._today_button.setChecked(False)
        self._moved()

    def show_today(self) -> None:
        """Show the Today view; no customer is selected meanwhile."""
        self._page.show_customer(None)
        self._list.clear_selection()
        self._screens.setCurrentWidget(self._today)
        self._today_button.setChecked(True)
        self._today.refresh()
        self._today.focus_list()
        self._moved()

    def _on_customer_gone(self) -> None:
        if self._screens.currentWidget() is self._page:
            self.show_today()
