"""PySide6's import hook, made cheap: it kept the whole source of every later module.

Once PySide6 is loaded, every module imported after it is asked whether its source
names "PySide6" (PySide's `__feature__` switches apply to such modules only). PySide
asks through `inspect.getsource`, which tokenises the file and keeps all of its lines
in `linecache` for the rest of the process: 11 MB for the first window's modules, 20
MB more once matplotlib loads, and a tenth of a second or more of every start. The
same question is answered here from the file's bytes, dropped at once; a module
without a .py file gets PySide's own answer.

Importing this module does it (the app imports it first, right after PySide6).
"""

from __future__ import annotations

import linecache
import logging
import sys
from collections.abc import Callable
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (loads the hook this module replaces)

log = logging.getLogger("rapport.ui")

#: Where PySide6 keeps the hook's check (shiboken's embedded support package).
_FEATURE = "shibokensupport.feature"


def uses_pyside(module: ModuleType, pyside_answer: Callable[[ModuleType], bool]) -> bool:
    """Whether the module's source names PySide6, as PySide asks, without keeping it."""
    path = getattr(module, "__file__", None)
    if isinstance(path, str) and path.endswith(".py"):
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            pass
    return pyside_answer(module)


def install() -> bool:
    """Answer PySide's question cheaply from now on; False where this PySide has no such hook."""
    feature = sys.modules.get(_FEATURE)
    pyside_answer = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or pyside_answer is None:
        log.debug("PySide6 has no import hook to replace")
        return False
    if getattr(pyside_answer, "rapport", False):
        return True

    def answer(module: ModuleType) -> bool:
        return uses_pyside(module, pyside_answer)

    answer.rapport = True  # type: ignore[attr-defined]
    setattr(feature, "_mod_uses_pyside", answer)  # noqa: B010  (a private name of PySide)
    linecache.clearcache()  # what it kept of the modules imported before this one
    return True


install()
