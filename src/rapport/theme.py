"""Colours shared by the screens and the charts, as plain hex strings (no Qt needed).

The stage palette is Okabe–Ito, safe for the common kinds of colour blindness; every
place that shows a stage colour also shows its name, so colour is never the only cue.
"""

from __future__ import annotations

from rapport.domain.kinds import EntryKind
from rapport.domain.stages import Stage

STAGE_COLOURS: dict[Stage, str] = {
    Stage.ATTRACTION: "#56B4E9",
    Stage.COMPATIBILITY: "#009E73",
    Stage.CONFLICT: "#D55E00",
    Stage.COMPROMISE: "#E69F00",
    Stage.DEEPER_UNDERSTANDING: "#0072B2",
}

_WARM = "#CC79A7"
_NEUTRAL = "#999999"
_GOOD = "#009E73"
_BAD = "#D55E00"

KIND_COLOURS: dict[EntryKind, str] = {
    EntryKind.MEETING: "#0072B2",
    EntryKind.CALL: "#0072B2",
    EntryKind.MESSAGE: "#56B4E9",
    EntryKind.VISIT: "#0072B2",
    EntryKind.PURCHASE: _GOOD,
    EntryKind.COMPLAINT: _BAD,
    EntryKind.PRAISE: _WARM,
    EntryKind.FAVOUR_GIVEN: "#E69F00",
    EntryKind.FAVOUR_RECEIVED: "#E69F00",
    EntryKind.COMMITMENT_MADE: "#F0E442",
    EntryKind.COMMITMENT_KEPT: _GOOD,
    EntryKind.COMMITMENT_BROKEN: _BAD,
    EntryKind.NOTE: _NEUTRAL,
}
