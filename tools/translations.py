"""Update and compile Rapport's translation catalogues (`make translations`).

    python tools/translations.py            update every catalogue from the sources, compile
    python tools/translations.py --fill F…  first copy translations from JSON files into them

The catalogues (resources/translations/rapport_<code>.ts) are updated with
pyside6-lupdate from every module under src/rapport, and compiled with
pyside6-lrelease into the package (src/rapport/resources/translations/*.qm), where the
app and the bundle find them. English is the source language and has no catalogue.

A JSON file for --fill maps context → source text → translation, a plural being a list
of forms: {"RiskText": {"%n day(s) overdue": ["%n Tag überfällig", "%n Tage überfällig"]}}.
"""

from __future__ import annotations

import argparse
import json
import logging
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "rapport"
CATALOGUES = ROOT / "resources" / "translations"
COMPILED = SOURCES / "resources" / "translations"
LANGUAGES = ("de",)
BIN = Path(sys.executable).parent

log = logging.getLogger("translations")


def source_files() -> list[Path]:
    """Every module lupdate reads (all of the package; the CLI and demo have no .tr calls)."""
    return sorted(SOURCES.rglob("*.py"))


def update(catalogue: Path, language: str) -> None:
    """Bring `catalogue` up to date with the sources (new texts unfinished, gone ones dropped)."""
    catalogue.parent.mkdir(parents=True, exist_ok=True)
    files = [str(p.relative_to(ROOT)) for p in source_files()]
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            *files,
            "-target-language",
            language,
            "-no-obsolete",
            "-locations",
            "absolute",
            "-ts",
            str(catalogue.relative_to(ROOT)),
        ],
        cwd=ROOT,
        check=True,
    )
    tidy(catalogue)


def tidy(catalogue: Path) -> None:
    """Drop the "extracomments" lupdate takes from nearby ``#:`` attribute docs.

    Those comments document code, not the text beside them, and would mislead a
    translator.
    """
    tree = ET.parse(catalogue)
    for message in tree.getroot().iter("message"):
        for note in message.findall("extracomment"):
            message.remove(note)
    write(tree, catalogue)


def write(tree: ET.ElementTree, catalogue: Path) -> None:
    """Write a catalogue in one stable layout (declaration, doctype, four-space indents)."""
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    text = f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n'
    catalogue.write_text(text, encoding="utf-8")


def compile_catalogue(catalogue: Path, target: Path) -> None:
    """Compile a catalogue to the .qm file the app loads."""
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(catalogue), "-qm", str(target)],
        check=True,
    )


def fill(catalogue: Path, parts: list[Path]) -> int:
    """Copy translations from JSON parts into the catalogue; returns how many were set."""
    known: dict[tuple[str, str], str | list[str]] = {}
    for part in parts:
        for context, messages in json.loads(part.read_text(encoding="utf-8")).items():
            for source, translation in messages.items():
                known[(context, source)] = translation
    tree = ET.parse(catalogue)
    done = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            found = known.get((name, source))
            if found is None:
                continue
            translation = message.find("translation")
            assert translation is not None
            translation.attrib.pop("type", None)
            translation.text = None
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                forms = found if isinstance(found, list) else [found, found]
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = found if isinstance(found, str) else found[-1]
            done += 1
    write(tree, catalogue)
    return done


def unfinished(catalogue: Path) -> list[tuple[str, str]]:
    """(context, source) of every message still without a finished translation."""
    missing = []
    for context in ET.parse(catalogue).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished"):
                missing.append((name, message.findtext("source") or ""))
    return missing


def main(argv: list[str] | None = None) -> int:
    """Update (and optionally fill) every catalogue, then compile it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fill", nargs="*", type=Path, default=[], help="JSON translations")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    for language in LANGUAGES:
        catalogue = CATALOGUES / f"rapport_{language}.ts"
        update(catalogue, language)
        if args.fill:
            log.info("%s: %d translations filled in", catalogue.name, fill(catalogue, args.fill))
        compile_catalogue(catalogue, COMPILED / f"rapport_{language}.qm")
        missing = unfinished(catalogue)
        for context, source in missing[:20]:
            log.warning("untranslated in %s: [%s] %s", language, context, source)
        log.info("%s: %d untranslated", catalogue.name, len(missing))
    return 0


if __name__ == "__main__":
    sys.exit(main())
