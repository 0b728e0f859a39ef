"""Fixtures for tests that run the real app or a writer in a subprocess and kill it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from children import Child


@pytest.fixture
def children() -> Iterator[list[Child]]:
    """Started children, killed at the end of the test whatever happened."""
    started: list[Child] = []
    yield started
    for child in started:
        if child.proc.poll() is None:
            child.proc.kill()
            child.proc.wait(10)
        child._reader.join(5)
        child.close()
