"""The Qt binding keeps Python's reference counts straight (PySide6 6.12.0 did not)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QRectF


def test_calling_void_methods_does_not_drain_none() -> None:
    """Each call of a void method in PySide6 6.12.0 dropped a reference to None.

    On Python 3.11 (None is not immortal there) a few thousand such calls — one
    printout, or an hour of scrolling — then abort the interpreter. pyproject.toml
    keeps that release out.
    """
    thing, rect = QObject(), QRectF()
    before = sys.getrefcount(None)
    for _ in range(200):
        thing.setObjectName("x")
        rect.setWidth(3)
    assert sys.getrefcount(None) >= before - 5
