"""Page breaking for the printed timeline: a flow of blocks cut into pages.

Qt can paginate one big QTextDocument, but it breaks wherever a page ends — an entry's
date on one page and its text on the next. Here the report is a flow of blocks (the
header, the chart, a stage heading, one entry...), each knowing its height and where
it may be cut. A block that does not fit in what is left of a page moves whole to the
next page; only a block taller than a page is cut, and then between lines. A heading
never ends a page: it keeps with the start of what follows.

Plain arithmetic, no Qt: heights are in whatever unit the caller lays out in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

#: Where a block may be cut: the largest cut at or above `limit` (block coordinates,
#: > 0), or 0 when it may not be cut there at all.
BreakFinder = Callable[[float], float]

#: A block taller than a page starts on a fresh page when less than this share is left.
MIN_SHARE_TO_START_SPLIT = 0.25


@dataclass(eq=False)
class Block:
    """One unit of the flow. `payload` is whatever the painter needs to draw it."""

    height: float
    payload: object = None
    breaks: BreakFinder | None = None
    space_before: float = 0.0
    keep_with_next: bool = False

    def cut_at(self, limit: float) -> float:
        """The deepest allowed cut at or above `limit` (0: none)."""
        if limit >= self.height:
            return self.height
        if self.breaks is None:
            return 0.0
        cut = self.breaks(limit)
        return cut if 0 < cut <= limit else 0.0


@dataclass(frozen=True)
class Placement:
    """A slice of a block placed on a page: rows [top, top + height) of the block at y."""

    block: Block
    y: float
    top: float
    height: float

    @property
    def is_whole(self) -> bool:
        """Whether the whole block is on this page."""
        return self.top == 0 and self.height >= self.block.height

    @property
    def is_first_slice(self) -> bool:
        """Whether this slice holds the block's start."""
        return self.top == 0


def paginate(blocks: Sequence[Block], page_height: float) -> list[list[Placement]]:
    """Cut the flow into pages of `page_height`; there is always at least one page."""
    if page_height <= 0:
        raise ValueError("page_height must be positive")
    pages: list[list[Placement]] = [[]]
    y = 0.0

    def room() -> float:
        return page_height - y

    def new_page() -> None:
        nonlocal y
        pages.append([])
        y = 0.0

    for index, block in enumerate(blocks):
        gap = block.space_before if y > 0 else 0.0
        need = block.height + _kept_with(blocks, index, page_height)
        if gap + need <= room():
            pages[-1].append(Placement(block, y + gap, 0.0, block.height))
            y += gap + block.height
            continue
        if block.height <= page_height and y > 0:
            new_page()
            pages[-1].append(Placement(block, 0.0, 0.0, block.height))
            y = block.height
            continue
        if y > 0 and (room() - gap) < MIN_SHARE_TO_START_SPLIT * page_height:
            new_page()
            gap = 0.0
        y += gap
        top = 0.0
        while True:
            left = block.height - top
            if left <= room():
                pages[-1].append(Placement(block, y, top, left))
                y += left
                break
            cut = block.cut_at(top + room())
            if cut <= top:
                if y == 0:  # a single line taller than a page: cut through it
                    cut = top + room()
                else:
                    new_page()
                    continue
            pages[-1].append(Placement(block, y, top, cut - top))
            top = cut
            new_page()
    return pages


def _kept_with(blocks: Sequence[Block], index: int, page_height: float) -> float:
    """Room a keep-with-next block also needs: the start of the block after it."""
    block = blocks[index]
    if not block.keep_with_next or index + 1 >= len(blocks):
        return 0.0
    following = blocks[index + 1]
    start = following.height
    if start > page_height / 3:  # a long block: its first lines are enough
        start = following.cut_at(page_height / 6) or min(start, page_height / 6)
    return following.space_before + start
