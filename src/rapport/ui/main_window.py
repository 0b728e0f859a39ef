"""The main window: it assembles the screens and connects them, nothing more.

The customer list is on the left, under a "Today" button; the right-hand side shows
either the Today view (the start screen) or the selected customer's page. The menus
are made in ui/window_actions.py, where to go in ui/navigator.py ("open this customer
at this entry"), the remembered layout in ui/window_state.py. Each view follows the
journal's change notices itself (`bridge.changed`), refreshing only what they touched.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from rapport import APP_NAME
from rapport.domain.people import kinds_in_words
from rapport.domain.settings import RuleSettings
from rapport.locations import shown_path
from rapport.store.records import Change
from rapport.ui import window_state
from rapport.ui.bridge import JournalBridge
from rapport.ui.capture import CaptureActions
from rapport.ui.controller import Controller
from rapport.ui.customer_list import CustomerList
from rapport.ui.customer_page import CustomerPage
from rapport.ui.insight_actions import InsightActions
from rapport.ui.long_tasks import tasks_of
from rapport.ui.navigator import Navigator
from rapport.ui.page_warmup import WarmUpAfterToday
from rapport.ui.people_actions import PeopleActions
from rapport.ui.safety import SafetyActions
from rapport.ui.search_panel import SearchPanel
from rapport.ui.server_status import watch_server
from rapport.ui.settings.actions import SettingsActions
from rapport.ui.today_view import TodayView
from rapport.ui.transfer import TransferActions
from rapport.ui.window_actions import MainWindowText, WindowActions

if TYPE_CHECKING:
    from rapport.ui.portfolio_view import PortfolioView


class MainWindow(QMainWindow):
    """Customer list on the left; Today or the selected customer's page on the right."""

    open_journal_requested = Signal(Path)
    open_team_requested = Signal(object)  # a ServerLocation, or None to ask for one
    new_journal_requested = Signal(Path, object)  # where, and its ProtectionRequest
    open_demo_requested = Signal()
    move_journal_requested = Signal(Path)
    # The actions tests and other windows reach (made by WindowActions).
    new_entry_action: QAction
    print_action: QAction
    export_pdf_action: QAction
    brief_action: QAction
    edit_customer_action: QAction
    settings_action: QAction
    shortcuts_action: QAction

    def __init__(self, bridge: JournalBridge, settings: QSettings) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.bridge = bridge
        self.settings = settings
        #: Asked as the window closes: True hides it, Rapport running on in the tray
        #: (set by ui/keep_running.py); by default closing the window closes it.
        self.stays_in_tray: Callable[[], bool] = lambda: False
        #: File → Quit: closes the window, or quits from the tray (ui/keep_running.py).
        self.quit_app: Callable[[], object] = self.close
        journal = bridge.journal
        title = journal.server.label if journal.server is not None else journal.path.stem
        self.setWindowTitle(f"{title} — {APP_NAME}")
        self.controller = Controller(bridge, self)
        self.transfer = TransferActions(bridge, self, self.controller)
        self.preferences = SettingsActions(settings, journal.path, self)
        if journal.server is not None:  # a team's rules are its journal's (store/rules.py)
            self.preferences.app_settings.share_rules(journal.rules, journal.may_own())
        self._search: SearchPanel | None = None
        self.insight = InsightActions(bridge, self, self.controller.undo_stack)
        self.safety = SafetyActions(bridge, self.controller.undo_stack, self)
        self.people = PeopleActions(bridge, self, self.controller.undo_stack)
        changes = bridge.changed  # each view follows the journal's changes itself
        self.customer_list = CustomerList(journal, self, changes=changes)
        self.page = CustomerPage(journal, self, rules=self.preferences.rules, changes=changes)
        self.page.attach_files(bridge, self.controller.undo_stack)
        self.today = TodayView(journal, self, rules=self.preferences.rules, changes=changes)
        self.screens = QStackedWidget(self)
        self.screens.addWidget(self.today)
        self.screens.addWidget(self.page)
        self.today_button = QPushButton(MainWindowText.tr("Today"))
        self.today_button.setObjectName("todayButton")
        self.today_button.setCheckable(True)
        self.today_button.setAccessibleName(
            MainWindowText.tr("Show Today: what is due and what is at risk")
        )
        self.today_button.setToolTip(MainWindowText.tr("What is due and what is at risk (Ctrl+T)"))
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.today_button)
        column.addWidget(self.customer_list, 1)
        self.portfolio: PortfolioView | None = None  # made when first opened
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.screens)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)
        self.navigator = Navigator(
            self,
            self.customer_list,
            self.screens,
            self.page,
            self.today,
            self.today_button,
            moved=lambda: self.menus.update(),
        )
        self.controller.navigator = self.navigator
        self.menus = WindowActions(self)
        self._connect()
        self.capture = CaptureActions(self)
        window_state.restore(self, self.splitter, self.customer_list, settings)
        self._update_status()
        self.server_status = watch_server(self)  # a team journal's server going away
        self.show_today()
        self._warm_up = WarmUpAfterToday(
            self.today, journal, self._first_customer, self.preferences.rules
        )

    @override
    def showEvent(self, event: QShowEvent) -> None:
        """Warm the customer page's reads once Today's first page is on show (`page_warmup`)."""
        super().showEvent(event)
        self._warm_up.arm()

    def _first_customer(self) -> int | None:
        model = self.customer_list.model
        return model.summary(0).id if model.rowCount() > 0 else None

    def warmed_up(self) -> None:
        """Begin a waiting warm-up now, and block until its reads are done (no event loop)."""
        self._warm_up.begin()
        self._warm_up.join()

    def _connect(self) -> None:
        self.bridge.changed.connect(self._on_change)
        self.bridge.relocated.connect(self._on_relocated)
        page = self.page
        page.new_entry_requested.connect(self.controller.new_entry)
        page.edit_entry_requested.connect(self.controller.edit_entry)
        page.delete_item_requested.connect(self.controller.delete_item)
        page.move_stage_requested.connect(self.controller.move_stage)
        page.edit_customer_requested.connect(self.controller.edit_customer)
        page.check_in_requested.connect(self.insight.check_in)
        page.follow_up_done_requested.connect(self.insight.set_follow_up_done)
        page.add_person_requested.connect(self.people.add_person)
        page.edit_person_requested.connect(self.people.edit_person)
        page.remove_person_requested.connect(self.people.remove_person)
        page.took_part_requested.connect(self.people.who_took_part)
        page.attention.accept_requested.connect(self.insight.accept_suggestion)
        page.attention.dismiss_requested.connect(self.insight.dismiss_suggestion)
        self.today.follow_up_done_requested.connect(self.insight.set_follow_up_done)
        self.today.check_in_requested.connect(self.insight.check_in)
        self.today.damage_found.connect(self.safety.damage_met)
        self.controller.customer_created.connect(self.customer_list.select)
        self.transfer.customer_imported.connect(self.customer_list.select)
        self.preferences.open_journal_requested.connect(self.open_journal_requested)
        self.preferences.move_journal_requested.connect(self.move_journal_requested)
        self.preferences.app_settings.changed.connect(self._on_prefs_changed)
        self.preferences.app_settings.rules_changed.connect(self._on_rules_changed)
        self._on_prefs_changed()

    # --- behaviour ----------------------------------------------------------------------

    def show_portfolio(self) -> PortfolioView:
        """Open (or bring forward) the Portfolio window."""
        if self.portfolio is None:
            from rapport.ui.portfolio_view import PortfolioView  # its modules load on first use

            self.portfolio = PortfolioView(
                self.bridge.journal, self, rules=self.preferences.rules, changes=self.bridge.changed
            )
            self.portfolio.customer_activated.connect(
                lambda cid: self.navigator.open(cid, bring_up=True)
            )
        self.portfolio.show()
        self.portfolio.raise_()
        self.portfolio.activateWindow()
        return self.portfolio

    def show_today(self) -> None:
        """Show the Today view; no customer is selected meanwhile."""
        self.navigator.show_today()

    def _on_change(self, change: Change) -> None:
        """Each view follows the changes itself; the window keeps its actions and status."""
        if change.customers or change.everything:
            self.menus.update()
        if change.everything or change.details_written:  # counts: a customer's own row
            self._update_status()

    def _on_prefs_changed(self) -> None:
        self.safety.auto.interval = self.preferences.app_settings.prefs().backups.interval()

    def _on_rules_changed(self, rules: RuleSettings) -> None:
        """The owner changed the relationship rules: every health and risk is read again."""
        del rules  # every screen asks `self.preferences.rules()` afresh when it redraws
        if self.page.customer_id is not None:
            self.page.show_customer(self.page.customer_id)
        if self.portfolio is not None:
            self.portfolio.on_change(Change(everything=True))
        self.today.refresh()

    def search_panel(self) -> SearchPanel:
        """The search window, made the first time it is asked for."""
        if self._search is None:
            self._search = SearchPanel(self.bridge.journal, self, self.bridge.changed)
            self._search.open_hit.connect(
                lambda hit: self.navigator.open(hit.customer_id, hit.entry_id)
            )
        return self._search

    def _on_relocated(self, _old: Path, new: Path) -> None:
        """The journal was saved again elsewhere (its file was taken away): show where."""
        self.setWindowTitle(f"{new.stem} — {APP_NAME}")
        self.preferences.follow(new)
        self._update_status()

    def _update_status(self) -> None:
        journal = self.bridge.journal
        kinds = kinds_in_words(journal.customers.count_by_kind())
        where = journal.server.label if journal.server is not None else shown_path(journal.path)
        self.statusBar().showMessage(
            MainWindowText.tr("{kinds} · {path}").format(kinds=kinds, path=where)
        )

    # --- remembered layout ---------------------------------------------------------------

    def save_state(self) -> None:
        """Remember size, position, splitter and column layout for the next start."""
        window_state.save(self, self.splitter, self.customer_list, self.settings)

    @override
    def changeEvent(self, event: QEvent) -> None:
        """After a theme switch, Today's rows are laid out again in the new colours.

        The theme is applied while the window is being built (before Today exists),
        which sends the first palette change early: there is nothing to lay out yet.
        """
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "today"):
            self.today.delegate.clear_cache()
            self.today.list.scheduleDelayedItemsLayout()

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the layout; dialogs with unsaved text get their say first.

        With Rapport kept in the tray the window only hides: the journal stays open.
        """
        for dialog in self.findChildren(QWidget):
            visible = dialog.isWindow() and dialog is not self and dialog.isVisible()
            if visible and not dialog.close():
                event.ignore()
                return
        self.save_state()
        if self.stays_in_tray():
            event.ignore()
            self.hide()
            return
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop the work screens do in the background (before the window goes)."""
        self._warm_up.disarm()  # not begun yet: never, the journal is let go of
        self.warmed_up()  # a few reads: they must not outlive the journal
        self.transfer.shutdown()  # so too the customers read ahead for an import
        tasks_of(self).shutdown()  # a long export or check: cancelled, waited for
        self.bridge.close()
        self.safety.shutdown()  # no automatic backup of a journal the window let go of
        if self.server_status is not None:
            self.server_status.stop()
        self.today.shutdown()
        self.page.shutdown()
        if self.portfolio is not None:
            self.portfolio.shutdown()
