"""Folding text for matching and sorting: "muller" finds "Müller", "Élodie" sorts among the E's.

One pure function, used wherever the owner's typing meets stored names: the customer
list's filter, lookup by name (`rapport print NAME`), and the list's sort order, which
the store keeps as a folded copy of each name (`customer.sort_key`, see migration 0005).
Changing what `fold` returns therefore needs a migration that fills those copies again.

Folding is the first level of a dictionary's order in German, French, Dutch and
English (the languages of Rapport's owners and of most of their customers): letters
with and without accents are the same letter, ß is ss, æ is ae. Scandinavian
dictionaries put å, ä, ö, ø after z; Rapport speaks neither language yet.
"""

from __future__ import annotations

import unicodedata

#: Letters that are not a base letter plus an accent in Unicode (so NFKD keeps them),
#: but that readers treat as one: what a German, French or Dutch speaker types instead.
_LETTERS = str.maketrans(
    {
        "æ": "ae",
        "œ": "oe",
        "ø": "o",
        "ł": "l",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ħ": "h",
        "ı": "i",
        "ŧ": "t",
        "ŀ": "l",
        "ĸ": "k",
    }
)

#: Japanese voicing marks look like accents to Unicode but make other sounds (カ ka,
#: ガ ga): kept, so that "ガス" (gas) does not find "カス" (dregs).
_KEPT_MARKS = frozenset("\u3099\u309a")


def fold(text: str) -> str:
    """Text without case, accents or letter variants: what a search compares and sorts by.

    Compatibility forms become plain ones (ﬁ → fi, full-width Ｍ → m), case folds
    (ß → ss, Σ/ς → σ), accents go (é → e, also when typed as e + a combining accent),
    and the few letters Unicode does not see as accented fold as readers expect
    (æ → ae, œ → oe, ø → o, ł → l, đ → d, þ → th). Folding twice changes nothing.
    """
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch) or ch in _KEPT_MARKS)
    return unicodedata.normalize("NFKC", bare).casefold().translate(_LETTERS)
