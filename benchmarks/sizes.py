"""The journal sizes `make bench --size` runs on (each generated once, cached under `.bench/`).

100k is the default and what the targets are set for; 1m is the scaling check of
issue 14 (its generation takes a while the first time).
"""

from __future__ import annotations

from benchmarks.generate import Spec

SIZES = {
    "100k": Spec(),
    "300k": Spec(customers=6_000, entries=300_000),
    "1m": Spec(customers=20_000, entries=1_000_000),
}
