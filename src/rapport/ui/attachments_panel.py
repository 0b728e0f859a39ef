"""The files on one entry: thumbnails and names, attach by drop, paste or pick.

Enter or a double-click opens a file (a private copy, in the system's viewer); the
context menu saves it elsewhere or takes it off the entry (Edit → Undo puts it back).
The panel follows change notices, so a file attached in another window appears here.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLocale, QMimeData, QPoint, QSize, Qt, QUrl, Slot
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QImage,
    QKeySequence,
    QPixmap,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFileIconProvider,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rapport.i18n import Words
from rapport.store import JournalError
from rapport.store.attachments import AttachmentRecord
from rapport.store.change import Change
from rapport.ui import msgbox
from rapport.ui.attaching import Incoming, Reader, Refused, private_copy
from rapport.ui.bridge import JournalBridge
from rapport.ui.undo import TrashCommand

log = logging.getLogger("rapport.ui.attachments")
AttachmentsPanelText = Words("AttachmentsPanelText")

ICON_SIDE = 96
_ID = Qt.ItemDataRole.UserRole


class AttachmentsPanel(QWidget):
    """An entry's files; empty and quiet until an entry is shown."""

    def __init__(
        self, bridge: JournalBridge, parent: QWidget | None = None, undo: QUndoStack | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attachments")
        self._bridge = bridge
        self._undo = undo
        self._entry_id: int | None = None
        self._records: dict[int, AttachmentRecord] = {}
        self._reader = Reader(self)
        self._reader.read.connect(self._arrived)
        self.setAcceptDrops(True)

        self.files = QListWidget(self)
        self.files.setViewMode(QListWidget.ViewMode.IconMode)
        self.files.setIconSize(QSize(ICON_SIDE, ICON_SIDE))
        self.files.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.files.setWordWrap(True)
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.files.setAccessibleName(AttachmentsPanelText.tr("Files on this entry"))
        self.files.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.files.customContextMenuRequested.connect(self._menu)
        self.files.itemActivated.connect(lambda item: self.open_file(item.data(_ID)))
        self.attach_button = QPushButton(AttachmentsPanelText.tr("&Attach files…"), self)
        self.attach_button.clicked.connect(self.pick_files)

        self.remove_action = self._action(
            AttachmentsPanelText.tr("Take off the entry"), QKeySequence.StandardKey.Delete
        )
        self.remove_action.triggered.connect(self.remove_selected)
        self.paste_action = self._action(
            AttachmentsPanelText.tr("Paste a picture"), QKeySequence.StandardKey.Paste
        )
        self.paste_action.triggered.connect(self.paste)
        # The panel's, not the list's: the list folds away while the entry has no files.
        self.paste_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.files.removeAction(self.paste_action)
        self.addAction(self.paste_action)

        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.files)
        layout.addLayout(buttons)
        bridge.changed.connect(self._on_change)
        self.show_entry(None)

    def _action(self, text: str, keys: QKeySequence.StandardKey) -> QAction:
        action = QAction(text, self.files)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.files.addAction(action)
        return action

    # --- what is shown -----------------------------------------------------------------

    def show_entry(
        self, entry_id: int | None, files: Sequence[AttachmentRecord] | None = None
    ) -> None:
        """Show the files of this entry (None: no entry, nothing to attach to).

        `files`: the entry's files as the caller holds them (the timeline's row, kept up
        to date by the change notices), so they are not read again; None: read them.
        """
        self._entry_id = entry_id
        self.attach_button.setEnabled(entry_id is not None)
        self.refresh(files)

    def refresh(self, files: Sequence[AttachmentRecord] | None = None) -> None:
        """Read the entry's files again (unless given); with none, the list folds away."""
        self.files.clear()
        self._records = {}
        self._fill(files)
        self.files.setVisible(bool(self._records))

    def _fill(self, files: Sequence[AttachmentRecord] | None) -> None:
        if self._entry_id is None:
            return
        try:
            journal = self._bridge.journal
            records = journal.attachments.on_entry(self._entry_id) if files is None else files
        except JournalError as exc:
            log.warning("the files of an entry could not be read: %s", type(exc).__name__)
            return
        for record in records:
            self._records[record.id] = record
            item = QListWidgetItem(_icon(record), f"{record.filename}\n{_size(record.size)}")
            item.setData(_ID, record.id)
            item.setToolTip(record.filename)
            self.files.addItem(item)

    def _on_change(self, change: Change) -> None:
        if self._entry_id is not None and change.touches_entry(self._entry_id):
            self.refresh()

    # --- taking files in ---------------------------------------------------------------

    def pick_files(self) -> None:
        """Choose files to attach."""
        names, _filter = QFileDialog.getOpenFileNames(
            self, AttachmentsPanelText.tr("Attach files to the entry")
        )
        self.attach_paths([Path(n) for n in names])

    def attach_paths(self, paths: list[Path]) -> None:
        """Read the files in the background; each is saved as soon as it is read."""
        if self._entry_id is not None and paths:
            self._reader.start(paths, self._entry_id)

    def paste(self) -> None:
        """Attach the picture or the files on the clipboard."""
        from PySide6.QtGui import QGuiApplication

        self._attach_mime(QGuiApplication.clipboard().mimeData())

    def _attach_mime(self, mime: QMimeData | None) -> bool:
        if mime is None or self._entry_id is None:
            return False
        files = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        if files:
            self.attach_paths(files)
            return True
        if mime.hasImage():
            image = QImage(mime.imageData())
            if not image.isNull():
                self._take_image(image)
                return True
        return False

    def _take_image(self, image: QImage) -> None:
        from PySide6.QtCore import QBuffer, QIODevice

        from rapport.ui.attaching import thumbnail_of

        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; Qt wants str
        data = bytes(buffer.data().data())
        stamp = datetime.now().strftime("%Y-%m-%d %H.%M")  # sorts, and is safe in a name
        name = AttachmentsPanelText.tr("Pasted picture {when}.png").format(when=stamp)
        if self._entry_id is not None:
            self._take(Incoming(name, data, thumbnail_of(data)), self._entry_id)

    @Slot(object, object)
    def _arrived(self, entry_id: int, item: Incoming | Refused) -> None:
        """A file read in the worker (a slot of the panel: it runs on the UI thread)."""
        self._take(item, entry_id)

    def _take(self, item: Incoming | Refused, entry_id: int) -> None:
        """One file read: save it on the entry it was given to, or say why it cannot be."""
        action = AttachmentsPanelText.tr("Attach “{name}”").format(name=item.name)
        if isinstance(item, Refused):
            msgbox.warn(self, action, item.message, item.hint)
            return
        self._bridge.write(
            self,
            action,
            lambda: self._bridge.journal.attachments.add(
                entry_id, item.name, item.data, thumbnail=item.thumbnail
            ),
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Files and pictures may be dropped while an entry is shown."""
        mime = event.mimeData()
        if self._entry_id is not None and (mime.hasUrls() or mime.hasImage()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Attach what was dropped."""
        if self._attach_mime(event.mimeData()):
            event.acceptProposedAction()

    # --- using files -------------------------------------------------------------------

    def _selected(self) -> list[AttachmentRecord]:
        ids = [item.data(_ID) for item in self.files.selectedItems()]
        return [self._records[i] for i in ids if i in self._records]

    def open_file(self, attachment_id: int) -> None:
        """Hand a private copy of the file to the system's viewer."""
        record = self._records.get(attachment_id)
        if record is None:
            return
        try:
            data = self._bridge.journal.attachments.data(record.id)
            path = private_copy(record.filename, data)
        except JournalError as exc:
            msgbox.warn(self, AttachmentsPanelText.tr("The file cannot be opened"), exc.message)
            return
        except OSError as exc:
            log.warning("a private copy could not be written: %s", exc.strerror)
            msgbox.warn(
                self,
                AttachmentsPanelText.tr("The file cannot be opened"),
                AttachmentsPanelText.tr("A copy for the viewer could not be written."),
                AttachmentsPanelText.tr("Use “Save as…” to save it where you like."),
            )
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            msgbox.warn(
                self,
                AttachmentsPanelText.tr("The file cannot be opened"),
                AttachmentsPanelText.tr("No program on this computer opens “{name}”.").format(
                    name=record.filename
                ),
                AttachmentsPanelText.tr("Use “Save as…” and open it from there."),
            )

    def save_as(self, record: AttachmentRecord, target: Path | None = None) -> Path | None:
        """Write the file out where the owner chooses."""
        if target is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self, AttachmentsPanelText.tr("Save the file as"), record.filename
            )
            if not chosen:
                return None
            target = Path(chosen)
        from rapport.transfer.atomic import write_bytes_atomically
        from rapport.transfer.errors import TransferError

        title = AttachmentsPanelText.tr("The file was not saved")
        try:
            write_bytes_atomically(target, self._bridge.journal.attachments.data(record.id))
        except JournalError as exc:
            msgbox.warn(self, title, exc.message, exc.hint)
            return None
        except TransferError as exc:
            msgbox.warn(self, title, exc.message, exc.hint)
            return None
        return target

    def remove_selected(self) -> None:
        """Take the selected files off the entry (undoable)."""
        for record in self._selected():
            self._remove(record)

    def _remove(self, record: AttachmentRecord) -> None:
        attachments = self._bridge.journal.attachments
        what = AttachmentsPanelText.tr("Take “{name}” off the entry").format(name=record.filename)

        def remove() -> None:
            attachments.remove(record.id)

        def restore() -> None:
            attachments.restore(record.id)

        done, _ = self._bridge.write(self, what, remove)
        if done and self._undo is not None:
            self._undo.push(TrashCommand(self._bridge, what, remove, restore))

    def _menu(self, where: QPoint) -> None:
        selected = self._selected()
        menu = QMenu(self)
        if len(selected) == 1:
            record = selected[0]
            menu.addAction(AttachmentsPanelText.tr("&Open"), lambda: self.open_file(record.id))
            menu.addAction(AttachmentsPanelText.tr("&Save as…"), lambda: self.save_as(record))
        if selected:
            menu.addAction(self.remove_action)
        menu.addAction(self.paste_action)
        menu.exec(self.files.viewport().mapToGlobal(where))


def _icon(record: AttachmentRecord) -> QIcon:
    """The thumbnail of a picture, else the system's icon for the file's kind."""
    if record.thumbnail:
        pixmap = QPixmap()
        if pixmap.loadFromData(record.thumbnail):
            return QIcon(pixmap)
    return QFileIconProvider().icon(QFileIconProvider.IconType.File)


def _size(size: int) -> str:
    """A size such as 2.4 MB, in the owner's locale."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
