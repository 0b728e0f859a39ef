"""The mapping step of a CSV import: which column fills which field, with a live preview.

One row per column of the file, with a few example values and a choice of field;
below, the first customers as they would be imported with the current choice, each
with its problem if it has one. Changing a choice updates the preview at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rapport.i18n import Words
from rapport.transfer.csv_import import CsvSource
from rapport.transfer.fields import Target
from rapport.transfer.rows import BadRow

ImportMappingText = Words("ImportMappingText")

PREVIEW_ROWS = 20
_EXAMPLES = 3


class MappingPage(QWidget):
    """Column → field choices for a CSV source, written straight into `source.mapping`."""

    def __init__(self, source: CsvSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importMapping")
        self.source = source
        columns = ImportMappingText.tr("%n column(s)", "", len(source.table.headers))
        rows = ImportMappingText.tr("%n row(s)", "", source.total)
        intro = QLabel(
            ImportMappingText.tr(
                "Rapport read this file as {kind} with {columns} and {rows}. Check which "
                "column fills which field; columns set to “Don’t import” are left out."
            ).format(kind=source.kind, columns=columns, rows=rows)
        )
        intro.setWordWrap(True)
        self.columns = QTableWidget(len(source.table.headers), 3)
        self.columns.setObjectName("importColumns")
        self.columns.setAccessibleName(
            ImportMappingText.tr("Columns of the file and the field each fills")
        )
        self.columns.setHorizontalHeaderLabels(
            [
                ImportMappingText.tr("Column in the file"),
                ImportMappingText.tr("Examples"),
                ImportMappingText.tr("Import as"),
            ]
        )
        self.columns.verticalHeader().hide()
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.combos: list[QComboBox] = []
        for index, header in enumerate(source.table.headers):
            self.columns.setItem(index, 0, QTableWidgetItem(header))
            self.columns.setItem(index, 1, QTableWidgetItem(self._examples(index)))
            combo = QComboBox()
            combo.setAccessibleName(
                ImportMappingText.tr("Import column “{column}” as").format(column=header)
            )
            combo.addItem(ImportMappingText.tr("Don’t import"), None)
            for target in Target:
                combo.addItem(target.label, target.value)
            chosen = source.mapping[index]
            combo.setCurrentIndex(combo.findData(chosen.value) if chosen else 0)
            combo.currentIndexChanged.connect(lambda _i, at=index: self._choose(at))
            self.columns.setCellWidget(index, 2, combo)
            self.combos.append(combo)
        sizes = self.columns.horizontalHeader()
        sizes.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        sizes.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        sizes.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.problem = QLabel()
        self.problem.setObjectName("mappingProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)  # it may quote a column's name
        self.problem.setWordWrap(True)
        self.preview = QTableWidget(0, 6)
        self.preview.setObjectName("importPreview")
        self.preview.setAccessibleName(
            ImportMappingText.tr("Preview of the first customers as they would be imported")
        )
        self.preview.setHorizontalHeaderLabels(
            [
                ImportMappingText.tr("Line"),
                ImportMappingText.tr("Name"),
                ImportMappingText.tr("Organisation"),
                ImportMappingText.tr("Email"),
                ImportMappingText.tr("Phone"),
                ImportMappingText.tr("Problem"),
            ]
        )
        self.preview.verticalHeader().hide()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.columns, 3)
        layout.addWidget(self.problem)
        preview_label = ImportMappingText.tr("Preview of the first %n row(s):", "", PREVIEW_ROWS)
        layout.addWidget(QLabel(preview_label))
        layout.addWidget(self.preview, 2)
        self.refresh()

    def choose(self, column: int, target: Target | None) -> None:
        """Set one column's field (as picking it in the list does)."""
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(target.value) if target else 0)

    def problem_text(self) -> str | None:
        """Why the import cannot go on with this mapping, or None."""
        return self.source.check_mapping()

    def _choose(self, column: int) -> None:
        value = self.combos[column].currentData()
        self.source.mapping[column] = Target(value) if value else None
        self.refresh()

    def refresh(self) -> None:
        """Show the preview (and any problem with the mapping) for the current choices."""
        problem = self.problem_text()
        self.problem.setText(problem or "")
        self.problem.setVisible(problem is not None)
        rows = self.source.table.rows[:PREVIEW_ROWS]
        last = rows[-1].line if rows else 0
        reads = [r for r in self.source.read(0, PREVIEW_ROWS) if (r.line or 0) <= last]
        self.preview.setRowCount(len(reads))
        for row, read in enumerate(reads):
            if isinstance(read, BadRow):
                cells = [str(read.line), "", "", "", "", read.reason]
            else:
                d = read.draft
                cells = [str(read.line), d.name, d.organisation, d.email, d.phone, ""]
            for column, text in enumerate(cells):
                self.preview.setItem(row, column, QTableWidgetItem(text[:200]))

    def _examples(self, column: int) -> str:
        found: list[str] = []
        for row in self.source.table.rows:
            if column < len(row.cells) and row.cells[column].strip():
                found.append(" ".join(row.cells[column].split())[:40])
            if len(found) == _EXAMPLES:
                break
        return " · ".join(found)
