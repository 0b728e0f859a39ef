"""The review step of an import: what will come in, what cannot, and what went where.

The owner decides here: import the good customers (the default), or nothing. Rows
that cannot be imported are listed with their reason, customers that come with a
warning with theirs, and likely duplicates are left out unless the owner ticks the
box to import them too. Rows whose people share an organisation are listed as groups,
each with its choice: one relationship with all of them (the default) or each on its
own; people of an organisation already in the journal join its relationship, and
are listed so. "What went where" lists, for each column or vCard property,
the field its values fill, the labelled line in "About" they become, or that they
are not imported, with how many customers have one.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rapport.i18n import Words
from rapport.transfer.grouping import Group
from rapport.transfer.plan import ImportPlan

ImportReviewText = Words("ImportReviewText")

#: Rows listed at most per table; the count above says how many there are in all.
MAX_LISTED = 1000


class ReviewPage(QWidget):
    """The import report, and the choice whether to include likely duplicates."""

    choice_changed = Signal()

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importReview")
        self.plan = plan
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.bad = _table(
            ImportReviewText.tr("Rows that cannot be imported"),
            [ImportReviewText.tr("Where"), ImportReviewText.tr("Why")],
        )
        self.bad_label = QLabel()
        self.duplicates = _table(
            ImportReviewText.tr("Likely duplicates"),
            [ImportReviewText.tr("Where"), ImportReviewText.tr("Name"), ImportReviewText.tr("Why")],
        )
        self.duplicates_label = QLabel()
        self.warnings = _table(
            ImportReviewText.tr("Customers imported with a warning"),
            [
                ImportReviewText.tr("Where"),
                ImportReviewText.tr("Name"),
                ImportReviewText.tr("Warning"),
            ],
        )
        self.warnings_label = QLabel()
        self.groups = _table(
            ImportReviewText.tr("People of one organisation"),
            [
                ImportReviewText.tr("Organisation"),
                ImportReviewText.tr("People"),
                ImportReviewText.tr("Import as"),
            ],
        )
        self.groups.setObjectName("importGroups")
        self.groups_label = QLabel(_groups_heading(len(plan.groups)))
        self.groups_label.setWordWrap(True)
        self._fill_groups(plan.groups)
        self.joining = _table(
            ImportReviewText.tr("People who join a relationship already in the journal"),
            [ImportReviewText.tr("Relationship"), ImportReviewText.tr("People")],
        )
        self.joining.setObjectName("importJoining")
        self.joining_label = QLabel()
        self.joining_label.setWordWrap(True)
        self.where = _table(
            ImportReviewText.tr("What went where"),
            [
                ImportReviewText.tr("In the file"),
                ImportReviewText.tr("In Rapport"),
                ImportReviewText.tr("Customers"),
            ],
        )
        self.where.setObjectName("importWhere")
        sizes = self.where.horizontalHeader()
        sizes.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        sizes.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        sizes.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        sizes.setStretchLastSection(False)
        self.where_label = QLabel(
            ImportReviewText.tr(
                "What went where (a value Rapport has no field for yet is kept as a "
                "labelled line in the customer’s “About”):"
            )
        )
        self.where_label.setWordWrap(True)
        include = ImportReviewText.tr("Import the likely duplicates too")
        self.include_duplicates = QCheckBox(include)
        self.include_duplicates.setAccessibleName(include)
        self.include_duplicates.toggled.connect(self._changed)
        _fill(self.bad, [(b.place, b.reason) for b in plan.bad])
        _fill(
            self.duplicates,
            [(d.candidate.place, d.candidate.draft.name, d.reason) for d in plan.duplicates],
        )
        warned = [(n.place, c.draft.name, n.text) for c in plan.warned() for n in c.notices]
        _fill(self.warnings, warned)
        self.bad_label.setText(_bad_heading(len(plan.bad)))
        self.warnings_label.setText(_warnings_heading(len(plan.warned())))
        self.duplicates_label.setText(_duplicates_heading(len(plan.duplicates)))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        shown = (
            (self.bad_label, self.bad, 1),
            (self.warnings_label, self.warnings, 1),
            (self.duplicates_label, self.duplicates, 1),
            (self.groups_label, self.groups, 1),
            (self.joining_label, self.joining, 1),
            (self.where_label, self.where, 2),
        )
        for label, table, stretch in shown:
            layout.addWidget(label)
            layout.addWidget(table, stretch)
            if table is not self.where:
                _fit(table)
            label.setVisible(table.rowCount() > 0)
            table.setVisible(table.rowCount() > 0)
            if table is self.duplicates:
                layout.addWidget(self.include_duplicates)
        self.include_duplicates.setVisible(bool(plan.duplicates))
        self._changed()

    def count(self) -> int:
        """How many relationships the import would add with the current choices."""
        return self.plan.relationship_count(self.include_duplicates.isChecked())

    def _fill_groups(self, groups: Sequence[Group]) -> None:
        shown = groups[:MAX_LISTED]
        self.groups.setRowCount(len(shown))
        for row, group in enumerate(shown):
            names = ", ".join(group.names)  # the first people's, as many as the column shows
            self.groups.setItem(row, 0, QTableWidgetItem(group.organisation[:300]))
            self.groups.setItem(row, 1, QTableWidgetItem(names[:300]))
            choice = QComboBox()
            n = group.size
            choice.addItem(ImportReviewText.tr("One relationship with %n people", "", n), True)
            choice.addItem(ImportReviewText.tr("Separate relationships"), False)
            choice.setAccessibleName(
                ImportReviewText.tr("Import {organisation} as").format(
                    organisation=group.organisation
                )
            )
            choice.setCurrentIndex(0 if group.together else 1)
            choice.currentIndexChanged.connect(
                lambda _i, g=group, c=choice: self._group_chosen(g, c)
            )
            self.groups.setCellWidget(row, 2, choice)
        sizes = self.groups.horizontalHeader()
        sizes.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        sizes.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        sizes.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        sizes.setStretchLastSection(False)

    def _group_chosen(self, group: Group, choice: QComboBox) -> None:
        group.together = bool(choice.currentData())
        self._changed()

    def _changed(self) -> None:
        plan = self.plan
        n = self.count()
        locale = QLocale()
        where = plan.placements(self.include_duplicates.isChecked())
        _fill(self.where, [(p.origin, p.destination, locale.toString(p.customers)) for p in where])
        self.where_label.setVisible(bool(where))
        self.where.setVisible(bool(where))
        joining = plan.joining(self.include_duplicates.isChecked())
        _fill(self.joining, [(j.name, ", ".join(p.name for p in j.people)) for j in joining])
        self.joining_label.setText(_joining_heading(len(joining)))
        self.joining_label.setVisible(bool(joining))
        self.joining.setVisible(bool(joining))
        _fit(self.joining)
        problems = ImportReviewText.tr("%n row(s) with problems", "", len(plan.bad))
        if plan.snapshot is not None and plan.bad:
            text = ImportReviewText.tr(
                "{kind} ({encoding}): %n customer(s) to import, with their entries, stage "
                "changes and check-ins, {problems}.",
                "",
                n,
            )
        elif plan.snapshot is not None:
            text = ImportReviewText.tr(
                "{kind} ({encoding}): %n customer(s) to import, with their entries, stage "
                "changes and check-ins.",
                "",
                n,
            )
        elif plan.bad:
            text = ImportReviewText.tr(
                "{kind} ({encoding}): %n relationship(s) to import, {problems}.", "", n
            )
        else:
            text = ImportReviewText.tr("{kind} ({encoding}): %n relationship(s) to import.", "", n)
        self.summary.setText(text.format(kind=plan.kind, encoding=plan.encoding, problems=problems))
        self.choice_changed.emit()


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fit(table: QTableWidget, most: int = 5) -> None:
    """No taller than its rows (at most `most` of them), leaving room for what went where."""
    rows = max(1, min(table.rowCount(), most))
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(r) for r in range(rows))
    table.setMaximumHeight(height + 2)


def _fill(table: QTableWidget, rows: Sequence[tuple[str, ...]]) -> None:
    shown = rows[:MAX_LISTED]
    table.setRowCount(len(shown))
    for r, cells in enumerate(shown):
        for c, text in enumerate(cells):
            table.setItem(r, c, QTableWidgetItem(text[:300]))


def _groups_heading(n: int) -> str:
    return ImportReviewText.tr(
        "%n organisation(s) with several people: choose for each whether they come in as "
        "one relationship with its people, or as separate relationships:",
        "",
        n,
    )


def _joining_heading(n: int) -> str:
    return ImportReviewText.tr(
        "%n relationship(s) already in the journal: the people below join (it|them), "
        "no second one is made:",
        "",
        n,
    )


def _bad_heading(n: int) -> str:
    if n > MAX_LISTED:
        text = ImportReviewText.tr(
            "%n row(s) cannot be imported and (is|are) left out (the first {listed} are listed):",
            "",
            n,
        )
        return text.format(listed=QLocale().toString(MAX_LISTED))
    return ImportReviewText.tr("%n row(s) cannot be imported and (is|are) left out:", "", n)


def _warnings_heading(n: int) -> str:
    if n > MAX_LISTED:
        text = ImportReviewText.tr(
            "%n customer(s) (is|are) imported with a warning (the first {listed} are listed):",
            "",
            n,
        )
        return text.format(listed=QLocale().toString(MAX_LISTED))
    return ImportReviewText.tr("%n customer(s) (is|are) imported with a warning:", "", n)


def _duplicates_heading(n: int) -> str:
    if n > MAX_LISTED:
        text = ImportReviewText.tr(
            "%n likely duplicate(s) (left out unless ticked below) "
            "(the first {listed} are listed):",
            "",
            n,
        )
        return text.format(listed=QLocale().toString(MAX_LISTED))
    return ImportReviewText.tr("%n likely duplicate(s) (left out unless ticked below):", "", n)
