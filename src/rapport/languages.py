"""Putting the app in the owner's language: Rapport's catalogue, Qt's own words, formats.

English is the source language and needs no catalogue. Any other language loads
Rapport's compiled catalogue (``resources/translations/rapport_<code>.qm``) and Qt's
own (``qtbase_<code>.qm``: the Cancel buttons, the text fields' context menus), makes
that language the default locale for dates, numbers and money (keeping the computer's
region where it has that language), and hands both to `rapport.i18n`, which every layer
uses.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from rapport import i18n
from rapport.formatting import date_pattern, qdate, readable_system_locale
from rapport.settings_model import read

log = logging.getLogger("rapport.languages")

#: Where the compiled catalogues live, inside the package (and the bundle).
TRANSLATIONS = Path(__file__).resolve().parent / "resources" / "translations"

#: The languages Rapport speaks, each named in its own language (never translated).
LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch"}

_QT_LANGUAGES = {"en": QLocale.Language.English, "de": QLocale.Language.German}

#: The translators installed by the last `apply_language` (kept so a switch removes them).
_installed: list[QTranslator] = []


def resolve(choice: str, system: QLocale | None = None) -> str:
    """The language code in effect for a setting: "system" follows the computer."""
    if choice in LANGUAGES:
        return choice
    spoken = (system or QLocale.system()).language()
    for code, language in _QT_LANGUAGES.items():
        if language == spoken:
            return code
    return "en"


def language_setting(store: QSettings) -> str:
    """The language chosen in Settings → Appearance ("system" when none or unknown)."""
    return read({"appearance/language": store.value("appearance/language")}).appearance.language


def apply_language(choice: str) -> str:
    """Speak the chosen language from now on; returns the code in effect.

    Texts already on screen keep their words: a window shows a new language when it is
    built again. A missing or unreadable catalogue is logged and English is used.
    """
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    code = resolve(choice)
    if code != "en" and not _load_catalogues(code):
        code = "en"
    _set_locale(code, choice)
    i18n.install(_qt_translate if code != "en" else None)
    i18n.install_formats(locale_formats())
    log.info("language %s (setting %s), locale %s", code, choice, QLocale().name())
    return code


def _load_catalogues(code: str) -> bool:
    """Install Rapport's and Qt's catalogues for `code`; False when Rapport's is missing."""
    own = QTranslator()
    if not own.load(f"rapport_{code}", str(TRANSLATIONS)):
        log.warning("no catalogue for %s in %s; staying in English", code, TRANSLATIONS)
        return False
    QCoreApplication.installTranslator(own)
    _installed.append(own)
    qt = QTranslator()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{code}", qt_folder):
        QCoreApplication.installTranslator(qt)
        _installed.append(qt)
    else:
        log.info("Qt's own catalogue for %s not found in %s", code, qt_folder)
    return True


def _set_locale(code: str, choice: str) -> None:
    """Make dates, numbers and money read as the chosen language writes them.

    The computer's own locale is kept when it already speaks that language, or when
    English was not asked for but merely fallen back to (a French computer keeps its
    French dates under English words). Otherwise the language is paired with the
    computer's region where such a locale exists ("German in Switzerland").
    """
    wanted = _QT_LANGUAGES[code]
    system = readable_system_locale()
    if system.language() == wanted or (code == "en" and choice != "en"):
        QLocale.setDefault(system)
        return
    regional = QLocale(wanted, system.territory())
    if regional.language() == wanted and regional.territory() == system.territory():
        QLocale.setDefault(regional)
    elif code == "en":
        QLocale.setDefault(system)  # no English for this region: keep its formats
    else:
        QLocale.setDefault(QLocale(wanted))


def _qt_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    """Qt's lookup; a text the catalogue lacks falls back to English with its plural."""
    found = QCoreApplication.translate(context, text, disambiguation, n)
    if n >= 0 and found == text.replace("%n", str(n)):
        return i18n.english(context, text, disambiguation, n)
    return found


# -- formats for sentences built below the UI ---------------------------------------------


def locale_formats() -> i18n.Formats:
    """Dates and numbers as the default locale writes them."""

    def day(value: date) -> str:
        return QLocale().toString(qdate(value), date_pattern(abbreviated=True))

    def day_month(value: date) -> str:
        return QLocale().toString(qdate(value), date_pattern(abbreviated=True, with_year=False))

    def number(value: float, decimals: int) -> str:
        return QLocale().toString(float(value), "f", decimals)

    return i18n.Formats(day=day, day_month=day_month, number=number)
