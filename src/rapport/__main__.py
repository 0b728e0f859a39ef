"""Entry point of the `rapport` command: a verb runs on the command line, none opens the app."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Run Rapport with the given arguments (default: the process's)."""
    from rapport.cli import run

    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
