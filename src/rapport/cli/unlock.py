"""Opening an encrypted journal on the command line: its passphrase, or its recovery key.

Scripts give the passphrase in RAPPORT_PASSPHRASE, or the recovery key in
RAPPORT_RECOVERY_KEY (both named in `rapport --help`); a wrong one ends the command
with a message, nothing is asked. At a terminal the passphrase is asked; pressing Enter
there instead asks for the recovery key. A wrong passphrase or key says so and asks
again (three tries in all). A recovery key opens the journal for this command only: the
passphrase is set anew in the app (Settings → Journal), which is said once.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from rapport.locations import PASSPHRASE_ENV, RECOVERY_KEY_ENV

if TYPE_CHECKING:  # the store loads when a command opens a journal (`--help` needs none)
    from rapport.store.cipher import Secret

#: What `rapport --help` says about opening an encrypted journal.
HELP = (
    f"A journal protected with a passphrase asks for it on the terminal (press Enter there "
    f"to type its recovery key instead); scripts can give the passphrase in the environment "
    f"variable {PASSPHRASE_ENV}, or the recovery key in {RECOVERY_KEY_ENV}."
)
#: The hint under "the journal is protected" when nothing opened it.
HINT = f"Type it when asked, or give it in the variable {PASSPHRASE_ENV} (or {RECOVERY_KEY_ENV})."

#: The tries `cipher.needs_key` allows (0, 1, 2): a wrong key at the last one ends the command.
LAST_TRY = 2


class TerminalUnlock:
    """Asked for what opens an encrypted file (`cipher.on_passphrase_needed`), once per command."""

    def __init__(self) -> None:
        self.wrong = ""  # what to say before asking again

    def __call__(self, path: Path, attempt: int) -> Secret | None:
        """The passphrase, or the data key a recovery key unwrapped; None: nothing more to try."""
        scripted = [
            (kind, os.environ.get(name, ""))
            for kind, name in (("passphrase", PASSPHRASE_ENV), ("recovery", RECOVERY_KEY_ENV))
        ]
        given = [(kind, text) for kind, text in scripted if text]
        if given:  # a script: what it gave, in order, and nothing asked
            if attempt >= len(given):
                return None
            kind, text = given[attempt]
            return text if kind == "passphrase" else self._recovered(path, text, attempt=2)
        if sys.stdin is None or not sys.stdin.isatty():
            return None  # nobody is there to ask
        if attempt and self.wrong:
            sys.stderr.write(self.wrong + "\n")
        typed = getpass.getpass(
            f"Passphrase for {path.name} (or press Enter to use the recovery key): "
        )
        if typed:
            self.wrong = "That passphrase does not open it. Try again."
            return typed
        from rapport.store import keys

        if not keys.has_recovery(path):
            sys.stderr.write(f"“{path.name}” has no recovery key: only its passphrase opens it.\n")
            return None
        text = getpass.getpass(f"Recovery key for {path.name}: ")
        return self._recovered(path, text, attempt) if text.strip() else None

    def _recovered(self, path: Path, text: str, attempt: int) -> Secret | None:
        """The data key text unwraps as a recovery key; a wrong one said, raised at the last try."""
        from rapport.store import cipher

        try:
            data_key = cipher.unlock_with_recovery(path, text)
        except cipher.WrongRecoveryKeyError as exc:
            if attempt >= LAST_TRY:  # a script's, or the terminal's third: the command ends
                raise
            self.wrong = f"{exc.message} {exc.hint}"
            return ""  # not None: the terminal is asked again
        sys.stderr.write(
            "Opened with the recovery key. Set a new passphrase in Rapport "
            "(Settings → Journal) if the old one is forgotten.\n"
        )
        return data_key
