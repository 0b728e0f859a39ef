"""The one error the transfer code raises for a whole file, in words an owner can act on."""

from __future__ import annotations


class TransferError(Exception):
    """A file as a whole cannot be imported or written; `hint` says what to do.

    Problems with single rows are not errors: they are reported as `BadRow`s so the
    owner can still import the good ones.
    """

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


class ExportCancelled(Exception):
    """The owner cancelled an export; nothing was written (the temporary file is gone)."""
