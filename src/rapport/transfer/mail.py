"""Reading an e-mail the owner drops into the journal: `.eml` and Outlook's `.msg`.

Python's `email` package parses the message (MIME, encodings, headers in any
charset); an Outlook file is turned into the same kind of message
(transfer/mail_outlook.py), so one path reads both. The result is plain data for
the journal: when it was sent, who wrote to whom, the subject, the text (an
HTML-only mail reduced to Markdown, the quoted history folded apart) and the
attached files.
"""

from __future__ import annotations

import email
import email.policy
import logging
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage, MIMEPart
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

from rapport.i18n import Words, formats
from rapport.transfer.errors import TransferError
from rapport.transfer.limited import read_limited
from rapport.transfer.mail_outlook import NotAnOutlookMessage, outlook_message
from rapport.transfer.mail_quotes import fold_quotes

log = logging.getLogger("rapport.transfer")
MailText = Words("MailText")

#: A mail larger than this is refused (attachments are limited on their own, too).
MAX_MAIL_BYTES = 100 * 1024 * 1024
#: Outlook's .msg files are OLE compound files; this is how every one of them starts.
OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")


@dataclass(frozen=True)
class MailAddress:
    """Someone on the message: the display name (may be empty) and the address."""

    name: str
    email: str


@dataclass(frozen=True)
class MailAttachment:
    """A file attached to the message."""

    filename: str
    content_type: str
    data: bytes


@dataclass(frozen=True)
class MailMessage:
    """One e-mail as the journal takes it in."""

    subject: str
    sent_at: datetime | None
    sender: MailAddress | None
    recipients: tuple[MailAddress, ...]
    text: str
    quoted: str
    attachments: tuple[MailAttachment, ...]

    @property
    def addresses(self) -> tuple[MailAddress, ...]:
        """Everyone on the message, the sender first: who it may belong to."""
        return ((self.sender,) if self.sender else ()) + self.recipients


def read_mail(path: Path) -> MailMessage:
    """Read an `.eml` or `.msg` file; TransferError (in words) when it cannot be read."""

    def too_large(size: int) -> TransferError:
        return TransferError(
            MailText.tr("“{name}” is too large for an e-mail ({size} MB).").format(
                name=path.name, size=formats().number(size // (1024 * 1024), 0)
            ),
            MailText.tr("Save the message without its largest attachments and try again."),
        )

    data = read_limited(path, MAX_MAIL_BYTES, too_large, "an e-mail file")
    return read_mail_bytes(data, path.name)


def read_mail_bytes(data: bytes, name: str = "") -> MailMessage:
    """Read a message from its bytes (the content, not the name, tells `.msg` from `.eml`)."""
    if data.startswith(OLE_MAGIC):
        message = _outlook_message(data, name)
    else:
        if not _looks_like_mail(data):
            raise _not_mail(name)
        parsed = email.message_from_bytes(data, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        message = parsed
    try:
        return _taken_in(message)
    except (LookupError, ValueError, TypeError, AttributeError) as exc:
        log.warning("an e-mail could not be taken in: %s", type(exc).__name__)
        raise _not_mail(name) from exc


def _looks_like_mail(data: bytes) -> bool:
    """Whether the first lines are mail headers ("Name: value"), not some other file."""
    head = data[:4096].replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]
    lines = [line for line in head.split(b"\n") if line and not line[:1].isspace()]
    if not lines or b"\x00" in head:
        return False
    known = (b"from:", b"to:", b"subject:", b"date:", b"message-id:", b"mime-version:")
    return any(line.lower().startswith(known) for line in lines)


def _not_mail(name: str) -> TransferError:
    return TransferError(
        MailText.tr("“{name}” is not an e-mail Rapport can read.").format(name=name or "?"),
        MailText.tr("Save the message from your mail program as an .eml file and drop that."),
    )


def _outlook_message(data: bytes, name: str) -> EmailMessage:
    """An Outlook `.msg` as an `email` message (transfer/mail_outlook.py builds it)."""
    try:
        return outlook_message(data)
    except NotAnOutlookMessage as exc:
        raise _not_mail(name) from exc


def _taken_in(message: EmailMessage) -> MailMessage:
    text, quoted = fold_quotes(_body_text(message))
    return MailMessage(
        subject=" ".join(str(message.get("subject", "") or "").split()),
        sent_at=_sent_at(message),
        sender=next(iter(_addresses(message, "from")), None),
        recipients=_addresses(message, "to", "cc"),
        text=text,
        quoted=quoted,
        attachments=tuple(_attachments(message)),
    )


def _sent_at(message: EmailMessage) -> datetime | None:
    raw = message.get("date")
    if raw is None:
        return None
    try:
        when = parsedate_to_datetime(str(raw))
    except (TypeError, ValueError, IndexError):
        return None
    return when if when.tzinfo is not None else None  # "-0000": the zone is unknown


def _addresses(message: EmailMessage, *fields: str) -> tuple[MailAddress, ...]:
    values = [str(v) for f in fields for v in message.get_all(f, [])]
    found = []
    for name, address in getaddresses(values):
        if "@" in address:
            found.append(MailAddress(" ".join(name.split()), address.strip()))
    return tuple(found)


def _body_text(message: EmailMessage) -> str:
    """The plain text, or the HTML part reduced to Markdown when there is no plain one."""
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    content = _text_of(part)
    if part.get_content_subtype() == "html":
        return html_to_text(content)
    return content.replace("\r\n", "\n")


def _text_of(part: MIMEPart) -> str:
    try:
        content = part.get_content()
    except (LookupError, UnicodeError):  # an unknown or lying charset
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", errors="replace") if isinstance(payload, bytes) else ""
    return content if isinstance(content, str) else ""


def html_to_text(html: str) -> str:
    """HTML mail as the Markdown a note is written in (links kept, images left out)."""
    import html2text

    converter = html2text.HTML2Text()
    converter.body_width = 0  # the timeline wraps; hard line breaks would only get in the way
    converter.ignore_images = True
    converter.ignore_tables = False
    return str(converter.handle(html)).strip()


def _attachments(message: EmailMessage) -> list[MailAttachment]:
    found = []
    for part in message.iter_attachments():
        assert isinstance(part, EmailMessage)
        payload = part.get_payload(decode=True)
        filename = part.get_filename() or MailText.tr("attachment")
        if part.get_content_type() == "message/rfc822":  # a forwarded mail: kept as .eml
            inner = part.get_content()
            payload = inner.as_bytes() if isinstance(inner, EmailMessage) else None
            if not part.get_filename():
                subject = str(inner.get("subject", "") or "") if payload else ""
                filename = (subject.strip() or MailText.tr("forwarded message")) + ".eml"
        if not isinstance(payload, bytes):
            continue
        found.append(MailAttachment(filename, part.get_content_type(), payload))
    return found
