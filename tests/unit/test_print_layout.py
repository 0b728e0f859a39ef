"""Page breaking: blocks move whole to the next page; only blocks taller than a page are cut."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from rapport.reports.print_layout import Block, paginate


def lines(height: float, line: float = 10.0):  # type: ignore[no-untyped-def]
    """A BreakFinder for a block of equal lines."""
    return lambda limit: (limit // line) * line


def test_an_empty_flow_is_one_page() -> None:
    assert paginate([], 100) == [[]]


def test_blocks_that_fit_share_a_page() -> None:
    pages = paginate([Block(30), Block(30, space_before=5), Block(30)], 100)
    assert len(pages) == 1
    assert [p.y for p in pages[0]] == [0, 35, 65]


def test_a_block_that_would_straddle_moves_whole_to_the_next_page() -> None:
    blocks = [Block(60), Block(50, breaks=lines(50))]
    pages = paginate(blocks, 100)
    assert len(pages) == 2
    assert pages[1][0].block is blocks[1] and pages[1][0].is_whole and pages[1][0].y == 0


def test_space_before_is_dropped_at_the_top_of_a_page() -> None:
    pages = paginate([Block(90), Block(50, space_before=20)], 100)
    assert pages[1][0].y == 0


def test_a_block_taller_than_a_page_is_cut_between_lines() -> None:
    tall = Block(250, breaks=lines(250, 12))
    pages = paginate([Block(20), tall], 100)
    slices = [p for page in pages for p in page if p.block is tall]
    assert sum(s.height for s in slices) == 250
    assert all(s.top % 12 == 0 for s in slices)
    assert all(p.y + p.height <= 100 for page in pages for p in page)


def test_a_heading_keeps_with_what_follows() -> None:
    heading = Block(20, keep_with_next=True)
    pages = paginate([Block(70), heading, Block(30)], 100)
    assert pages[1][0].block is heading


def test_an_uncuttable_block_taller_than_a_page_is_cut_anyway() -> None:
    pages = paginate([Block(250)], 100)
    assert [sum(p.height for p in page) for page in pages] == [100, 100, 50]


@given(
    st.lists(
        st.tuples(st.floats(1, 400), st.booleans(), st.floats(0, 10), st.booleans()),
        max_size=40,
    )
)
def test_every_slice_is_on_its_page_and_the_flow_keeps_its_order(
    specs: list[tuple[float, bool, float, bool]],
) -> None:
    blocks = [
        Block(h, breaks=lines(h, 7) if cuttable else None, space_before=gap, keep_with_next=keep)
        for h, cuttable, gap, keep in specs
    ]
    pages = paginate(blocks, 100)
    placed = [p for page in pages for p in page]
    assert all(p.y >= 0 and p.y + p.height <= 100 + 1e-6 for p in placed)
    order = [blocks.index(p.block) for p in placed]
    assert order == sorted(order)
    for block in blocks:
        total = sum(p.height for p in placed if p.block is block)
        assert abs(total - block.height) < 1e-6
        if block.height <= 100:  # fits on a page: never cut
            assert sum(p.block is block for p in placed) == 1
