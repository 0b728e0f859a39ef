"""An Outlook `.msg` file as an `email` message, so `.eml` and `.msg` share one path.

`extract-msg` reads the file (the compound file, the MAPI properties); the message is
built here from what it read with the `email` package's own API. Not through
`asEmailMessage()`: its parts are old-style `Message` objects the modern API cannot
walk, it leaves the subject out when the file has no transport headers (anything
saved from Sent Items or Drafts), joins recipients with ";" so all but the first
are lost, and nests the attachments where `iter_attachments()` does not look.
"""

from __future__ import annotations

import logging
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, getaddresses
from typing import Any

log = logging.getLogger("rapport.transfer")

#: A message attached to a message attached to…: deeper than this is left out.
MAX_NESTING = 3


class NotAnOutlookMessage(Exception):
    """The file is not an Outlook message extract-msg can read (damaged, or a contact…)."""


def outlook_message(data: bytes) -> EmailMessage:
    """The `.msg` file's message; NotAnOutlookMessage when it is none."""
    import extract_msg  # only when an Outlook file is dropped: it is a large import
    from extract_msg.msg_classes.message_base import MessageBase

    try:
        with extract_msg.openMsg(data) as msg:
            if not isinstance(msg, MessageBase):  # a contact, a task, a meeting request…
                raise NotAnOutlookMessage(type(msg).__name__)
            return _as_email(msg, 0)
    except NotAnOutlookMessage:
        raise
    except Exception as exc:  # the reader raises many kinds for a damaged file
        log.warning("an Outlook message could not be read: %s", type(exc).__name__)
        raise NotAnOutlookMessage(type(exc).__name__) from exc


def _as_email(msg: Any, depth: int) -> EmailMessage:
    from extract_msg.enums import RecipientType
    from extract_msg.msg_classes.message_base import MessageBase

    out = EmailMessage()
    subject = _one_line(msg.subject)
    if subject:
        out["Subject"] = subject
    if msg.date is not None:
        out["Date"] = format_datetime(msg.date)
    sender = [(n, a) for n, a in getaddresses([str(msg.sender or "")]) if "@" in a]
    if sender:
        out["From"] = formataddr(sender[0])
    for field, rtype in (("To", RecipientType.TO), ("Cc", RecipientType.CC)):
        people = [
            formataddr((_one_line(r.name), _one_line(r.email)))
            for r in msg.recipients
            if r.type is rtype and "@" in str(r.email or "")
        ]
        if people:
            out[field] = ", ".join(people)

    body, html = msg.body, _html(msg)
    if body:
        out.set_content(str(body))
        if html:
            out.add_alternative(html, subtype="html")
    elif html:
        out.set_content(html, subtype="html")
    else:
        out.set_content("")

    for attachment in msg.attachments:
        payload = attachment.data
        if isinstance(payload, bytes):
            kind = str(attachment.mimetype or "").split(";")[0].strip().lower()
            main, _slash, sub = kind.partition("/")
            if not (main and sub) or main == "multipart":
                main, sub = "application", "octet-stream"
            out.add_attachment(
                payload, maintype=main, subtype=sub, filename=attachment.getFilename()
            )
        elif isinstance(payload, MessageBase) and depth < MAX_NESTING:
            out.add_attachment(_as_email(payload, depth + 1))  # message/rfc822
    return out


def _one_line(value: object) -> str:
    """A header's text on one line (a header may not hold a line break)."""
    return " ".join(str(value or "").split())


def _html(msg: Any) -> str:
    """The HTML body as text, decoded by the code page the message declares."""
    raw = msg.htmlBody
    if not raw:
        return ""
    if isinstance(raw, str):
        return raw
    codepage = msg.getPropertyVal("3FDE0003")  # PidTagInternetCodepage
    for encoding in (f"cp{codepage}" if codepage else "utf-8", "utf-8"):
        try:
            return bytes(raw).decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return bytes(raw).decode("cp1252", errors="replace")
