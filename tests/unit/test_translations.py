"""The German catalogue: complete, current, compiled, and safe to format.

pyside6-lupdate reads the sources into a fresh catalogue here; the committed one must
hold exactly the same texts, each translated with the same placeholders. A text added
without running `make translations` (or left untranslated) fails here, not in front of
a German-speaking owner.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "src" / "rapport"
CATALOGUE = ROOT / "resources" / "translations" / "rapport_de.ts"
COMPILED = SOURCES / "resources" / "translations" / "rapport_de.qm"
BIN = Path(sys.executable).parent

Key = tuple[str, str]  # (context, source)


class Message:
    """One message of a catalogue: its plural flag and translations."""

    def __init__(self, element: ET.Element) -> None:
        self.numerus = element.get("numerus") == "yes"
        translation = element.find("translation")
        assert translation is not None
        self.finished = translation.get("type") not in ("unfinished", "vanished", "obsolete")
        forms = [form.text or "" for form in translation.findall("numerusform")]
        self.forms = forms if self.numerus else [translation.text or ""]


def read(catalogue: Path) -> dict[Key, Message]:
    messages: dict[Key, Message] = {}
    for context in ET.parse(catalogue).getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            messages[(name, element.findtext("source") or "")] = Message(element)
    return messages


@cache
def fresh(tmp: Path) -> dict[Key, Message]:
    """The texts in the sources today, as lupdate finds them."""
    target = tmp / "fresh_de.ts"
    files = [str(p) for p in sorted(SOURCES.rglob("*.py"))]
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *files, "-target-language", "de", "-ts", str(target)],
        check=True,
        capture_output=True,
    )
    return read(target)


@pytest.fixture(scope="module")
def found(tmp_path_factory: pytest.TempPathFactory) -> dict[Key, Message]:
    return fresh(tmp_path_factory.mktemp("lupdate"))


@pytest.fixture(scope="module")
def committed() -> dict[Key, Message]:
    return read(CATALOGUE)


def test_every_text_in_the_sources_is_in_the_catalogue(
    found: dict[Key, Message], committed: dict[Key, Message]
) -> None:
    missing = sorted(set(found) - set(committed))
    assert missing == [], "run `make translations`, then translate the new texts"


def test_the_catalogue_holds_no_text_the_sources_dropped(
    found: dict[Key, Message], committed: dict[Key, Message]
) -> None:
    assert sorted(set(committed) - set(found)) == [], "run `make translations`"


def test_every_text_has_a_named_context(found: dict[Key, Message]) -> None:
    """A text without a context was called as a bare `tr(...)`: the app would not find it."""
    assert [source for context, source in found if not context] == []


def test_counts_are_plural_messages_in_both(
    found: dict[Key, Message], committed: dict[Key, Message]
) -> None:
    both = set(found) & set(committed)
    assert [key for key in both if found[key].numerus != committed[key].numerus] == []


def test_every_text_is_translated(committed: dict[Key, Message]) -> None:
    untranslated = [key for key, m in committed.items() if not m.finished or not all(m.forms)]
    assert untranslated == []
    plurals = [key for key, m in committed.items() if m.numerus and len(m.forms) != 2]
    assert plurals == [], "German has two plural forms"


_PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n|%\d")
_TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def _shape(text: str) -> tuple[list[str], list[str], int]:
    """What a translation must keep: placeholders, tags, and whether there is a mnemonic."""
    mnemonic = len(re.findall(r"&(?!&)\w", text.replace("&&", "")))
    return sorted(set(_PLACEHOLDER.findall(text))), sorted(_TAG.findall(text)), mnemonic


def test_translations_keep_placeholders_tags_and_mnemonics(
    committed: dict[Key, Message],
) -> None:
    broken = []
    for (context, source), message in committed.items():
        want_fields, want_tags, want_mnemonic = _shape(source)
        for form in message.forms:
            fields, tags, mnemonic = _shape(form)
            if message.numerus and "%n" in source and "%n" not in form:
                fields = sorted({*fields, "%n"})  # "Ein Tag" may spell the one out
            if fields != want_fields or len(tags) != len(want_tags) or mnemonic != want_mnemonic:
                broken.append((context, source, form))
    assert broken == []


def test_every_translation_formats_with_the_sources_fields(
    committed: dict[Key, Message],
) -> None:
    """`.format(**fields)` works on the German exactly when it works on the English."""
    failing = []
    for (context, source), message in committed.items():
        names = set(re.findall(r"\{([a-z_]*)\}", source))
        if not names or "" in names:
            continue
        values = {name: "x" for name in names}
        for form in message.forms:
            try:
                form.format(**values)
            except (KeyError, IndexError, ValueError):
                failing.append((context, source, form))
    assert failing == []


def test_the_compiled_catalogue_is_the_committed_one(tmp_path: Path) -> None:
    target = tmp_path / "rapport_de.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(CATALOGUE), "-qm", str(target)],
        check=True,
    )
    assert target.read_bytes() == COMPILED.read_bytes(), "run `make translations`"


def _contexts(path: Path) -> list[tuple[str, str]]:
    """(variable, context) of every `Name = Words("Context")` in a module."""
    pairs = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Call)
            and isinstance(node.value.func, ast.Name)
            and node.value.func.id == "Words"
        ):
            context = node.value.args[0]
            assert isinstance(context, ast.Constant)
            for target in node.targets:
                assert isinstance(target, ast.Name)
                pairs.append((target.id, str(context.value)))
    return pairs


def test_each_context_is_named_as_its_variable() -> None:
    """lupdate takes the context from the name before `.tr`; the app from `Words(...)`."""
    wrong = [
        (str(path.relative_to(SOURCES)), name, context)
        for path in sorted(SOURCES.rglob("*.py"))
        for name, context in _contexts(path)
        if name != context
    ]
    assert wrong == []


def test_no_module_hides_tr_behind_another_name() -> None:
    """`tr = Text.tr; tr("…")` would reach the catalogue without its context."""
    aliases = []
    for path in sorted(SOURCES.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            value = node.value if isinstance(node, ast.Assign) else None
            if isinstance(value, ast.Attribute) and value.attr == "tr":
                aliases.append(f"{path.relative_to(SOURCES)}:{node.lineno}")
    assert aliases == []
