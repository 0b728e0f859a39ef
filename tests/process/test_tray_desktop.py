"""Issue 19 on a real desktop: the tray, notifications and Quit, through a real D-Bus.

A virtual X server (Xvfb), a private D-Bus session bus, a real notification daemon
(dunst), a real StatusNotifierWatcher and tray host (the Debian packages of
status-notifier-item and gtk-sni-tray), and `dbus-monitor` recording what goes over
the bus. The real `rapport --at-login` is started in a process of its own, twice:

1. The day's summary time has passed and was told already: the two follow-ups due
   today are told on their own at start — the private one as "Private follow-up",
   its title and text nowhere on the bus. Clicking each (its "default" action, invoked
   by dunst as a click would) opens the customer at that notification's own entry.
   Quit, chosen in the tray's menu through the menu's own D-Bus interface, ends the
   process and releases the journal. On a desktop with no tray, the notifications
   still come, as real ones (not a message over the window), and a click still opens
   the customer at the entry.
2. The summary time is a few seconds after the start (the child's time zone is chosen
   so that a whole minute falls then): nothing is said at start, the summary comes
   when it falls due, while Rapport waits in the tray.
"""

from __future__ import annotations

import math
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from children import Child, child_env

from rapport import desktop_libs
from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.store import Journal
from realtools import require_packages, require_tool

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and D-Bus")
SRC = Path(__file__).resolve().parents[2] / "src"
SECRET = "Merger pricing SECRET"
#: Seconds from the second start to the summary time: more than a start takes.
LEAD_S = 9


