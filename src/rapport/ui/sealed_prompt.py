"""The passphrase of a sealed export, asked when File → Import… opens one."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from rapport.i18n import Words

SealedPromptText = Words("SealedPromptText")


def ask_file_passphrase(parent: QWidget | None, name: str, wrong: bool) -> str | None:
    """The passphrase typed for the file `name`; None when the owner cancels.

    `wrong` says first that the last one did not open it.
    """
    text = SealedPromptText.tr("“{file}” is protected with a passphrase.").format(file=name)
    if wrong:
        text = SealedPromptText.tr("That passphrase does not open “{file}”. Try again.").format(
            file=name
        )
    typed, ok = QInputDialog.getText(
        parent,
        SealedPromptText.tr("Passphrase"),
        text,
        QLineEdit.EchoMode.Password,
    )
    return typed if ok and typed else None
