"""Device and connection failures in plain words: one sentence that says what to do, never "[Errno 2] ...".

Sources report failures as text (their status detail) or as exceptions; both land here, so every
screen that tests or opens a caller-ID source says the same thing for the same trouble.
"""

from __future__ import annotations

import errno
import re

from PySide6.QtCore import QCoreApplication

# (what the OS or driver says, on Linux, macOS and Windows) -> kind of trouble
_PATTERNS = (
    ("missing", rf"errno {errno.ENOENT}\]|no such file|cannot find the (file|path)|filenotfound|winerror 2\b"),
    ("denied", rf"errno {errno.EACCES}\]|permission denied|access is denied|winerror 5\b"),
    ("busy", rf"errno {errno.EBUSY}\]|device or resource busy|being used by another"),
    ("refused", rf"errno {errno.ECONNREFUSED}\]|connection refused|actively refused|10061"),
    ("unknown_host", r"name or service not known|nodename nor servname|getaddrinfo failed|errno -[23]\]|11001"),
    ("timeout", rf"timed out|errno {errno.ETIMEDOUT}\]|10060|no route to host|network is unreachable"),
)


def _kind(detail: str) -> str:
    lowered = detail.lower()
    for kind, pattern in _PATTERNS:
        if re.search(pattern, lowered):
            return kind
    return "other"


def plain_device_error(where: str, detail: str) -> str:
    """A sentence for a source at `where` (a port, or host:port) that failed with `detail`."""
    translate = QCoreApplication.translate
    texts = {
        "missing": translate("DeviceErrors", "Nothing is connected at %1. Plug the device in, or choose another "
                             "port (Detect devices finds it), then press Test again."),
        "denied": translate("DeviceErrors", "Tamas may not open %1. Close any other program using it; on Linux, add "
                            "your user to the dialout group and log in again."),
        "busy": translate("DeviceErrors", "%1 is in use by another program. Close it, then press Test again."),
        "refused": translate("DeviceErrors", "Nothing is listening at %1. Start the NCID server there, or correct "
                             "the host and port, then press Test again."),
        "unknown_host": translate("DeviceErrors", "The server name in %1 cannot be found. Check its spelling, or "
                                  "type the server's IP address."),
        "timeout": translate("DeviceErrors", "%1 does not answer. Check that the server is on and reachable from this "
                             "computer, then press Test again."),
        "other": translate("DeviceErrors", "%1 cannot be opened. Check the cable (or the network) and the settings, "
                           "then press Test again."),
    }  # fmt: skip
    return texts[_kind(detail)].replace("%1", where)


def plain_os_error(where: str, error: BaseException) -> str:
    """The same sentences for an exception (OSError, serial.SerialException, ...)."""
    return plain_device_error(where, f"[Errno {getattr(error, 'errno', '')}] {error}")


def no_port_chosen() -> str:
    return QCoreApplication.translate(
        "DeviceErrors", "Choose the port the device is plugged into (such as COM3), or press Detect devices."
    )
