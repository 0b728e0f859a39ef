"""The command line: `rapport [--journal PATH]` opens the app; verbs do scriptable work.

Each verb lives in its own module with `register(subparsers)`; the handler it sets
returns the process's exit code. A JournalError becomes a plain message and exit 2;
output cut short by its reader (`rapport today | head`) ends quietly with 141, as the
shell reports it for any program; a write kept waiting by the app says so on stderr.

Exit statuses: 0 done; 1 a problem remains (check), nothing matched (search), the
owner said no (restore) or bad rows stopped an import; 2 an error, said in words;
3 imported, but some rows were skipped (`EXIT_SKIPPED`); 4 the app cannot start (the
desktop lacks libraries Qt needs, `desktop_libs`); 130 interrupted; 141 the
reader of the output went away.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from rapport import __version__
from rapport.cli import unlock
from rapport.locations import PASSPHRASE_ENV

log = logging.getLogger("rapport.cli")

#: `rapport import` imported the good rows and skipped bad ones (listed in its report).
EXIT_SKIPPED = 3

#: Modules under rapport.cli that each add one or more verbs.
VERB_MODULES = (
    "demo",
    "today",
    "search",
    "check",
    "backup",
    "printing",
    "brief",
    "transfer",
    "calendar",
    "mail",
    "team",
)

Handler = Callable[[argparse.Namespace], int]

#: The exit code when the reader of the output went away (as the shell reports a program
#: ended by SIGPIPE: 128 + 13).
CLOSED_PIPE = 141
_WAITING = "Waiting for Rapport to finish writing to the journal (at most {s} seconds)…"
_GAVE_UP = (
    "The journal stayed busy: Rapport (or another program) kept writing to it for more "
    "than {s} seconds, so this command changed nothing."
)
_GAVE_UP_HINT = (
    "Try again when Rapport has finished what it is doing (an import, a backup), "
    "or close Rapport first."
)


def build_parser(verbs: bool = True) -> argparse.ArgumentParser:
    """The argument parser with every verb registered (`verbs=False`: the app's options)."""
    parser = argparse.ArgumentParser(
        prog="rapport",
        description="Rapport — a relationship journal for your customers.",
        epilog=unlock.HELP,
    )
    parser.add_argument("--version", action="version", version=f"Rapport {__version__}")
    parser.add_argument(
        "--journal",
        type=journal_argument,
        metavar="PATH",
        help=(
            "the journal file to use, or a team journal's server as "
            "postgresql://USER@HOST/DATABASE (default: $RAPPORT_JOURNAL, else the data folder's)"
        ),
    )
    parser.add_argument("--verbose", action="store_true", help="log more detail")
    parser.add_argument(
        "--at-login",
        action="store_true",
        help="started by the login's autostart entry (Settings → Start at login)",
    )
    if not verbs:
        parser.set_defaults(verb=None)
        return parser
    found = parser.add_subparsers(dest="verb", metavar="VERB")
    for name in VERB_MODULES:
        importlib.import_module(f"rapport.cli.{name}").register(found)
    return parser


def journal_argument(text: str) -> Path | str:
    """A journal file's path, or a server's URL kept as written (a Path would mangle `//`)."""
    if "://" in text and text.split(":", 1)[0].split("+", 1)[0].lower() in (
        "postgresql",
        "postgres",
    ):
        return text
    return Path(text)


def only_app_options(argv: list[str]) -> bool:
    """Whether the arguments only say how to open the app (no verb, no --help).

    The app then starts without loading the verbs' modules, which it never uses.
    """
    rest = list(argv)
    while rest:
        given = rest.pop(0)
        if given == "--journal" and rest:
            rest.pop(0)
        elif not (given.startswith("--journal=") or given in _APP_FLAGS):
            return False
    return True


#: The options that only start the app (see `build_parser`).
_APP_FLAGS = ("--verbose", "--at-login")


def run(argv: list[str]) -> int:
    """Parse the arguments and run the verb, or open the app when there is none."""
    parser = build_parser(verbs=not only_app_options(argv))
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        from rapport import desktop_libs

        problem = desktop_libs.check_desktop()
        if problem is not None:  # before Qt, whose own abort message helps nobody
            fail(*problem)
            return desktop_libs.EXIT_MISSING_LIBRARIES
        load_the_app(args.journal)
        from rapport.app import run_app

        return run_app(args.journal, verbose=args.verbose, at_login=args.at_login)
    from rapport.domain.customers import ValidationError
    from rapport.logs import keep_private
    from rapport.store import cipher, engine
    from rapport.store.errors import JournalError, JournalWriteBusyError

    keep_private()  # --verbose shows details, never the owner's text
    waiting = _WaitingNotice()
    engine.on_lock_wait = waiting
    cipher.on_passphrase_needed = unlock.TerminalUnlock()
    if args.verbose:
        logging.basicConfig(level=logging.DEBUG)
    else:  # plain words on stderr, never a traceback; --verbose shows the details
        logging.getLogger("rapport").addHandler(logging.NullHandler())
    try:
        code = handler(args)
        if sys.stdout is not None:
            sys.stdout.flush()  # a reader that went away shows here, not at exit
        return code
    except BrokenPipeError:  # `rapport today | head`: the reader has all it wanted
        _stdout_to_nowhere()
        return CLOSED_PIPE
    except JournalWriteBusyError as exc:
        if waiting.said:  # it said it waits: now it says that it gave up, and why
            fail(_GAVE_UP.format(s=_wait_bound_s()), _GAVE_UP_HINT)
        else:
            fail(exc.message, exc.hint)
        return 2
    except cipher.WrongRecoveryKeyError as exc:
        fail(exc.message, exc.hint)
        return 2
    except cipher.PassphraseNeededError as exc:
        fail(exc.message, unlock.HINT)
        return 2
    except JournalError as exc:
        fail(exc.message, exc.hint)
        return 2
    except ValidationError as exc:
        fail(exc.message)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception:
        log.exception("unexpected error in `rapport %s`", args.verb)
        fail(
            "Something unexpected went wrong; nothing was changed by the failed step.",
            "Run again with --verbose for details, and send them to support.",
        )
        return 1
    finally:
        engine.on_lock_wait = None
        cipher.on_passphrase_needed = None


def load_the_app(journal: Path | str | None) -> None:
    """What the launch does before the app starts: its modules loaded, work begun ahead.

    The passphrase's scrypt (RAPPORT_PASSPHRASE) and the journal's start-up check
    (`check_ahead`) run on threads while the modules load, with the collector paused.
    """
    # Rapport uses no pydantic plugin: without this, SQLModel's first table made
    # pydantic read the entry points of every installed package, looking for one.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    with collector_paused():
        # A passphrase given at launch: its scrypt runs on a thread meanwhile; so does
        # the start-up check of a journal named at launch (`check_ahead`).
        ahead = derive_ahead(journal)
        named = check_ahead_of(journal)
        # The store (SQLAlchemy, SQLModel) before any Qt module: once PySide6 is loaded
        # its import hook slows every later import, which cost about 90 ms at start.
        import rapport.store

        if not ahead:  # the default or last journal: where it is, Qt's settings say
            derive_ahead(journal, remembered=True)
        if not named:
            check_ahead_of(journal, remembered=True)
        import rapport.app  # noqa: F401


@contextmanager
def collector_paused() -> Iterator[None]:
    """The app's start-up imports without the cyclic collector; what they made is frozen after.

    The modules' objects live to the end and the imports leave little garbage, yet the
    230 collections their allocations set off walked them again and again: a tenth of
    the imports' time. Frozen afterwards, the first screen's collections skip them too.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was:
            gc.enable()


def derive_ahead(journal: Path | str | None, remembered: bool = False) -> bool:
    """Start deriving the launch passphrase's key (RAPPORT_PASSPHRASE) for the journal to open.

    Named (`--journal`, RAPPORT_JOURNAL) it is known at once; else (`remembered`) it is the
    journal open last or the default one, which Qt's settings say (so: after the store's
    imports). Only a head start: the journal is opened as always, and a wrong guess
    costs a derivation nobody takes. True when one was started.
    """
    from rapport import unlock_ahead

    passphrase = os.environ.get(PASSPHRASE_ENV, "")
    path = _launch_journal(journal, remembered) if passphrase else None
    return path is not None and unlock_ahead.start(path, passphrase) is not None


def check_ahead_of(journal: Path | str | None, remembered: bool = False) -> bool:
    """Begin the start-up check of the journal to open on a thread (`rapport.check_ahead`).

    Which journal, as for `derive_ahead`. Only a head start: the open takes its verdict
    when it holds for the file as it is then, else checks as always. True when begun.
    """
    from rapport import check_ahead

    path = _launch_journal(journal, remembered)
    return path is not None and check_ahead.start(path) is not None


def _launch_journal(journal: Path | str | None, remembered: bool) -> Path | None:
    """The journal file the app will open: named at launch, else (`remembered`) the last one.

    None for a server's journal, and for the last one before Qt's settings can be read.
    """
    from rapport.locations import JOURNAL_ENV

    named = journal if journal is not None else os.environ.get(JOURNAL_ENV, "").strip()
    if isinstance(named, str) and "://" in named:
        return None
    if named:
        path = Path(named)
    elif remembered:
        from rapport.locations import default_journal, settings

        last = settings().value("journal/last")
        path = Path(last) if isinstance(last, str) and last else default_journal()
        if not path.is_file():  # gone, or a team journal's server
            path = default_journal()
    else:
        return None
    return path.expanduser().absolute()


def _wait_bound_s() -> int:
    """How long a write waits, once it said so, for another program's write lock (seconds)."""
    from rapport.store.engine import BUSY_TIMEOUT_MS

    return round(BUSY_TIMEOUT_MS / 1000)


