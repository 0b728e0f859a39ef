"""One declaration per setting: its key, type, default, limits, unit and words.

A setting is declared once, as a field of a preferences dataclass: `setting(...)` for
one value, `settings_per(...)` for one value per level or stage. Everything else is
derived from those declarations (see `options_of`, `flat_values` and `build`): reading
a settings file forgivingly, checking values with reasons in words, writing the flat
map the file holds, and the fields of the Settings pages (`ui/settings/editors.py`).

Plain Python on purpose (no Qt): the command line reads the same settings.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields, is_dataclass
from enum import StrEnum
from typing import Any, Protocol, TypeVar, get_type_hints

from rapport.i18n import translate

_T = TypeVar("_T")

#: The translation context of every option's `what` (its name inside sentences).
WHAT_CONTEXT = "Limits"
_ONE = "rapport.setting"
_FAMILY = "rapport.settings_per"


class Unit(StrEnum):
    """What a whole number counts: it picks the reason's wording and the field's suffix."""

    COUNT = "count"
    DAYS = "days"
    MINUTES = "minutes"
    POINTS = "points"  # health points; the field shows the bare number
    CLOCK = "clock"  # a time of day, in minutes after midnight; the field shows "08:30"


class Verbatim(str):
    """A choice's words shown as written, never translated (a language in its own words)."""

    __slots__ = ()


class Labelled(Protocol):
    """A member of a family's enum (a level, a stage): its stored value and its words."""

    @property
    def value(self) -> str:
        """As the settings key spells it."""
        ...

    @property
    def label(self) -> str:
        """In the owner's language."""
        ...


@dataclass(frozen=True)
class Option:
    """One setting: where it is stored, what it may hold, and how the owner sees it.

    Texts are marked with `QT_TRANSLATE_NOOP` where they are declared: `what` in the
    context `Limits`, the others in `context` (the page that shows them).
    """

    key: str  # "group/name", as the settings file stores it
    default: object  # an int, bool, str or StrEnum member; its type is the option's type
    what: str = ""  # the value in a sentence, and its name for screen readers
    label: str = ""  # the field's label on its page, with its mnemonic
    context: str = ""  # the translation context of label, help, note, zero_text and choices
    low: int | None = None  # whole numbers: the smallest value allowed
    high: int | None = None  # whole numbers: the largest value allowed
    unit: Unit = Unit.COUNT
    help: str = ""  # read out by screen readers (a number's range when empty)
    note: str = ""  # a sentence shown under the field
    zero_text: str = ""  # shown instead of 0, when 0 means something ("No limit")
    choices: Mapping[Any, str] = field(default_factory=dict)  # enum member → its words
    member: Labelled | None = None  # one of a family: fills the placeholder of key and words
    placeholder: str = ""  # the family's placeholder name ("level" in "rules/cadence/{level}")

    @property
    def kind(self) -> type:
        """The Python type of the value: bool, int, str or the enum."""
        return type(self.default)

    def read(self, value: object) -> object:
        """The value from a settings file, or the default when missing, wrong or out of range."""
        if value is None:
            return self.default
        if self.kind is bool:
            flag = _as_bool(value)
            return self.default if flag is None else flag
        if self.kind is int:
            number = as_int(value)
            return number if number is not None and self.allows(number) else self.default
        if self.kind is str:
            return value if isinstance(value, str) else self.default
        try:
            return self.kind(str(value))
        except ValueError:
            return self.default

    def decode(self, value: object) -> object:
        """A value given by this version (a field, a flat map): an enum from its text."""
        if isinstance(self.default, StrEnum) and not isinstance(value, self.kind):
            return self.kind(str(value))
        return value

    def encode(self, value: object) -> object:
        """As the settings file stores it (an enum as its text)."""
        return value.value if isinstance(value, StrEnum) else value

    def allows(self, number: int) -> bool:
        """Whether a whole number is within the limits."""
        low = self.low if self.low is not None else number
        high = self.high if self.high is not None else number
        return low <= number <= high

    def what_text(self) -> str:
        """`what` in the owner's language, the family member named in it."""
        return self._fill(translate(WHAT_CONTEXT, self.what)) if self.what else ""

    def label_text(self) -> str:
        """The field's label in the owner's language (a family member's own words if none)."""
        if self.label:
            return translate(self.context, self.label)
        return self.member.label if self.member is not None else ""

    def words(self, text: str) -> str:
        """One of this option's marked texts (help, note, zero_text) in the owner's language."""
        return translate(self.context, text) if text else ""

    def choice_texts(self) -> list[tuple[object, str]]:
        """Each allowed value (as stored) with its words, in the enum's order."""
        shown = []
        for member, text in self.choices.items():
            words = text if isinstance(text, Verbatim) else translate(self.context, text)
            shown.append((self.encode(member), words))
        return shown

    def _fill(self, text: str) -> str:
        if self.member is None:
            return text
        return text.format(**{self.placeholder: self.member.label})


