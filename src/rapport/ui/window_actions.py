"""The main window's menus, their actions and shortcuts, and what the simple ones do."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu

from rapport import APP_NAME, __version__
from rapport.domain.customers import Status
from rapport.i18n import Words
from rapport.ui import msgbox
from rapport.ui.recent_menu import recent_menu
from rapport.ui.settings.journal_page import journal_filter
from rapport.ui.undo import undo_actions

if TYPE_CHECKING:
    from rapport.ui.main_window import MainWindow

MainWindowText = Words("MainWindowText")
_Shortcut = str | QKeySequence | QKeySequence.StandardKey | None


class WindowActions(QObject):
    """Builds the menu bar of a main window; its actions act on the customer shown."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._build()
        self.update()

    def _action(
        self, menu: QMenu, text: str, slot: Callable[[], object], shortcut: _Shortcut = None
    ) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self.window.addAction(action)
        return action

    def _build(self) -> None:
        w = self.window
        bar = w.menuBar()
        file = bar.addMenu(MainWindowText.tr("&File"))
        w.new_entry_action = self._action(
            file,
            MainWindowText.tr("&New entry…"),
            lambda: w.controller.new_entry(w.page.customer_id),
            "Ctrl+N",
        )
        file.addSeparator()
        w.print_action = self._action(
            file,
            MainWindowText.tr("&Print…"),
            lambda: self.with_customer(self._print),
            QKeySequence.StandardKey.Print,
        )
        w.export_pdf_action = self._action(
            file, MainWindowText.tr("&Export PDF…"), lambda: self.with_customer(self._export_pdf)
        )
        w.brief_action = self._action(
            file,
            MainWindowText.tr("Meeting &brief…"),
            lambda: self.with_customer(self._brief),
            "Ctrl+B",
        )
        file.addSeparator()
        self._action(file, MainWindowText.tr("&New journal…"), self.new_journal)
        self._action(
            file,
            MainWindowText.tr("&Open journal…"),
            self._open_journal,
            QKeySequence.StandardKey.Open,
        )
        self._action(
            file, MainWindowText.tr("Open team &journal…"), lambda: w.open_team_requested.emit(None)
        )
        recent_menu(file, w)
        self._action(file, MainWindowText.tr("Open &demo journal"), w.open_demo_requested.emit)
        file.addSeparator()
        self._action(file, MainWindowText.tr("&Import…"), lambda: w.transfer.import_file())
        self._action(
            file, MainWindowText.tr("Recen&t imports…"), lambda: w.transfer.undo.show_recent()
        )
        self._action(file, MainWindowText.tr("Import e-&mail…"), lambda: w.capture.choose_mail())
        self._action(
            file, MainWindowText.tr("E&xport…"), lambda: w.transfer.export(w.page.customer_id)
        )
        self._action(
            file,
            MainWindowText.tr("Export follow-ups to &calendar…"),
            lambda: w.capture.export_calendar(),
        )
        w.safety.add_file_actions(file)
        file.addSeparator()
        self._action(
            file, MainWindowText.tr("&Quit"), lambda: w.quit_app(), QKeySequence.StandardKey.Quit
        )

        edit = bar.addMenu(MainWindowText.tr("&Edit"))
        for action in undo_actions(w.controller.undo_stack, w):
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
        w.safety.add_edit_actions(edit)
        edit.addSeparator()
        w.settings_action = w.preferences.add_edit_actions(edit)

        view = bar.addMenu(MainWindowText.tr("&View"))
        self._action(view, MainWindowText.tr("&Today"), w.show_today, "Ctrl+T")
        self._action(view, MainWindowText.tr("&Portfolio"), w.show_portfolio, "Ctrl+Shift+P")

        self._build_customer_menu()

        tools = bar.addMenu(MainWindowText.tr("T&ools"))
        self._action(tools, MainWindowText.tr("&Check journal…"), w.safety.check_journal)

        help_menu = bar.addMenu(MainWindowText.tr("Hel&p"))
        w.shortcuts_action = w.preferences.add_help_actions(help_menu)
        self._action(help_menu, MainWindowText.tr("&About Rapport"), self._about).setMenuRole(
            QAction.MenuRole.AboutRole
        )

    def _build_customer_menu(self) -> None:
        w = self.window
        customer = w.menuBar().addMenu(MainWindowText.tr("&Customer"))
        self._action(
            customer,
            MainWindowText.tr("&New customer…"),
            w.controller.new_customer,
            "Ctrl+Shift+N",
        )
        w.edit_customer_action = self._action(
            customer,
            MainWindowText.tr("&Edit details…"),
            lambda: self.with_customer(w.controller.edit_customer),
            "Ctrl+E",
        )
        self.move_stage_action = self._action(
            customer,
            MainWindowText.tr("&Move to stage…"),
            lambda: self.with_customer(w.controller.move_stage),
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
                self._status_setter(status),
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
            lambda: self.with_customer(w.controller.delete_customer),
        )

    def _status_setter(self, status: Status) -> Callable[[], None]:
        controller = self.window.controller
        return lambda: self.with_customer(lambda cid: controller.set_status(cid, status))

    # --- what they do -------------------------------------------------------------------

    def update(self) -> None:
        """Enable what needs a customer only while one is shown."""
        w = self.window
        has = w.page.customer_id is not None
        self.check_in_action.setEnabled(has or w.navigator.on_today)
        for action in (
            w.edit_customer_action,
            self.move_stage_action,
            self.delete_customer_action,
            w.print_action,
            w.export_pdf_action,
            w.brief_action,
            *self.status_actions,
        ):
            action.setEnabled(has)

    def with_customer(self, call: Callable[[int], object]) -> None:
        """Call with the customer shown, if any."""
        if self.window.page.customer_id is not None:
            call(self.window.page.customer_id)

    def _check_in(self) -> None:
        """Check in on the customer shown, or on the one selected in Today."""
        w = self.window
        if w.navigator.on_today:
            item = w.today.current_item()
            if item is not None:
                w.insight.check_in(item.customer_id)
        else:
            self.with_customer(w.insight.check_in)

    def _print(self, customer_id: int) -> None:
        from rapport.ui.print_dialog import show_print_preview

        show_print_preview(
            self.window.bridge.journal, customer_id, self.window, self.window.preferences.rules()
        )

    def _brief(self, customer_id: int) -> None:
        from rapport.ui.brief_dialog import show_brief

        show_brief(
            self.window.bridge.journal, customer_id, self.window, self.window.preferences.rules()
        )

    def _export_pdf(self, customer_id: int) -> None:
        from rapport.ui.print_actions import export_pdf

        rules = self.window.preferences.rules()
        path = export_pdf(self.window.bridge.journal, customer_id, self.window, rules)
        if path is not None:
            self.window.statusBar().showMessage(
                MainWindowText.tr("Saved {path}").format(path=path), 8000
            )

    def _focus_filter(self) -> None:
        self.window.customer_list.filter.setFocus()
        self.window.customer_list.filter.selectAll()

    def _open_search(self) -> None:
        customer_list = self.window.customer_list
        typed = customer_list.filter.text() if customer_list.filter.hasFocus() else ""
        self.window.search_panel().start(typed)

    def _open_journal(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            MainWindowText.tr("Open journal"),
            str(self._start_folder()),
            journal_filter(),
        )
        if path:
            self.window.open_journal_requested.emit(Path(path))

    def _start_folder(self) -> Path:
        """Where choosing a journal file starts: beside the open one (home for a team's)."""
        journal = self.window.bridge.journal
        return Path.home() if journal.server is not None else journal.path.parent

    def new_journal(self) -> None:
        """Ask where the new journal goes and whether it gets a passphrase, then open it."""
        chosen, _ = QFileDialog.getSaveFileName(
            self.window,
            MainWindowText.tr("New journal"),
            str(self._start_folder()),
            journal_filter(),
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".rapport":
            path = path.with_name(path.name + ".rapport")
        if path.exists():
            msgbox.inform(
                self.window,
                MainWindowText.tr("New journal"),
                MainWindowText.tr("“{name}” exists already.").format(name=path.name),
                MainWindowText.tr("Choose another name, or open it with File → Open journal…."),
            )
            return
        from rapport.ui.new_journal import ask_protection  # with its recovery key dialog

        request = ask_protection(self.window, path)
        if request is not None:
            self.window.new_journal_requested.emit(path, request)

    def _about(self) -> None:
        msgbox.inform(
            self.window,
            MainWindowText.tr("About {app}").format(app=APP_NAME),
            MainWindowText.tr("{app} {version}").format(app=APP_NAME, version=__version__),
            self._where_about(),
        )

    def _where_about(self) -> str:
        journal = self.window.bridge.journal
        if journal.server is not None:  # a team journal is not on this computer
            return MainWindowText.tr(
                "A relationship journal for small-business owners. This team journal is kept "
                "on a server:\n{where}"
            ).format(where=journal.server.label)
        return MainWindowText.tr(
            "A relationship journal for small-business owners. Your journal stays on this "
            "computer:\n{path}"
        ).format(path=journal.path)
