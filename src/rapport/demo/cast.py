"""The fifteen customers of the demo roastery, in the order they are written."""

from __future__ import annotations

from rapport.demo.model import Character
from rapport.demo.stories.cafes import HET_PAND, LINDEBOOM
from rapport.demo.stories.catering import SAFFRAAN
from rapport.demo.stories.college import LEIEDAL
from rapport.demo.stories.counters import BAKKERIJ, GRAVENHOF, KLIMOP
from rapport.demo.stories.offices import BYTEFIELD, GROUNDWORK, NORDLICHT
from rapport.demo.stories.shops import KOFFIEKAR, PEETERS, TER_WALLE
from rapport.demo.stories.trade import LEIEZICHT, MAISON_FUMEE

CAST: tuple[Character, ...] = (
    LINDEBOOM,
    HET_PAND,
    BAKKERIJ,
    GRAVENHOF,
    KLIMOP,
    LEIEZICHT,
    MAISON_FUMEE,
    SAFFRAAN,
    NORDLICHT,
    BYTEFIELD,
    GROUNDWORK,
    LEIEDAL,
    TER_WALLE,
    PEETERS,
    KOFFIEKAR,
)
