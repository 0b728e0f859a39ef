"""The main window: it assembles the screens, the menus and their shortcuts, nothing more.

The customer list is on the left, under a "Today" button; the right-hand side shows
either the Today view (the start screen) or the selected customer's page.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from rapport import APP_NAME, __version__
from rapport.domain.customers import Status
from rapport.domain.settings import RuleSettings
from rapport.i18n import Words
from rapport.store.records import Change
from rapport.store.search import SearchHit
from rapport.ui import msgbox, window_fit
from rapport.ui.bridge import JournalBridge
from rapport.ui.controller import Controller
from rapport.ui.customer_list import CustomerList
from rapport.ui.customer_page import CustomerPage
from rapport.ui.insight_actions import InsightActions
from rapport.ui.safety import SafetyActions
from rapport.ui.search_panel import SearchPanel
from rapport.ui.settings.actions import SettingsActions
from rapport.ui.settings.journal_page import journal_filter
from rapport.ui.today_view import TodayView
from rapport.ui.transfer import TransferActions
from rapport.ui.undo import undo_actions

if TYPE_CHECKING:
    from rapport.ui.portfolio_view import PortfolioView

MainWindowText = Words("MainWindowText")


class MainWindow(QMainWindow):
    """Customer list on the left; Today or the selected customer's page on the right."""

    open_journal_requested = Signal(Path)
    open_demo_requested = Signal()
    move_journal_requested = Signal(Path)

    def __init__(self, bridge: JournalBridge, settings: QSettings) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.bridge = bridge
        self.settings = settings
        journal = bridge.journal
        self.setWindowTitle(f"{journal.path.stem} — {APP_NAME}")
        self.controller = Controller(bridge, self)
        self.transfer = TransferActions(bridge, self)
        self.preferences = SettingsActions(settings, journal.path, self)
        self._search: SearchPanel | None = None
        self.insight = InsightActions(bridge, self, self.controller.undo_stack)
        self.safety = SafetyActions(bridge, self.controller.undo_stack, self)
        self.customer_list = CustomerList(journal, self)
        self.page = CustomerPage(journal, self, rules=self.preferences.rules)
        self.today = TodayView(journal, self, rules=self.preferences.rules)
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
        self._build_actions()
        self._connect()
        self._restore_state()
        self._update_status()
        self.show_today()

    # --- assembly -----------------------------------------------------------------------

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: object,
        shortcut: str | QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(MainWindowText.tr("&File"))
        self.new_entry_action = self._action(
            file,
            MainWindowText.tr("&New entry…"),
            lambda: self.controller.new_entry(self.page.customer_id),
            "Ctrl+N",
        )
        file.addSeparator()
        self.print_action = self._action(
            file,
            MainWindowText.tr("&Print…"),
            lambda: self._with_customer(self._print),
            QKeySequence.StandardKey.Print,
        )
        self.export_pdf_action = self._action(
            file, MainWindowText.tr("&Export PDF…"), lambda: self._with_customer(self._export_pdf)
        )
        file.addSeparator()
        self._action(
            file,
            MainWindowText.tr("&Open journal…"),
            self._open_journal,
            QKeySequence.StandardKey.Open,
        )
        self._action(file, MainWindowText.tr("Open &demo journal"), self.open_demo_requested.emit)
        file.addSeparator()
        self._action(file, MainWindowText.tr("&Import…"), lambda: self.transfer.import_file())
        self._action(
            file, MainWindowText.tr("E&xport…"), lambda: self.transfer.export(self.page.customer_id)
        )
        self.safety.add_file_actions(file)
        file.addSeparator()
        self._action(file, MainWindowText.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit = bar.addMenu(MainWindowText.tr("&Edit"))
        for action in undo_actions(self.controller.undo_stack, self):
            edit.addAction(action)
        edit.addSeparator()
        self._action(
            edit,
            MainWindowText.tr("&Find customer"),
            self._focus_filter,
            QKeySequence.StandardKey.Find,
        )
        self._action(edit, MainWindowText.tr("&Search notes…"), self._open_search, "Ctrl+K")
        edit.addSeparator()
        self.safety.add_edit_actions(edit)
        edit.addSeparator()
        self.settings_action = self.preferences.add_edit_actions(edit)

        view = bar.addMenu(MainWindowText.tr("&View"))
        self._action(view, MainWindowText.tr("&Today"), self.show_today, "Ctrl+T")
        self._action(view, MainWindowText.tr("&Portfolio"), self.show_portfolio, "Ctrl+Shift+P")

        customer = bar.addMenu(MainWindowText.tr("&Customer"))
        self._action(
            customer,
            MainWindowText.tr("&New customer…"),
            self.controller.new_customer,
            "Ctrl+Shift+N",
        )
        self.edit_customer_action = self._action(
            customer,
            MainWindowText.tr("&Edit details…"),
            lambda: self._with_customer(self.controller.edit_customer),
            "Ctrl+E",
        )
        self.move_stage_action = self._action(
            customer,
            MainWindowText.tr("&Move to stage…"),
            lambda: self._with_customer(self.controller.move_stage),
            "Ctrl+M",
        )
        self.check_in_action = self._action(
            customer, MainWindowText.tr("Check &in…"), self._check_in, "Ctrl+I"
        )
        customer.addSeparator()
        self.status_actions = [
            self._action(
                customer,
                label,
                lambda _c=False, s=status: self._with_customer(
                    lambda cid: self.controller.set_status(cid, s)
                ),
            )
            for label, status in (
                (MainWindowText.tr("&Archive"), Status.ARCHIVED),
                (MainWindowText.tr("Mark as &parted ways"), Status.PARTED),
                (MainWindowText.tr("Re&activate"), Status.ACTIVE),
            )
        ]
        customer.addSeparator()
        self.delete_customer_action = self._action(
            customer,
            MainWindowText.tr("&Delete customer…"),
            lambda: self._with_customer(self.controller.delete_customer),
        )

        tools = bar.addMenu(MainWindowText.tr("T&ools"))
        self._action(tools, MainWindowText.tr("&Check journal…"), self._check_journal)

        help_menu = bar.addMenu(MainWindowText.tr("Hel&p"))
        self.shortcuts_action = self.preferences.add_help_actions(help_menu)
        self._action(help_menu, MainWindowText.tr("&About Rapport"), self._about).setMenuRole(
            QAction.MenuRole.AboutRole
        )

    def _connect(self) -> None:
        self.customer_list.customer_selected.connect(self._show_customer)
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
        page.attention.accept_requested.connect(self.insight.accept_suggestion)
        page.attention.dismiss_requested.connect(self.insight.dismiss_suggestion)
        self.today.open_requested.connect(self._open_from_today)
        self.today.follow_up_done_requested.connect(self.insight.set_follow_up_done)
        self.today.check_in_requested.connect(self.insight.check_in)
        self.today.damage_found.connect(self.safety.damage_met)
        self.today_button.clicked.connect(self.show_today)
        self.controller.customer_created.connect(self.customer_list.select)
        self.controller.entry_saved.connect(self._on_entry_saved)
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

            self.portfolio = PortfolioView(self.bridge.journal, self, rules=self.preferences.rules)
            self.portfolio.customer_activated.connect(self._open_from_portfolio)
        self.portfolio.show()
        self.portfolio.raise_()
        self.portfolio.activateWindow()
        return self.portfolio

    def _open_from_portfolio(self, customer_id: int) -> None:
        self.customer_list.select(customer_id)
        self.raise_()
        self.activateWindow()

    def _show_customer(self, customer_id: int) -> None:
        self.page.show_customer(customer_id)
        self.screens.setCurrentWidget(self.page)
        self.today_button.setChecked(False)
        self._update_customer_actions()

    def show_today(self) -> None:
        """Show the Today view; no customer is selected meanwhile."""
        self.page.show_customer(None)
        self.customer_list.clear_selection()
        self.screens.setCurrentWidget(self.today)
        self.today_button.setChecked(True)
        self.today.refresh()
        self.today.focus_list()
        self._update_customer_actions()

    def _open_from_today(self, customer_id: int, entry_id: int) -> None:
        self.customer_list.select(customer_id)
        if self.page.customer_id != customer_id:  # e.g. hidden by the list's filter
            self._show_customer(customer_id)
        if entry_id:
            self.page.select_item(("entry", entry_id))
        self.page.timeline.setFocus()

    def _check_in(self) -> None:
        """Check in on the customer shown, or on the one selected in Today."""
        if self.screens.currentWidget() is self.today:
            item = self.today.current_item()
            if item is not None:
                self.insight.check_in(item.customer_id)
        else:
            self._with_customer(self.insight.check_in)

    def _with_customer(self, call: object) -> None:
        if self.page.customer_id is not None:
            call(self.page.customer_id)  # type: ignore[operator]

    def _update_customer_actions(self) -> None:
        has = self.page.customer_id is not None
        self.check_in_action.setEnabled(has or self.screens.currentWidget() is self.today)
        for action in (
            self.edit_customer_action,
            self.move_stage_action,
            self.delete_customer_action,
            self.print_action,
            self.export_pdf_action,
            *self.status_actions,
        ):
            action.setEnabled(has)

    def _on_change(self, change: Change) -> None:
        self.customer_list.on_change(change)
        self.page.on_change(change)
        self.today.on_change(change)
        if self.portfolio is not None:
            self.portfolio.on_change(change)
        if change.everything and self.page.customer_id is not None:
            self.page.show_customer(self.page.customer_id)
        if self.screens.currentWidget() is self.page and self.page.customer_id is None:
            self.show_today()  # the customer shown is gone
        self._update_customer_actions()
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

    def _on_entry_saved(self, customer_id: int, entry_id: int) -> None:
        if self.page.customer_id != customer_id:
            self.customer_list.select(customer_id)
        self.page.select_item(("entry", entry_id))

    def search_panel(self) -> SearchPanel:
        """The search window, made the first time it is asked for."""
        if self._search is None:
            self._search = SearchPanel(self.bridge.journal, self)
            self._search.open_hit.connect(self._open_hit)
        return self._search

    def _open_search(self) -> None:
        typed = self.customer_list.filter.text() if self.customer_list.filter.hasFocus() else ""
        self.search_panel().start(typed)

    def _open_hit(self, hit: SearchHit) -> None:
        self.customer_list.select(hit.customer_id)
        if hit.entry_id is not None:
            self.page.select_item(("entry", hit.entry_id))
        self.page.timeline.setFocus()

    def _print(self, customer_id: int) -> None:
        from rapport.ui.print_dialog import show_print_preview

        show_print_preview(self.bridge.journal, customer_id, self)

    def _export_pdf(self, customer_id: int) -> None:
        from rapport.ui.print_actions import export_pdf

        path = export_pdf(self.bridge.journal, customer_id, self)
        if path is not None:
            self.statusBar().showMessage(MainWindowText.tr("Saved {path}").format(path=path), 8000)

    def _check_journal(self) -> None:
        self.safety.check_journal()

    def _focus_filter(self) -> None:
        self.customer_list.filter.setFocus()
        self.customer_list.filter.selectAll()

    def _on_relocated(self, _old: Path, new: Path) -> None:
        """The journal was saved again elsewhere (its file was taken away): show where."""
        self.setWindowTitle(f"{new.stem} — {APP_NAME}")
        self.preferences.follow(new)
        self._update_status()

    def _update_status(self) -> None:
        journal = self.bridge.journal
        count = journal.customers.count()
        self.statusBar().showMessage(
            MainWindowText.tr("%n customer(s) · {path}", "", count).format(path=journal.path)
        )

    def _open_journal(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            MainWindowText.tr("Open journal"),
            str(self.bridge.journal.path.parent),
            journal_filter(),
        )
        if path:
            self.open_journal_requested.emit(Path(path))

    def _about(self) -> None:
        msgbox.inform(
            self,
            MainWindowText.tr("About {app}").format(app=APP_NAME),
            MainWindowText.tr("{app} {version}").format(app=APP_NAME, version=__version__),
            MainWindowText.tr(
                "A relationship journal for small-business owners. Your journal stays on this "
                "computer:\n{path}"
            ).format(path=self.bridge.journal.path),
        )

    # --- remembered layout ---------------------------------------------------------------

    def _restore_state(self) -> None:
        window_fit.restore(self, self.settings.value("window/geometry"), 1360, 860)
        left = self.customer_list.sizeHint().width()  # the list whole; the page the rest
        self.splitter.setSizes([left, max(self.width() - left, left)])
        for key, restore in (
            ("window/state", self.restoreState),
            ("window/splitter", self.splitter.restoreState),
            ("window/customerColumns", self.customer_list.table.horizontalHeader().restoreState),
        ):
            value = self.settings.value(key)
            if isinstance(value, QByteArray):
                restore(value)

    def save_state(self) -> None:
        """Remember size, position, splitter and column layout for the next start."""
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue(
            "window/customerColumns", self.customer_list.table.horizontalHeader().saveState()
        )
        self.settings.sync()

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
        """Save the layout; dialogs with unsaved text get their say first."""
        for dialog in self.findChildren(QWidget):
            visible = dialog.isWindow() and dialog is not self and dialog.isVisible()
            if visible and not dialog.close():
                event.ignore()
                return
        self.save_state()
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop the work screens do in the background (before the window goes)."""
        self.bridge.close()
        self.today.shutdown()
