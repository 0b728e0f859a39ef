"""Desktop notifications on Linux, spoken to the notification service directly.

Qt's tray sends its notifications over D-Bus with no "default" action, so clicking one
never reaches Rapport. Here each notice goes to `org.freedesktop.Notifications` through
`jeepney` (pure-Python D-Bus; PySide6's QtDBus cannot marshal the call's uint32) with a
"default" action; the id the service answers is remembered with its notice, and the
service's `ActionInvoked` signal for that id hands the notice back (`clicked`): each
notification opens what it is about, however many are shown. No tray is needed, so a
desktop without one still gets real notifications.

All on the UI thread: one connection (the service sends its signals to the caller's own
connection), read when its socket is readable (`QSocketNotifier`). `open_notices`
returns None off Linux, without jeepney, or without the service: the caller then uses
Qt's tray (Windows, macOS) or a message over the window.
"""

from __future__ import annotations

import html
import logging
import sys
import threading
from collections import deque
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, QSocketNotifier, Signal

from rapport import APP_ID, APP_NAME
from rapport.domain.reminders import Notice
from rapport.i18n import Words

if TYPE_CHECKING:
    from jeepney import Message

log = logging.getLogger("rapport.ui")
NoticeText = Words("NoticeText")

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
#: How long a call to the service may take before the notice is shown another way.
CALL_TIMEOUT_S = 2.0


class Connection(Protocol):
    """What is used of jeepney's blocking `DBusConnection` (a fake in unit tests)."""

    def send_and_get_reply(self, message: Message, *, timeout: float | None = None) -> Message:
        """Call a method and wait for its reply."""

    def recv_messages(self, *, timeout: float | None = None) -> None:
        """Read one message (TimeoutError when none), queued by the filters that match it."""

    def filter(self, rule: Any, *, queue: deque[Message] | None = None) -> Any:
        """Queue the incoming messages matching `rule`."""

    def fileno(self) -> int:
        """The socket's descriptor, watched for incoming signals."""

    def close(self) -> None:
        """Close the connection."""


