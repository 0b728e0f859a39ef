"""Linux's notifications through the notification service: what is sent, what a click opens.

A fake connection stands in for the session bus (it answers as the service does and
hands over the signals a click or a close sends); the real bus and dunst are in
tests/process/test_tray_desktop.py.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections import deque
from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("jeepney")
from jeepney import DBusAddress, HeaderFields, Message, new_error, new_method_return, new_signal

from rapport import APP_ID
from rapport.domain.reminders import Notice
from rapport.ui import desktop_notices
from rapport.ui.desktop_notices import PATH, SERVICE, DesktopNotices
from rapport.ui.tray import Tray

SUMMARY = Notice("Due today", "2 follow-ups")
QUOTE = Notice("Anna's Bakery", "Send the quote & samples <soon>", customer_id=4, entry_id=7)
PRIVATE = Notice("Anna's Bakery", "Private follow-up", customer_id=4, entry_id=8)


class _Handle:
    def __init__(self, filters: list[tuple[Any, deque[Message]]], item: Any) -> None:
        self.filters, self.item = filters, item

    def close(self) -> None:
        self.filters.remove(self.item)


class FakeBus:
    """The service's side of the connection: answers calls, sends the signals it is told to."""

    def __init__(self, capabilities: tuple[str, ...] = ("actions", "body", "body-markup")) -> None:
        self.capabilities = list(capabilities)
        self.calls: list[Message] = []
        self.incoming: deque[Message] = deque()
        self.filters: list[tuple[Any, deque[Message]]] = []
        self.next_id = 41
        self.fail = False
        self.closed = False
        self.pair = socket.socketpair()

    def signal(self, member: str, signature: str, *body: object) -> None:
        """The service sends a signal (it arrives when the connection is read)."""
        address = DBusAddress(PATH, interface=SERVICE)
        self.incoming.append(new_signal(address, member, signature, tuple(body)))

    def _deliver(self, message: Message) -> None:
        for rule, queue in self.filters:
            if rule.matches(message):
                queue.append(message)

    def send_and_get_reply(self, message: Message, *, timeout: float | None = None) -> Message:
        self.calls.append(message)
        while self.incoming:  # read before the reply: jeepney queues them by the filters
            self._deliver(self.incoming.popleft())
        member = message.header.fields[HeaderFields.member]
        if self.fail:
            return new_error(message, "org.freedesktop.DBus.Error.NoReply")
        if member == "GetCapabilities":
            return new_method_return(message, "as", (self.capabilities,))
        self.next_id += 1
        return new_method_return(message, "u", (self.next_id,))

    def recv_messages(self, *, timeout: float | None = None) -> None:
        if not self.incoming:
            raise TimeoutError
        self._deliver(self.incoming.popleft())

    def filter(self, rule: Any, *, queue: deque[Message] | None = None) -> _Handle:
        item = (rule, queue if queue is not None else deque())
        self.filters.append(item)
        return _Handle(self.filters, item)

    def fileno(self) -> int:
        return self.pair[0].fileno()

    def close(self) -> None:
        self.closed = True
        for end in self.pair:
            end.close()


@pytest.fixture
def bus() -> Iterator[FakeBus]:
    fake = FakeBus()
    yield fake
    if not fake.closed:
        fake.close()


def _clicks(notices: DesktopNotices) -> list[Notice]:
    seen: list[Notice] = []
    notices.clicked.connect(seen.append)
    return seen


def test_a_notice_is_sent_with_a_default_action_and_its_body_escaped(
    qapp: Any, bus: FakeBus
) -> None:
    notices = DesktopNotices(bus)
    assert notices.send(QUOTE)
    notify = bus.calls[-1]
    assert notify.header.fields[HeaderFields.member] == "Notify"
    assert notify.header.fields[HeaderFields.signature] == "susssasa{sv}i"
    app, replaces, icon, summary, body, actions, hints, _timeout = notify.body
    assert (app, replaces, icon, summary) == ("Rapport", 0, APP_ID, "Anna's Bakery")
    assert body == "Send the quote &amp; samples &lt;soon&gt;"  # never read as markup
    assert actions == ["default", "Open"]
    assert hints == {"desktop-entry": ("s", APP_ID)}
    notices.close()


def test_a_service_without_markup_gets_the_text_as_it_is(qapp: Any) -> None:
    plain = FakeBus(capabilities=("actions", "body"))
    notices = DesktopNotices(plain)
    notices.send(QUOTE)
    assert plain.calls[-1].body[4] == QUOTE.body
    notices.close()
    assert plain.closed


