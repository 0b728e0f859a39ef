"""Hand-made chart data for the figure tests: fixed dates, known counts, UTC axes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from rapport.domain.kinds import EntryKind
from rapport.domain.stages import Stage
from rapport.store.charts import (
    BookChartData,
    BookCustomer,
    ChartEntry,
    ChartStageChange,
    CustomerChartData,
    HealthPoint,
    StageMove,
)

NOW = datetime(2026, 6, 30, 12, 0, tzinfo=UTC)
START = datetime(2025, 7, 1, 9, 0, tzinfo=UTC)


def day(n: float) -> datetime:
    """A moment `n` days after START."""
    return START + timedelta(days=n)


def entries(*specs: tuple[float, int | None]) -> tuple[ChartEntry, ...]:
    """Entries from (day, sentiment) pairs, ids from 1, titled "Entry <id>"."""
    return tuple(
        ChartEntry(i, day(d), EntryKind.MEETING, mood, f"Entry {i}")
        for i, (d, mood) in enumerate(specs, start=1)
    )


STORY_STAGES = (
    ChartStageChange(1, Stage.ATTRACTION, day(0), "New customer"),
    ChartStageChange(2, Stage.COMPATIBILITY, day(40), "Trial order"),
    ChartStageChange(3, Stage.CONFLICT, day(150), "Burnt roast delivered"),
    ChartStageChange(4, Stage.COMPROMISE, day(170), "Free replacement"),
    ChartStageChange(5, Stage.DEEPER_UNDERSTANDING, day(250), "Asked us to plan their menu"),
)


def story(
    n_entries: int = 0, stages: tuple[ChartStageChange, ...] = STORY_STAGES
) -> CustomerChartData:
    """A customer through every stage over a year, with health sampled weekly."""
    health = tuple(HealthPoint(day(d), 50 + (d // 7) % 30) for d in range(0, 364, 7))
    health += (HealthPoint(NOW, 72),)
    specs = [((i * 3) % 360 + 0.5, (i % 5) - 2 if i % 4 else None) for i in range(n_entries)]
    return CustomerChartData(
        customer_id=7,
        name="Café Lindeboom",
        created_at=START,
        now=NOW,
        entries=tuple(sorted(entries(*specs), key=lambda e: e.at)),
        stages=stages,
        health=health,
    )


def book() -> BookChartData:
    """Four active customers, contacts in two weeks, a conflict opened and resolved."""
    customers = (
        BookCustomer(
            1, "Ada", Stage.CONFLICT, NOW - timedelta(days=45), Decimal(48000), "EUR", 35, True
        ),
        BookCustomer(
            2, "Bo", Stage.DEEPER_UNDERSTANDING, NOW - timedelta(days=300), Decimal(9000), "EUR", 85
        ),
        BookCustomer(3, "Cy", Stage.ATTRACTION, NOW - timedelta(days=10), None, "EUR", 55),
        BookCustomer(4, "Di", Stage.COMPROMISE, NOW - timedelta(days=90), Decimal(4000), "EUR", 66),
    )
    contacts = tuple(NOW - timedelta(days=d) for d in (1, 2, 3, 15))
    moves = (
        StageMove(NOW - timedelta(days=45), Stage.CONFLICT, Stage.COMPATIBILITY),
        StageMove(NOW - timedelta(days=90), Stage.COMPROMISE, Stage.CONFLICT),
        StageMove(NOW - timedelta(days=10), Stage.ATTRACTION, None),
    )
    return BookChartData(
        now=NOW,
        customers=customers,
        contacts=contacts,
        moves=moves,
        big_deal_from={"EUR": Decimal(20000)},
        strong_from=70,
    )