class DesktopNotices(QObject):
    """Notices shown by the desktop's notification service; a click hands its notice back."""

    clicked = Signal(object)  # the Notice whose notification was clicked

    def __init__(self, connection: Connection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from jeepney import DBusAddress, MatchRule

        self._conn: Connection | None = connection
        self._address = DBusAddress(PATH, bus_name=SERVICE, interface=SERVICE)
        self._signals: deque[Message] = deque()
        self._filter = connection.filter(
            MatchRule(type="signal", interface=SERVICE, path=PATH), queue=self._signals
        )
        self.shown: dict[int, Notice] = {}  # the service's id → the notice it shows
        self.markup = "body-markup" in self._call("GetCapabilities")[0]
        self._reader = QSocketNotifier(connection.fileno(), QSocketNotifier.Type.Read, self)
        self._reader.activated.connect(self.read)

    def _call(self, method: str, signature: str | None = None, body: tuple[Any, ...] = ()) -> Any:
        from jeepney import new_method_call
        from jeepney.wrappers import unwrap_msg

        if self._conn is None:
            raise ConnectionError("the notification service's connection is closed")
        message = new_method_call(self._address, method, signature, body)
        reply = unwrap_msg(self._conn.send_and_get_reply(message, timeout=CALL_TIMEOUT_S))
        self.read()  # signals read with the reply wait in the queue: the socket is drained
        return reply

    def send(self, notice: Notice) -> bool:
        """Show a notice; False when the service did not take it (shown another way then)."""
        body = html.escape(notice.body, quote=False) if self.markup else notice.body
        args = (
            APP_NAME,
            0,  # replaces no earlier notification
            APP_ID,  # the icon's name, as the installed desktop entry names it
            notice.title,
            body,
            ["default", NoticeText.tr("Open")],
            {"desktop-entry": ("s", APP_ID)},
            -1,  # the service's own time-out
        )
        try:
            (notification_id,) = self._call("Notify", "susssasa{sv}i", args)
        except Exception as error:  # a notice must never stop the app
            log.warning("the notification service did not take a notice: %s", type(error).__name__)
            return False
        self.shown[int(notification_id)] = notice
        return True

    def read(self) -> None:
        """Handle what the service said: a click hands its notice back; a close forgets it."""
        conn = self._conn
        while conn is not None:
            try:
                conn.recv_messages(timeout=0)
            except TimeoutError:
                break
            except OSError:  # the bus went away: nothing more will come
                log.warning("the session bus closed; notifications go through the tray now")
                self.close()
                break
        while self._signals:
            self._handle(self._signals.popleft())

    def _handle(self, message: Message) -> None:
        from jeepney import HeaderFields

        member = message.header.fields.get(HeaderFields.member)
        if member == "ActionInvoked":
            notification_id, action = message.body
            notice = self.shown.get(int(notification_id))  # forgotten once closed
            if notice is not None and action == "default":
                self.clicked.emit(notice)
        elif member == "NotificationClosed":
            self.shown.pop(int(message.body[0]), None)

    @property
    def open(self) -> bool:
        """Whether notices can still be sent this way."""
        return self._conn is not None

    def close(self) -> None:
        """Stop listening and close the connection (the tray is taken away)."""
        conn, self._conn = self._conn, None
        self._reader.setEnabled(False)
        if conn is not None:
            self._filter.close()
            conn.close()


class _Socketed:
    """jeepney's blocking connection with the socket's descriptor on the outside."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def __getattr__(self, name: str) -> Any:
        return getattr(self.conn, name)

    def fileno(self) -> int:
        return int(self.conn.sock.fileno())


def open_notices(parent: QObject | None = None) -> DesktopNotices | None:
    """Notices through the session bus's notification service; None where there is none."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        from jeepney import DBusAddress, new_method_call
        from jeepney.wrappers import unwrap_msg
    except ImportError:
        return None
    try:
        conn = _connect_within(CALL_TIMEOUT_S)
    except Exception as error:  # no session bus: the tray's way is used
        log.info("no session bus for notifications (%s)", type(error).__name__)
        return None
    try:
        name = "org.freedesktop.DBus"
        bus = DBusAddress("/org/freedesktop/DBus", bus_name=name, interface=name)
        has = new_method_call(bus, "NameHasOwner", "s", (SERVICE,))
        if not unwrap_msg(conn.send_and_get_reply(has, timeout=CALL_TIMEOUT_S))[0]:
            log.info("no notification service on the session bus")
            conn.close()
            return None
        rule = f"type='signal',interface='{SERVICE}',path='{PATH}'"
        conn.send_and_get_reply(
            new_method_call(bus, "AddMatch", "s", (rule,)), timeout=CALL_TIMEOUT_S
        )
        return DesktopNotices(_Socketed(conn), parent)
    except Exception as error:  # a service that does not answer: the tray's way
        log.warning("the notification service did not answer: %s", type(error).__name__)
        conn.close()
        return None


def _connect_within(seconds: float) -> Any:
    """The session bus's connection, or TimeoutError if the bus does not greet in time.

    jeepney's connection says Hello to the bus with no time limit, so a bus that lets a
    client in and never answers would hold start-up forever. The greeting runs on a
    short-lived thread instead; one that comes too late closes its own connection.
    """
    from jeepney.bus import get_bus
    from jeepney.io.blocking import DBusConnection, prep_socket

    sock = prep_socket(get_bus("SESSION"), False, timeout=seconds)
    lock = threading.Lock()
    outcome: dict[str, Any] = {}

    def greet() -> None:
        try:
            conn = DBusConnection(sock)
        except Exception as error:  # the bus hung up or said no
            sock.close()
            with lock:
                outcome["error"] = error
            return
        with lock:
            if outcome.get("late"):
                conn.close()
            else:
                outcome["conn"] = conn

    greeter = threading.Thread(target=greet, name="rapport-dbus-hello", daemon=True)
    greeter.start()
    greeter.join(seconds)
    with lock:
        if "conn" in outcome:
            return outcome["conn"]
        if "error" in outcome:
            raise outcome["error"]
        outcome["late"] = True
    raise TimeoutError("the session bus did not answer")