def test_each_notification_opens_its_own_notice(qapp: Any, bus: FakeBus) -> None:
    notices = DesktopNotices(bus)
    clicked = _clicks(notices)
    for notice in (SUMMARY, QUOTE, PRIVATE):
        notices.send(notice)
    summary_id, quote_id, private_id = 42, 43, 44
    bus.signal("ActionInvoked", "us", quote_id, "default")
    bus.signal("ActionInvoked", "us", summary_id, "default")
    notices.read()
    assert clicked == [QUOTE, SUMMARY]  # not the last one sent, not Today for all
    bus.signal("ActionInvoked", "us", private_id, "default")
    notices.read()
    assert clicked == [QUOTE, SUMMARY, PRIVATE]
    notices.close()


def test_a_click_read_with_a_reply_is_not_lost(qapp: Any, bus: FakeBus) -> None:
    notices = DesktopNotices(bus)
    clicked = _clicks(notices)
    notices.send(QUOTE)
    bus.signal("ActionInvoked", "us", 42, "default")  # arrives while the next is sent
    notices.send(PRIVATE)
    assert clicked == [QUOTE]
    notices.close()


def test_a_closed_notification_or_another_action_opens_nothing(qapp: Any, bus: FakeBus) -> None:
    notices = DesktopNotices(bus)
    clicked = _clicks(notices)
    notices.send(QUOTE)
    notices.send(PRIVATE)
    bus.signal("ActionInvoked", "us", 43, "snooze")
    bus.signal("NotificationClosed", "uu", 42, 2)
    bus.signal("ActionInvoked", "us", 42, "default")
    bus.signal("ActionInvoked", "us", 999, "default")  # another application's
    notices.read()
    assert clicked == []
    assert notices.shown == {43: PRIVATE}
    notices.close()


def test_a_service_that_fails_hands_the_notice_back_to_the_tray(qapp: Any, bus: FakeBus) -> None:
    notices = DesktopNotices(bus)
    bus.fail = True
    assert not notices.send(QUOTE)
    assert notices.shown == {}
    notices.close()


def test_without_a_tray_the_notification_service_still_tells(
    qapp: Any, bus: FakeBus, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Tray, "available", staticmethod(lambda: False))
    tray = Tray(qapp.windowIcon())
    fallbacks: list[Notice] = []
    tray.fallback.connect(fallbacks.append)
    tray.notify(PRIVATE)
    assert fallbacks == [PRIVATE]  # no service: said over the window
    tray.desktop = DesktopNotices(bus, tray)
    tray.notify(QUOTE)
    assert fallbacks == [PRIVATE]
    assert bus.calls[-1].body[3] == "Anna's Bakery"
    tray.desktop.close()
    tray.notify(SUMMARY)  # the bus went away: over the window again
    assert fallbacks == [PRIVATE, SUMMARY]
    tray.deleteLater()


def test_no_session_bus_means_no_desktop_notices(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'none'}")
    assert desktop_notices.open_notices() is None
    monkeypatch.setattr(desktop_notices.sys, "platform", "win32")
    assert desktop_notices.open_notices() is None


def _silent_bus(path: str, stop: threading.Event) -> None:
    """A session bus that lets a client in (SASL) and then never answers a call."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(path)
        server.listen(1)
        server.settimeout(10)
        client, _ = server.accept()
        with client:
            client.settimeout(0.2)
            seen = b""
            while not stop.is_set():
                try:
                    data = client.recv(4096)
                except TimeoutError:
                    continue
                if not data:
                    return
                seen += data
                if b"AUTH" in seen and b"OK" not in seen:
                    client.sendall(b"OK 0123456789abcdef0123456789abcdef\r\n")
                    seen += b"OK"


def test_a_session_bus_that_never_answers_does_not_hang_start_up(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = str(tmp_path / "bus")
    stop = threading.Event()
    bus = threading.Thread(target=_silent_bus, args=(path, stop), daemon=True)
    bus.start()
    while not os.path.exists(path):
        time.sleep(0.01)
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={path}")
    outcome: list[object] = []
    opener = threading.Thread(target=lambda: outcome.append(desktop_notices.open_notices()))
    opener.daemon = True
    opener.start()
    opener.join(30)  # hang guard only: without a time limit it never returns
    stop.set()
    assert outcome == [None]  # gave up, so the tray's own way is used