class _WaitingNotice:
    """Says once per command why it seems to hang: the app is writing (the wait is bounded)."""

    def __init__(self) -> None:
        self.said = False

    def __call__(self) -> None:
        if not self.said and sys.stderr is not None:
            self.said = True
            sys.stderr.write(f"rapport: {_WAITING.format(s=_wait_bound_s())}\n")
            sys.stderr.flush()


def _stdout_to_nowhere() -> None:
    """Point standard output at the null device, so the exit's flush stays quiet too."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, sys.stdout.fileno())
        finally:
            os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no real file behind stdout
        pass


def fail(message: str, hint: str = "") -> None:
    """Tell the user on standard error what went wrong and what to do."""
    if sys.stderr is None:  # a windowed program on Windows has no console
        return
    sys.stderr.write(f"rapport: {message}\n")
    if hint:
        sys.stderr.write(f"  {hint}\n")


def out(text: str = "") -> None:
    """Write a line of output for the user (nowhere when there is no console)."""
    if sys.stdout is not None:
        sys.stdout.write(text + "\n")


def existing_journal(args: argparse.Namespace) -> Path | None:
    """The journal to work on, or None (after saying so) when there is no such file.

    Verbs that read a journal must not create an empty one by opening a mistyped path.
    """
    path = journal_arg(args)
    if path.exists():
        return path
    fail(f"There is no journal at “{path}”.", "Check the path given with --journal.")
    return None


def journal_arg(args: argparse.Namespace) -> Path:
    """The journal named on the command line, else the default one."""
    from rapport.locations import default_journal

    return Path(args.journal) if args.journal else default_journal()