def setting(key: str, default: object, **declared: Any) -> Any:
    """Declare a dataclass field as the setting `key` (see `Option` for the rest)."""
    return field(default=default, metadata={_ONE: Option(key, default, **declared)})


def settings_per(
    members: Iterable[Labelled],
    key: str,
    defaults: Callable[[], Mapping[Any, int]],
    labels: Mapping[Any, str] | None = None,
    **declared: Any,
) -> Any:
    """Declare a dict field holding one setting per member: "rules/cadence/{level}".

    The key's placeholder names the member in the key (its value) and in `what` (its
    words); `labels` gives each member's field label, else the member's own words.
    """
    names = [name for _, name, _, _ in string.Formatter().parse(key) if name]
    assert len(names) == 1, f"{key}: one placeholder names the member"
    made = defaults()
    family = tuple(
        Option(
            key.format(**{names[0]: member.value}),
            made[member],
            label=labels[member] if labels else "",
            member=member,
            placeholder=names[0],
            **declared,
        )
        for member in members
    )
    return field(default_factory=defaults, metadata={_FAMILY: family})


@dataclass(frozen=True)
class _Binding:
    """A dataclass field and the options it holds (a family: several)."""

    name: str
    options: tuple[Option, ...] = ()
    family: bool = False
    nested: type | None = None  # a dataclass of more settings


_BINDINGS: dict[type, tuple[_Binding, ...]] = {}


def _bindings(cls: type) -> tuple[_Binding, ...]:
    if cls not in _BINDINGS:
        _BINDINGS[cls] = _bind(cls)
    return _BINDINGS[cls]


def _bind(cls: type) -> tuple[_Binding, ...]:
    hints = get_type_hints(cls)
    found = []
    for f in fields(cls):
        if _ONE in f.metadata:
            found.append(_Binding(f.name, (f.metadata[_ONE],)))
        elif _FAMILY in f.metadata:
            found.append(_Binding(f.name, f.metadata[_FAMILY], family=True))
        elif is_dataclass(hints[f.name]):
            found.append(_Binding(f.name, nested=hints[f.name]))
    return tuple(found)


def options_of(cls: type) -> dict[str, Option]:
    """Every setting declared in a preferences dataclass (and its parts), by key, in order."""
    found: dict[str, Option] = {}
    for binding in _bindings(cls):
        if binding.nested is not None:
            found.update(options_of(binding.nested))
        for option in binding.options:
            assert option.key not in found, f"{option.key} is declared twice"
            found[option.key] = option
    return found


def flat_values(prefs: object) -> dict[str, object]:
    """Every setting of a preferences object under its key, as the file stores it."""
    out: dict[str, object] = {}
    for binding in _bindings(type(prefs)):
        value = getattr(prefs, binding.name)
        if binding.nested is not None:
            out.update(flat_values(value))
        elif binding.family:
            for option in binding.options:
                out[option.key] = option.encode(value[option.member])
        else:
            out[binding.options[0].key] = binding.options[0].encode(value)
    return out


def build(cls: type[_T], values: Mapping[str, object]) -> _T:
    """A preferences object from a value for every key (as `Option.decode` takes them)."""
    made: dict[str, object] = {}
    for binding in _bindings(cls):
        if binding.nested is not None:
            made[binding.name] = build(binding.nested, values)
        elif binding.family:
            made[binding.name] = {o.member: o.decode(values[o.key]) for o in binding.options}
        else:
            option = binding.options[0]
            made[binding.name] = option.decode(values[option.key])
    return cls(**made)


def as_int(value: object) -> int | None:
    """A whole number from an int or its text (INI files hold text); None otherwise."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            return None
    return None


def _as_bool(value: object) -> bool | None:
    """Yes or no from a bool or its text ("true"/"false", as INI files hold it)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    return None
