"""`rapport demo --journal PATH`: write a believable demo journal to a new file."""

from __future__ import annotations

import argparse
from typing import Any

from rapport.cli import fail, out


def register(verbs: Any) -> None:
    """Add the `demo` verb."""
    parser = verbs.add_parser("demo", help="write a demo journal to a new file")
    parser.add_argument("--journal", dest="demo_journal", metavar="PATH", required=False)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Generate the demo journal; refuse to touch an existing file."""
    from pathlib import Path

    from rapport.demo import DemoExistsError, write_demo

    target = args.demo_journal or args.journal
    if not target:
        fail(
            "Say where to write the demo journal.",
            "For example: rapport demo --journal demo.rapport",
        )
        return 2
    try:
        count = write_demo(Path(target))
    except DemoExistsError as exc:
        fail(str(exc), "Choose a new file name; Rapport never overwrites a journal with a demo.")
        return 2
    out(f"Wrote a demo journal with {count} customers to {target}.")
    return 0