@dataclass
class Desktop:
    """The running X server, session bus, daemons and the monitor's log."""

    env: dict[str, str]
    monitor_log: Path
    procs: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def start(self, args: list[str], **kwargs: object) -> subprocess.Popen[bytes]:
        """A helper program on this desktop, stopped with the desktop."""
        proc = subprocess.Popen(args, env=self.env, **kwargs)  # type: ignore[call-overload]
        self.procs.append(proc)
        return proc

    def send(self, *args: str) -> str:
        """`dbus-send --print-reply` on the private bus; its output."""
        done = subprocess.run(
            ["dbus-send", "--session", "--print-reply", *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=10,
        )
        return done.stdout

    def owned(self, name: str) -> bool:
        """Whether a service name has an owner on the bus."""
        reply = self.send(
            "--dest=org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus.NameHasOwner",
            f"string:{name}",
        )
        return "boolean true" in reply

    def watcher_property(self, name: str) -> str:
        """A property of the StatusNotifierWatcher, as dbus-send prints it."""
        return self.send(
            "--dest=org.kde.StatusNotifierWatcher",
            "/StatusNotifierWatcher",
            "org.freedesktop.DBus.Properties.Get",
            "string:org.kde.StatusNotifierWatcher",
            f"string:{name}",
        )

    def notifications(self) -> list[Notify]:
        """Every Notify call the daemon received, in order."""
        text = self.monitor_log.read_text(errors="replace")
        found = []
        for block in re.split(r"\n(?=\S)", text):
            if "member=Notify" not in block.partition("\n")[0]:
                continue
            at = float(re.search(r"time=([\d.]+)", block).group(1))  # type: ignore[union-attr]
            strings = re.findall(r'^\s*string "(.*)"$', block, re.MULTILINE)
            found.append(Notify(at, strings[2], strings[3], tuple(strings)))
        return found


@dataclass(frozen=True)
class Notify:
    """One notification as the daemon received it."""

    at: float  # seconds since the epoch
    summary: str
    body: str
    strings: tuple[str, ...]


def wait_until(check: Callable[[], object], timeout: float, what: str) -> None:
    """Poll until `check()` is true; fail naming `what` after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def _tools() -> None:
    """Install what is missing (Debian packages; skipped elsewhere with the command)."""
    require_tool("Xvfb", "xvfb")
    require_tool("dbus-daemon", "dbus-daemon")
    require_tool("dbus-monitor", "dbus-bin")
    require_tool("dbus-send", "dbus-bin")
    require_tool("dunst", "dunst")
    require_tool("dunstctl", "dunst")
    require_tool("status-notifier-watcher", "haskell-status-notifier-item-utils")
    require_tool("gtk-sni-tray-standalone", "haskell-gtk-sni-tray-utils")
    missing = desktop_libs.missing_libraries(desktop_libs.load_library)
    packages = dict.fromkeys(desktop_libs.XCB_LIBRARIES[name][0] for name in missing)
    require_packages("Qt's X11 libraries", list(packages))


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[Desktop]:
    """X server, session bus, notification daemon and tray, all private to the test."""
    yield from _desktop(tmp_path, tray=True)


@pytest.fixture
def trayless_desktop(tmp_path: Path) -> Iterator[Desktop]:
    """The same desktop with no tray: a notification daemon only."""
    yield from _desktop(tmp_path, tray=False)


def _desktop(tmp_path: Path, tray: bool) -> Iterator[Desktop]:
    _tools()
    env = child_env(tmp_path / "home")
    env.update(QT_QPA_PLATFORM="xcb", NO_AT_BRIDGE="1", PYTHONPATH=str(SRC))
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    shown = Desktop(env, tmp_path / "monitor.log")
    try:
        read, write = os.pipe()
        shown.start(
            ["Xvfb", "-displayfd", str(write), "-nolisten", "tcp", "-screen", "0", "1024x768x24"],
            pass_fds=(write,),
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as display:
            env["DISPLAY"] = ":" + display.readline().strip()
        bus = shown.start(
            ["dbus-daemon", "--session", "--nofork", "--print-address"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        assert bus.stdout is not None
        env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().decode().strip()
        quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
        with shown.monitor_log.open("w") as log:
            shown.start(
                [
                    "dbus-monitor",
                    "--session",
                    "type='method_call',interface='org.freedesktop.Notifications'",
                    "type='method_call',interface='org.kde.StatusNotifierWatcher'",
                ],
                stdout=log,
                stderr=subprocess.DEVNULL,
            )
        shown.start(["dunst"], **quiet)
        if tray:
            shown.start(["status-notifier-watcher"], **quiet)
            wait_until(lambda: shown.owned("org.kde.StatusNotifierWatcher"), 10, "the watcher")
            shown.start(["gtk-sni-tray-standalone"], **quiet)
        wait_until(lambda: shown.owned("org.freedesktop.Notifications"), 10, "dunst")
        if tray:
            wait_until(
                lambda: "boolean true" in shown.watcher_property("IsStatusNotifierHostRegistered"),
                10,
                "the tray host",
            )
        yield shown
    finally:
        for proc in reversed(shown.procs):
            proc.terminate()
        for proc in shown.procs:
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)
            if proc.stdout is not None:
                proc.stdout.close()


def _journal(path: Path) -> set[tuple[int, int]]:
    """A customer with two follow-ups due (one private), as of two days ago: (customer, entry)."""
    journal = Journal.open(path)
    now = datetime.now(UTC)
    due = (now - timedelta(days=2)).date()  # due whatever the child's time zone
    cid = journal.customers.create(CustomerDraft(name="Anna's Bakery"), since=now - timedelta(60))
    public = journal.entries.add(
        EntryDraft(
            customer_id=cid,
            occurred_at=now - timedelta(days=3),
            title="Send the quote & samples <soon>",
            follow_up_on=due,
        )
    )
    private = journal.entries.add(
        EntryDraft(
            customer_id=cid,
            occurred_at=now - timedelta(days=3),
            title=SECRET,
            body=f"{SECRET}: the numbers",
            private=True,
            follow_up_on=due,
        )
    )
    journal.close()
    return {(cid, public), (cid, private)}


def _opened(home: Path) -> list[tuple[int, int]]:
    """The customers opened at an entry, as the app's log says (ids only, no owner text)."""
    logs = list(home.rglob("rapport.log"))
    text = "".join(path.read_text(errors="replace") for path in logs)
    found = re.findall(r"opened customer #(\d+) at entry #(\d+)", text)
    return [(int(customer), int(entry)) for customer, entry in found]


def _settings(home: Path, values: dict[str, object]) -> None:
    """Write into the settings file the child reads (Qt's own INI writer)."""
    from PySide6.QtCore import QSettings

    store = QSettings(str(home / "config" / "Rapport" / "Rapport.conf"), QSettings.Format.IniFormat)
    for key, value in values.items():
        store.setValue(key, value)
    store.sync()


def _quit_from_the_tray(desktop: Desktop) -> None:
    """Choose Quit in Rapport's tray menu, through the menu's D-Bus interface."""
    items = desktop.watcher_property("RegisteredStatusNotifierItems")
    (item,) = re.findall(r'string "([^"]+)"', items)
    service, _, path = item.partition("/")
    path = "/" + path if path else "/StatusNotifierItem"
    menu_reply = desktop.send(
        f"--dest={service}",
        path,
        "org.freedesktop.DBus.Properties.Get",
        "string:org.kde.StatusNotifierItem",
        "string:Menu",
    )
    menu = re.search(r'object path "([^"]+)"', menu_reply).group(1)  # type: ignore[union-attr]
    layout = desktop.send(
        f"--dest={service}",
        menu,
        "com.canonical.dbusmenu.GetLayout",
        "int32:0",
        "int32:-1",
        "array:string:label",
    )
    quit_id = item_id = None  # the item labelled Quit: the last item id before the label
    for line in layout.splitlines():
        number = re.fullmatch(r"\s*int32 (\d+)", line)
        if number:
            item_id = number.group(1)
        elif "Quit" in line:
            quit_id = item_id
            break
    assert quit_id is not None, layout
    desktop.send(
        f"--dest={service}",
        menu,
        "com.canonical.dbusmenu.Event",
        f"int32:{quit_id}",
        "string:clicked",
        "variant:int32:0",
        "uint32:0",
    )


def test_notifications_reach_the_desktop_and_quit_in_the_tray_quits(
    desktop: Desktop, tmp_path: Path, children: list[Child]
) -> None:
    home = Path(desktop.env["HOME"])
    journal = tmp_path / "shop.rapport"
    follow_ups = _journal(journal)
    _settings(
        home,
        {
            "reminders/keepInTray": True,
            "reminders/trayAsked": True,
            "reminders/summaryAt": 0,  # 00:00: today's has passed…
            "reminders/state/lastRun": datetime.now(UTC).isoformat(),  # …and was told
        },
    )
    app = Child(["-m", "rapport", "--journal", str(journal), "--at-login"], desktop.env)
    children.append(app)
    wait_until(lambda: len(desktop.notifications()) >= 2, 20, "two follow-up notifications")
    told = desktop.notifications()
    assert {(n.summary, n.body) for n in told} == {
        ("Anna's Bakery", "Send the quote &amp; samples &lt;soon&gt;"),  # never taken for markup
        ("Anna's Bakery", "Private follow-up"),
    }
    assert not [s for n in told for s in n.strings if "SECRET" in s]
    assert "RegisterStatusNotifierItem" in desktop.monitor_log.read_text()  # a real tray icon
    assert all(n.strings[4:6] == ("default", "Open") for n in told), told  # a click is heard

    # A click on each notification (dunst invokes the top one's default action; closing
    # it brings the next to the top): each opens the customer at its own entry, not Today.
    _click_each(desktop, home, len(told))
    assert sorted(_opened(home)) == sorted(follow_ups)

    _quit_from_the_tray(desktop)
    assert app.finish(15) == 0, app.errors.read_text()[-2000:]
    again = Journal.open(journal)  # released: nobody holds it
    again.close()

    # The second start: the summary falls due LEAD_S seconds from now, in the child's zone.
    due = math.ceil(time.time() + LEAD_S)
    shift = (-due) % 60  # the child's clock is UTC+1h+shift s: `due` is a whole minute there
    minute = (due + 3600 + shift) // 60 % (24 * 60)
    _settings(home, {"reminders/summaryAt": minute})
    env = {**desktop.env, "TZ": f"RPT-01:00:{shift:02d}"}
    second = Child(["-m", "rapport", "--journal", str(journal), "--at-login"], env)
    children.append(second)
    wait_until(lambda: len(desktop.notifications()) > len(told), LEAD_S + 15, "the summary")
    summary = desktop.notifications()[len(told) :]
    assert [(n.summary, n.body) for n in summary] == [("Due today", "2 follow-ups")]
    assert summary[0].at >= due - 0.5, "the summary came when it fell due, not at the start"
    _quit_from_the_tray(desktop)
    assert second.finish(15) == 0, second.errors.read_text()[-2000:]
    assert app.errors.read_text() == second.errors.read_text() == ""  # no warning, no traceback


def _click_each(desktop: Desktop, home: Path, count: int) -> None:
    """Click the notifications one by one: dunst invokes the top one's default action."""
    for clicks in range(1, count + 1):
        subprocess.run(["dunstctl", "action", "0"], env=desktop.env, check=True, timeout=10)
        wait_until(lambda n=clicks: len(_opened(home)) >= n, 15, f"click {clicks} to open")
        subprocess.run(["dunstctl", "close"], env=desktop.env, check=True, timeout=10)


def test_without_a_tray_real_notifications_are_told_at_start_and_open_their_entry(
    trayless_desktop: Desktop, tmp_path: Path, children: list[Child]
) -> None:
    desktop = trayless_desktop
    home = Path(desktop.env["HOME"])
    journal = tmp_path / "shop.rapport"
    follow_ups = _journal(journal)
    _settings(
        home,
        {
            "reminders/keepInTray": True,
            "reminders/trayAsked": True,
            "reminders/summaryAt": 0,
            "reminders/state/lastRun": datetime.now(UTC).isoformat(),
        },
    )
    app = Child(["-m", "rapport", "--journal", str(journal), "--at-login"], desktop.env)
    children.append(app)
    wait_until(lambda: len(desktop.notifications()) >= 2, 20, "two follow-up notifications")
    told = desktop.notifications()
    assert {n.summary for n in told} == {"Anna's Bakery"}
    assert not [s for n in told for s in n.strings if "SECRET" in s]
    assert "RegisterStatusNotifierItem" not in desktop.monitor_log.read_text()  # no tray here
    _click_each(desktop, home, len(told))
    assert sorted(_opened(home)) == sorted(follow_ups)
    assert app.proc.poll() is None, app.errors.read_text()[-2000:]
    assert app.errors.read_text() == ""  # no warning, no traceback
